-- Entity snapshots: one row per lead and per deal, derived from the fact tables. The
-- aggregator refreshes the rows a batch touched (refresh_leads, refresh_deals) and a rebuild
-- recomputes a location's rows (rebuild_rollups); the per-lead KPI rollups follow them
-- through triggers (0005).

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
    -- Whole seconds from creation to first bot contact, for the speed-to-lead histogram and
    -- the exact lookup of its middle values.
    speed_second          bigint generated always as (floor(extract(epoch from first_interaction_at - created_at))::bigint) stored,
    primary key (location_id, lead_id)
);
-- Leads created in a period (temperature breakdown, speed to lead, drill-down). Lead
-- temperatures and speed to lead of a period read only these columns of the leads created
-- in it: an index-only scan instead of a heap page per lead.
create index lead_created_covering on lead (location_id, created_at)
    include (temperature, temperature_at, first_interaction_at) where created_at is not null;
-- Attribution of a closed deal: its lead's source and first bot, looked up by lead.
create index lead_attribution on lead (location_id, lead_id) include (source, first_bot_id);
create index lead_speed on lead (location_id, speed_second, created_at)
    include (first_interaction_at) where speed_second is not null;

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
