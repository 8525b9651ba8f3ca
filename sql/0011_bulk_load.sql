-- Bulk loading (the seeder's chunks of 50,000 events) without work it does not need.

-- append_events of 0006 with the same results, but a row of the batch that this call
-- inserted is not looked up in the log again: the insert returns its seq, and the copy it
-- stored cannot conflict with itself. Only the other rows (ids already in the log, repeats
-- within the batch) are compared with the log, one indexed lookup each. A chunk of new
-- events used to be matched against the log twice more after its insert, two thirds of the
-- time of appending it. No JIT: the estimates of its joins of arrays are far above their
-- cost, and compiling them took ~400 ms per chunk; the work_mem keeps a chunk's sort in memory.
create or replace function append_events(
    p_request integer[], p_id uuid[], p_type text[], p_location text[], p_lead text[], p_occurred timestamptz[], p_data jsonb[])
    returns table (request integer, accepted integer, duplicates integer, seq bigint, conflicts uuid[])
    language plpgsql set plan_cache_mode = force_custom_plan set work_mem = '64MB' set jit = off as $$
declare
    inserted uuid[];
    inserted_seq bigint[];
    -- Positions in the batch (1-based) of the copies the insert stored.
    stored_ord bigint[];
    conflict_request integer[];
    conflict_id uuid[];
    refused integer[];
begin
    perform pg_advisory_xact_lock_shared(hashtext('jorgebi.append'));

    with batch as (
        select * from unnest(p_id, p_type, p_location, p_lead, p_occurred, p_data)
            with ordinality as b(event_id, type, location_id, lead_id, occurred_at, data, ord)),
    first_copy as (
        select distinct on (event_id) * from batch order by event_id, ord),
    ins as (
        insert into event (event_id, type, location_id, lead_id, occurred_at, data)
        select event_id, type, location_id, lead_id, occurred_at, data from first_copy
        on conflict (event_id) do nothing
        returning event.event_id, event.seq)
    select coalesce(array_agg(i.event_id), '{}'), coalesce(array_agg(i.seq), '{}'), coalesce(array_agg(f.ord), '{}')
    into inserted, inserted_seq, stored_ord
    from ins i join first_copy f using (event_id);

    -- The lookup is a subquery so that it runs only for rows that are not a stored copy
    -- (a join would be planned for the whole batch, e.g. as a scan of the log).
    select coalesce(array_agg(b.request), '{}'), coalesce(array_agg(b.event_id), '{}') into conflict_request, conflict_id
    from unnest(p_request, p_id, p_type, p_location, p_lead, p_occurred, p_data)
             with ordinality as b(request, event_id, type, location_id, lead_id, occurred_at, data, ord)
    where b.ord not in (select s.ord from unnest(stored_ord) s(ord))
      and (select (e.type, e.location_id, e.lead_id, e.occurred_at, e.data)
                  is distinct from (b.type, b.location_id, b.lead_id, b.occurred_at, b.data)
           from event e where e.event_id = b.event_id);
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
        select * from unnest(p_request, p_id) with ordinality as b(request, event_id, ord)),
    -- An id new to the log counts as accepted for the first request (in batch order) that
    -- sent it and was not refused; every other copy is a duplicate.
    first_sender as (
        select distinct on (b.event_id) b.event_id, b.ord from batch b
        join unnest(inserted) i(event_id) on i.event_id = b.event_id
        where b.request <> all(refused)
        order by b.event_id, b.ord),
    -- An id this call inserted has the seq the insert returned (a refused request's seq is
    -- not reported); only the others are looked up, lazily, as above.
    checked as (
        select b.request, coalesce(s.seq, (select e.seq from event e where e.event_id = b.event_id)) as stored_seq,
               f.ord is not null as is_new
        from batch b
        left join unnest(inserted, inserted_seq) s(event_id, seq) on s.event_id = b.event_id
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
