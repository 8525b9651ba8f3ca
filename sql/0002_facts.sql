-- The event store and one fact table per event kind. "event" is the record of what
-- arrived (idempotency on event_id, change-feed sequence, lead timelines); the fact
-- tables hold the typed columns the analytics read.

-- Local wall-clock hour of an instant in a zone: the grain of every rollup, so a period
-- of whole local days or hours is an exact range of buckets.
create function local_hour(ts timestamptz, tz text) returns timestamp
    language sql immutable parallel safe
    return date_trunc('hour', ts at time zone tz);

create table event (
    event_id    uuid primary key,
    -- Arrival order, for the change feed's high-water mark (never for numbers).
    seq         bigint generated always as identity,
    type        text not null,
    location_id text not null references location,
    lead_id     text,
    occurred_at timestamptz not null,
    received_at timestamptz not null default now(),
    data        jsonb not null
);
-- Change feed: "events after seq N" on catch-up.
create unique index event_seq on event (seq);
-- Lead timeline: all events of one lead in order.
create index event_lead on event (location_id, lead_id, occurred_at) where lead_id is not null;

create table fact_lead_created (
    event_id    uuid primary key references event,
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
    event_id    uuid primary key references event,
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
    event_id        uuid primary key references event,
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
create index fact_bot_interaction_time on fact_bot_interaction (location_id, occurred_at);
-- Distinct-conversation rollup maintenance: all interactions of one conversation.
create index fact_bot_interaction_conversation on fact_bot_interaction (location_id, conversation_id, occurred_at);
-- Lead snapshot: first interaction of a lead (speed to lead, first-touch bot).
create index fact_bot_interaction_lead on fact_bot_interaction (location_id, lead_id, occurred_at);

create table fact_bot_handoff (
    event_id        uuid primary key references event,
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
    event_id    uuid primary key references event,
    location_id text not null,
    lead_id     text not null,
    occurred_at timestamptz not null,
    bot_id      text not null
);
-- Distinct-qualified-lead rollup maintenance: all qualifications of one lead.
create index fact_lead_qualified_lead on fact_lead_qualified (location_id, lead_id, occurred_at);

create table fact_appointment_booked (
    event_id       uuid primary key references event,
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
    event_id            uuid primary key references event,
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
-- Pipeline as of an instant: the latest stage change of a deal before it.
create index fact_deal_stage_changed_deal on fact_deal_stage_changed (location_id, deal_id, occurred_at);

create table fact_deal_closed (
    event_id        uuid primary key references event,
    location_id     text not null,
    lead_id         text not null,
    occurred_at     timestamptz not null,
    deal_id         text not null,
    sale_price      numeric(14,2) not null,
    -- Resolved at ingestion (event's rate, else the location's): a later change of the
    -- location's rate does not rewrite commissions already earned.
    commission_rate numeric(6,5) not null,
    commission      numeric(14,2) not null,
    agent_id        text not null
);
-- Revenue breakdowns (by source, first-touch bot) and commission rows in a period.
create index fact_deal_closed_time on fact_deal_closed (location_id, occurred_at);
-- Deal snapshot rebuild.
create index fact_deal_closed_deal on fact_deal_closed (location_id, deal_id, occurred_at);

create table fact_deal_lost (
    event_id    uuid primary key references event,
    location_id text not null,
    lead_id     text not null,
    occurred_at timestamptz not null,
    deal_id     text not null,
    reason      text not null
);
-- Deal snapshot rebuild.
create index fact_deal_lost_deal on fact_deal_lost (location_id, deal_id, occurred_at);

create table fact_marketing_spend (
    event_id    uuid primary key references event,
    location_id text not null,
    occurred_at timestamptz not null,
    source      text not null,
    amount      numeric(14,2) not null,
    month       date not null
);
-- Cost per lead / ROI: spend of the months overlapping a period.
create index fact_marketing_spend_month on fact_marketing_spend (location_id, month);
