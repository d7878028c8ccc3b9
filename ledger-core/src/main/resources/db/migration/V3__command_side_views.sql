-- The command side's own views, written by subscribing handlers in the same transaction as the events,
-- so routing and permission checks never read a stale state.
ALTER TABLE incident_directory
    ADD COLUMN title       VARCHAR(200),
    ADD COLUMN status      VARCHAR(20),
    ADD COLUMN severity    VARCHAR(4),
    ADD COLUMN lead_id     VARCHAR(100),
    ADD COLUMN lead_name   VARCHAR(200),
    ADD COLUMN comms_id    VARCHAR(100),
    ADD COLUMN comms_name  VARCHAR(200),
    ADD COLUMN scribe_id   VARCHAR(100),
    ADD COLUMN scribe_name VARCHAR(200),
    ADD COLUMN summary     TEXT,
    ADD COLUMN impact      TEXT,
    ADD COLUMN updated_at  TIMESTAMPTZ;

-- Commands typed in a linked channel need no INC-<n>.
CREATE TABLE incident_channel (
    platform    VARCHAR(10)  NOT NULL,
    channel_id  VARCHAR(100) NOT NULL,
    incident_id VARCHAR(36)  NOT NULL,
    linked_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (platform, channel_id, incident_id)
);

-- One effect per delivery: a repeated Slack event id or Teams activity id finds its row and changes nothing.
CREATE TABLE processed_delivery (
    delivery_id  VARCHAR(200) PRIMARY KEY,
    result       VARCHAR(200),
    processed_at TIMESTAMPTZ  NOT NULL
);
