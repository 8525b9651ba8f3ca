-- apply_rollups() found a batch's rows by joining every fact table with the batch's ids
-- (temp table new_event). The planner cannot know which table holds which id, so for each
-- fact table it planned for the whole batch: a thousand index probes, or a hash of the
-- whole table (171,000 appointments on the large data set: 77 ms of a 200 ms batch).
-- The batch's own typed rows (temp table incoming, the rows store_facts() inserted) say
-- each event's type and carry every column a rollup needs, so the rollups and the
-- touched leads, deals and entities are read from them. Closed deals still join their
-- facts, for the commission resolved when they were stored.

create or replace function apply_rollups() returns void language plpgsql as $$
begin
    analyze incoming;
    insert into rollup_bot_hourly as r (location_id, bucket, bot_id, interactions, successes, processing_ms, confidence)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.bot_id,
           count(*), count(*) filter (where f.success), sum(f.processing_ms), sum(f.confidence)
    from incoming f join location l using (location_id)
    where f.type = 'bot.interaction'
    group by 1, 2, 3
    on conflict (location_id, bucket, bot_id) do update set
        interactions = r.interactions + excluded.interactions, successes = r.successes + excluded.successes,
        processing_ms = r.processing_ms + excluded.processing_ms, confidence = r.confidence + excluded.confidence;

    insert into rollup_bot_hourly as r (location_id, bucket, bot_id, handoffs)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.bot_id, count(*)
    from incoming f join location l using (location_id)
    where f.type = 'bot.handoff'
    group by 1, 2, 3
    on conflict (location_id, bucket, bot_id) do update set handoffs = r.handoffs + excluded.handoffs;

    insert into rollup_latency_hourly as r (location_id, bucket, bot_id, ms, n)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.bot_id,
           least(floor(f.processing_ms), 60000)::int, count(*)
    from incoming f join location l using (location_id)
    where f.type = 'bot.interaction'
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, bot_id, ms) do update set n = r.n + excluded.n;

    insert into rollup_latency_daily as r (location_id, day, bot_id, ms, n)
    select f.location_id, (f.occurred_at at time zone l.time_zone)::date, f.bot_id,
           least(floor(f.processing_ms), 60000)::int, count(*)
    from incoming f join location l using (location_id)
    where f.type = 'bot.interaction'
    group by 1, 2, 3, 4
    on conflict (location_id, day, bot_id, ms) do update set n = r.n + excluded.n;

    insert into rollup_appointment_hourly as r (location_id, bucket, bot_id, agent_id, appointments)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), coalesce(f.bot_id, ''), f.agent_id, count(*)
    from incoming f join location l using (location_id)
    where f.type = 'appointment.booked'
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, bot_id, agent_id) do update set appointments = r.appointments + excluded.appointments;

    insert into rollup_sales_hourly as r (location_id, bucket, agent_id, deals_closed, revenue, commission)
    select f.location_id, local_hour(f.occurred_at, l.time_zone), f.agent_id, count(*), sum(f.sale_price), sum(f.commission)
    from fact_deal_closed f join incoming i on i.event_id = f.event_id and i.type = 'deal.closed' join location l on l.location_id = f.location_id
    group by 1, 2, 3
    on conflict (location_id, bucket, agent_id) do update set
        deals_closed = r.deals_closed + excluded.deals_closed, revenue = r.revenue + excluded.revenue,
        commission = r.commission + excluded.commission;

    drop table if exists touched_lead;
    create temp table touched_lead on commit drop as
    select distinct location_id, lead_id from incoming
    where type in ('lead.created', 'lead.scored', 'bot.interaction');
    analyze touched_lead;
    perform refresh_leads();

    drop table if exists touched_deal;
    create temp table touched_deal on commit drop as
    select distinct location_id, deal_id from incoming
    where type in ('deal.stage_changed', 'deal.closed', 'deal.lost');
    analyze touched_deal;
    perform refresh_deals();

    drop table if exists touched_entity;
    create temp table touched_entity on commit drop as
    select distinct 'conversation' as metric, location_id, conversation_id as entity_id
    from incoming where type = 'bot.interaction'
    union select 'qualified_lead', location_id, lead_id from incoming where type = 'lead.qualified';
    analyze touched_entity;
    perform refresh_distinct();
end $$;
