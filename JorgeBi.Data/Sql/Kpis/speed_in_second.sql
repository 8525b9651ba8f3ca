-- The smallest exact speeds to lead among the leads created in [start, end) whose speed
-- lies in millisecond @millisecond of whole second @second: the lead_speed index reads just
-- them, in order of exact speed. The period's instants are computed once (materialized),
-- not for every lead scanned.
with b as materialized (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc)
select extract(epoch from d.first_interaction_at - d.created_at)::double precision
from lead d, b
where d.location_id = @loc and d.speed_second = @second
  and d.first_interaction_at - d.created_at >= (@second * 1000 + @millisecond) * interval '1 millisecond'
  and d.first_interaction_at - d.created_at < (@second * 1000 + @millisecond + 1) * interval '1 millisecond'
  and d.created_at >= b.s and d.created_at < b.e
order by d.first_interaction_at - d.created_at
limit @count
