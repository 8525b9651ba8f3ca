-- 1-ms latency histogram per bot over whole local days [start, end).
select bot_id, ms, sum(n)::bigint as n
from rollup_latency_daily
where location_id = @loc and day >= @start::date and day < @end::date
group by bot_id, ms
