-- Bulk loading fell from ~18,000 to ~2,000 events/s after a dozen chunks of 50,000. From
-- its sixth call in a session PL/pgSQL may plan a statement once for any arguments (a
-- generic plan), which guesses every unnest() of an argument at 10 rows: the batch was
-- then matched against its own ids by nested loops, 50,000 x 50,000 per chunk. Each call
-- is planned for its own arrays now (a millisecond for a group commit), and the ids it
-- inserted are joined as a set instead of searched with "= any(inserted)" per event.

create or replace function append_events(
    p_request integer[], p_id uuid[], p_type text[], p_location text[], p_lead text[], p_occurred timestamptz[], p_data jsonb[])
    returns table (request integer, accepted integer, duplicates integer, seq bigint, conflicts uuid[])
    language plpgsql set plan_cache_mode = force_custom_plan as $$
declare
    inserted uuid[];
    conflict_request integer[];
    conflict_id uuid[];
    refused integer[];
begin
    perform pg_advisory_xact_lock_shared(hashtext('jorgebi.append'));

    with batch as (
        select * from unnest(p_id, p_type, p_location, p_lead, p_occurred, p_data)
            with ordinality as b(event_id, type, location_id, lead_id, occurred_at, data, ord)),
    ins as (
        insert into event (event_id, type, location_id, lead_id, occurred_at, data)
        select distinct on (event_id) event_id, type, location_id, lead_id, occurred_at, data
        from batch order by event_id, ord
        on conflict (event_id) do nothing
        returning event_id)
    select coalesce(array_agg(event_id), '{}') into inserted from ins;

    select coalesce(array_agg(b.request), '{}'), coalesce(array_agg(b.event_id), '{}') into conflict_request, conflict_id
    from unnest(p_request, p_id, p_type, p_location, p_lead, p_occurred, p_data)
             as b(request, event_id, type, location_id, lead_id, occurred_at, data)
    join event e using (event_id)
    where (e.type, e.location_id, e.lead_id, e.occurred_at, e.data)
          is distinct from (b.type, b.location_id, b.lead_id, b.occurred_at, b.data);
    refused := array(select distinct unnest(conflict_request));

    if cardinality(refused) > 0 then
        delete from event e
        where e.event_id in (select i.event_id from unnest(inserted) i(event_id)
                             except
                             select k.event_id from unnest(p_request, p_id) k(request, event_id)
                             where k.request <> all(refused));
    end if;

    return query
    with batch as (
        select * from unnest(p_request, p_id, p_type, p_location, p_lead, p_occurred, p_data)
            with ordinality as b(request, event_id, type, location_id, lead_id, occurred_at, data, ord)),
    -- An id new to the log counts as accepted for the first request (in batch order) that
    -- sent it and was not refused; every other copy is a duplicate.
    first_sender as (
        select distinct on (b.event_id) b.event_id, b.ord from batch b
        join unnest(inserted) i(event_id) on i.event_id = b.event_id
        where b.request <> all(refused)
        order by b.event_id, b.ord),
    checked as (
        select b.request, e.seq as stored_seq, f.ord is not null as is_new
        from batch b
        left join event e using (event_id)
        left join first_sender f on f.event_id = b.event_id and f.ord = b.ord)
    select c.request,
           case when c.request = any(refused) then 0 else count(*) filter (where c.is_new)::integer end,
           case when c.request = any(refused) then 0 else count(*) filter (where not c.is_new)::integer end,
           case when c.request = any(refused) then null else max(c.stored_seq) end,
           array(select distinct k.event_id from unnest(conflict_request, conflict_id) k(request, event_id)
                 where k.request = c.request)
    from checked c
    group by c.request;
end $$;
