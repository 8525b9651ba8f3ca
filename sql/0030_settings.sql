-- Owner settings (README "Settings"): a location's name, zone, commission rate and monthly
-- target; a bot's name and targets; a source's name.

-- A location made by its first event (or by the schema, as 'default' was) runs on the
-- defaults until an owner saves its settings once: null until then.
alter table location add column confirmed_at timestamptz;

-- Creates the location if needed and sets the values given (null keeps the current value, or
-- the default for a new location), marking it confirmed. The change feed is told at commit,
-- so every instance drops the location's cached answers and open pages reload.
--
-- A new zone moves every event of the location into other local hours and days, so its
-- rollups are rebuilt from its facts in the same transaction, under the aggregator's lock:
-- ingestion keeps accepting events (the log is not locked), the aggregator waits, and
-- readers see the old numbers until the new ones commit, all at once. The lock is taken
-- before the row is read, so a location its first event creates meanwhile is rebuilt too.
create function save_location_settings(
    p_location text, p_name text, p_time_zone text, p_commission_rate numeric, p_monthly_target numeric,
    out created boolean, out rebucketed boolean,
    out old_name text, out old_time_zone text, out old_commission_rate numeric, out old_monthly_target numeric)
    language plpgsql as $$
begin
    if p_time_zone is not null and not exists (select from pg_timezone_names where name = p_time_zone) then
        raise exception 'unknown time zone %', p_time_zone using errcode = 'invalid_parameter_value';
    end if;
    if p_time_zone is not null and p_time_zone is distinct from (select time_zone from location where location_id = p_location) then
        perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    end if;

    select name, time_zone, commission_rate, monthly_commission_target
    into old_name, old_time_zone, old_commission_rate, old_monthly_target
    from location where location_id = p_location for update;
    created := not found;
    if created then
        insert into location (location_id, name) values (p_location, p_location);
    end if;

    -- A location just created has no facts yet: nothing to move.
    rebucketed := not created and p_time_zone is not null and p_time_zone is distinct from old_time_zone;
    if rebucketed then
        -- The snapshots' triggers count their rows by local day of the location's zone: they
        -- must leave under the old zone (rebuild_rollups puts them back under the new one).
        delete from lead where location_id = p_location;
        delete from deal where location_id = p_location;
    end if;

    update location set
        name = coalesce(p_name, name),
        time_zone = coalesce(p_time_zone, time_zone),
        commission_rate = coalesce(p_commission_rate, commission_rate),
        monthly_commission_target = coalesce(p_monthly_target, monthly_commission_target),
        confirmed_at = now()
    where location_id = p_location;

    if rebucketed then
        perform rebuild_rollups(p_location);
    end if;

    perform pg_notify('jorgebi_events', json_build_object(
        'locations', array[p_location], 'kinds', array['settings'],
        'max_seq', (select applied_seq from log_state))::text);
end $$;

-- Bots are global: a changed target changes the matrix and alerts of every location.
create function notify_settings_of_all_locations() returns void language sql as $$
    select pg_notify('jorgebi_events', json_build_object(
        'locations', (select coalesce(array_agg(location_id order by location_id), '{}') from location),
        'kinds', array['settings'],
        'max_seq', (select applied_seq from log_state))::text);
$$;
