-- Ingestion: a batch is COPYed into a temp table shaped like event_staging, then
-- ingest_staged() stores it in one transaction: dimensions, the event log (idempotent on
-- event_id), the typed facts and, unless the caller rebuilds afterwards, the rollups.

create unlogged table event_staging (
    event_id            uuid not null,
    type                text not null,
    location_id         text not null,
    lead_id             text,
    occurred_at         timestamptz not null,
    data                jsonb not null,
    source              text,
    lead_type           text,
    temperature         text,
    agent_id            text,
    frs                 smallint,
    pcs                 smallint,
    bot_id              text,
    conversation_id     text,
    processing_ms       double precision,
    success             boolean,
    confidence          double precision,
    stage               text,
    reason              text,
    appointment_id      text,
    scheduled_for       timestamptz,
    deal_id             text,
    property_value      numeric(14,2),
    close_probability   numeric(6,5),
    expected_close_date date,
    sale_price          numeric(14,2),
    commission_rate     numeric(6,5),
    amount              numeric(14,2),
    month               date
);

-- Stores the rows of temp table "incoming". Returns how many were new and how many were
-- already stored (or repeated within the batch). Leaves the ids of the new events in
-- temp table "new_event" for the rollup step.
create function store_incoming(out accepted bigint, out duplicates bigint)
    language plpgsql as $$
declare
    total bigint;
begin
    select count(*) into total from incoming;

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
    with inserted as (
        insert into event (event_id, type, location_id, lead_id, occurred_at, data)
        select distinct on (event_id) event_id, type, location_id, lead_id, occurred_at, data
        from incoming
        order by event_id
        on conflict (event_id) do nothing
        returning event_id)
    insert into new_event select event_id from inserted;

    drop table if exists fresh;
    create temp table fresh on commit drop as
    select distinct on (i.event_id) i.*
    from incoming i join new_event n using (event_id)
    order by i.event_id;

    insert into fact_lead_created (event_id, location_id, lead_id, occurred_at, source, lead_type, temperature, agent_id)
    select event_id, location_id, lead_id, occurred_at, source, lead_type, temperature, agent_id
    from fresh where type = 'lead.created';

    insert into fact_lead_scored (event_id, location_id, lead_id, occurred_at, temperature, frs, pcs)
    select event_id, location_id, lead_id, occurred_at, temperature, frs, pcs
    from fresh where type = 'lead.scored';

    insert into fact_bot_interaction (event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, processing_ms, success, confidence, stage)
    select event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, processing_ms, success, confidence, stage
    from fresh where type = 'bot.interaction';

    insert into fact_bot_handoff (event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, agent_id, reason)
    select event_id, location_id, lead_id, occurred_at, bot_id, conversation_id, agent_id, reason
    from fresh where type = 'bot.handoff';

    insert into fact_lead_qualified (event_id, location_id, lead_id, occurred_at, bot_id)
    select event_id, location_id, lead_id, occurred_at, bot_id
    from fresh where type = 'lead.qualified';

    insert into fact_appointment_booked (event_id, location_id, lead_id, occurred_at, appointment_id, agent_id, scheduled_for, bot_id)
    select event_id, location_id, lead_id, occurred_at, appointment_id, agent_id, scheduled_for, bot_id
    from fresh where type = 'appointment.booked';

    insert into fact_deal_stage_changed (event_id, location_id, lead_id, occurred_at, deal_id, stage, property_value, close_probability, agent_id, expected_close_date)
    select event_id, location_id, lead_id, occurred_at, deal_id, stage, property_value, close_probability, agent_id, expected_close_date
    from fresh where type = 'deal.stage_changed';

    insert into fact_deal_closed (event_id, location_id, lead_id, occurred_at, deal_id, sale_price, commission_rate, commission, agent_id)
    select f.event_id, f.location_id, f.lead_id, f.occurred_at, f.deal_id, f.sale_price,
           coalesce(f.commission_rate, l.commission_rate),
           round(f.sale_price * coalesce(f.commission_rate, l.commission_rate), 2),
           f.agent_id
    from fresh f join location l using (location_id)
    where f.type = 'deal.closed';

    insert into fact_deal_lost (event_id, location_id, lead_id, occurred_at, deal_id, reason)
    select event_id, location_id, lead_id, occurred_at, deal_id, reason
    from fresh where type = 'deal.lost';

    insert into fact_marketing_spend (event_id, location_id, occurred_at, source, amount, month)
    select event_id, location_id, occurred_at, source, amount, month
    from fresh where type = 'marketing.spend';

    select count(*) into accepted from new_event;
    duplicates := total - accepted;
end $$;
