-- Interactions and successes of each bot with traffic in the bucket range, with its targets.
select r.bot_id, sum(r.interactions)::bigint as interactions, sum(r.successes)::bigint as successes,
       b.success_target::float8 as success_target, b.response_target_ms
from rollup_bot_hourly r
join bot b using (bot_id)
where r.location_id = @loc and r.bucket >= @start and r.bucket < @end
group by r.bot_id, b.success_target, b.response_target_ms
having sum(r.interactions) > 0
