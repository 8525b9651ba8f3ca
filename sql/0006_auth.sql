-- Access: API keys for external consumers, dashboard users, and the audit trail.

create table api_key (
    api_key_id   bigint generated always as identity primary key,
    name         text not null,
    -- The first characters of the key, shown in listings so a key can be recognised.
    prefix       text not null unique,
    -- SHA-256 of the whole key: keys carry 256 random bits, so a slow hash adds nothing.
    hash         bytea not null,
    scopes       text[] not null check (scopes <@ array['bi:read', 'events:write', 'admin']),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create table app_user (
    user_id         bigint generated always as identity primary key,
    username        text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,49}$'),
    password_hash   text not null,
    role            text not null check (role in ('owner', 'manager', 'viewer')),
    failed_logins   integer not null default 0,
    locked_until    timestamptz,
    -- Changing it ends every session of the user (cookies carry the stamp they were issued with).
    security_stamp  uuid not null default gen_random_uuid(),
    created_at      timestamptz not null default now()
);

create table audit_log (
    audit_id    bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    target      text,
    detail      text,
    remote_ip   text
);
-- The admin page lists the newest entries first.
create index audit_log_at on audit_log (at desc);
