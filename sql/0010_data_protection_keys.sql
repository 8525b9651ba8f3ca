-- The key ring that protects session cookies and antiforgery tokens. Kept in the database
-- so sessions survive restarts and moves, and every app instance reads the same keys.
-- Whoever can read this table can forge cookies: it is backed up and guarded like the rest.

create table data_protection_key (
    friendly_name text primary key,
    xml           text not null,
    created_at    timestamptz not null default now()
);
