-- Leads created in the period per source, and how many of them have a closed deal by now.
with bounds as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc),
won as (select distinct lead_id from deal where location_id = @loc and closed_at is not null)
select d.source, count(*) as leads, count(w.lead_id) as converted
from lead d
cross join bounds b
left join won w using (lead_id)
where d.location_id = @loc and d.created_at >= b.s and d.created_at < b.e
group by d.source
