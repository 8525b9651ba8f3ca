-- Leads created in the local hours [start, end) with a bot contact, by whole seconds to it.
select d.speed_second as second, count(*)::bigint as n
from lead d
join location l using (location_id)
where d.location_id = @loc and d.speed_second is not null
  and d.created_at >= (@start::timestamp at time zone l.time_zone)
  and d.created_at < (@end::timestamp at time zone l.time_zone)
group by d.speed_second
