-- The aggregator's batch tables (incoming, new_event, touched_lead, touched_deal,
-- touched_entity, and log_batch before them) were created and dropped in every micro-batch:
-- six CREATE TABLEs and their drops at commit, catalog rows written to the WAL and removed
-- again each time, about a third of a small batch's fixed cost. They are now created once
-- per session and emptied per batch; the elected aggregator applies on one session, so it
-- creates them once. A pooled caller (a seeding command, a test) may find them gone after
-- the pool resets its session, and creates them again.

-- The log's events with the typed columns every fact table is filled from.
create view event_typed as
select e.seq, e.event_id, e.type, e.location_id, e.lead_id, e.occurred_at, e.data,
       d ->> 'source' as source, d ->> 'leadType' as lead_type, d ->> 'temperature' as temperature,
       d ->> 'agentId' as agent_id, (d ->> 'frs')::smallint as frs, (d ->> 'pcs')::smallint as pcs,
       d ->> 'botId' as bot_id, d ->> 'conversationId' as conversation_id,
       (d ->> 'processingTimeMs')::double precision as processing_ms, (d ->> 'success')::boolean as success,
       (d ->> 'confidence')::double precision as confidence, d ->> 'stage' as stage, d ->> 'reason' as reason,
       d ->> 'appointmentId' as appointment_id, (d ->> 'scheduledFor')::timestamptz as scheduled_for,
       d ->> 'dealId' as deal_id, (d ->> 'propertyValue')::numeric(14,2) as property_value,
       (d ->> 'closeProbability')::numeric(6,5) as close_probability,
       (d ->> 'expectedCloseDate')::date as expected_close_date, (d ->> 'salePrice')::numeric(14,2) as sale_price,
       (d ->> 'commissionRate')::numeric(6,5) as commission_rate, (d ->> 'amount')::numeric(14,2) as amount,
       ((d ->> 'month') || '-01')::date as month
from event e cross join lateral (select e.data) x(d);

-- Creates the session's batch tables when missing and empties them.
create function batch_tables() returns void language plpgsql as $$
begin
    if to_regclass('pg_temp.incoming') is null then
        create temp table incoming as select * from event_typed with no data;
        create temp table new_event (event_id uuid primary key);
        create temp table touched_lead (location_id text, lead_id text);
        create temp table touched_deal (location_id text, deal_id text);
        create temp table touched_entity (metric text, location_id text, entity_id text);
    end if;
    truncate incoming, new_event, touched_lead, touched_deal, touched_entity;
end $$;

drop function stage_log_batch();

-- Stores the facts of temp table "incoming" (events of the log not applied before) and
-- their dimensions. Leaves their ids in temp table "new_event" for apply_rollups().
create or replace function store_facts() returns void language plpgsql as $$
begin
    insert into location (location_id, name)
    select distinct location_id, location_id from incoming
    on conflict do nothing;
    insert into bot (bot_id, name)
    select distinct bot_id, bot_id from incoming where bot_id is not null
    on conflict do nothing;
    insert into source (source_id, name)
    select distinct source, source from incoming where source is not null
    on conflict do nothing;
    insert into agent (agent_id, name)
    select distinct agent_id, agent_id from incoming where agent_id is not null
    on conflict do nothing;

    insert into new_event select event_id from incoming;

    insert into fact_lead_created (event_id, location_id, lead_id, occurred_at, source, lead_type, temperature, agent_id)
    select event_id, location_id, lead_id, occurred_at, source, lead_type, temperature, agent_id
    from incoming where type = 'lead.created';

    insert into fact_lead_scored (event_id, location_id, lead_id, occurred_at, temperature, frs, pcs)
    select event_id, location_id, lead_id, occurred_at, temperature, frs, pcs
    from incoming where type = 'lead.scored';

    insert into fact_bot_interaction (event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, processing_ms, success, confidence, stage)
    select event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, processing_ms, success, confidence, stage
    from incoming where type = 'bot.interaction';

    insert into fact_bot_handoff (event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, agent_id, reason)
    select event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, agent_id, reason
    from incoming where type = 'bot.handoff';

    insert into fact_lead_qualified (event_id, location_id, lead_id, occurred_at, bot_id)
    select event_id, location_id, lead_id, occurred_at, bot_id
    from incoming where type = 'lead.qualified';

    insert into fact_appointment_booked (event_id, location_id, lead_id, occurred_at, appointment_id, agent_id, scheduled_for, bot_id)
    select event_id, location_id, lead_id, occurred_at, appointment_id, agent_id, scheduled_for, bot_id
    from incoming where type = 'appointment.booked';

    insert into fact_deal_stage_changed (event_id, location_id, lead_id, occurred_at, deal_id, stage, property_value, close_probability, agent_id, expected_close_date)
    select event_id, location_id, lead_id, occurred_at, deal_id, stage, property_value, close_probability, agent_id, expected_close_date
    from incoming where type = 'deal.stage_changed';

    -- The rate is the event's, else the location's at the deal's close (commission_rate_at),
    -- resolved once when the deal is stored: a later change of the location's rate does not
    -- rewrite commissions already earned, and a deal reported late earns the rate of its close.
    insert into fact_deal_closed (event_id, location_id, lead_id, occurred_at, deal_id, sale_price, commission_rate, commission, agent_id)
    select f.event_id, f.location_id, f.lead_id, f.occurred_at, f.deal_id, f.sale_price, r.rate, round(f.sale_price * r.rate, 2), f.agent_id
    from incoming f
    join location l using (location_id)
    cross join lateral (select coalesce(f.commission_rate, commission_rate_at(f.location_id, f.occurred_at, l.commission_rate)) as rate) r
    where f.type = 'deal.closed';

    insert into fact_deal_lost (event_id, location_id, lead_id, occurred_at, deal_id, reason)
    select event_id, location_id, lead_id, occurred_at, deal_id, reason
    from incoming where type = 'deal.lost';

    insert into fact_marketing_spend (event_id, location_id, occurred_at, source, amount, month)
    select event_id, location_id, occurred_at, source, amount, month
    from incoming where type = 'marketing.spend';
end $$;

create or replace function apply_rollups() returns void language plpgsql as $$
begin
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

    insert into touched_lead
    select distinct location_id, lead_id from incoming
    where type in ('lead.created', 'lead.scored', 'bot.interaction');
    analyze touched_lead;
    perform refresh_leads();

    insert into touched_deal
    select distinct location_id, deal_id from incoming
    where type in ('deal.stage_changed', 'deal.closed', 'deal.lost');
    analyze touched_deal;
    perform refresh_deals();

    insert into touched_entity
    select distinct 'conversation' as metric, location_id, conversation_id as entity_id
    from incoming where type = 'bot.interaction'
    union select 'qualified_lead', location_id, lead_id from incoming where type = 'lead.qualified';
    analyze touched_entity;
    perform refresh_distinct();
end $$;

create or replace function apply_log(max_events integer, bulk_threshold integer, bulk_chunk integer,
                          out applied bigint, out applied_seq bigint, out backlog bigint)
    language plpgsql as $$
declare
    s log_state;
    horizon bigint;
    upto bigint;
    notify_locations text[];
    notify_kinds text[];
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    select * into s from log_state;
    horizon := greatest(log_horizon(), s.facts_seq);
    applied := 0;

    if horizon - s.facts_seq > bulk_threshold then
        upto := least(s.facts_seq + bulk_chunk, horizon);
        perform batch_tables();
        insert into incoming select * from event_typed t where t.seq > s.facts_seq and t.seq <= upto;
        perform store_facts();
        select count(*) into applied from incoming;
        update log_state set facts_seq = upto,
            stale_locations = array(select distinct unnest(stale_locations || array(select distinct location_id from incoming)));
    elsif s.facts_seq > s.applied_seq then
        perform rebuild_rollups(l) from unnest(s.stale_locations) l;
        update log_state set applied_seq = s.facts_seq, applied_at = now(), stale_locations = '{}';
        notify_locations := s.stale_locations;
        -- A rebuilt location may have changed in every way.
        notify_kinds := array['lead.created', 'lead.scored', 'bot.interaction', 'bot.handoff', 'lead.qualified',
                              'appointment.booked', 'deal.stage_changed', 'deal.closed', 'deal.lost', 'marketing.spend'];
        applied := s.facts_seq - s.applied_seq;
    else
        perform batch_tables();
        insert into incoming
        select * from event_typed t where t.seq > s.applied_seq and t.seq <= horizon
        order by t.seq limit max_events;
        select count(*), coalesce(max(incoming.seq), s.applied_seq) into applied, upto from incoming;
        -- A short batch reached the horizon: the numbers between are gaps (refused or
        -- rolled-back appends) and count as applied.
        if applied < max_events then upto := horizon; end if;
        if applied > 0 then
            analyze incoming;
            perform store_facts();
            analyze new_event;
            perform apply_rollups();
            select array_agg(distinct location_id), array_agg(distinct type) into notify_locations, notify_kinds from incoming;
        end if;
        if upto > s.applied_seq then
            update log_state set applied_seq = upto, facts_seq = upto,
                applied_at = case when applied > 0 then now() else log_state.applied_at end;
        end if;
    end if;

    if cardinality(notify_locations) > 0 then
        perform pg_notify('jorgebi_events', json_build_object(
            'locations', notify_locations, 'kinds', notify_kinds,
            'max_seq', (select log_state.applied_seq from log_state))::text);
    end if;
    select log_state.applied_seq into applied_seq from log_state;
    backlog := greatest(horizon - applied_seq, 0);
end $$;
