-- Alerts and digests (README "Alerts"): the firings and their deliveries, the rules' settings
-- an owner changes on /settings, each location's business hours and the digest
-- subscriptions, with what digests were sent.

-- Alerts: one row per firing of a condition, from the evaluation that saw it start
-- (fired_at) to the one that saw it end (resolved_at). The rows are the history; the
-- firing alerts are the unresolved ones, at most one per key, so a condition that holds
-- for an hour fires once and resolves once.
create table alert (
    alert_id    bigint generated always as identity primary key,
    alert_key   text not null,
    rule        text not null,
    location_id text,
    severity    text not null,
    title       text not null,
    message     text not null,
    fired_at    timestamptz not null,
    resolved_at timestamptz
);
create unique index alert_firing on alert (alert_key) where resolved_at is null;
create index alert_recent on alert (fired_at desc);

-- One message to send per transition (fired or resolved) and channel target, written in the
-- transaction that records the transition: a transition is never lost nor sent twice by
-- two instances. Attempts and the last error stay visible on the admin page.
create table alert_delivery (
    delivery_id     bigint generated always as identity primary key,
    alert_id        bigint not null references alert,
    transition      text not null check (transition in ('fired', 'resolved')),
    channel         text not null check (channel in ('webhook', 'email')),
    target          text not null,
    created_at      timestamptz not null default now(),
    attempts        int not null default 0,
    last_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    -- A sender claims a delivery until then; a sender that died leaves it to the next one.
    claimed_until   timestamptz
);
create index alert_delivery_pending on alert_delivery (delivery_id) where delivered_at is null and failed_at is null;
create index alert_delivery_errors on alert_delivery (last_attempt_at desc) where last_error is not null;

-- One row. A null column follows the configuration (section "Alerts"), so a default changed
-- there still applies to everything an owner has not set.
create table alert_rule_settings (
    id                          boolean primary key default true check (id),
    bot_success_enabled         boolean,
    bot_response_enabled        boolean,
    bot_response_min_interactions int check (bot_response_min_interactions between 1 and 100000),
    bot_response_margin         double precision check (bot_response_margin between 0 and 10),
    bot_timeframe               text check (bot_timeframe in ('24h', '7d', '30d')),
    anomaly_enabled             boolean,
    anomaly_sensitivity         double precision check (anomaly_sensitivity between 0.1 and 1.0),
    anomaly_min_severity        text check (anomaly_min_severity in ('low', 'medium', 'high')),
    commission_pace_enabled     boolean,
    commission_pace_tolerance   double precision check (commission_pace_tolerance >= 0 and commission_pace_tolerance < 1),
    commission_pace_min_elapsed double precision check (commission_pace_min_elapsed >= 0 and commission_pace_min_elapsed < 1),
    silence_enabled             boolean,
    silence_minutes             int check (silence_minutes between 1 and 1440),
    health_enabled              boolean,
    health_include_degraded     boolean
);
insert into alert_rule_settings default values;

-- A location's own business hours in its zone; a location without a row has the configured
-- ones (Alerts:Silence). Days as .NET numbers them: 0 Sunday to 6 Saturday.
create table location_business_hours (
    location_id text primary key references location on delete cascade,
    days        smallint[] not null check (cardinality(days) between 1 and 7 and days <@ array[0, 1, 2, 3, 4, 5, 6]::smallint[]),
    opens_at    time not null,
    closes_at   time not null check (closes_at > opens_at)
);

create table digest_subscription (
    subscription_id bigint generated always as identity primary key,
    email           text not null,
    frequency       text not null check (frequency in ('daily', 'weekly')),
    location_id     text not null references location on delete cascade,
    created_at      timestamptz not null,
    unique (email, frequency, location_id)
);

-- One row per subscription and period, written before the digest is sent: a period is never
-- sent twice, by a restarted instance or by two instances at once. A failed send is retried
-- (claimed_until) until MaxAttempts, every attempt and error kept.
create table digest_delivery (
    subscription_id bigint not null references digest_subscription on delete cascade,
    period_start    date not null,
    period_end      date not null,
    created_at      timestamptz not null default now(),
    attempts        int not null default 0,
    last_attempt_at timestamptz,
    last_error      text,
    sent_at         timestamptz,
    failed_at       timestamptz,
    claimed_until   timestamptz,
    primary key (subscription_id, period_start)
);
