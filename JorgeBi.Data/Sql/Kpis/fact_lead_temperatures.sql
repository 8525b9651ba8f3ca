-- Raw-scan reference of lead_temperatures.sql.
with b as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc),
first_created as (
    select distinct on (lead_id) lead_id, occurred_at from fact_lead_created
    where location_id = @loc order by lead_id, occurred_at, event_id),
observations as (
    select lead_id, temperature, occurred_at, event_id from fact_lead_created where location_id = @loc and temperature is not null
    union all
    select lead_id, temperature, occurred_at, event_id from fact_lead_scored where location_id = @loc),
latest as (
    select distinct on (o.lead_id) o.lead_id, o.temperature from observations o, b
    where o.occurred_at < b.e order by o.lead_id, o.occurred_at desc, o.event_id desc)
select coalesce(l.temperature, 'unknown') as temperature, count(*) as leads
from first_created c cross join b left join latest l using (lead_id)
where c.occurred_at >= b.s and c.occurred_at < b.e
group by 1
