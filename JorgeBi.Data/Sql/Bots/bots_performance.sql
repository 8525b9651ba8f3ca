-- One row per bot of the bot table (zero traffic included) for the bucket range
-- [start, end): counts and sums from the hourly rollups, and the deals closed in the
-- period attributed first-touch to the bot of the lead's first conversation.
with bounds as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc),
traffic as (
    select bot_id, sum(interactions)::bigint as interactions, sum(successes)::bigint as successes,
           sum(processing_ms) as processing_ms_sum, sum(confidence) as confidence_sum, sum(handoffs)::bigint as handoffs
    from rollup_bot_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    group by bot_id),
-- Distinct entities: each counted at its first row inside the range (see rollup_distinct_hourly).
distinct_counts as (
    select bot_id,
           coalesce(sum(n) filter (where metric = 'conversation'), 0)::bigint as conversations,
           coalesce(sum(n) filter (where metric = 'qualified_lead'), 0)::bigint as qualified_leads
    from rollup_distinct_hourly
    where location_id = @loc and bot_id <> '' and bucket >= @start and bucket < @end and prev_bucket < @start
    group by bot_id),
appointments as (
    select bot_id, sum(appointments)::bigint as appointments
    from rollup_appointment_hourly
    where location_id = @loc and bot_id <> '' and bucket >= @start and bucket < @end
    group by bot_id),
attributed as (
    select d.first_bot_id as bot_id, count(*) as deals_closed, sum(c.commission) as commission_attributed
    from fact_deal_closed c
    cross join bounds b
    join lead d on d.location_id = c.location_id and d.lead_id = c.lead_id
    where c.location_id = @loc and c.occurred_at >= b.s and c.occurred_at < b.e and d.first_bot_id is not null
    group by d.first_bot_id)
select bot.bot_id, bot.name, bot.response_target_ms, bot.success_target,
       coalesce(t.interactions, 0) as interactions, coalesce(t.successes, 0) as successes,
       coalesce(t.processing_ms_sum, 0) as processing_ms_sum, coalesce(t.confidence_sum, 0) as confidence_sum,
       coalesce(t.handoffs, 0) as handoffs,
       coalesce(dc.conversations, 0) as conversations, coalesce(dc.qualified_leads, 0) as qualified_leads,
       coalesce(a.appointments, 0) as appointments,
       coalesce(x.deals_closed, 0) as deals_closed, coalesce(x.commission_attributed, 0) as commission_attributed
from bot
left join traffic t using (bot_id)
left join distinct_counts dc using (bot_id)
left join appointments a using (bot_id)
left join attributed x using (bot_id)
order by bot.bot_id
