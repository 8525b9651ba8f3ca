-- Deals open at the start of local day "end", by the stage of their latest change before
-- it: the stage epochs holding on that day.
select stage, sum(deals)::bigint as deals, sum(value) as value,
       sum(explicit_weighted_value) as explicit_weighted_value, sum(default_probability_value) as default_probability_value
from rollup_pipeline_daily
where location_id = @loc and until_day > @end::date and from_day <= @end::date
group by stage
having sum(deals) <> 0
