-- Per bot and trend point over whole local days [start, end): the success counts from the
-- hourly bot rollup. Points as in trend_counts.sql: date_trunc(grain), the first clipped to
-- start. The latency of the same points is trend_latency_daily.sql's histogram.
select bot_id, greatest(date_trunc(@grain, bucket), @start) as period_start,
       sum(interactions)::bigint as interactions, sum(successes)::bigint as successes
from rollup_bot_hourly
where location_id = @loc and bucket >= @start and bucket < @end
group by 1, 2
