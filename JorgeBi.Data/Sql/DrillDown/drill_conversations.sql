-- Each bot's part of each conversation with interactions in [start, end), with the
-- lead's attributes for filtering.
with b as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc)
select f.conversation_id, f.bot_id, f.lead_id, count(*) as interactions, count(*) filter (where f.success) as successes,
       min(f.occurred_at) as first_at, max(f.occurred_at) as last_at, avg(f.processing_ms) as avg_response_ms,
       sum(f.processing_ms) as processing_ms_sum, d.source, d.lead_type, d.temperature
from fact_bot_interaction f
cross join b
left join lead d on d.location_id = f.location_id and d.lead_id = f.lead_id
where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e
group by f.conversation_id, f.bot_id, f.lead_id, d.source, d.lead_type, d.temperature
