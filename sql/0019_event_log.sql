-- The write path of DESIGN.md "Data flow": accept, apply, tell.
--
-- Accept: a sender's transaction only appends to the event log (append_events) and
-- commits. Apply: one aggregator at a time (apply_log) reads the log past the position it
-- recorded, stores the typed facts, maintains every snapshot and rollup and records the new
-- position, all in one transaction, so a crash anywhere loses nothing and applies nothing
-- twice. Tell: the same transaction sends the change-feed NOTIFY, delivered at its commit.

-- How far the log is applied. applied_seq: every event with seq <= it is in the facts and
-- the rollups (what answers report as data_as_of). facts_seq runs ahead of it only while
-- a bulk backlog is stored set-based; the rollups of stale_locations are then rebuilt.
create table log_state (
    singleton       boolean primary key default true check (singleton),
    applied_seq     bigint not null,
    applied_at      timestamptz not null default now(),
    facts_seq       bigint not null,
    stale_locations text[] not null default '{}'
);
insert into log_state (applied_seq, facts_seq)
select coalesce(max(seq), 0), coalesce(max(seq), 0) from event;

-- The typed columns of the events of temp table "log_batch" (event rows), as ingestion
-- used to stage them: every fact table is filled from these.
create function stage_log_batch() returns void language plpgsql as $$
begin
    drop table if exists incoming;
    create temp table incoming on commit drop as
    select e.event_id, e.type, e.location_id, e.lead_id, e.occurred_at, e.data,
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
    from log_batch e cross join lateral (select e.data) x(d);
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

    drop table if exists new_event;
    create temp table new_event (event_id uuid primary key) on commit drop;
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

    -- The rate is resolved when the deal is applied (the event's, else the location's):
    -- a later change of the location's rate does not rewrite commissions already earned.
    insert into fact_deal_closed (event_id, location_id, lead_id, occurred_at, deal_id, sale_price, commission_rate, commission, agent_id)
    select f.event_id, f.location_id, f.lead_id, f.occurred_at, f.deal_id, f.sale_price,
           coalesce(f.commission_rate, l.commission_rate),
           round(f.sale_price * coalesce(f.commission_rate, l.commission_rate), 2),
           f.agent_id
    from incoming f join location l using (location_id)
    where f.type = 'deal.closed';

    insert into fact_deal_lost (event_id, location_id, lead_id, occurred_at, deal_id, reason)
    select event_id, location_id, lead_id, occurred_at, deal_id, reason
    from incoming where type = 'deal.lost';

    insert into fact_marketing_spend (event_id, location_id, occurred_at, source, amount, month)
    select event_id, location_id, occurred_at, source, amount, month
    from incoming where type = 'marketing.spend';
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

-- Appends the events of several requests (request numbers in p_request, one per event) in
-- one statement and the caller's transaction: group commit. Idempotent on event_id: an id
-- already in the log with the same content is a duplicate; with other content it is a
-- conflict, and the whole request that sent it is refused (its new events are taken out
-- again). Ids are inserted in id order, so two transactions inserting the same ids wait on
-- each other instead of deadlocking; the check runs after the insert, so it sees a row that
-- a concurrent sender committed while this one waited. One row per request.
create function append_events(
    p_request integer[], p_id uuid[], p_type text[], p_location text[], p_lead text[], p_occurred timestamptz[], p_data jsonb[])
    returns table (request integer, accepted integer, duplicates integer, seq bigint, conflicts uuid[])
    language plpgsql as $$
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
        where e.event_id = any(inserted)
          and not exists (select 1 from unnest(p_request, p_id) k(request, event_id)
                          where k.event_id = e.event_id and k.request <> all(refused));
    end if;

    return query
    with batch as (
        select * from unnest(p_request, p_id, p_type, p_location, p_lead, p_occurred, p_data)
            with ordinality as b(request, event_id, type, location_id, lead_id, occurred_at, data, ord)),
    -- An id new to the log counts as accepted for the first request (in batch order) that
    -- sent it and was not refused; every other copy is a duplicate.
    first_sender as (
        select distinct on (event_id) event_id, ord from batch
        where event_id = any(inserted) and batch.request <> all(refused)
        order by event_id, ord),
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

-- Applies the next part of the log; the aggregator calls it until nothing is left.
-- One caller at a time (the lock rebuild_rollups also takes). Three cases:
-- * a backlog above bulk_threshold (a bulk load): store the facts of the next bulk_chunk
--   events only, marking their locations stale; no rollup work per event;
-- * facts ahead of the rollups and the backlog small: rebuild the stale locations from
--   their facts, set-based, and catch applied_seq up;
-- * otherwise: the next micro-batch of at most max_events, facts and every rollup.
-- The change-feed NOTIFY (locations, kinds, max_seq = the new applied_seq) goes out at
-- commit, so live pages move only on applied numbers.
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
        drop table if exists log_batch;
        create temp table log_batch on commit drop as
        select * from event where event.seq > s.facts_seq and event.seq <= upto;
        perform stage_log_batch();
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
        drop table if exists log_batch;
        create temp table log_batch on commit drop as
        select * from event where event.seq > s.applied_seq and event.seq <= horizon
        order by event.seq limit max_events;
        select count(*), coalesce(max(log_batch.seq), s.applied_seq) into applied, upto from log_batch;
        -- A short batch reached the horizon: the numbers between are gaps (refused or
        -- rolled-back appends) and count as applied.
        if applied < max_events then upto := horizon; end if;
        if applied > 0 then
            analyze log_batch;
            perform stage_log_batch();
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

-- Nothing stores events any other way.
drop function ingest_incoming(boolean);
drop function store_incoming();
drop table event_staging;
