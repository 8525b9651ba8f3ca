-- The same aggregates as the rollup queries, computed by scanning the fact tables: the
-- reference the rollups are tested against and the baseline of the rollup speed-up.
with b as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc),
first_created as (
    select distinct on (lead_id) lead_id, occurred_at from fact_lead_created
    where location_id = @loc order by lead_id, occurred_at, event_id),
interactions as (
    select f.* from fact_bot_interaction f, b
    where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e),
closed as (
    select f.* from fact_deal_closed f, b
    where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e)
select
    (select count(*) from first_created c, b where c.occurred_at >= b.s and c.occurred_at < b.e) as total_leads,
    (select count(distinct lead_id) from fact_lead_qualified f, b
      where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e) as qualified_leads,
    (select count(distinct conversation_id) from interactions) as conversations,
    (select count(*) from fact_appointment_booked f, b
      where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e) as appointments,
    (select count(*) from closed) as deals_closed,
    (select coalesce(sum(sale_price), 0) from closed) as revenue,
    (select coalesce(sum(commission), 0) from closed) as commission,
    (select count(*) from interactions) as interactions,
    (select count(*) filter (where success) from interactions) as successes,
    (select coalesce(sum(processing_ms), 0) from interactions) as processing_ms_sum,
    (select percentile_disc(0.95) within group (order by processing_ms) from interactions) as p95_ms,
    (select percentile_disc(0.95) within group (order by processing_ms) from interactions where bot_id = 'intent-decoder') as ml_p95_ms,
    (select count(*) from fact_bot_handoff f, b
      where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e) as handoffs,
    (select percentile_cont(0.5) within group (order by extract(epoch from i.first_at - c.occurred_at))
       from first_created c
       cross join b
       join (select lead_id, min(occurred_at) as first_at from fact_bot_interaction where location_id = @loc group by lead_id) i using (lead_id)
      where c.occurred_at >= b.s and c.occurred_at < b.e) as speed_to_lead_s
