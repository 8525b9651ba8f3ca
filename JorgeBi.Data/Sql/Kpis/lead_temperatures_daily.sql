-- Leads created in the whole local days [start, end) by their latest temperature as of the
-- start of day "end": the temperature epochs holding on that day.
select temperature, sum(n)::bigint as leads
from rollup_temperature_daily
where location_id = @loc and created_day >= @start::date and created_day < @end::date
  and from_day <= @end::date and @end::date < until_day
group by temperature
having sum(n) <> 0
