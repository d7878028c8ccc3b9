-- Where each incident lives in Slack: its own channel and the pinned headline that chat.update keeps current.
-- Written by the slack-outbound processor, which is driven by the ledger's events.
CREATE TABLE slack_incident_channel (
    incident_id VARCHAR(36)  PRIMARY KEY,
    channel_id  VARCHAR(100) NOT NULL,
    headline_ts VARCHAR(40),
    created_at  TIMESTAMPTZ  NOT NULL
);
