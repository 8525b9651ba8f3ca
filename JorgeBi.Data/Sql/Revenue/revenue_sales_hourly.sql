-- Sales per local hour of the period (bucket range [start, end)), over all agents.
select bucket, sum(deals_closed)::bigint as deals_closed, sum(revenue) as revenue, sum(commission) as commission
from rollup_sales_hourly
where location_id = @loc and bucket >= @start and bucket < @end
group by bucket
having sum(deals_closed) <> 0
order by bucket
