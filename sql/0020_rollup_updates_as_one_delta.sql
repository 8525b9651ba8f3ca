-- A rollup kept by a statement trigger from a finer one (hourly to daily, daily to weekly
-- and monthly) followed an UPDATE of the finer rows in two passes: it added the rows of
-- new_rows, then subtracted those of old_rows, so every coarser row a step touched was
-- written twice, a new row version and its index entries each time. The aggregator's upserts
-- mostly update rows that exist (a bot's hour, a latency histogram's cell): under a steady
-- stream of single events the latency histograms were a fifth of the WAL, their weekly and
-- monthly rows a seventh. An update now writes each coarser row once, with the difference of new and old, and
-- not at all where that difference is zero. The update triggers call these functions; the
-- functions of sql/0004, 0005, 0012 and 0017 keep serving inserts and deletes.

create function sync_bot_daily_update() returns trigger language plpgsql as $$
begin
    insert into rollup_bot_daily as r (location_id, day, bot_id, interactions, successes, processing_ms, confidence, handoffs)
    select location_id, bucket::date, bot_id, sum(interactions), sum(successes), sum(processing_ms), sum(confidence), sum(handoffs)
    from (select location_id, bucket, bot_id, interactions, successes, processing_ms, confidence, handoffs from new_rows
          union all
          select location_id, bucket, bot_id, -interactions, -successes, -processing_ms, -confidence, -handoffs from old_rows) d
    group by 1, 2, 3
    having sum(interactions) <> 0 or sum(successes) <> 0 or sum(processing_ms) <> 0 or sum(confidence) <> 0 or sum(handoffs) <> 0
    on conflict (location_id, bot_id, day) do update set
        interactions = r.interactions + excluded.interactions, successes = r.successes + excluded.successes,
        processing_ms = r.processing_ms + excluded.processing_ms, confidence = r.confidence + excluded.confidence,
        handoffs = r.handoffs + excluded.handoffs;
    return null;
end $$;

create function sync_bot_daily_appointments_update() returns trigger language plpgsql as $$
begin
    insert into rollup_bot_daily as r (location_id, day, bot_id, appointments)
    select location_id, bucket::date, bot_id, sum(appointments)
    from (select location_id, bucket, bot_id, appointments from new_rows
          union all select location_id, bucket, bot_id, -appointments from old_rows) d
    group by 1, 2, 3 having sum(appointments) <> 0
    on conflict (location_id, bot_id, day) do update set appointments = r.appointments + excluded.appointments;
    return null;
end $$;

create function sync_distinct_daily_update() returns trigger language plpgsql as $$
begin
    insert into rollup_distinct_daily as r (location_id, metric, bot_id, day, prev_day, n)
    select location_id, metric, bot_id, bucket::date, prev_bucket::date, sum(n)
    from (select location_id, metric, bot_id, bucket, prev_bucket, n from new_rows
          union all select location_id, metric, bot_id, bucket, prev_bucket, -n from old_rows) d
    group by 1, 2, 3, 4, 5 having sum(n) <> 0
    on conflict (location_id, metric, bot_id, day, prev_day) do update set n = r.n + excluded.n;
    return null;
end $$;

create function sync_latency_monthly_update() returns trigger language plpgsql as $$
begin
    insert into rollup_latency_monthly as r (location_id, month, bot_id, ms, n)
    select location_id, date_trunc('month', day)::date, bot_id, ms, sum(n)
    from (select location_id, day, bot_id, ms, n from new_rows union all select location_id, day, bot_id, ms, -n from old_rows) d
    group by 1, 2, 3, 4 having sum(n) <> 0
    on conflict (location_id, month, bot_id, ms) do update set n = r.n + excluded.n;
    return null;
end $$;

create function sync_latency_weekly_update() returns trigger language plpgsql as $$
begin
    insert into rollup_latency_weekly as r (location_id, week, bot_id, ms, n)
    select location_id, date_trunc('week', day)::date, bot_id, ms, sum(n)
    from (select location_id, day, bot_id, ms, n from new_rows union all select location_id, day, bot_id, ms, -n from old_rows) d
    group by 1, 2, 3, 4 having sum(n) <> 0
    on conflict (location_id, week, bot_id, ms) do update set n = r.n + excluded.n;
    return null;
end $$;

create function sync_lead_daily_update() returns trigger language plpgsql as $$
begin
    insert into rollup_lead_daily as r (location_id, day, source, leads)
    select location_id, bucket::date, source, sum(leads)
    from (select location_id, bucket, source, leads from new_rows union all select location_id, bucket, source, -leads from old_rows) d
    group by 1, 2, 3 having sum(leads) <> 0
    on conflict (location_id, day, source) do update set leads = r.leads + excluded.leads;
    return null;
end $$;

create function sync_speed_monthly_update() returns trigger language plpgsql as $$
begin
    insert into rollup_speed_monthly as r (location_id, month, second, n)
    select location_id, date_trunc('month', created_day)::date, second, sum(n)
    from (select location_id, created_day, second, n from new_rows union all select location_id, created_day, second, -n from old_rows) d
    group by 1, 2, 3 having sum(n) <> 0
    on conflict (location_id, month, second) do update set n = r.n + excluded.n;
    return null;
end $$;

create function sync_temperature_monthly_update() returns trigger language plpgsql as $$
begin
    insert into rollup_temperature_monthly as r (location_id, month, temperature, from_day, until_day, n)
    select d.location_id, k.month, d.temperature, k.from_day, d.until_day, sum(d.n)
    from (select location_id, created_day, temperature, from_day, until_day, n from new_rows
          union all select location_id, created_day, temperature, from_day, until_day, -n from old_rows) d
    cross join lateral temperature_month(d.created_day, d.from_day, d.until_day) k
    group by 1, 2, 3, 4, 5 having sum(d.n) <> 0
    on conflict (location_id, month, temperature, from_day, until_day) do update set n = r.n + excluded.n;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
        ('rollup_bot_hourly', 'rollup_bot_hourly_sync_update', 'sync_bot_daily_update'),
        ('rollup_appointment_hourly', 'rollup_appointment_hourly_sync_update', 'sync_bot_daily_appointments_update'),
        ('rollup_distinct_hourly', 'rollup_distinct_hourly_sync_update', 'sync_distinct_daily_update'),
        ('rollup_latency_daily', 'rollup_latency_daily_sync_update', 'sync_latency_monthly_update'),
        ('rollup_latency_daily', 'rollup_latency_daily_weekly_update', 'sync_latency_weekly_update'),
        ('rollup_lead_hourly', 'rollup_lead_hourly_sync_update', 'sync_lead_daily_update'),
        ('rollup_speed_daily', 'rollup_speed_daily_sync_update', 'sync_speed_monthly_update'),
        ('rollup_temperature_daily', 'rollup_temperature_daily_monthly_update', 'sync_temperature_monthly_update')
    ) v(source_table, trigger_name, function_name)
    loop
        execute format('drop trigger %I on %I', t.trigger_name, t.source_table);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function %I()', t.trigger_name, t.source_table, t.function_name);
    end loop;
end $$;
