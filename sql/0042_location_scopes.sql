-- Who sees what: accounts and API keys see every location (null) or only those listed.
-- Rows made before this migration keep seeing every location.

alter table app_user add column locations text[];
alter table api_key add column locations text[];

-- An empty list would be an account that sees nothing: say so by disabling it instead.
alter table app_user add constraint app_user_locations_not_empty check (locations is null or cardinality(locations) > 0);
alter table api_key add constraint api_key_locations_not_empty check (locations is null or cardinality(locations) > 0);

-- Owners manage accounts, keys and settings for the whole company, and admin keys reach the
-- company-wide endpoints: a location list on either would promise a limit nothing enforces.
alter table app_user add constraint app_user_owner_sees_all check (role <> 'owner' or locations is null);
alter table api_key add constraint api_key_admin_sees_all check (not ('admin' = any (scopes)) or locations is null);

-- A disabled account cannot sign in and its sessions end; it stays for the audit trail.
alter table app_user add column disabled_at timestamptz;
