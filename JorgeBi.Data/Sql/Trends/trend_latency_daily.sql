-- The same histogram from the daily rows, for whole-day periods at a grain of a day or more:
-- 24x fewer rows to read than the hourly histogram.
select greatest(date_trunc(@grain, day::timestamp), @start) as period_start, bot_id, ms, sum(n)::bigint as n
from rollup_latency_daily
where location_id = @loc and day >= @start::date and day < @end::date
group by 1, 2, 3
