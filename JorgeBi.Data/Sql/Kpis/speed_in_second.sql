-- The smallest exact speeds to lead among the leads created in [start, end) whose whole
-- second is @second: an index lookup on (location_id, speed_second, created_at).
select extract(epoch from d.first_interaction_at - d.created_at)::double precision
from lead d
join location l using (location_id)
where d.location_id = @loc and d.speed_second = @second
  and d.created_at >= (@start::timestamp at time zone l.time_zone)
  and d.created_at < (@end::timestamp at time zone l.time_zone)
order by 1
limit @count
