-- Deals closed in the period by closing agent: the sales rollup carries the agent.
select agent_id as key, sum(deals_closed)::bigint as deals, sum(revenue) as revenue, sum(commission) as commission
from rollup_sales_hourly
where location_id = @loc and bucket >= @start and bucket < @end
group by agent_id
having sum(deals_closed) <> 0
