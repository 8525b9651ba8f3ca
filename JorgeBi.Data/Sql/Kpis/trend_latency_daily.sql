-- The same histogram for whole-day periods at a grain of a day or more, from the daily
-- rows; at a monthly grain the calendar months inside the period come from the monthly rows.
-- Rows that are already one per point, bot and millisecond are not grouped again (grouping
-- three years of monthly cells cost more than reading them): the monthly rows, whose points
-- (the months inside) are not the daily rows' (the part-months at either end), and the daily
-- rows at a daily grain. Only daily rows that share a point (weeks, part-months) are summed.
with b as (
    select @start::date as s, @end::date as e,
           case when @grain = 'month' then (date_trunc('month', @start::date - 1) + interval '1 month')::date
                else @end::date end as first_month,
           case when @grain = 'month' then date_trunc('month', @end::date)::date else @end::date end as end_month)
select m.month::timestamp as period_start, m.bot_id, m.ms, m.n
from rollup_latency_monthly m, b
where m.location_id = @loc and m.month >= b.first_month and m.month < b.end_month
union all
select d.day::timestamp, d.bot_id, d.ms, d.n
from rollup_latency_daily d, b
where @grain = 'day' and d.location_id = @loc and d.day >= b.s and d.day < b.e
union all
select period_start, bot_id, ms, sum(n)::bigint as n
from (
    select greatest(date_trunc(@grain, d.day::timestamp), @start) as period_start, d.bot_id, d.ms, d.n from rollup_latency_daily d, b
    where d.location_id = @loc and d.day >= b.s and d.day < least(b.first_month, b.e)
    union all
    select date_trunc(@grain, d.day::timestamp), d.bot_id, d.ms, d.n from rollup_latency_daily d, b
    where d.location_id = @loc and d.day >= greatest(b.end_month, b.first_month) and d.day < b.e
) x
where @grain <> 'day'
group by 1, 2, 3
