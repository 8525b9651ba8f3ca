-- Alert settings an owner changes on /settings (README "Alerts"): the rules' values, each
-- location's business hours and the digest subscriptions, with what digests were sent.

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
