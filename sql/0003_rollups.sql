-- Entity snapshots and rollups: everything the KPIs read. All are derived from the fact
-- tables (rebuild_rollups recomputes them) and maintained per batch at ingestion.
-- Buckets are local hours of the location's zone (local_hour), so any period of whole
-- local hours or days is an exact bucket range.

-- One row per lead: when it was created (earliest lead.created), its first bot contact
-- (speed to lead, first-touch attribution) and its latest temperature.
create table lead (
    location_id           text not null,
    lead_id               text not null,
    created_at            timestamptz,
    source                text,
    lead_type             text,
    agent_id              text,
    first_interaction_at  timestamptz,
    first_bot_id          text,
    first_conversation_id text,
    -- Latest temperature overall; "as of the end of P" reads it directly when it is older
    -- than the end of P (the common case: periods ending now).
    temperature           text,
    temperature_at        timestamptz,
    primary key (location_id, lead_id)
);
-- Leads created in a period (temperature breakdown, speed to lead, drill-down).
create index lead_created on lead (location_id, created_at) where created_at is not null;

-- One row per deal: when it entered the pipeline and when it left it.
create table deal (
    location_id text not null,
    deal_id     text not null,
    lead_id     text not null,
    opened_at   timestamptz,
    closed_at   timestamptz,
    lost_at     timestamptz,
    ended_at    timestamptz generated always as (least(closed_at, lost_at)) stored,
    primary key (location_id, deal_id)
);
-- Pipeline as of an instant: deals opened before it (ended ones filtered in the scan).
create index deal_open on deal (location_id, opened_at) where opened_at is not null;

create table rollup_lead_hourly (
    location_id text not null,
    bucket      timestamp not null,
    source      text not null,
    lead_type   text not null,
    leads       bigint not null,
    primary key (location_id, bucket, source, lead_type)
);

create table rollup_bot_hourly (
    location_id   text not null,
    bucket        timestamp not null,
    bot_id        text not null,
    interactions  bigint not null default 0,
    successes     bigint not null default 0,
    processing_ms double precision not null default 0,
    confidence    double precision not null default 0,
    handoffs      bigint not null default 0,
    primary key (location_id, bucket, bot_id)
);

-- Latency histograms: 1-ms buckets (floor of processing_ms) up to 60 s, where every
-- slower interaction is counted; p95 from them is within 1 ms of the exact value.
create table rollup_latency_hourly (
    location_id text not null,
    bucket      timestamp not null,
    bot_id      text not null,
    ms          integer not null,
    n           bigint not null,
    primary key (location_id, bucket, bot_id, ms)
);

-- The same histogram per local day: periods of whole days read 24x fewer rows.
create table rollup_latency_daily (
    location_id text not null,
    day         date not null,
    bot_id      text not null,
    ms          integer not null,
    n           bigint not null,
    primary key (location_id, day, bot_id, ms)
);

-- Exact distinct counts over any bucket range. Each fact row of an entity (a
-- conversation, a qualified lead) is counted under its bucket and the bucket of the
-- entity's previous fact row (null for the first). The entities seen in [S, E) are the
-- rows with S <= bucket < E whose prev_bucket is null or < S: one per entity, its first
-- row in the range. bot_id '' counts entities over all bots.
create table rollup_distinct_hourly (
    location_id text not null,
    metric      text not null check (metric in ('conversation', 'qualified_lead')),
    bot_id      text not null,
    bucket      timestamp not null,
    prev_bucket timestamp not null default '-infinity',
    n           bigint not null,
    primary key (location_id, metric, bot_id, bucket, prev_bucket)
);

create table rollup_appointment_hourly (
    location_id  text not null,
    bucket       timestamp not null,
    bot_id       text not null,
    agent_id     text not null,
    appointments bigint not null,
    primary key (location_id, bucket, bot_id, agent_id)
);

create table rollup_sales_hourly (
    location_id  text not null,
    bucket       timestamp not null,
    agent_id     text not null,
    deals_closed bigint not null default 0,
    revenue      numeric(16,2) not null default 0,
    commission   numeric(16,2) not null default 0,
    primary key (location_id, bucket, agent_id)
);
