-- Coarser rollups for long periods: a year of hourly rows is ~35,000 rows per family and
-- grows with the data (the latency histograms), while the bot matrix and the revenue page
-- must answer any period in a few milliseconds. Each coarse table is the exact sum of an
-- existing rollup by local day (or month), kept so by statement-level triggers on that
-- rollup: whatever function inserts, updates or deletes its rows (apply_rollups,
-- rebuild_rollups, or any later version of them) moves the coarse rows by the same delta.
-- Periods of whole local days read them; the 24-hour timeframe keeps reading the hourly rows.

-- Ingestion takes the same lock: no batch lands while the rows already there are copied.
select pg_advisory_xact_lock(hashtext('jorgebi.ingest'));

-- rollup_bot_hourly and rollup_appointment_hourly (over all agents) by local day.
create table rollup_bot_daily (
    location_id   text not null,
    day           date not null,
    bot_id        text not null,
    interactions  bigint not null default 0,
    successes     bigint not null default 0,
    processing_ms double precision not null default 0,
    confidence    double precision not null default 0,
    handoffs      bigint not null default 0,
    appointments  bigint not null default 0,
    -- Bot first: the matrix reads each bot's range of days.
    primary key (location_id, bot_id, day)
);

-- rollup_distinct_hourly by local day: a row counted under (bucket, prev_bucket) counts under
-- (bucket::date, prev_bucket::date), so the entities seen in the days [S, E) are again the
-- rows with S <= day < E and prev_day < S.
create table rollup_distinct_daily (
    location_id text not null,
    metric      text not null,
    bot_id      text not null,
    day         date not null,
    prev_day    date not null,
    n           bigint not null,
    primary key (location_id, metric, bot_id, day, prev_day)
);

-- rollup_latency_daily by local calendar month (the first day of the month).
create table rollup_latency_monthly (
    location_id text not null,
    month       date not null,
    bot_id      text not null,
    ms          integer not null,
    n           bigint not null,
    primary key (location_id, month, bot_id, ms)
);

-- rollup_lead_hourly by local day and source (the revenue page's leads per source).
create table rollup_lead_daily (
    location_id text not null,
    day         date not null,
    source      text not null,
    leads       bigint not null,
    primary key (location_id, day, source)
);

-- Each sync function adds the rows of transition table new_rows and subtracts those of
-- old_rows (an ON CONFLICT update fires the update trigger with both), then drops the rows
-- that a delete brought back to zero.

create function sync_bot_daily() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_bot_daily as r (location_id, day, bot_id, interactions, successes, processing_ms, confidence, handoffs)
        select location_id, bucket::date, bot_id, sum(interactions), sum(successes), sum(processing_ms), sum(confidence), sum(handoffs)
        from new_rows group by 1, 2, 3
        on conflict (location_id, bot_id, day) do update set
            interactions = r.interactions + excluded.interactions, successes = r.successes + excluded.successes,
            processing_ms = r.processing_ms + excluded.processing_ms, confidence = r.confidence + excluded.confidence,
            handoffs = r.handoffs + excluded.handoffs;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_bot_daily as r (location_id, day, bot_id, interactions, successes, processing_ms, confidence, handoffs)
        select location_id, bucket::date, bot_id, -sum(interactions), -sum(successes), -sum(processing_ms), -sum(confidence), -sum(handoffs)
        from old_rows group by 1, 2, 3
        on conflict (location_id, bot_id, day) do update set
            interactions = r.interactions + excluded.interactions, successes = r.successes + excluded.successes,
            processing_ms = r.processing_ms + excluded.processing_ms, confidence = r.confidence + excluded.confidence,
            handoffs = r.handoffs + excluded.handoffs;
    end if;
    if tg_op = 'DELETE' then
        -- Float sums may keep a rounding residue: zero traffic means zero.
        update rollup_bot_daily r set processing_ms = 0, confidence = 0
        from (select distinct location_id, bucket::date as day, bot_id from old_rows) o
        where r.location_id = o.location_id and r.day = o.day and r.bot_id = o.bot_id and r.interactions = 0;
        delete from rollup_bot_daily r
        using (select distinct location_id, bucket::date as day, bot_id from old_rows) o
        where r.location_id = o.location_id and r.day = o.day and r.bot_id = o.bot_id
          and r.interactions = 0 and r.successes = 0 and r.handoffs = 0 and r.appointments = 0;
    end if;
    return null;
end $$;

create function sync_bot_daily_appointments() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_bot_daily as r (location_id, day, bot_id, appointments)
        select location_id, bucket::date, bot_id, sum(appointments) from new_rows group by 1, 2, 3
        on conflict (location_id, bot_id, day) do update set appointments = r.appointments + excluded.appointments;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_bot_daily as r (location_id, day, bot_id, appointments)
        select location_id, bucket::date, bot_id, -sum(appointments) from old_rows group by 1, 2, 3
        on conflict (location_id, bot_id, day) do update set appointments = r.appointments + excluded.appointments;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_bot_daily r
        using (select distinct location_id, bucket::date as day, bot_id from old_rows) o
        where r.location_id = o.location_id and r.day = o.day and r.bot_id = o.bot_id
          and r.interactions = 0 and r.successes = 0 and r.handoffs = 0 and r.appointments = 0;
    end if;
    return null;
end $$;

create function sync_distinct_daily() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_distinct_daily as r (location_id, metric, bot_id, day, prev_day, n)
        select location_id, metric, bot_id, bucket::date, prev_bucket::date, sum(n) from new_rows group by 1, 2, 3, 4, 5
        on conflict (location_id, metric, bot_id, day, prev_day) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_distinct_daily as r (location_id, metric, bot_id, day, prev_day, n)
        select location_id, metric, bot_id, bucket::date, prev_bucket::date, -sum(n) from old_rows group by 1, 2, 3, 4, 5
        on conflict (location_id, metric, bot_id, day, prev_day) do update set n = r.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_distinct_daily r
        using (select distinct location_id, bucket::date as day from old_rows) o
        where r.location_id = o.location_id and r.day = o.day and r.n = 0;
    end if;
    return null;
end $$;

create function sync_latency_monthly() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_latency_monthly as r (location_id, month, bot_id, ms, n)
        select location_id, date_trunc('month', day)::date, bot_id, ms, sum(n) from new_rows group by 1, 2, 3, 4
        on conflict (location_id, month, bot_id, ms) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_latency_monthly as r (location_id, month, bot_id, ms, n)
        select location_id, date_trunc('month', day)::date, bot_id, ms, -sum(n) from old_rows group by 1, 2, 3, 4
        on conflict (location_id, month, bot_id, ms) do update set n = r.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_latency_monthly r
        using (select distinct location_id, date_trunc('month', day)::date as month from old_rows) o
        where r.location_id = o.location_id and r.month = o.month and r.n = 0;
    end if;
    return null;
end $$;

create function sync_lead_daily() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_lead_daily as r (location_id, day, source, leads)
        select location_id, bucket::date, source, sum(leads) from new_rows group by 1, 2, 3
        on conflict (location_id, day, source) do update set leads = r.leads + excluded.leads;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_lead_daily as r (location_id, day, source, leads)
        select location_id, bucket::date, source, -sum(leads) from old_rows group by 1, 2, 3
        on conflict (location_id, day, source) do update set leads = r.leads + excluded.leads;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_lead_daily r
        using (select distinct location_id, bucket::date as day from old_rows) o
        where r.location_id = o.location_id and r.day = o.day and r.leads = 0;
    end if;
    return null;
end $$;

-- A trigger with transition tables serves one event, hence three per source table.
create procedure create_sync_triggers(source_table text, sync_function text)
    language plpgsql as $$
begin
    execute format('create trigger %1$s_sync_insert after insert on %1$s referencing new table as new_rows
                    for each statement execute function %2$s()', source_table, sync_function);
    execute format('create trigger %1$s_sync_update after update on %1$s referencing old table as old_rows new table as new_rows
                    for each statement execute function %2$s()', source_table, sync_function);
    execute format('create trigger %1$s_sync_delete after delete on %1$s referencing old table as old_rows
                    for each statement execute function %2$s()', source_table, sync_function);
end $$;

call create_sync_triggers('rollup_bot_hourly', 'sync_bot_daily');
call create_sync_triggers('rollup_appointment_hourly', 'sync_bot_daily_appointments');
call create_sync_triggers('rollup_distinct_hourly', 'sync_distinct_daily');
call create_sync_triggers('rollup_latency_daily', 'sync_latency_monthly');
call create_sync_triggers('rollup_lead_hourly', 'sync_lead_daily');
drop procedure create_sync_triggers(text, text);

-- The rows already there.
insert into rollup_bot_daily (location_id, day, bot_id, interactions, successes, processing_ms, confidence, handoffs)
select location_id, bucket::date, bot_id, sum(interactions), sum(successes), sum(processing_ms), sum(confidence), sum(handoffs)
from rollup_bot_hourly group by 1, 2, 3;

insert into rollup_bot_daily as r (location_id, day, bot_id, appointments)
select location_id, bucket::date, bot_id, sum(appointments) from rollup_appointment_hourly group by 1, 2, 3
on conflict (location_id, bot_id, day) do update set appointments = excluded.appointments;

insert into rollup_distinct_daily (location_id, metric, bot_id, day, prev_day, n)
select location_id, metric, bot_id, bucket::date, prev_bucket::date, sum(n) from rollup_distinct_hourly
group by 1, 2, 3, 4, 5 having sum(n) <> 0;

insert into rollup_latency_monthly (location_id, month, bot_id, ms, n)
select location_id, date_trunc('month', day)::date, bot_id, ms, sum(n) from rollup_latency_daily group by 1, 2, 3, 4;

insert into rollup_lead_daily (location_id, day, source, leads)
select location_id, bucket::date, source, sum(leads) from rollup_lead_hourly group by 1, 2, 3 having sum(leads) <> 0;
