-- status-publisher: what the page's selection at an instant filters on, so that ?at= on the page reads the past
-- list's newest and the incidents that colour the uptime bars, not every incident of the last 91 days. Rebuilt as
-- V42 rebuilt it: its processor's token goes, so it starts again from the ledger's first event and fills both tables.
alter table status_page_index add column resolved_at timestamptz;
alter table status_page_index add column affects_components boolean not null default false;
create index status_page_index_resolved on status_page_index (created_at desc, number desc) where not open;
create index status_page_index_components on status_page_index (declared_at) where affects_components;
do $$
begin
    if to_regclass('tokenentry') is not null then
        delete from tokenentry where processorname = 'status-page-index';
    end if;
end
$$;
truncate status_page_index;
truncate status_page_checkpoint;
