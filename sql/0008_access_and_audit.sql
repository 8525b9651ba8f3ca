-- Access: API keys for external consumers, dashboard users, the audit trail and the key
-- ring of the session cookies.
--
-- Who sees what: accounts and API keys see every location (locations null) or only those
-- listed. An empty list would be an account that sees nothing: that is said by disabling it
-- instead. Owners manage accounts, keys and settings for the whole company, and admin keys
-- reach the company-wide endpoints: a location list on either would promise a limit nothing
-- enforces.

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
    revoked_at   timestamptz,
    locations    text[],
    constraint api_key_locations_not_empty check (locations is null or cardinality(locations) > 0),
    constraint api_key_admin_sees_all check (not ('admin' = any (scopes)) or locations is null)
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
    created_at      timestamptz not null default now(),
    locations       text[],
    -- A disabled account cannot sign in and its sessions end; it stays for the audit trail.
    disabled_at     timestamptz,
    constraint app_user_locations_not_empty check (locations is null or cardinality(locations) > 0),
    constraint app_user_owner_sees_all check (role <> 'owner' or locations is null)
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

-- The key ring that protects session cookies and antiforgery tokens. Kept in the database
-- so sessions survive restarts and moves, and every app instance reads the same keys.
-- Whoever can read this table can forge cookies: it is backed up and guarded like the rest.
create table data_protection_key (
    friendly_name text primary key,
    xml           text not null,
    created_at    timestamptz not null default now()
);
