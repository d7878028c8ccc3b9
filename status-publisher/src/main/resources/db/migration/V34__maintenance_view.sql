-- status-publisher: each maintenance window as the page shows it, folded from the ledger (rebuildable from it).
create table maintenance_view (
    number bigint primary key,
    view   text   not null
);
