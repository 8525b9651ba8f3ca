-- Deals open at the end of the period, by the stage of their latest change before it.
with bounds as (select (@end::timestamp at time zone time_zone) as e from location where location_id = @loc)
select s.stage, count(*) as deals, sum(s.property_value) as value,
       coalesce(sum(s.property_value * s.close_probability), 0) as explicit_weighted_value,
       coalesce(sum(s.property_value) filter (where s.close_probability is null), 0) as default_probability_value
from deal d
cross join bounds b
cross join lateral (
    select stage, property_value, close_probability from fact_deal_stage_changed f
    where f.location_id = d.location_id and f.deal_id = d.deal_id and f.occurred_at < b.e
    order by f.occurred_at desc, f.event_id desc limit 1) s
where d.location_id = @loc and d.opened_at < b.e and (d.ended_at is null or d.ended_at >= b.e)
group by s.stage
