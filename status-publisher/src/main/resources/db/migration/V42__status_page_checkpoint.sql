-- status-publisher: each incident's public view after each of its public changes, so that ?at=T reads, per incident
-- shown, the last checkpoint at or before T and folds no event. The index is rebuilt with it: its processor's token
-- goes, so it starts again from the ledger's first event and fills both tables.
create table status_page_checkpoint (
    incident_id varchar(64) not null,
    sequence    bigint      not null,
    changed_at  timestamptz not null,
    view        text        not null,
    primary key (incident_id, sequence)
);
create index status_page_checkpoint_at on status_page_checkpoint (incident_id, changed_at desc);
create index status_page_checkpoint_changed on status_page_checkpoint (changed_at desc);
-- Axon's token table is ledger-core's: absent where this module's migrations run alone (its own tests)
do $$
begin
    if to_regclass('tokenentry') is not null then
        delete from tokenentry where processorname = 'status-page-index';
    end if;
end
$$;
truncate status_page_index;
