-- Leads created in the local hours [start, end) with a bot contact, by whole seconds to it.
select second, sum(n)::bigint as n
from rollup_speed_hourly
where location_id = @loc and created_hour >= @start and created_hour < @end
group by second
having sum(n) > 0
