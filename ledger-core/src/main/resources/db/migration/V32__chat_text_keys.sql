-- Envelope encryption of chat text (issue 19): one data key per (incident, message), wrapped by the master key.
-- message_id '' is the incident's own key, and the mark of an erasure of all its chat. Erasing a key sets
-- wrapped_key to NULL for good and keeps what its texts read as from then on.
CREATE TABLE chat_text_key (
    incident_id VARCHAR(255) NOT NULL,
    message_id  VARCHAR(300) NOT NULL,
    wrapped_key BYTEA,
    erased_as   TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    erased_at   TIMESTAMPTZ,
    PRIMARY KEY (incident_id, message_id),
    CHECK ((wrapped_key IS NULL) = (erased_as IS NOT NULL))
);
