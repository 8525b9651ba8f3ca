-- Leads created in the local hours [start, end) by their latest temperature as of the start
-- of hour "end": the hourly temperature epochs holding then (sql/0010).
select temperature, sum(n)::bigint as leads
from rollup_temperature_hourly
where location_id = @loc and created_hour >= @start and created_hour < @end
  and from_hour <= @end and @end < until_hour
group by temperature
having sum(n) <> 0
