-- Rollup maintenance. apply_rollups() folds the facts of the events listed in temp table
-- "new_event" into the snapshots and rollups; rebuild_rollups() lists every event of a
-- location there after clearing its derived rows, so both paths run the same code and
-- give the same numbers by construction.

-- Refreshes the lead snapshot of the leads in temp table "touched_lead" and moves their
-- contribution to rollup_lead_hourly from the old snapshot to the new one.
create function refresh_leads() returns void language plpgsql as $$
begin
    insert into rollup_lead_hourly as r (location_id, bucket, source, lead_type, leads)
    select d.location_id, local_hour(d.created_at, l.time_zone), d.source, d.lead_type, -count(*)
    from lead d join touched_lead t using (location_id, lead_id) join location l using (location_id)
    where d.created_at is not null
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, source, lead_type) do update set leads = r.leads + excluded.leads;

    insert into lead as d (location_id, lead_id, created_at, source, lead_type, agent_id,
                           first_interaction_at, first_bot_id, first_conversation_id, temperature, temperature_at)
    select t.location_id, t.lead_id, c.occurred_at, c.source, c.lead_type, c.agent_id,
           i.occurred_at, i.bot_id, i.conversation_id, s.temperature, s.occurred_at
    from touched_lead t
    left join lateral (
        select occurred_at, source, lead_type, agent_id from fact_lead_created f
        where f.location_id = t.location_id and f.lead_id = t.lead_id
        order by occurred_at, event_id limit 1) c on true
    left join lateral (
        select occurred_at, bot_id, conversation_id from fact_bot_interaction f
        where f.location_id = t.location_id and f.lead_id = t.lead_id
        order by occurred_at, event_id limit 1) i on true
    left join lateral (
        select temperature, occurred_at from (
            select temperature, occurred_at, event_id from fact_lead_created f
            where f.location_id = t.location_id and f.lead_id = t.lead_id and f.temperature is not null
            union all
            select temperature, occurred_at, event_id from fact_lead_scored f
            where f.location_id = t.location_id and f.lead_id = t.lead_id) x
        order by occurred_at desc, event_id desc limit 1) s on true
    on conflict (location_id, lead_id) do update set
        created_at = excluded.created_at, source = excluded.source, lead_type = excluded.lead_type,
        agent_id = excluded.agent_id, first_interaction_at = excluded.first_interaction_at,
        first_bot_id = excluded.first_bot_id, first_conversation_id = excluded.first_conversation_id,
        temperature = excluded.temperature, temperature_at = excluded.temperature_at;

    insert into rollup_lead_hourly as r (location_id, bucket, source, lead_type, leads)
    select d.location_id, local_hour(d.created_at, l.time_zone), d.source, d.lead_type, count(*)
    from lead d join touched_lead t using (location_id, lead_id) join location l using (location_id)
    where d.created_at is not null
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, source, lead_type) do update set leads = r.leads + excluded.leads;
end $$;

-- Refreshes the deal snapshot of the deals in temp table "touched_deal".
create function refresh_deals() returns void language plpgsql as $$
begin
    insert into deal as d (location_id, deal_id, lead_id, opened_at, closed_at, lost_at)
    select t.location_id, t.deal_id,
           coalesce(s.lead_id, c.lead_id, x.lead_id), s.opened_at, c.closed_at, x.lost_at
    from touched_deal t
    left join lateral (
        select min(occurred_at) as opened_at, min(lead_id) as lead_id from fact_deal_stage_changed f
        where f.location_id = t.location_id and f.deal_id = t.deal_id) s on true
    left join lateral (
        select min(occurred_at) as closed_at, min(lead_id) as lead_id from fact_deal_closed f
        where f.location_id = t.location_id and f.deal_id = t.deal_id) c on true
    left join lateral (
        select min(occurred_at) as lost_at, min(lead_id) as lead_id from fact_deal_lost f
        where f.location_id = t.location_id and f.deal_id = t.deal_id) x on true
    on conflict (location_id, deal_id) do update set
        lead_id = excluded.lead_id, opened_at = excluded.opened_at,
        closed_at = excluded.closed_at, lost_at = excluded.lost_at;
end $$;

-- Moves the distinct-count contribution of the entities in temp table "touched_entity"
-- (metric, location_id, entity_id) from the facts before this batch to all facts.
-- Rows that drop to zero stay until the next rebuild: sums ignore them, and deleting
-- them here would cost a scan per batch.
create function refresh_distinct() returns void language plpgsql as $$
begin
    insert into rollup_distinct_hourly as r (location_id, metric, bot_id, bucket, prev_bucket, n)
    select location_id, metric, bot_id, bucket, coalesce(prev_bucket, '-infinity'), sum(weight)
    from (
        select x.*, lag(bucket) over (partition by location_id, metric, entity_id, bot_id, weight order by occurred_at, event_id) as prev_bucket
        from (
            select 'conversation' as metric, f.location_id, f.conversation_id as entity_id, k.bot_id,
                   f.occurred_at, f.event_id, local_hour(f.occurred_at, l.time_zone) as bucket, w.weight
            from fact_bot_interaction f
            join touched_entity t on t.metric = 'conversation' and t.location_id = f.location_id and t.entity_id = f.conversation_id
            join location l on l.location_id = f.location_id
            cross join lateral (values (''), (f.bot_id)) k(bot_id)
            cross join lateral (values (1), (-1)) w(weight)
            where w.weight = 1 or not exists (select 1 from new_event n where n.event_id = f.event_id)
            union all
            select 'qualified_lead', f.location_id, f.lead_id, k.bot_id,
                   f.occurred_at, f.event_id, local_hour(f.occurred_at, l.time_zone), w.weight
            from fact_lead_qualified f
            join touched_entity t on t.metric = 'qualified_lead' and t.location_id = f.location_id and t.entity_id = f.lead_id
            join location l on l.location_id = f.location_id
            cross join lateral (values (''), (f.bot_id)) k(bot_id)
            cross join lateral (values (1), (-1)) w(weight)
            where w.weight = 1 or not exists (select 1 from new_event n where n.event_id = f.event_id)
        ) x
    ) y
    group by location_id, metric, bot_id, bucket, coalesce(prev_bucket, '-infinity')
    having sum(weight) <> 0
    on conflict (location_id, metric, bot_id, bucket, prev_bucket) do update set n = r.n + excluded.n;
end $$;

-- Folds the events in temp table "new_event" into every snapshot and rollup.
create function apply_rollups() returns void language plpgsql as $$
begin
    insert into rollup_bot_hourly as r (location_id, bucket, bot_id, interactions, successes, processing_ms, confidence)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.bot_id,
           count(*), count(*) filter (where f.success), sum(f.processing_ms), sum(f.confidence)
    from fact_bot_interaction f join new_event using (event_id) join location l using (location_id)
    group by 1, 2, 3
    on conflict (location_id, bucket, bot_id) do update set
        interactions = r.interactions + excluded.interactions, successes = r.successes + excluded.successes,
        processing_ms = r.processing_ms + excluded.processing_ms, confidence = r.confidence + excluded.confidence;

    insert into rollup_bot_hourly as r (location_id, bucket, bot_id, handoffs)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.bot_id, count(*)
    from fact_bot_handoff f join new_event using (event_id) join location l using (location_id)
    group by 1, 2, 3
    on conflict (location_id, bucket, bot_id) do update set handoffs = r.handoffs + excluded.handoffs;

    insert into rollup_latency_hourly as r (location_id, bucket, bot_id, ms, n)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.bot_id,
           least(floor(f.processing_ms), 60000)::int, count(*)
    from fact_bot_interaction f join new_event using (event_id) join location l using (location_id)
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, bot_id, ms) do update set n = r.n + excluded.n;

    insert into rollup_latency_daily as r (location_id, day, bot_id, ms, n)
    select f.location_id, (f.occurred_at at time zone l.time_zone)::date, f.bot_id,
           least(floor(f.processing_ms), 60000)::int, count(*)
    from fact_bot_interaction f join new_event using (event_id) join location l using (location_id)
    group by 1, 2, 3, 4
    on conflict (location_id, day, bot_id, ms) do update set n = r.n + excluded.n;

    insert into rollup_appointment_hourly as r (location_id, bucket, bot_id, agent_id, appointments)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), coalesce(f.bot_id, ''), f.agent_id, count(*)
    from fact_appointment_booked f join new_event using (event_id) join location l using (location_id)
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, bot_id, agent_id) do update set appointments = r.appointments + excluded.appointments;

    insert into rollup_sales_hourly as r (location_id, bucket, agent_id, deals_closed, revenue, commission)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.agent_id, count(*), sum(f.sale_price), sum(f.commission)
    from fact_deal_closed f join new_event using (event_id) join location l using (location_id)
    group by 1, 2, 3
    on conflict (location_id, bucket, agent_id) do update set
        deals_closed = r.deals_closed + excluded.deals_closed, revenue = r.revenue + excluded.revenue,
        commission = r.commission + excluded.commission;

    drop table if exists touched_lead;
    create temp table touched_lead on commit drop as
    select distinct e.location_id, e.lead_id from event e join new_event using (event_id)
    where e.type in ('lead.created', 'lead.scored', 'bot.interaction');
    perform refresh_leads();

    drop table if exists touched_deal;
    create temp table touched_deal on commit drop as
    select distinct location_id, deal_id from fact_deal_stage_changed join new_event using (event_id)
    union select location_id, deal_id from fact_deal_closed join new_event using (event_id)
    union select location_id, deal_id from fact_deal_lost join new_event using (event_id);
    perform refresh_deals();

    drop table if exists touched_entity;
    create temp table touched_entity on commit drop as
    select distinct 'conversation' as metric, location_id, conversation_id as entity_id
    from fact_bot_interaction join new_event using (event_id)
    union select 'qualified_lead', location_id, lead_id from fact_lead_qualified join new_event using (event_id);
    perform refresh_distinct();
end $$;

-- The whole ingestion of temp table "incoming" in the caller's transaction. Batches are
-- serialised by one advisory lock: rollup maintenance reads the facts before the batch,
-- which must not change underneath it. Bulk loads pass with_rollups = false and rebuild.
create function ingest_incoming(with_rollups boolean, out accepted bigint, out duplicates bigint)
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    select s.accepted, s.duplicates into accepted, duplicates from store_incoming() s;
    if with_rollups and accepted > 0 then
        perform apply_rollups();
    end if;
end $$;

-- Recomputes every snapshot and rollup of one location from its facts.
create function rebuild_rollups(p_location text) returns bigint language plpgsql as $$
declare
    rows_touched bigint;
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    delete from lead where location_id = p_location;
    delete from deal where location_id = p_location;
    delete from rollup_lead_hourly where location_id = p_location;
    delete from rollup_bot_hourly where location_id = p_location;
    delete from rollup_latency_hourly where location_id = p_location;
    delete from rollup_latency_daily where location_id = p_location;
    delete from rollup_distinct_hourly where location_id = p_location;
    delete from rollup_appointment_hourly where location_id = p_location;
    delete from rollup_sales_hourly where location_id = p_location;

    drop table if exists new_event;
    create temp table new_event on commit drop as
    select event_id from event where location_id = p_location;
    alter table new_event add primary key (event_id);
    analyze new_event;
    perform apply_rollups();

    select (select count(*) from rollup_lead_hourly where location_id = p_location)
         + (select count(*) from rollup_bot_hourly where location_id = p_location)
         + (select count(*) from rollup_latency_hourly where location_id = p_location)
         + (select count(*) from rollup_latency_daily where location_id = p_location)
         + (select count(*) from rollup_distinct_hourly where location_id = p_location)
         + (select count(*) from rollup_appointment_hourly where location_id = p_location)
         + (select count(*) from rollup_sales_hourly where location_id = p_location)
    into rows_touched;
    return rows_touched;
end $$;
