-- The speed and pipeline rollups dropped their emptied rows by scanning every row of the
-- location after each batch: a cost that grew with the days of history (and the distinct
-- seconds of each), paid by every micro-batch. Only the keys a batch took from can have
-- emptied, so only those are looked at, through the primary key.

create or replace function sync_lead_kpis() returns trigger language plpgsql as $$
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

create or replace function sync_pipeline_daily() returns trigger language plpgsql as $$
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
