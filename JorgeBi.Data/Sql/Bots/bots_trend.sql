-- Per bot and trend point over whole local days [start, end): the success counts from the
-- daily bot rollup. Points as in trend_counts.sql: date_trunc(grain), the first clipped to
-- start. The latency of the same points is trend_latency_daily.sql's histogram. The daily
-- rows also hold appointments, so rows of appointments only (no bot traffic) are left out.
select bot_id, greatest(date_trunc(@grain, day::timestamp), @start) as period_start,
       sum(interactions)::bigint as interactions, sum(successes)::bigint as successes
from rollup_bot_daily
where location_id = @loc and day >= @start::date and day < @end::date and (interactions <> 0 or handoffs <> 0)
group by 1, 2
