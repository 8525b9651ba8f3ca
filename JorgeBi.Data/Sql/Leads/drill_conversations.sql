-- Each bot's part of each conversation with interactions in [start, end), with the
-- lead's attributes for filtering.
with b as (
    -- Each location asked for with its own local period [start, end) as instants (location_id=all lists several).
    select l.location_id as loc, (p.s at time zone l.time_zone) as s, (p.e at time zone l.time_zone) as e
    from unnest(@locs::text[], @starts::timestamp[], @ends::timestamp[]) as p(loc, s, e)
    join location l on l.location_id = p.loc)
select f.location_id, f.conversation_id, f.bot_id, f.lead_id, count(*) as interactions, count(*) filter (where f.success) as successes,
       min(f.occurred_at) as first_at, max(f.occurred_at) as last_at, avg(f.processing_ms) as avg_response_ms,
       sum(f.processing_ms) as processing_ms_sum, d.source, d.lead_type, d.temperature
from fact_bot_interaction f
join b on f.location_id = b.loc
left join lead d on d.location_id = f.location_id and d.lead_id = f.lead_id
where f.occurred_at >= b.s and f.occurred_at < b.e
group by f.location_id, f.conversation_id, f.bot_id, f.lead_id, d.source, d.lead_type, d.temperature
