-- 1-ms latency histogram per bot and trend point (points as in trend_counts.sql).
select greatest(date_trunc(@grain, bucket), @start) as period_start, bot_id, ms, sum(n)::bigint as n
from rollup_latency_hourly
where location_id = @loc and bucket >= @start and bucket < @end
group by 1, 2, 3
