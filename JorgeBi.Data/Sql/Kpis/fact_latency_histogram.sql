-- The 1-ms latency histogram per bot of the period, from the facts, cut as the rollups cut it.
select f.bot_id, least(floor(f.processing_ms), 60000)::int as ms, count(*)::bigint as n
from fact_bot_interaction f
join location l using (location_id)
where f.location_id = @loc
  and f.occurred_at >= (@start::timestamp at time zone l.time_zone)
  and f.occurred_at < (@end::timestamp at time zone l.time_zone)
group by 1, 2
