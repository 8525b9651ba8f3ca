-- The last minutes of a location straight from the facts (each indexed by location and
-- occurred_at) and the event log (indexed by location and received_at): windows are
-- (since, until] by occurrence, arrivals counted over the same window by received_at.
with recent as (
    select processing_ms, success from fact_bot_interaction
    where location_id = @loc and occurred_at > @since and occurred_at <= @until)
select
    (select count(*) from lead
      where location_id = @loc and created_at > @since and created_at <= @until) as leads,
    (select count(*) from recent) as interactions,
    (select count(*) filter (where success) from recent) as successes,
    (select percentile_disc(0.95) within group (order by processing_ms) from recent) as p95_ms,
    (select count(*) from fact_appointment_booked
      where location_id = @loc and occurred_at > @since and occurred_at <= @until) as appointments,
    (select count(*) from fact_deal_closed
      where location_id = @loc and occurred_at > @since and occurred_at <= @until) as deals,
    (select count(distinct conversation_id) from fact_bot_interaction
      where location_id = @loc and occurred_at > @active_since and occurred_at <= @until) as active_conversations,
    (select count(*) from event
      where location_id = @loc and received_at > @since and received_at <= @until) as events_received,
    (select max(received_at) from event where location_id = @loc) as last_event_at
