-- The speed-to-lead histogram of a location over whole local days [p_start, p_end): leads
-- created then with a bot contact, by whole seconds to it. The calendar months inside the
-- period come from the monthly rows, the days before and after them from the daily rows.
-- One definition for the location's exact median (speed_to_lead_daily.sql) and for merging
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
