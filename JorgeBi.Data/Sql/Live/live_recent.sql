-- The last minutes of one or more locations (@locs, read as one) straight from the facts
-- (each indexed by location and occurred_at) and the event log (indexed by location and
-- received_at): windows are (since, until] by occurrence, arrivals counted over the same
-- window by received_at. The p95 is over all the locations' interactions together.
with recent as (
    select processing_ms, success from fact_bot_interaction
    where location_id = any(@locs) and occurred_at > @since and occurred_at <= @until)
select
    (select count(*) from lead
      where location_id = any(@locs) and created_at > @since and created_at <= @until) as leads,
    (select count(*) from recent) as interactions,
    (select count(*) filter (where success) from recent) as successes,
    (select percentile_disc(0.95) within group (order by processing_ms) from recent) as p95_ms,
    (select count(*) from fact_appointment_booked
      where location_id = any(@locs) and occurred_at > @since and occurred_at <= @until) as appointments,
    (select count(*) from fact_deal_closed
      where location_id = any(@locs) and occurred_at > @since and occurred_at <= @until) as deals,
    -- A conversation belongs to its location: two offices' conversations are two, whatever their ids.
    (select count(distinct (location_id, conversation_id)) from fact_bot_interaction
      where location_id = any(@locs) and occurred_at > @active_since and occurred_at <= @until) as active_conversations,
    (select count(*) from event
      where location_id = any(@locs) and received_at > @since and received_at <= @until) as events_received,
    -- One index lookup per location: a max over "= any" would read every event of them.
    (select max(l.latest) from unnest(@locs::text[]) as ids(id),
        lateral (select max(received_at) as latest from event where location_id = ids.id) as l) as last_event_at
