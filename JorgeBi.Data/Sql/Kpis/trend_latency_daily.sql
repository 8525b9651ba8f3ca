-- The same histogram for whole-day periods at a grain of a day or more, from the daily
-- rows; at a weekly or monthly grain the calendar weeks or months inside the period come from
-- the weekly or monthly rows.
-- Rows that are already one per point, bot and millisecond are not grouped again (grouping
-- a year of daily cells into weeks cost more than reading them): the weekly and monthly rows,
-- whose points (the whole weeks or months inside) are not the daily rows' (the part-weeks or
-- part-months at either end), and the daily rows at a daily grain. Only daily rows that share
-- a point are summed.
with b as (
    select @start::date as s, @end::date as e,
           -- The first whole week or month: its start on or after start; and the week or month start of end.
           case when @grain in ('week', 'month') then (date_trunc(@grain, @start::date - 1) + ('1 ' || @grain)::interval)::date
                else @end::date end as first_whole,
           case when @grain in ('week', 'month') then date_trunc(@grain, @end::date)::date else @end::date end as end_whole)
select m.month::timestamp as period_start, m.bot_id, m.ms, m.n
from rollup_latency_monthly m, b
where @grain = 'month' and m.location_id = @loc and m.month >= b.first_whole and m.month < b.end_whole
union all
select w.week::timestamp, w.bot_id, w.ms, w.n
from rollup_latency_weekly w, b
where @grain = 'week' and w.location_id = @loc and w.week >= b.first_whole and w.week < b.end_whole
union all
select d.day::timestamp, d.bot_id, d.ms, d.n
from rollup_latency_daily d, b
where @grain = 'day' and d.location_id = @loc and d.day >= b.s and d.day < b.e
union all
select period_start, bot_id, ms, sum(n)::bigint as n
from (
    select greatest(date_trunc(@grain, d.day::timestamp), @start) as period_start, d.bot_id, d.ms, d.n from rollup_latency_daily d, b
    where d.location_id = @loc and d.day >= b.s and d.day < least(b.first_whole, b.e)
    union all
    select date_trunc(@grain, d.day::timestamp), d.bot_id, d.ms, d.n from rollup_latency_daily d, b
    where d.location_id = @loc and d.day >= greatest(b.end_whole, b.first_whole) and d.day < b.e
) x
where @grain <> 'day'
group by 1, 2, 3
