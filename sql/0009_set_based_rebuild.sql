-- A rebuild starts from nothing, so it needs none of apply_rollups' machinery for moving
-- contributions from "before the batch" to "after": each snapshot and rollup of the
-- location is one GROUP BY straight from its facts (no new_event join, no per-row
-- probes). The numbers are those of incremental maintenance: same buckets, same
-- tie-breaks (occurred_at, then event_id), same distinct-count encoding.
create or replace function rebuild_rollups(p_location text) returns bigint language plpgsql as $$
declare
    tz text;
    rows_touched bigint;
begin
    -- Same lock as ingest_incoming: no batch of this location commits halfway through.
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    -- The sorts and hash aggregates below hold a whole location; keep them in memory.
    perform set_config('work_mem', '256MB', true);
    select time_zone into tz from location where location_id = p_location;

    delete from lead where location_id = p_location;
    delete from deal where location_id = p_location;
    delete from rollup_lead_hourly where location_id = p_location;
    delete from rollup_bot_hourly where location_id = p_location;
    delete from rollup_latency_hourly where location_id = p_location;
    delete from rollup_latency_daily where location_id = p_location;
    delete from rollup_distinct_hourly where location_id = p_location;
    delete from rollup_appointment_hourly where location_id = p_location;
    delete from rollup_sales_hourly where location_id = p_location;

    -- Snapshot of every lead with a creation, a score or a bot interaction.
    insert into lead (location_id, lead_id, created_at, source, lead_type, agent_id,
                      first_interaction_at, first_bot_id, first_conversation_id, temperature, temperature_at)
    select p_location, lead_id, c.occurred_at, c.source, c.lead_type, c.agent_id,
           i.occurred_at, i.bot_id, i.conversation_id, s.temperature, s.occurred_at
    from (
        select distinct on (lead_id) lead_id, occurred_at, source, lead_type, agent_id
        from fact_lead_created where location_id = p_location
        order by lead_id, occurred_at, event_id) c
    full join (
        select distinct on (lead_id) lead_id, occurred_at, bot_id, conversation_id
        from fact_bot_interaction where location_id = p_location
        order by lead_id, occurred_at, event_id) i using (lead_id)
    full join (
        select distinct on (lead_id) lead_id, temperature, occurred_at
        from (
            select lead_id, temperature, occurred_at, event_id from fact_lead_created
            where location_id = p_location and temperature is not null
            union all
            select lead_id, temperature, occurred_at, event_id from fact_lead_scored
            where location_id = p_location) x
        order by lead_id, occurred_at desc, event_id desc) s using (lead_id)
    order by lead_id;

    insert into rollup_lead_hourly (location_id, bucket, source, lead_type, leads)
    select p_location, local_hour(created_at, tz), source, lead_type, count(*)
    from lead where location_id = p_location and created_at is not null
    group by 2, 3, 4
    order by 2, 3, 4;

    insert into deal (location_id, deal_id, lead_id, opened_at, closed_at, lost_at)
    select p_location, deal_id, coalesce(s.lead_id, c.lead_id, x.lead_id), s.opened_at, c.closed_at, x.lost_at
    from (
        select deal_id, min(occurred_at) as opened_at, min(lead_id) as lead_id
        from fact_deal_stage_changed where location_id = p_location group by deal_id) s
    full join (
        select deal_id, min(occurred_at) as closed_at, min(lead_id) as lead_id
        from fact_deal_closed where location_id = p_location group by deal_id) c using (deal_id)
    full join (
        select deal_id, min(occurred_at) as lost_at, min(lead_id) as lead_id
        from fact_deal_lost where location_id = p_location group by deal_id) x using (deal_id)
    order by deal_id;

    insert into rollup_bot_hourly (location_id, bucket, bot_id, interactions, successes, processing_ms, confidence, handoffs)
    select p_location, bucket, bot_id, sum(interactions), sum(successes), sum(processing_ms), sum(confidence), sum(handoffs)
    from (
        select local_hour(occurred_at, tz) as bucket, bot_id, count(*) as interactions,
               count(*) filter (where success) as successes, sum(processing_ms) as processing_ms,
               sum(confidence) as confidence, 0 as handoffs
        from fact_bot_interaction where location_id = p_location
        group by 1, 2
        union all
        select local_hour(occurred_at, tz), bot_id, 0, 0, 0, 0, count(*)
        from fact_bot_handoff where location_id = p_location
        group by 1, 2) x
    group by bucket, bot_id
    order by bucket, bot_id;

    insert into rollup_latency_hourly (location_id, bucket, bot_id, ms, n)
    select p_location, local_hour(occurred_at, tz), bot_id, least(floor(processing_ms), 60000)::int, count(*)
    from fact_bot_interaction where location_id = p_location
    group by 2, 3, 4
    order by 2, 3, 4;

    -- A local hour lies inside its local day: the daily histogram sums the hourly one.
    insert into rollup_latency_daily (location_id, day, bot_id, ms, n)
    select p_location, bucket::date, bot_id, ms, sum(n)
    from rollup_latency_hourly where location_id = p_location
    group by 2, 3, 4
    order by 2, 3, 4;

    insert into rollup_appointment_hourly (location_id, bucket, bot_id, agent_id, appointments)
    select p_location, local_hour(occurred_at, tz), coalesce(bot_id, ''), agent_id, count(*)
    from fact_appointment_booked where location_id = p_location
    group by 2, 3, 4
    order by 2, 3, 4;

    insert into rollup_sales_hourly (location_id, bucket, agent_id, deals_closed, revenue, commission)
    select p_location, local_hour(occurred_at, tz), agent_id, count(*), sum(sale_price), sum(commission)
    from fact_deal_closed where location_id = p_location
    group by 2, 3
    order by 2, 3;

    -- Each fact row of an entity under its bucket and the bucket of the entity's previous
    -- row, over all bots ('') and per bot: refresh_distinct's encoding with nothing before.
    insert into rollup_distinct_hourly (location_id, metric, bot_id, bucket, prev_bucket, n)
    select p_location, metric, k.bot_id, bucket, coalesce(k.prev_bucket, '-infinity'), count(*)
    from (
        select 'conversation' as metric, bot_id, bucket,
               lag(bucket) over (partition by conversation_id order by occurred_at, event_id) as prev_any,
               lag(bucket) over (partition by conversation_id, bot_id order by occurred_at, event_id) as prev_bot
        from (
            select conversation_id, bot_id, occurred_at, event_id, local_hour(occurred_at, tz) as bucket
            from fact_bot_interaction where location_id = p_location) f
        union all
        select 'qualified_lead', bot_id, bucket,
               lag(bucket) over (partition by lead_id order by occurred_at, event_id),
               lag(bucket) over (partition by lead_id, bot_id order by occurred_at, event_id)
        from (
            select lead_id, bot_id, occurred_at, event_id, local_hour(occurred_at, tz) as bucket
            from fact_lead_qualified where location_id = p_location) f
    ) y
    cross join lateral (values ('', y.prev_any), (y.bot_id, y.prev_bot)) k(bot_id, prev_bucket)
    group by 2, 3, 4, 5
    order by 2, 3, 4, 5;

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
