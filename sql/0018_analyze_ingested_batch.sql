-- The rollup step joins the batch's ids (temp table new_event) with every fact table.
-- Temp tables have no statistics until analysed, so the planner guessed ~1,850 rows and
-- chose hash joins over sequential scans of whole fact tables: ~100 ms per batch on 1M
-- events, growing with the data. Analysed, a batch of any size is joined by index.
create or replace function ingest_incoming(with_rollups boolean, out accepted bigint, out duplicates bigint)
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    select s.accepted, s.duplicates into accepted, duplicates from store_incoming() s;
    analyze new_event;
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
