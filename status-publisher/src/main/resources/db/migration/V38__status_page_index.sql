-- status-publisher: each incident's public view as its last public change left it, and when that change was
-- recorded, so that ?at=T reads only the incidents the page at T shows, and the events of only those still
-- changing after T (rebuildable from the ledger: its processor starts from the ledger's first event).
create table status_page_index (
    incident_id varchar(64) primary key,
    declared_at timestamptz not null,
    created_at  timestamptz not null,
    number      bigint      not null,
    changed_at  timestamptz not null,
    open        boolean     not null,
    view        text        not null
);
create index status_page_index_changed on status_page_index (changed_at);
create index status_page_index_open on status_page_index (declared_at) where open;
create index status_page_index_newest on status_page_index (created_at desc, number desc);
