-- Sales totals of the period (bucket range [start, end)).
select coalesce(sum(deals_closed), 0)::bigint as deals_closed,
       coalesce(sum(revenue), 0) as revenue,
       coalesce(sum(commission), 0) as commission
from rollup_sales_hourly
where location_id = @loc and bucket >= @start and bucket < @end
