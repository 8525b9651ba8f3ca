-- Raw-scan reference of pipeline.sql.
with b as (select (@end::timestamp at time zone time_zone) as e from location where location_id = @loc),
latest as (
    select distinct on (f.deal_id) f.deal_id, f.stage, f.property_value, f.close_probability
    from fact_deal_stage_changed f, b
    where f.location_id = @loc and f.occurred_at < b.e
    order by f.deal_id, f.occurred_at desc, f.event_id desc)
select s.stage, count(*) as deals, sum(s.property_value) as value,
       coalesce(sum(s.property_value * s.close_probability), 0) as explicit_weighted_value,
       coalesce(sum(s.property_value) filter (where s.close_probability is null), 0) as default_probability_value
from latest s, b
where not exists (select 1 from fact_deal_closed c where c.location_id = @loc and c.deal_id = s.deal_id and c.occurred_at < b.e)
  and not exists (select 1 from fact_deal_lost x where x.location_id = @loc and x.deal_id = s.deal_id and x.occurred_at < b.e)
group by s.stage
