-- Rollups for the KPIs that are about leads and deals rather than events: lead
-- temperatures as of the period end, the median speed to lead and the open pipeline. A
-- period of whole local days [S, E) ends at the start of day E, so "as of the end" means
-- "as of the start of E": a change at an instant of local day D counts for every E > D.
-- Each lead (deal) keeps its epochs, the ranges of E over which one value held; the
-- rollups count epochs by day, so a period reads rows per day, not per lead. They all
-- follow the snapshots through statement triggers: whatever writes lead or deal rows
-- (the aggregator's refresh, a rebuild) moves them by the same delta.

-- The temperature of a lead as of the start of each day E in [from_day, until_day);
-- 'unknown' before its first temperature.
create table lead_temperature_epoch (
    location_id text not null,
    lead_id     text not null,
    created_day date not null,
    temperature text not null,
    from_day    date not null,
    until_day   date not null,
    primary key (location_id, lead_id, from_day)
);

create table rollup_temperature_daily (
    location_id text not null,
    created_day date not null,
    temperature text not null,
    from_day    date not null,
    until_day   date not null,
    n           bigint not null,
    primary key (location_id, created_day, temperature, from_day, until_day)
);

-- Leads by local creation day and whole seconds to first contact (lead.speed_second).
create table rollup_speed_daily (
    location_id text not null,
    created_day date not null,
    second      bigint not null,
    n           bigint not null,
    primary key (location_id, created_day, second)
);

-- rollup_speed_daily by local calendar month of creation (the first day of the month): the
-- exact median over a year or three reads the months inside a period from these rows and
-- only the days around them from the daily rows, as the latency histogram does.
create table rollup_speed_monthly (
    location_id text not null,
    month       date not null,
    second      bigint not null,
    n           bigint not null,
    primary key (location_id, month, second)
);

-- The stage, value and probability of a deal's latest change as of the start of each day E
-- in [from_day, until_day) while it is open (from its first change until it closed or was lost).
create table deal_stage_epoch (
    location_id       text not null,
    deal_id           text not null,
    stage             text not null,
    property_value    numeric(14,2) not null,
    close_probability numeric(6,5),
    from_day          date not null,
    until_day         date not null,
    primary key (location_id, deal_id, from_day)
);

create table rollup_pipeline_daily (
    location_id               text not null,
    stage                     text not null,
    from_day                  date not null,
    until_day                 date not null,
    deals                     bigint not null,
    value                     numeric(18,2) not null,
    explicit_weighted_value   numeric(24,7) not null,
    default_probability_value numeric(18,2) not null,
    primary key (location_id, stage, from_day, until_day)
);
-- Pipeline as of day E: the epochs not over by E (mostly the open ones of today).
create index rollup_pipeline_daily_until on rollup_pipeline_daily (location_id, until_day);

-- The epochs of one lead from its temperature facts: the last change of each local day D
-- holds from D + 1 until the day after the next change. A SQL function, so a lateral join
-- with it is planned as one query.
create function lead_temperature_epochs(p_location text, p_lead text, p_created_at timestamptz, p_zone text)
    returns setof lead_temperature_epoch language sql stable as $$
    select p_location, p_lead, (p_created_at at time zone p_zone)::date, y.temperature, y.from_day, y.until_day
    from (
        select x.temperature, x.from_day, lead(x.from_day, 1, 'infinity'::date) over (order by x.from_day) as until_day
        from (
            select 'unknown'::text as temperature, '-infinity'::date as from_day
            union all
            (select distinct on (z.day) z.temperature, z.day + 1
            from (
                select f.temperature, f.occurred_at, f.event_id, (f.occurred_at at time zone p_zone)::date as day
                from fact_lead_created f
                where f.location_id = p_location and f.lead_id = p_lead and f.temperature is not null
                union all
                select f.temperature, f.occurred_at, f.event_id, (f.occurred_at at time zone p_zone)::date
                from fact_lead_scored f
                where f.location_id = p_location and f.lead_id = p_lead) z
            order by z.day, z.occurred_at desc, z.event_id desc)) x) y
    where y.from_day < y.until_day
$$;

-- The sync functions move the rollups by the rows a statement took and gave. Emptied rows
-- are deleted, and only the keys a batch took from can have emptied, so only those are
-- looked at, through the primary key (never a scan of every row of the location).
create function sync_lead_kpis() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from lead_temperature_epoch e
        using (select distinct location_id, lead_id from old_rows) o
        where e.location_id = o.location_id and e.lead_id = o.lead_id;
        insert into rollup_speed_daily as r (location_id, created_day, second, n)
        select o.location_id, (o.created_at at time zone l.time_zone)::date, o.speed_second, -count(*)
        from old_rows o join location l using (location_id)
        where o.speed_second is not null
        group by 1, 2, 3
        on conflict (location_id, created_day, second) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into lead_temperature_epoch
        select e.* from new_rows d join location l using (location_id)
        cross join lateral lead_temperature_epochs(d.location_id, d.lead_id, d.created_at, l.time_zone) e
        where d.created_at is not null;
        insert into rollup_speed_daily as r (location_id, created_day, second, n)
        select d.location_id, (d.created_at at time zone l.time_zone)::date, d.speed_second, count(*)
        from new_rows d join location l using (location_id)
        where d.speed_second is not null
        group by 1, 2, 3
        on conflict (location_id, created_day, second) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        delete from rollup_speed_daily r
        using (select distinct o.location_id, (o.created_at at time zone l.time_zone)::date as created_day, o.speed_second
               from old_rows o join location l using (location_id) where o.speed_second is not null) o
        where (r.location_id, r.created_day, r.second) = (o.location_id, o.created_day, o.speed_second) and r.n = 0;
    end if;
    return null;
end $$;

create function sync_temperature_daily() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_temperature_daily as r (location_id, created_day, temperature, from_day, until_day, n)
        select location_id, created_day, temperature, from_day, until_day, count(*) from new_rows group by 1, 2, 3, 4, 5
        on conflict (location_id, created_day, temperature, from_day, until_day) do update set n = r.n + excluded.n;
    else
        insert into rollup_temperature_daily as r (location_id, created_day, temperature, from_day, until_day, n)
        select location_id, created_day, temperature, from_day, until_day, -count(*) from old_rows group by 1, 2, 3, 4, 5
        on conflict (location_id, created_day, temperature, from_day, until_day) do update set n = r.n + excluded.n;
        delete from rollup_temperature_daily r
        using (select distinct location_id, created_day from old_rows) o
        where r.location_id = o.location_id and r.created_day = o.created_day and r.n = 0;
    end if;
    return null;
end $$;

-- The epochs of one deal from its stage changes: the last change of each local day D holds
-- from D + 1 until the day after the next change, and no later than the day it ended (a
-- deal that ended at an instant of day D is still open at the start of D).
create function deal_stage_epochs(p_location text, p_deal text, p_ended_at timestamptz, p_zone text)
    returns setof deal_stage_epoch language sql stable as $$
    select p_location, p_deal, y.stage, y.property_value, y.close_probability, y.from_day, y.until_day
    from (
        select x.stage, x.property_value, x.close_probability, x.from_day,
               least(lead(x.from_day, 1, 'infinity'::date) over (order by x.from_day),
                     coalesce((p_ended_at at time zone p_zone)::date + 1, 'infinity'::date)) as until_day
        from (
            select distinct on (t.day) f.stage, f.property_value, f.close_probability, t.day + 1 as from_day
            from fact_deal_stage_changed f
            cross join lateral (select (f.occurred_at at time zone p_zone)::date as day) t
            where f.location_id = p_location and f.deal_id = p_deal
            order by t.day, f.occurred_at desc, f.event_id desc) x) y
    where y.from_day < y.until_day
$$;

create function sync_deal_kpis() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from deal_stage_epoch e
        using (select distinct location_id, deal_id from old_rows) o
        where e.location_id = o.location_id and e.deal_id = o.deal_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into deal_stage_epoch
        select e.* from new_rows d join location l using (location_id)
        cross join lateral deal_stage_epochs(d.location_id, d.deal_id, d.ended_at, l.time_zone) e;
    end if;
    return null;
end $$;

create function sync_pipeline_daily() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into rollup_pipeline_daily as r (location_id, stage, from_day, until_day, deals, value, explicit_weighted_value, default_probability_value)
        select location_id, stage, from_day, until_day, count(*), sum(property_value),
               coalesce(sum(property_value * close_probability), 0),
               coalesce(sum(property_value) filter (where close_probability is null), 0)
        from new_rows group by 1, 2, 3, 4
        on conflict (location_id, stage, from_day, until_day) do update set
            deals = r.deals + excluded.deals, value = r.value + excluded.value,
            explicit_weighted_value = r.explicit_weighted_value + excluded.explicit_weighted_value,
            default_probability_value = r.default_probability_value + excluded.default_probability_value;
    else
        insert into rollup_pipeline_daily as r (location_id, stage, from_day, until_day, deals, value, explicit_weighted_value, default_probability_value)
        select location_id, stage, from_day, until_day, -count(*), -sum(property_value),
               -coalesce(sum(property_value * close_probability), 0),
               -coalesce(sum(property_value) filter (where close_probability is null), 0)
        from old_rows group by 1, 2, 3, 4
        on conflict (location_id, stage, from_day, until_day) do update set
            deals = r.deals + excluded.deals, value = r.value + excluded.value,
            explicit_weighted_value = r.explicit_weighted_value + excluded.explicit_weighted_value,
            default_probability_value = r.default_probability_value + excluded.default_probability_value;
        delete from rollup_pipeline_daily r
        using (select distinct location_id, stage, from_day, until_day from old_rows) o
        where (r.location_id, r.stage, r.from_day, r.until_day) = (o.location_id, o.stage, o.from_day, o.until_day) and r.deals = 0;
    end if;
    return null;
end $$;

-- Adds the rows of transition table new_rows and subtracts those of old_rows (an ON
-- CONFLICT update fires the update trigger with both); a daily row is deleted only once
-- it is zero, so that is when its month may have emptied.
create function sync_speed_monthly() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_speed_monthly as r (location_id, month, second, n)
        select location_id, date_trunc('month', created_day)::date, second, sum(n) from new_rows group by 1, 2, 3
        on conflict (location_id, month, second) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_speed_monthly as r (location_id, month, second, n)
        select location_id, date_trunc('month', created_day)::date, second, -sum(n) from old_rows group by 1, 2, 3
        on conflict (location_id, month, second) do update set n = r.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_speed_monthly r
        using (select distinct location_id, date_trunc('month', created_day)::date as month, second from old_rows) o
        where (r.location_id, r.month, r.second) = (o.location_id, o.month, o.second) and r.n = 0;
    end if;
    return null;
end $$;

-- A trigger with transition tables serves one event, hence one per event and table.
create trigger lead_kpis_insert after insert on lead referencing new table as new_rows for each statement execute function sync_lead_kpis();
create trigger lead_kpis_update after update on lead referencing old table as old_rows new table as new_rows for each statement execute function sync_lead_kpis();
create trigger lead_kpis_delete after delete on lead referencing old table as old_rows for each statement execute function sync_lead_kpis();
create trigger temperature_daily_insert after insert on lead_temperature_epoch referencing new table as new_rows for each statement execute function sync_temperature_daily();
create trigger temperature_daily_delete after delete on lead_temperature_epoch referencing old table as old_rows for each statement execute function sync_temperature_daily();
create trigger deal_kpis_insert after insert on deal referencing new table as new_rows for each statement execute function sync_deal_kpis();
create trigger deal_kpis_update after update on deal referencing old table as old_rows new table as new_rows for each statement execute function sync_deal_kpis();
create trigger deal_kpis_delete after delete on deal referencing old table as old_rows for each statement execute function sync_deal_kpis();
create trigger pipeline_daily_insert after insert on deal_stage_epoch referencing new table as new_rows for each statement execute function sync_pipeline_daily();
create trigger pipeline_daily_delete after delete on deal_stage_epoch referencing old table as old_rows for each statement execute function sync_pipeline_daily();
create trigger rollup_speed_daily_sync_insert after insert on rollup_speed_daily
    referencing new table as new_rows for each statement execute function sync_speed_monthly();
create trigger rollup_speed_daily_sync_update after update on rollup_speed_daily
    referencing old table as old_rows new table as new_rows for each statement execute function sync_speed_monthly();
create trigger rollup_speed_daily_sync_delete after delete on rollup_speed_daily
    referencing old table as old_rows for each statement execute function sync_speed_monthly();

-- The speed-to-lead histogram of a location over whole local days [p_start, p_end): leads
-- created then with a bot contact, by whole seconds to it. The calendar months inside the
-- period come from the monthly rows, the days before and after them from the daily rows.
-- One definition for the location's exact median (speed_to_lead.sql) and for merging
-- several locations' histograms (the company view). A plain SQL function, so the planner
-- inlines it into the query that calls it.
create function speed_seconds(p_loc text, p_start date, p_end date)
returns table (second bigint, n bigint)
language sql stable as $$
    with span as (
        select p_start as s, p_end as e,
               -- First month start on or after start, and the month start of end.
               (date_trunc('month', p_start - 1) + interval '1 month')::date as first_month,
               date_trunc('month', p_end)::date as end_month)
    select x.second, sum(x.n)::bigint
    from (
        select m.second, m.n from rollup_speed_monthly m, span b
        where m.location_id = p_loc and m.month >= b.first_month and m.month < b.end_month
        union all
        select d.second, d.n from rollup_speed_daily d, span b
        where d.location_id = p_loc and d.created_day >= b.s and d.created_day < least(b.first_month, b.e)
        union all
        select d.second, d.n from rollup_speed_daily d, span b
        where d.location_id = p_loc and d.created_day >= greatest(b.end_month, b.first_month) and d.created_day < b.e
    ) x
    group by x.second
    having sum(x.n) > 0
$$;
