-- Median seconds from creation to first bot interaction, over leads created in the period.
select percentile_cont(0.5) within group (order by extract(epoch from d.first_interaction_at - d.created_at))
from lead d
join location l using (location_id)
where d.location_id = @loc and d.first_interaction_at is not null
  and d.created_at >= (@start::timestamp at time zone l.time_zone)
  and d.created_at < (@end::timestamp at time zone l.time_zone)
