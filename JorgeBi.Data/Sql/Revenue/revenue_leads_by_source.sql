-- Leads created in the period (bucket range [start, end)) by source.
select source, sum(leads)::bigint as leads
from rollup_lead_hourly
where location_id = @loc and bucket >= @start and bucket < @end
group by source
having sum(leads) <> 0
