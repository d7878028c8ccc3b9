-- INC-<n> numbers come from a sequence, so they stay unique across concurrent declarations and app instances.
CREATE SEQUENCE incident_number_seq START WITH 1 INCREMENT BY 1;

-- Written in the same transaction as the IncidentDeclared event: the lookup from a human reference to the aggregate.
CREATE TABLE incident_directory (
    number      BIGINT       PRIMARY KEY,
    incident_id VARCHAR(36)  NOT NULL UNIQUE,
    declared_at TIMESTAMPTZ  NOT NULL
);
