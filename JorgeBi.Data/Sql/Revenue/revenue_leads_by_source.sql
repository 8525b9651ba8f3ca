-- Leads created in the period by source: from the daily rollup for whole local days
-- (@daily), else from the hourly buckets [start, end).
select source, sum(leads)::bigint as leads
from (
    select source, leads from rollup_lead_hourly
    where not @daily and location_id = @loc and bucket >= @start and bucket < @end
    union all
    select source, leads from rollup_lead_daily
    where @daily and location_id = @loc and day >= @start::date and day < @end::date
) rows
group by source
having sum(leads) <> 0
