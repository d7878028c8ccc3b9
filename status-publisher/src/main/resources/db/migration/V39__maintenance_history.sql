-- status-publisher: every maintenance event with the time it was stored, so ?at=T folds the windows from their own
-- few events rather than from the whole ledger (rebuildable: its processor starts from the ledger's first event).
create table maintenance_history (
    event_id    varchar(64) primary key,
    number      bigint      not null,
    sequence    bigint      not null,
    recorded_at timestamptz not null,
    type        text        not null,
    event       text        not null
);
create index maintenance_history_recorded on maintenance_history (recorded_at);
