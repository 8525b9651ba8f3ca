-- Leads created in the period by their latest temperature before its end. The snapshot's
-- current temperature answers when it is older than the end (periods ending now: all of
-- them); only the other leads look back through their temperature facts. The two kinds
-- are separate branches so the planner does not price a fact lookup for every lead.
with bounds as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc)
select coalesce(temperature, 'unknown') as temperature, count(*) as leads
from (
    select d.temperature
    from lead d cross join bounds b
    where d.location_id = @loc and d.created_at >= b.s and d.created_at < b.e
      and (d.temperature_at < b.e or d.temperature_at is null)
    union all
    select (select x.temperature from (
                select temperature, occurred_at, event_id from fact_lead_created f
                where f.location_id = d.location_id and f.lead_id = d.lead_id and f.temperature is not null and f.occurred_at < b.e
                union all
                select temperature, occurred_at, event_id from fact_lead_scored f
                where f.location_id = d.location_id and f.lead_id = d.lead_id and f.occurred_at < b.e) x
            order by x.occurred_at desc, x.event_id desc limit 1)
    from lead d cross join bounds b
    where d.location_id = @loc and d.created_at >= b.s and d.created_at < b.e and d.temperature_at >= b.e
) t
group by 1
