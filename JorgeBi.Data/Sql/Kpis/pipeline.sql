-- Deals open at the start of local hour "end", by the stage of their latest change before
-- it: the hourly stage epochs holding then (sql/0010).
select stage, sum(deals)::bigint as deals, sum(value) as value,
       sum(explicit_weighted_value) as explicit_weighted_value, sum(default_probability_value) as default_probability_value
from rollup_pipeline_hourly
where location_id = @loc and until_hour > @end and from_hour <= @end
group by stage
having sum(deals) <> 0
