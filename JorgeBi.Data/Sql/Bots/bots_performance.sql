-- One row per bot of the bot table (zero traffic included) for the period [start, end):
-- counts and sums from the daily rollups when @daily (whole local days), else from the
-- hourly ones, and the deals closed in the period attributed first-touch to the bot of the
-- lead's first conversation. Every rollup read is an index range scan per bot.
with bounds as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc),
traffic as (
    select b.bot_id, x.*
    from bot b
    cross join lateral (
        select sum(interactions)::bigint as interactions, sum(successes)::bigint as successes,
               sum(processing_ms) as processing_ms_sum, sum(confidence) as confidence_sum,
               sum(handoffs)::bigint as handoffs, sum(appointments)::bigint as appointments
        from (
            select h.interactions, h.successes, h.processing_ms, h.confidence, h.handoffs, 0 as appointments
            from rollup_bot_hourly h
            where not @daily and h.location_id = @loc and h.bot_id = b.bot_id and h.bucket >= @start and h.bucket < @end
            union all
            select 0, 0, 0, 0, 0, a.appointments
            from rollup_appointment_hourly a
            where not @daily and a.location_id = @loc and a.bot_id = b.bot_id and a.bucket >= @start and a.bucket < @end
            union all
            select d.interactions, d.successes, d.processing_ms, d.confidence, d.handoffs, d.appointments
            from rollup_bot_daily d
            where @daily and d.location_id = @loc and d.bot_id = b.bot_id and d.day >= @start::date and d.day < @end::date
        ) rows) x),
-- Distinct entities: each counted at its first row inside the range (see rollup_distinct_hourly).
distinct_counts as (
    select b.bot_id, x.*
    from bot b
    cross join lateral (
        select coalesce(sum(n) filter (where metric = 'conversation'), 0)::bigint as conversations,
               coalesce(sum(n) filter (where metric = 'qualified_lead'), 0)::bigint as qualified_leads
        from (
            select h.metric, h.n from rollup_distinct_hourly h
            where not @daily and h.location_id = @loc and h.metric in ('conversation', 'qualified_lead') and h.bot_id = b.bot_id
              and h.bucket >= @start and h.bucket < @end and h.prev_bucket < @start
            union all
            select d.metric, d.n from rollup_distinct_daily d
            where @daily and d.location_id = @loc and d.metric in ('conversation', 'qualified_lead') and d.bot_id = b.bot_id
              and d.day >= @start::date and d.day < @end::date and d.prev_day < @start::date
        ) rows) x),
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
       dc.conversations, dc.qualified_leads,
       coalesce(t.appointments, 0) as appointments,
       coalesce(x.deals_closed, 0) as deals_closed, coalesce(x.commission_attributed, 0) as commission_attributed
from bot
join traffic t using (bot_id)
join distinct_counts dc using (bot_id)
left join attributed x using (bot_id)
order by bot.bot_id
