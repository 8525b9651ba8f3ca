-- Dimensions of the star schema (DOMAIN.md "Dimensions").

create table location (
    location_id               text primary key check (location_id ~ '^[a-z0-9][a-z0-9-]{0,49}$'),
    name                      text not null,
    -- Day boundaries of every KPI are this zone's local days.
    time_zone                 text not null default 'America/Los_Angeles',
    commission_rate           numeric(6,5) not null default 0.06 check (commission_rate > 0 and commission_rate <= 0.1),
    monthly_commission_target numeric(14,2) not null default 150000 check (monthly_commission_target >= 0),
    created_at                timestamptz not null default now()
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
