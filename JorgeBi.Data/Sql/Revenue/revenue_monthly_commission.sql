-- Commission per local calendar month before @before (a month start): the forecast's history.
select date_trunc('month', bucket) as month, sum(commission) as commission
from rollup_sales_hourly
where location_id = @loc and bucket < @before
group by 1
having sum(deals_closed) <> 0
order by 1
