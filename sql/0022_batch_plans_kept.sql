-- Under 16 senders a fifth of the aggregator's CPU went to planning its statements again in
-- every micro-batch, and a twentieth to ANALYZE. Two things made the cached plans of the
-- statements reading the batch tables stale at every step:
-- * each step analysed the batch tables, and an ANALYZE that changes a table's row count in
--   pg_class invalidates every plan reading the table;
-- * new_event had a primary key, and emptying a table at commit (on commit delete rows)
--   rebuilds its indexes, which invalidates the table's plans even when nothing changed.
-- Now the batch tables are analysed only when a batch is more than four times larger or
-- smaller than the one they were last analysed with (a steady stream of events keeps its
-- plans), and new_event has no index: it holds one batch's ids, probed by a hash.
-- The temperature and pipeline counts of sql/0010 were SQL functions, which are planned on
-- every call; as PL/pgSQL functions their plans are kept like the rest (the pipeline's by
-- force: its generic plan guesses ten deals and probes the epochs by key, as it should, but
-- costs more than a plan for the two or three deals of a micro-batch, so the plan cache
-- kept planning it anew, three times a step).

-- Whether a batch of this many events is more than four times larger or smaller than the one
-- the batch tables were last analysed with; if so, remembers it as the one analysed now.
-- Kept per session beside the tables (forgotten when batch_tables creates them).
create function batch_size_moved(events bigint) returns boolean language plpgsql as $$
declare
    analysed bigint := nullif(current_setting('jorgebi.batch_analysed_events', true), '')::bigint;
begin
    if analysed is not null and events <= analysed * 4 and events * 4 >= analysed then
        return false;
    end if;
    perform set_config('jorgebi.batch_analysed_events', events::text, false);
    return true;
end $$;

-- batch_tables of sql/0018, with new_event unindexed, forgetting the analysed size when it
-- creates or truncates the tables.
create or replace function batch_tables() returns void language plpgsql as $$
begin
    if to_regclass('pg_temp.incoming') is null then
        create temp table incoming on commit delete rows as select * from event_typed with no data;
        create temp table new_event (event_id uuid) on commit delete rows;
        create temp table touched_lead (location_id text, lead_id text) on commit delete rows;
        create temp table touched_deal (location_id text, deal_id text) on commit delete rows;
        create temp table touched_entity (metric text, location_id text, entity_id text) on commit delete rows;
        perform set_config('jorgebi.batch_analysed_events', '', false);
    elsif exists (select from incoming) or exists (select from new_event) or exists (select from touched_lead)
          or exists (select from touched_deal) or exists (select from touched_entity) then
        -- New files, and with them no statistics.
        truncate incoming, new_event, touched_lead, touched_deal, touched_entity;
        perform set_config('jorgebi.batch_analysed_events', '', false);
    end if;
end $$;

-- The leads, deals and distinct-count entities of the batch in "incoming" (apply_rollups of
-- sql/0006 collected them itself, analysing each table on the way).
create function collect_touched() returns void language plpgsql as $$
begin
    insert into touched_lead
    select distinct location_id, lead_id from incoming
    where type in ('lead.created', 'lead.scored', 'bot.interaction');

    insert into touched_deal
    select distinct location_id, deal_id from incoming
    where type in ('deal.stage_changed', 'deal.closed', 'deal.lost');

    insert into touched_entity
    select distinct 'conversation' as metric, location_id, conversation_id as entity_id
    from incoming where type = 'bot.interaction'
    union select 'qualified_lead', location_id, lead_id from incoming where type = 'lead.qualified';
end $$;

-- apply_rollups of sql/0006, with the touched tables collected and analysed before it.
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

    perform refresh_leads();
    perform refresh_deals();
    perform refresh_distinct();
end $$;

-- apply_log of sql/0018, analysing the batch tables only when the batch's size moved.
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
    elsif horizon > s.applied_seq then
        perform batch_tables();
        insert into incoming
        select * from event_typed t where t.seq > s.applied_seq and t.seq <= horizon
        order by t.seq limit max_events;
        select count(*), coalesce(max(incoming.seq), s.applied_seq) into applied, upto from incoming;
        -- A short batch reached the horizon: the numbers between are gaps (refused or
        -- rolled-back appends) and count as applied.
        if applied < max_events then upto := horizon; end if;
        if applied > 0 then
            perform collect_touched();
            if batch_size_moved(applied) then
                analyze incoming, touched_lead, touched_deal, touched_entity;
            end if;
            perform store_facts();
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

-- count_temperature_hourly and count_pipeline_hourly of sql/0010, unchanged but for the language.
create or replace function count_temperature_hourly(p_sign integer, p_location text[], p_lead text[]) returns void language plpgsql as $$
begin
    insert into rollup_temperature_hourly as r (location_id, created_hour, temperature, from_hour, until_hour, n)
    select e.location_id, e.created_hour, e.temperature, e.from_hour, e.until_hour, p_sign * count(*)
    from unnest(p_location, p_lead) k(location_id, lead_id)
    join lead_temperature_hour_epoch e using (location_id, lead_id)
    group by 1, 2, 3, 4, 5
    on conflict (location_id, created_hour, temperature, from_hour, until_hour) do update set n = r.n + excluded.n;
end $$;

create or replace function count_pipeline_hourly(p_sign integer, p_location text[], p_deal text[]) returns void
    language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    insert into rollup_pipeline_hourly as r (location_id, stage, from_hour, until_hour, deals, value, explicit_weighted_value, default_probability_value)
    select e.location_id, e.stage, e.from_hour, e.until_hour, p_sign * count(*), p_sign * sum(e.property_value),
           p_sign * coalesce(sum(e.property_value * e.close_probability), 0),
           p_sign * coalesce(sum(e.property_value) filter (where e.close_probability is null), 0)
    from unnest(p_location, p_deal) k(location_id, deal_id)
    join deal_stage_hour_epoch e using (location_id, deal_id)
    group by 1, 2, 3, 4
    on conflict (location_id, stage, from_hour, until_hour) do update set
        deals = r.deals + excluded.deals, value = r.value + excluded.value,
        explicit_weighted_value = r.explicit_weighted_value + excluded.explicit_weighted_value,
        default_probability_value = r.default_probability_value + excluded.default_probability_value;
end $$;
