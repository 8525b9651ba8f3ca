-- Rollups: everything the KPIs read for a period. All are derived from the fact tables
-- (rebuild_rollups recomputes them) and maintained per batch by the aggregator. Buckets are
-- local hours of the location's zone (local_hour), so any period of whole local hours or
-- days is an exact bucket range.

-- Local wall-clock hour of an instant in a zone: the grain of every rollup, so a period
-- of whole local days or hours is an exact range of buckets.
create function local_hour(ts timestamptz, tz text) returns timestamp
    language sql immutable parallel safe
    return date_trunc('hour', ts at time zone tz);

create table rollup_lead_hourly (
    location_id text not null,
    bucket      timestamp not null,
    source      text not null,
    lead_type   text not null,
    leads       bigint not null,
    primary key (location_id, bucket, source, lead_type)
);

create table rollup_bot_hourly (
    location_id   text not null,
    bucket        timestamp not null,
    bot_id        text not null,
    interactions  bigint not null default 0,
    successes     bigint not null default 0,
    processing_ms double precision not null default 0,
    confidence    double precision not null default 0,
    handoffs      bigint not null default 0,
    primary key (location_id, bucket, bot_id)
);

-- Latency histograms: 1-ms buckets (floor of processing_ms) up to 60 s, where every
-- slower interaction is counted; p95 from them is within 1 ms of the exact value.
create table rollup_latency_hourly (
    location_id text not null,
    bucket      timestamp not null,
    bot_id      text not null,
    ms          integer not null,
    n           bigint not null,
    primary key (location_id, bucket, bot_id, ms)
);

-- The same histogram per local day: periods of whole days read 24x fewer rows.
create table rollup_latency_daily (
    location_id text not null,
    day         date not null,
    bot_id      text not null,
    ms          integer not null,
    n           bigint not null,
    primary key (location_id, day, bot_id, ms)
);

-- Exact distinct counts over any bucket range. Each fact row of an entity (a
-- conversation, a qualified lead) is counted under its bucket and the bucket of the
-- entity's previous fact row (null for the first). The entities seen in [S, E) are the
-- rows with S <= bucket < E whose prev_bucket is null or < S: one per entity, its first
-- row in the range. bot_id '' counts entities over all bots.
create table rollup_distinct_hourly (
    location_id text not null,
    metric      text not null check (metric in ('conversation', 'qualified_lead')),
    bot_id      text not null,
    bucket      timestamp not null,
    prev_bucket timestamp not null default '-infinity',
    n           bigint not null,
    primary key (location_id, metric, bot_id, bucket, prev_bucket)
);

create table rollup_appointment_hourly (
    location_id  text not null,
    bucket       timestamp not null,
    bot_id       text not null,
    agent_id     text not null,
    appointments bigint not null,
    primary key (location_id, bucket, bot_id, agent_id)
);

create table rollup_sales_hourly (
    location_id  text not null,
    bucket       timestamp not null,
    agent_id     text not null,
    deals_closed bigint not null default 0,
    revenue      numeric(16,2) not null default 0,
    commission   numeric(16,2) not null default 0,
    primary key (location_id, bucket, agent_id)
);

-- Daily and monthly rollups for periods of whole local days (every timeframe but 24h and
-- every custom range): a year of hourly rows is ~35,000 rows per family and grows with the
-- data (the latency histograms), while the pages must answer any period in a few
-- milliseconds. Each is derived from an hourly (or daily) rollup by statement-level
-- triggers on it, so every writer of those rows (the aggregator, a rebuild, a bulk load)
-- keeps them exact without knowing about them. A bucket is a local hour, so its day is
-- bucket::date. The 24-hour timeframe keeps reading the hourly rows.

-- The daily histogram rows of a day range as an index-only scan; their heap order is
-- arrival order, so reading them through the primary key touches a page per row.
create index rollup_latency_daily_covering on rollup_latency_daily (location_id, day) include (bot_id, ms, n);

-- The KPI counts and sums of one local day over all sources, bots and agents: a year reads
-- 365 daily rows instead of ~9,000 hourly rows per bot, source and agent.
create table rollup_kpi_daily (
    location_id   text not null,
    day           date not null,
    leads         bigint not null,
    appointments  bigint not null,
    deals_closed  bigint not null,
    revenue       numeric(16,2) not null,
    commission    numeric(16,2) not null,
    interactions  bigint not null,
    successes     bigint not null,
    processing_ms double precision not null,
    handoffs      bigint not null,
    primary key (location_id, day)
);

-- Recomputes the daily KPI rows of the (location, day)s the statement touched from the
-- hourly rollups (transition table "changed"). Recomputed rather than adjusted, so the
-- floating-point processing_ms sum does not drift; days left with nothing are deleted.
create function refresh_kpi_daily() returns trigger language plpgsql as $$
begin
    delete from rollup_kpi_daily r
    where (r.location_id, r.day) in (select location_id, bucket::date from changed);
    insert into rollup_kpi_daily (location_id, day, leads, appointments, deals_closed, revenue, commission,
                                  interactions, successes, processing_ms, handoffs)
    select t.location_id, t.day, l.leads, a.appointments, s.deals_closed, s.revenue, s.commission,
           b.interactions, b.successes, b.processing_ms, b.handoffs
    from (select distinct location_id, bucket::date as day from changed) t
    cross join lateral (
        select coalesce(sum(leads), 0) as leads from rollup_lead_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) l
    cross join lateral (
        select coalesce(sum(appointments), 0) as appointments from rollup_appointment_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) a
    cross join lateral (
        select coalesce(sum(deals_closed), 0) as deals_closed, coalesce(sum(revenue), 0) as revenue,
               coalesce(sum(commission), 0) as commission from rollup_sales_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) s
    cross join lateral (
        select coalesce(sum(interactions), 0) as interactions, coalesce(sum(successes), 0) as successes,
               coalesce(sum(processing_ms), 0) as processing_ms, coalesce(sum(handoffs), 0) as handoffs
        from rollup_bot_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) b
    where l.leads <> 0 or a.appointments <> 0 or s.deals_closed <> 0 or b.interactions <> 0 or b.handoffs <> 0;
    return null;
end $$;

create trigger kpi_daily_leads_ins after insert on rollup_lead_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_leads_upd after update on rollup_lead_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_leads_del after delete on rollup_lead_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_bots_ins after insert on rollup_bot_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_bots_upd after update on rollup_bot_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_bots_del after delete on rollup_bot_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_appointments_ins after insert on rollup_appointment_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_appointments_upd after update on rollup_appointment_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_appointments_del after delete on rollup_appointment_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_sales_ins after insert on rollup_sales_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_sales_upd after update on rollup_sales_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_sales_del after delete on rollup_sales_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();

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
create trigger rollup_bot_hourly_sync_insert after insert on rollup_bot_hourly
    referencing new table as new_rows for each statement execute function sync_bot_daily();
create trigger rollup_bot_hourly_sync_update after update on rollup_bot_hourly
    referencing old table as old_rows new table as new_rows for each statement execute function sync_bot_daily();
create trigger rollup_bot_hourly_sync_delete after delete on rollup_bot_hourly
    referencing old table as old_rows for each statement execute function sync_bot_daily();
create trigger rollup_appointment_hourly_sync_insert after insert on rollup_appointment_hourly
    referencing new table as new_rows for each statement execute function sync_bot_daily_appointments();
create trigger rollup_appointment_hourly_sync_update after update on rollup_appointment_hourly
    referencing old table as old_rows new table as new_rows for each statement execute function sync_bot_daily_appointments();
create trigger rollup_appointment_hourly_sync_delete after delete on rollup_appointment_hourly
    referencing old table as old_rows for each statement execute function sync_bot_daily_appointments();
create trigger rollup_distinct_hourly_sync_insert after insert on rollup_distinct_hourly
    referencing new table as new_rows for each statement execute function sync_distinct_daily();
create trigger rollup_distinct_hourly_sync_update after update on rollup_distinct_hourly
    referencing old table as old_rows new table as new_rows for each statement execute function sync_distinct_daily();
create trigger rollup_distinct_hourly_sync_delete after delete on rollup_distinct_hourly
    referencing old table as old_rows for each statement execute function sync_distinct_daily();
create trigger rollup_latency_daily_sync_insert after insert on rollup_latency_daily
    referencing new table as new_rows for each statement execute function sync_latency_monthly();
create trigger rollup_latency_daily_sync_update after update on rollup_latency_daily
    referencing old table as old_rows new table as new_rows for each statement execute function sync_latency_monthly();
create trigger rollup_latency_daily_sync_delete after delete on rollup_latency_daily
    referencing old table as old_rows for each statement execute function sync_latency_monthly();
create trigger rollup_lead_hourly_sync_insert after insert on rollup_lead_hourly
    referencing new table as new_rows for each statement execute function sync_lead_daily();
create trigger rollup_lead_hourly_sync_update after update on rollup_lead_hourly
    referencing old table as old_rows new table as new_rows for each statement execute function sync_lead_daily();
create trigger rollup_lead_hourly_sync_delete after delete on rollup_lead_hourly
    referencing old table as old_rows for each statement execute function sync_lead_daily();
