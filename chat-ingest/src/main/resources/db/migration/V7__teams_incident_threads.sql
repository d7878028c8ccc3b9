-- Where each Teams-declared incident lives: its thread in the incident channel and the card kept current there.
CREATE TABLE teams_incident_thread (
    incident_id     VARCHAR(36)  PRIMARY KEY,
    conversation_id VARCHAR(300) NOT NULL,
    activity_id     VARCHAR(100),
    service_url     VARCHAR(300) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
