-- A location's commission rate applies to deals closed after it was set (README "Settings"):
-- each change of the rate is recorded with its time, and a deal is stored with the rate in
-- force when it closed, even when its deal.closed event arrives after a later change.

create table commission_rate_change (
    location_id text not null references location,
    changed_at  timestamptz not null,
    old_rate    numeric(6,5) not null,
    new_rate    numeric(6,5) not null,
    primary key (location_id, changed_at)
);

-- Every way the rate changes (settings page, API, CLI, SQL) goes through the location row.
-- Two changes in one transaction share its time: the first's old rate and the last's new.
create function record_commission_rate_change() returns trigger language plpgsql as $$
begin
    insert into commission_rate_change (location_id, changed_at, old_rate, new_rate)
    values (new.location_id, now(), old.commission_rate, new.commission_rate)
    on conflict (location_id, changed_at) do update set new_rate = excluded.new_rate;
    return null;
end $$;

create trigger location_commission_rate_changed
after update of commission_rate on location
for each row when (old.commission_rate is distinct from new.commission_rate)
execute function record_commission_rate_change();

-- The rate in force at an instant: the last change at or before it, else the rate before the
-- first change after it, else the location's rate (never changed).
create function commission_rate_at(p_location text, p_at timestamptz, p_current numeric) returns numeric
language sql stable as $$
    select coalesce(
        (select new_rate from commission_rate_change
         where location_id = p_location and changed_at <= p_at order by changed_at desc limit 1),
        (select old_rate from commission_rate_change
         where location_id = p_location and changed_at > p_at order by changed_at limit 1),
        p_current)
$$;

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
