-- The event log and one fact table per event kind (DESIGN.md "Data flow": accept, apply,
-- tell). "event" is the record of what arrived: senders only append to it (append_events)
-- and commit, idempotent on event_id; its seq orders the log for the aggregator, the change
-- feed and lead timelines. The fact tables hold the typed columns the analytics read; the
-- aggregator (apply_log) fills them from the log.
--
-- No foreign keys tie the log to location or the facts to the log: the aggregator is the
-- only writer of the facts and guarantees these references by construction (it inserts a
-- batch's locations just before its facts, and facts only for events of the log; nothing
-- deletes events or locations). Checked per row, they cost a lookup and a row lock on the
-- referenced row each, about a third of the time of storing a batch.

create table event (
    event_id    uuid primary key,
    -- Log order: the aggregator's position and the change feed's high-water mark (never
    -- for numbers).
    seq         bigint generated always as identity,
    type        text not null,
    location_id text not null,
    lead_id     text,
    occurred_at timestamptz not null,
    received_at timestamptz not null default now(),
    data        jsonb not null
);
-- The aggregator and the change feed: "events after seq N".
create unique index event_seq on event (seq);
-- Lead timeline: all events of one lead in order.
create index event_lead on event (location_id, lead_id, occurred_at) where lead_id is not null;
-- Real-time "events per minute" counts a location's arrivals of the last minutes and reads
-- its latest arrival; without this index both scan the whole event log on every refresh.
create index event_received on event (location_id, received_at);

create table fact_lead_created (
    event_id    uuid primary key,
    location_id text not null,
    lead_id     text not null,
    occurred_at timestamptz not null,
    source      text not null,
    lead_type   text not null,
    temperature text,
    agent_id    text
);
-- Lead snapshot rebuild: earliest lead.created of a lead.
create index fact_lead_created_lead on fact_lead_created (location_id, lead_id, occurred_at);

create table fact_lead_scored (
    event_id    uuid primary key,
    location_id text not null,
    lead_id     text not null,
    occurred_at timestamptz not null,
    temperature text not null,
    frs         smallint not null,
    pcs         smallint not null
);
-- Temperature of a lead as of an instant (latest score before it).
create index fact_lead_scored_lead on fact_lead_scored (location_id, lead_id, occurred_at);

create table fact_bot_interaction (
    event_id        uuid primary key,
    location_id     text not null,
    lead_id         text not null,
    occurred_at     timestamptz not null,
    bot_id          text not null,
    conversation_id text not null,
    processing_ms   double precision not null,
    success         boolean not null,
    confidence      double precision not null,
    stage           text
);
-- Real-time counters and drill-down rows: interactions of a location in a time range.
-- Covering, so the live counters (count, successes, p95, distinct active conversations of
-- the last minutes) never visit the heap.
create index fact_bot_interaction_time on fact_bot_interaction (location_id, occurred_at)
    include (processing_ms, success, conversation_id);
-- Distinct-conversation rollup maintenance: all interactions of one conversation.
create index fact_bot_interaction_conversation on fact_bot_interaction (location_id, conversation_id, occurred_at);
-- Lead snapshot: first interaction of a lead (speed to lead, first-touch bot).
create index fact_bot_interaction_lead on fact_bot_interaction (location_id, lead_id, occurred_at);

create table fact_bot_handoff (
    event_id        uuid primary key,
    location_id     text not null,
    lead_id         text not null,
    occurred_at     timestamptz not null,
    bot_id          text not null,
    conversation_id text not null,
    agent_id        text not null,
    reason          text not null
);
-- Drill-down rows of handoffs in a period.
create index fact_bot_handoff_time on fact_bot_handoff (location_id, occurred_at);

create table fact_lead_qualified (
    event_id    uuid primary key,
    location_id text not null,
    lead_id     text not null,
    occurred_at timestamptz not null,
    bot_id      text not null
);
-- Distinct-qualified-lead rollup maintenance: all qualifications of one lead.
create index fact_lead_qualified_lead on fact_lead_qualified (location_id, lead_id, occurred_at);

create table fact_appointment_booked (
    event_id       uuid primary key,
    location_id    text not null,
    lead_id        text not null,
    occurred_at    timestamptz not null,
    appointment_id text not null,
    agent_id       text not null,
    scheduled_for  timestamptz not null,
    bot_id         text
);
-- Drill-down rows of appointments in a period.
create index fact_appointment_booked_time on fact_appointment_booked (location_id, occurred_at);

create table fact_deal_stage_changed (
    event_id            uuid primary key,
    location_id         text not null,
    lead_id             text not null,
    occurred_at         timestamptz not null,
    deal_id             text not null,
    stage               text not null,
    property_value      numeric(14,2) not null,
    close_probability   numeric(6,5),
    agent_id            text not null,
    expected_close_date date
);
-- Pipeline as of an instant: the latest stage change of each open deal before it is the
-- first entry of a backward index-only scan, with no sort per deal.
create index fact_deal_stage_changed_latest on fact_deal_stage_changed (location_id, deal_id, occurred_at, event_id)
    include (stage, property_value, close_probability);

create table fact_deal_closed (
    event_id        uuid primary key,
    location_id     text not null,
    lead_id         text not null,
    occurred_at     timestamptz not null,
    deal_id         text not null,
    sale_price      numeric(14,2) not null,
    -- Resolved when the deal is stored (the event's rate, else the location's at the close):
    -- a later change of the location's rate does not rewrite commissions already earned.
    commission_rate numeric(6,5) not null,
    commission      numeric(14,2) not null,
    agent_id        text not null
);
-- Revenue breakdowns (by source, first-touch bot) and commission rows in a period.
-- Covering, so the deals closed in a period join their lead's source and first bot
-- without visiting the heap.
create index fact_deal_closed_time on fact_deal_closed (location_id, occurred_at)
    include (lead_id, sale_price, commission);
-- Deal snapshot rebuild.
create index fact_deal_closed_deal on fact_deal_closed (location_id, deal_id, occurred_at);

create table fact_deal_lost (
    event_id    uuid primary key,
    location_id text not null,
    lead_id     text not null,
    occurred_at timestamptz not null,
    deal_id     text not null,
    reason      text not null
);
-- Deal snapshot rebuild.
create index fact_deal_lost_deal on fact_deal_lost (location_id, deal_id, occurred_at);

create table fact_marketing_spend (
    event_id    uuid primary key,
    location_id text not null,
    occurred_at timestamptz not null,
    source      text not null,
    amount      numeric(14,2) not null,
    month       date not null
);
-- Cost per lead / ROI: spend of the months overlapping a period.
create index fact_marketing_spend_month on fact_marketing_spend (location_id, month);

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
insert into log_state (applied_seq, facts_seq) values (0, 0);

-- Change feed: whatever changes numbers notifies channel jorgebi_events with a small key
-- (never the events: payloads are capped at 8,000 bytes), delivered at commit to every
-- listening app instance. max_seq lets a listener that missed notifications catch up.

-- Tells every instance that a location's settings, and so possibly all its numbers, changed.
create function notify_location_settings(p_location text) returns void language sql as $$
    select pg_notify('jorgebi_events', json_build_object(
        'locations', array[p_location], 'kinds', array['settings'],
        'max_seq', (select applied_seq from log_state))::text);
$$;

-- Bots are global: a changed target changes the matrix and alerts of every location.
create function notify_settings_of_all_locations() returns void language sql as $$
    select pg_notify('jorgebi_events', json_build_object(
        'locations', (select coalesce(array_agg(location_id order by location_id), '{}') from location),
        'kinds', array['settings'],
        'max_seq', (select applied_seq from log_state))::text);
$$;
