-- Change feed: every committed batch that stored something notifies channel
-- jorgebi_events with a small key (never the events: payloads are capped at 8,000 bytes),
-- delivered at commit to every listening app instance. max_seq lets a listener that
-- missed notifications catch up from the event log.
create or replace function ingest_incoming(with_rollups boolean, out accepted bigint, out duplicates bigint)
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    select s.accepted, s.duplicates into accepted, duplicates from store_incoming() s;
    if with_rollups and accepted > 0 then
        perform apply_rollups();
    end if;
    if accepted > 0 then
        perform pg_notify('jorgebi_events', (
            select json_build_object(
                'locations', (select json_agg(distinct location_id) from fresh),
                'kinds', (select json_agg(distinct type) from fresh),
                'max_seq', (select max(e.seq) from event e join new_event n using (event_id)))::text));
    end if;
end $$;
