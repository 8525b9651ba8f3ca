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
