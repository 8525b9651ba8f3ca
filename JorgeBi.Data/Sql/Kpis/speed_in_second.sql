-- The smallest exact speeds to lead among the leads created in the local period [start, end)
-- whose whole second is @second: the lead_speed index gives them in order of exact speed.
select extract(epoch from d.first_interaction_at - d.created_at)::double precision
from lead d
join location l using (location_id)
where d.location_id = @loc and d.speed_second = @second
  and (d.created_at at time zone l.time_zone) >= @start and (d.created_at at time zone l.time_zone) < @end
order by d.first_interaction_at - d.created_at
limit @count
