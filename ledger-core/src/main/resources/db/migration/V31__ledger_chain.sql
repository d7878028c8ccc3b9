-- The hash chain (issue 19): one link per event, written with the event in its transaction, and each stream's head.
CREATE TABLE ledger_chain (
    stream           VARCHAR(255) NOT NULL,
    position         BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    previous_hash    CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    PRIMARY KEY (stream, position)
);

-- genesis_position: the first chained position; earlier events of that stream predate the chain.
-- genesis_global_index: events of a type stream past it must all be chained.
CREATE TABLE ledger_chain_head (
    stream               VARCHAR(255) PRIMARY KEY,
    aggregate            BOOLEAN      NOT NULL,
    genesis_position     BIGINT       NOT NULL,
    genesis_global_index BIGINT       NOT NULL,
    genesis_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    head_position        BIGINT       NOT NULL,
    head_hash            CHAR(64)     NOT NULL
);

-- the recorded genesis of every stream older than the chain: its existing events are kept as they are
INSERT INTO ledger_chain_head (stream, aggregate, genesis_position, genesis_global_index, head_position, head_hash)
SELECT aggregateidentifier, true, max(sequencenumber) + 1, max(globalindex), max(sequencenumber), repeat('0', 64)
FROM domainevententry WHERE type IS NOT NULL GROUP BY aggregateidentifier;
INSERT INTO ledger_chain_head (stream, aggregate, genesis_position, genesis_global_index, head_position, head_hash)
SELECT payloadtype, false, 0, max(globalindex), -1, repeat('0', 64)
FROM domainevententry WHERE type IS NULL GROUP BY payloadtype;

CREATE TABLE ledger_checkpoint (
    id          BIGSERIAL   PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    body        TEXT        NOT NULL,
    signature   TEXT        NOT NULL,
    public_key  TEXT        NOT NULL
);
