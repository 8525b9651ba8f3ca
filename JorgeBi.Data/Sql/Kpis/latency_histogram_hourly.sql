-- 1-ms latency histogram per bot over a bucket range.
select bot_id, ms, sum(n)::bigint as n
from rollup_latency_hourly
where location_id = @loc and bucket >= @start and bucket < @end
group by bot_id, ms
