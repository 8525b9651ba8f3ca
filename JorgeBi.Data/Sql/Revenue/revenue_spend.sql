-- Whole-month spend per source of every local month overlapping [start, end); the caller
-- prorates it to the period. Several spend events of one source and month add up.
select source, month::timestamp as month, sum(amount) as amount
from fact_marketing_spend
where location_id = @loc
  and month::timestamp < @end
  and month::timestamp + interval '1 month' > @start
group by source, month
