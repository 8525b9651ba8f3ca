-- apply_rollups() lists the leads, deals and entities a batch touched in temp tables and
-- joins them with the snapshots and facts. Unanalysed, each was guessed at ~900 rows, so
-- the planner hashed every lead of the database to refresh the ~60 of a micro-batch:
-- ~55 of the ~115 ms a batch of 100 single events took on the demo data, growing with the
-- number of leads. Analysed (cheap: a few dozen rows), they are joined by index.
create or replace function apply_rollups() returns void language plpgsql as $$
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
    analyze touched_lead;
    perform refresh_leads();

    drop table if exists touched_deal;
    create temp table touched_deal on commit drop as
    select distinct location_id, deal_id from fact_deal_stage_changed join new_event using (event_id)
    union select location_id, deal_id from fact_deal_closed join new_event using (event_id)
    union select location_id, deal_id from fact_deal_lost join new_event using (event_id);
    analyze touched_deal;
    perform refresh_deals();

    drop table if exists touched_entity;
    create temp table touched_entity on commit drop as
    select distinct 'conversation' as metric, location_id, conversation_id as entity_id
    from fact_bot_interaction join new_event using (event_id)
    union select 'qualified_lead', location_id, lead_id from fact_lead_qualified join new_event using (event_id);
    analyze touched_entity;
    perform refresh_distinct();
end $$;
