-- Dimensions of the star schema (DOMAIN.md "Dimensions") and the history of a location's
-- commission rate.

create table location (
    location_id               text primary key check (location_id ~ '^[a-z0-9][a-z0-9-]{0,49}$'),
    name                      text not null,
    -- Day boundaries of every KPI are this zone's local days.
    time_zone                 text not null default 'America/Los_Angeles',
    commission_rate           numeric(6,5) not null default 0.06 check (commission_rate > 0 and commission_rate <= 0.1),
    monthly_commission_target numeric(14,2) not null default 150000 check (monthly_commission_target >= 0),
    created_at                timestamptz not null default now(),
    -- A location made by its first event (or by the schema, as 'default' is) runs on the
    -- defaults until an owner saves its settings once (README "Settings"): null until then.
    confirmed_at              timestamptz
);

create table bot (
    bot_id             text primary key,
    name               text not null,
    description        text not null default '',
    -- p95 processing time the bot is held to, in ms (DOMAIN.md "Bot performance matrix").
    response_target_ms integer not null default 100 check (response_target_ms > 0),
    success_target     numeric(5,4) not null default 0.94 check (success_target > 0 and success_target <= 1)
);

-- Sources and agents appear as events name them; their rows exist so a display name can
-- be attached later without touching facts.
create table source (
    source_id text primary key,
    name      text not null
);

create table agent (
    agent_id text primary key,
    name     text not null
);

insert into location (location_id, name) values ('default', 'Jorge Real Estate');

insert into bot (bot_id, name, description, response_target_ms) values
    ('jorge-seller',   'Seller Bot',             'Direct qualification of motivated sellers',        50),
    ('jorge-buyer',    'Buyer Bot',              'Consultative qualification of buyers',             75),
    ('lead-bot',       'Lead Lifecycle Bot',     '3-7-30 day follow-up sequences',                  100),
    ('intent-decoder', 'Intent Analysis Engine', 'ML intent classification and scoring',             25);

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
