-- The per-lead KPIs of periods of whole local hours (the 24 hours ending now and the 24
-- before them) from rollups, as 0005 does for whole days: lead temperatures as of the
-- period end, the speed-to-lead histogram and the open pipeline as of the period end. A
-- period [S, E) of local hours ends at the start of hour E, so "as of the end" means "as of
-- the start of E": a change at an instant of local hour H counts for every E > H. Each lead
-- (deal) keeps its hourly epochs, the ranges of E over which one value held, and the
-- rollups count epochs by hour, so a period reads rows per hour, not per lead. They follow
-- the snapshots through statement triggers, like the daily ones: whatever writes lead or
-- deal rows (the aggregator's refresh, a rebuild, a time-zone move) moves them too.

create table lead_temperature_hour_epoch (
    location_id  text not null,
    lead_id      text not null,
    created_hour timestamp not null,
    temperature  text not null,
    from_hour    timestamp not null,
    until_hour   timestamp not null,
    primary key (location_id, lead_id, from_hour)
);

create table rollup_temperature_hourly (
    location_id  text not null,
    created_hour timestamp not null,
    temperature  text not null,
    from_hour    timestamp not null,
    until_hour   timestamp not null,
    n            bigint not null,
    primary key (location_id, created_hour, temperature, from_hour, until_hour)
);

-- Leads by local creation hour and whole seconds to first contact (lead.speed_second).
create table rollup_speed_hourly (
    location_id  text not null,
    created_hour timestamp not null,
    second       bigint not null,
    n            bigint not null,
    primary key (location_id, created_hour, second)
);

-- The leads of each whole second by the millisecond within it and creation hour: the exact
-- median reads the milliseconds of the one second it lies in, then the leads of one
-- millisecond, so a busy second (a burst of leads answered at once) is not read lead by lead.
create table rollup_speed_ms_hourly (
    location_id  text not null,
    second       bigint not null,
    created_hour timestamp not null,
    ms           integer not null,
    n            bigint not null,
    primary key (location_id, second, created_hour, ms) include (n)
);

create table deal_stage_hour_epoch (
    location_id       text not null,
    deal_id           text not null,
    stage             text not null,
    property_value    numeric(14,2) not null,
    close_probability numeric(6,5),
    from_hour         timestamp not null,
    until_hour        timestamp not null,
    primary key (location_id, deal_id, from_hour)
);

create table rollup_pipeline_hourly (
    location_id               text not null,
    stage                     text not null,
    from_hour                 timestamp not null,
    until_hour                timestamp not null,
    deals                     bigint not null,
    value                     numeric(18,2) not null,
    explicit_weighted_value   numeric(24,7) not null,
    default_probability_value numeric(18,2) not null,
    primary key (location_id, stage, from_hour, until_hour)
);

-- Every period read is an index-only range: the rows' heap order is arrival order, so a
-- read through the primary key alone touches a heap page per row. Pipeline as of hour E:
-- the epochs not over by E (mostly the open ones of now), or those begun by E (long ago).
create index rollup_temperature_hourly_covering on rollup_temperature_hourly (location_id, created_hour)
    include (temperature, from_hour, until_hour, n);
create index rollup_speed_hourly_covering on rollup_speed_hourly (location_id, created_hour) include (second, n);
create index rollup_pipeline_hourly_until on rollup_pipeline_hourly (location_id, until_hour)
    include (from_hour, stage, deals, value, explicit_weighted_value, default_probability_value);
create index rollup_pipeline_hourly_from on rollup_pipeline_hourly (location_id, from_hour)
    include (until_hour, stage, deals, value, explicit_weighted_value, default_probability_value);
-- Rows that emptied, found without scanning the location's rows.
create index rollup_temperature_hourly_empty on rollup_temperature_hourly (location_id) where n = 0;
create index rollup_speed_hourly_empty on rollup_speed_hourly (location_id) where n = 0;
create index rollup_speed_ms_hourly_empty on rollup_speed_ms_hourly (location_id) where n = 0;
create index rollup_pipeline_hourly_empty on rollup_pipeline_hourly (location_id) where deals = 0;

-- The same index-only reads for the daily and monthly per-lead rollups of 0005 (a year read
-- ~12,000 temperature rows by a sequential scan, and the speed rows page by page).
create index rollup_temperature_daily_covering on rollup_temperature_daily (location_id, created_day)
    include (temperature, from_day, until_day, n);
-- As of today, only the epochs not over (a third of the rows) are read for a long period.
create index rollup_temperature_daily_until on rollup_temperature_daily (location_id, until_day, created_day)
    include (temperature, from_day, n);
create index rollup_speed_daily_covering on rollup_speed_daily (location_id, created_day) include (second, n);
create index rollup_speed_monthly_covering on rollup_speed_monthly (location_id, month) include (second, n);
create index rollup_latency_monthly_covering on rollup_latency_monthly (location_id, month) include (bot_id, ms, n);
-- As of a day E: now, few epochs are not over by E (the until index); years ago, few had
-- begun (the from index). The planner takes the narrower.
drop index rollup_pipeline_daily_until;
create index rollup_pipeline_daily_until on rollup_pipeline_daily (location_id, until_day)
    include (from_day, stage, deals, value, explicit_weighted_value, default_probability_value);
create index rollup_pipeline_daily_from on rollup_pipeline_daily (location_id, from_day)
    include (until_day, stage, deals, value, explicit_weighted_value, default_probability_value);

-- The exact median speed to lead reads the leads of one millisecond in order of their exact
-- speed and skips to the middle: no sort before picking from them.
drop index lead_speed;
create index lead_speed on lead (location_id, speed_second, (first_interaction_at - created_at))
    include (created_at, first_interaction_at) where speed_second is not null;

-- The millisecond within its whole second (lead.speed_second) of a lead's speed to lead.
create function speed_ms(p_first_interaction_at timestamptz, p_created_at timestamptz) returns integer
    language sql immutable parallel safe
    return (floor(extract(epoch from p_first_interaction_at - p_created_at) * 1000)
            - floor(extract(epoch from p_first_interaction_at - p_created_at)) * 1000)::integer;

-- The hourly epochs of one lead from its temperature facts: the last change of each local
-- hour H holds from H + 1 hour until the hour after the next change.
create function lead_temperature_hour_epochs(p_location text, p_lead text, p_created_at timestamptz, p_zone text)
    returns setof lead_temperature_hour_epoch language sql stable as $$
    select p_location, p_lead, local_hour(p_created_at, p_zone), y.temperature, y.from_hour, y.until_hour
    from (
        select x.temperature, x.from_hour, lead(x.from_hour, 1, 'infinity'::timestamp) over (order by x.from_hour) as until_hour
        from (
            select 'unknown'::text as temperature, '-infinity'::timestamp as from_hour
            union all
            (select distinct on (z.hour) z.temperature, z.hour + interval '1 hour'
            from (
                select f.temperature, f.occurred_at, f.event_id, local_hour(f.occurred_at, p_zone) as hour
                from fact_lead_created f
                where f.location_id = p_location and f.lead_id = p_lead and f.temperature is not null
                union all
                select f.temperature, f.occurred_at, f.event_id, local_hour(f.occurred_at, p_zone)
                from fact_lead_scored f
                where f.location_id = p_location and f.lead_id = p_lead) z
            order by z.hour, z.occurred_at desc, z.event_id desc)) x) y
    where y.from_hour < y.until_hour
$$;

-- The hourly epochs of one deal from its stage changes, open until the hour after it ended
-- (a deal that ended at an instant of hour H is still open at the start of H).
create function deal_stage_hour_epochs(p_location text, p_deal text, p_ended_at timestamptz, p_zone text)
    returns setof deal_stage_hour_epoch language sql stable as $$
    select p_location, p_deal, y.stage, y.property_value, y.close_probability, y.from_hour, y.until_hour
    from (
        select x.stage, x.property_value, x.close_probability, x.from_hour,
               least(lead(x.from_hour, 1, 'infinity'::timestamp) over (order by x.from_hour),
                     coalesce(local_hour(p_ended_at, p_zone) + interval '1 hour', 'infinity'::timestamp)) as until_hour
        from (
            select distinct on (t.hour) f.stage, f.property_value, f.close_probability, t.hour + interval '1 hour' as from_hour
            from fact_deal_stage_changed f
            cross join lateral (select local_hour(f.occurred_at, p_zone) as hour) t
            where f.location_id = p_location and f.deal_id = p_deal
            order by t.hour, f.occurred_at desc, f.event_id desc) x) y
    where y.from_hour < y.until_hour
$$;

-- Adds (p_sign 1) or takes away (-1) the hourly epochs of the leads (deals) given to or from
-- their rollup: before the epochs of changed leads are replaced, and after.
create function count_temperature_hourly(p_sign integer, p_location text[], p_lead text[]) returns void language sql as $$
    insert into rollup_temperature_hourly as r (location_id, created_hour, temperature, from_hour, until_hour, n)
    select e.location_id, e.created_hour, e.temperature, e.from_hour, e.until_hour, p_sign * count(*)
    from unnest(p_location, p_lead) k(location_id, lead_id)
    join lead_temperature_hour_epoch e using (location_id, lead_id)
    group by 1, 2, 3, 4, 5
    on conflict (location_id, created_hour, temperature, from_hour, until_hour) do update set n = r.n + excluded.n;
$$;

create function count_pipeline_hourly(p_sign integer, p_location text[], p_deal text[]) returns void language sql as $$
    insert into rollup_pipeline_hourly as r (location_id, stage, from_hour, until_hour, deals, value, explicit_weighted_value, default_probability_value)
    select e.location_id, e.stage, e.from_hour, e.until_hour, p_sign * count(*), p_sign * sum(e.property_value),
           p_sign * coalesce(sum(e.property_value * e.close_probability), 0),
           p_sign * coalesce(sum(e.property_value) filter (where e.close_probability is null), 0)
    from unnest(p_location, p_deal) k(location_id, deal_id)
    join deal_stage_hour_epoch e using (location_id, deal_id)
    group by 1, 2, 3, 4
    on conflict (location_id, stage, from_hour, until_hour) do update set
        deals = r.deals + excluded.deals, value = r.value + excluded.value,
        explicit_weighted_value = r.explicit_weighted_value + excluded.explicit_weighted_value,
        default_probability_value = r.default_probability_value + excluded.default_probability_value;
$$;

-- Moves the hourly rollups by the lead rows a statement took (old_rows) and gave (new_rows),
-- then drops the rows that emptied.
create function sync_lead_hourly_kpis() returns trigger language plpgsql as $$
declare
    locations text[];
    leads text[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select array_agg(location_id), array_agg(lead_id) into locations, leads from old_rows;
        perform count_temperature_hourly(-1, locations, leads);
        delete from lead_temperature_hour_epoch e using old_rows o where e.location_id = o.location_id and e.lead_id = o.lead_id;
        insert into rollup_speed_hourly as r (location_id, created_hour, second, n)
        select o.location_id, local_hour(o.created_at, l.time_zone), o.speed_second, -count(*)
        from old_rows o join location l using (location_id)
        where o.speed_second is not null
        group by 1, 2, 3
        on conflict (location_id, created_hour, second) do update set n = r.n + excluded.n;
        insert into rollup_speed_ms_hourly as r (location_id, second, created_hour, ms, n)
        select o.location_id, o.speed_second, local_hour(o.created_at, l.time_zone), speed_ms(o.first_interaction_at, o.created_at), -count(*)
        from old_rows o join location l using (location_id)
        where o.speed_second is not null
        group by 1, 2, 3, 4
        on conflict (location_id, second, created_hour, ms) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into lead_temperature_hour_epoch
        select e.* from new_rows d join location l using (location_id)
        cross join lateral lead_temperature_hour_epochs(d.location_id, d.lead_id, d.created_at, l.time_zone) e
        where d.created_at is not null;
        select array_agg(location_id), array_agg(lead_id) into locations, leads from new_rows;
        perform count_temperature_hourly(1, locations, leads);
        insert into rollup_speed_hourly as r (location_id, created_hour, second, n)
        select d.location_id, local_hour(d.created_at, l.time_zone), d.speed_second, count(*)
        from new_rows d join location l using (location_id)
        where d.speed_second is not null
        group by 1, 2, 3
        on conflict (location_id, created_hour, second) do update set n = r.n + excluded.n;
        insert into rollup_speed_ms_hourly as r (location_id, second, created_hour, ms, n)
        select d.location_id, d.speed_second, local_hour(d.created_at, l.time_zone), speed_ms(d.first_interaction_at, d.created_at), count(*)
        from new_rows d join location l using (location_id)
        where d.speed_second is not null
        group by 1, 2, 3, 4
        on conflict (location_id, second, created_hour, ms) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        delete from rollup_temperature_hourly r
        where r.n = 0 and r.location_id in (select distinct location_id from old_rows);
        delete from rollup_speed_hourly r
        where r.n = 0 and r.location_id in (select distinct location_id from old_rows);
        delete from rollup_speed_ms_hourly r
        where r.n = 0 and r.location_id in (select distinct location_id from old_rows);
    end if;
    return null;
end $$;

create function sync_deal_hourly_kpis() returns trigger language plpgsql as $$
declare
    locations text[];
    deals text[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select array_agg(location_id), array_agg(deal_id) into locations, deals from old_rows;
        perform count_pipeline_hourly(-1, locations, deals);
        delete from deal_stage_hour_epoch e using old_rows o where e.location_id = o.location_id and e.deal_id = o.deal_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into deal_stage_hour_epoch
        select e.* from new_rows d join location l using (location_id)
        cross join lateral deal_stage_hour_epochs(d.location_id, d.deal_id, d.ended_at, l.time_zone) e;
        select array_agg(location_id), array_agg(deal_id) into locations, deals from new_rows;
        perform count_pipeline_hourly(1, locations, deals);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        delete from rollup_pipeline_hourly r
        where r.deals = 0 and r.location_id in (select distinct location_id from old_rows);
    end if;
    return null;
end $$;

-- Existing databases: the epochs and rollups of every lead and deal already stored.
insert into lead_temperature_hour_epoch
select e.* from lead d join location l using (location_id)
cross join lateral lead_temperature_hour_epochs(d.location_id, d.lead_id, d.created_at, l.time_zone) e
where d.created_at is not null;
select count_temperature_hourly(1, array_agg(location_id), array_agg(lead_id)) from lead;
insert into rollup_speed_hourly (location_id, created_hour, second, n)
select d.location_id, local_hour(d.created_at, l.time_zone), d.speed_second, count(*)
from lead d join location l using (location_id)
where d.speed_second is not null
group by 1, 2, 3;
insert into rollup_speed_ms_hourly (location_id, second, created_hour, ms, n)
select d.location_id, d.speed_second, local_hour(d.created_at, l.time_zone), speed_ms(d.first_interaction_at, d.created_at), count(*)
from lead d join location l using (location_id)
where d.speed_second is not null
group by 1, 2, 3, 4;
insert into deal_stage_hour_epoch
select e.* from deal d join location l using (location_id)
cross join lateral deal_stage_hour_epochs(d.location_id, d.deal_id, d.ended_at, l.time_zone) e;
select count_pipeline_hourly(1, array_agg(location_id), array_agg(deal_id)) from deal;

create trigger lead_hourly_kpis_insert after insert on lead referencing new table as new_rows for each statement execute function sync_lead_hourly_kpis();
create trigger lead_hourly_kpis_update after update on lead referencing old table as old_rows new table as new_rows for each statement execute function sync_lead_hourly_kpis();
create trigger lead_hourly_kpis_delete after delete on lead referencing old table as old_rows for each statement execute function sync_lead_hourly_kpis();
create trigger deal_hourly_kpis_insert after insert on deal referencing new table as new_rows for each statement execute function sync_deal_hourly_kpis();
create trigger deal_hourly_kpis_update after update on deal referencing old table as old_rows new table as new_rows for each statement execute function sync_deal_hourly_kpis();
create trigger deal_hourly_kpis_delete after delete on deal referencing old table as old_rows for each statement execute function sync_deal_hourly_kpis();

analyze lead_temperature_hour_epoch, rollup_temperature_hourly, rollup_speed_hourly, rollup_speed_ms_hourly, deal_stage_hour_epoch, rollup_pipeline_hourly;
