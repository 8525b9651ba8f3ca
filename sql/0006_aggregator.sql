-- The write path of DESIGN.md "Data flow": accept, apply, tell.
--
-- Accept: a sender's transaction only appends to the event log (append_events) and
-- commits. Apply: one aggregator at a time (apply_log) reads the log past the position it
-- recorded, stores the typed facts, maintains every snapshot and rollup and records the new
-- position, all in one transaction, so a crash anywhere loses nothing and applies nothing
-- twice. Tell: the same transaction sends the change-feed NOTIFY, delivered at its commit.

-- Appends the events of several requests (request numbers in p_request, one per event) in
-- one statement and the caller's transaction: group commit. Idempotent on event_id: an id
-- already in the log with the same content is a duplicate; with other content it is a
-- conflict, and the whole request that sent it is refused (its new events are taken out
-- again). Ids are inserted in id order, so two transactions inserting the same ids wait on
-- each other instead of deadlocking; the check runs after the insert, so it sees a row that
-- a concurrent sender committed while this one waited. One row per request.
-- Each call is planned for its own arrays (force_custom_plan; a millisecond for a group
-- commit): from its sixth call in a session PL/pgSQL may plan a statement once for any
-- arguments (a generic plan), which guesses every unnest() of an argument at 10 rows, and
-- bulk loads then matched a batch against its own ids by nested loops, 50,000 x 50,000 per
-- chunk. For the same reason the ids inserted are joined as a set, never searched with
-- "= any(inserted)" per event.
create function append_events(
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

-- Appenders hold this lock shared until they commit (any number at once); the aggregator
-- holds it exclusively for an instant to read the sequence. Sequence values are handed out
-- in one order and committed in another; after that instant every event numbered up to the
-- value read has committed (or rolled back), so applying up to it never skips a later
-- commit of a lower number.
create function log_horizon() returns bigint language plpgsql as $$
declare
    horizon bigint;
begin
    perform pg_advisory_lock(hashtext('jorgebi.append'));
    select case when is_called then last_value else 0 end into horizon from event_seq_seq;
    perform pg_advisory_unlock(hashtext('jorgebi.append'));
    return horizon;
end $$;

-- The aggregator's batch tables (incoming, new_event, touched_lead, touched_deal,
-- touched_entity) live for the session and are emptied per batch: created and dropped in
-- every micro-batch they cost six CREATE TABLEs and their drops, catalog rows written to the
-- WAL and removed again each time, about a third of a small batch's fixed cost. The elected
-- aggregator applies on one session, so it creates them once. A pooled caller (a seeding
-- command, a test) may find them gone after the pool resets its session, and creates them
-- again.
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

-- Stores the facts of temp table "incoming" (events of the log not applied before) and
-- their dimensions. Leaves their ids in temp table "new_event" for apply_rollups().
create function store_facts() returns void language plpgsql as $$
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

-- Folds the batch into every snapshot and rollup. The batch's own typed rows (temp table
-- incoming, the rows store_facts() inserted) say each event's type and carry every column a
-- rollup needs, so the rollups and the touched leads, deals and entities are read from
-- them: joining every fact table with the batch's ids made the planner plan each table for
-- the whole batch (a thousand index probes, or a hash of the whole table). Closed deals
-- still join their facts, for the commission resolved when they were stored. The touched
-- tables are analysed (cheap: a few dozen rows) so they are joined by index: unanalysed,
-- each was guessed at ~900 rows and every lead of the database was hashed to refresh the
-- ~60 of a micro-batch.
create function apply_rollups() returns void language plpgsql as $$
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

-- Applies the next part of the log; the aggregator calls it until nothing is left.
-- One caller at a time (the lock rebuild_rollups also takes). Three cases:
-- * a backlog above bulk_threshold (a bulk load): store the facts of the next bulk_chunk
--   events only, marking their locations stale; no rollup work per event;
-- * facts ahead of the rollups and the backlog small: rebuild the stale locations from
--   their facts, set-based, and catch applied_seq up;
-- * otherwise: the next micro-batch of at most max_events, facts and every rollup.
-- The change-feed NOTIFY (locations, kinds, max_seq = the new applied_seq) goes out at
-- commit, so live pages move only on applied numbers.
-- The batch tables are analysed before they are joined: temp tables have no statistics
-- until then, and the planner's guesses chose hash joins over whole fact tables.
create function apply_log(max_events integer, bulk_threshold integer, bulk_chunk integer,
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
