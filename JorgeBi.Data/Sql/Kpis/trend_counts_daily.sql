-- trend_counts.sql for a period of whole local days at a grain of a day or more, from the
-- daily rollups. Point starts are local midnights, so "first row inside the point" is
-- prev_day < the point's first day.
with points as (
    select greatest(date_trunc(@grain, day::timestamp), @start) as period_start,
           sum(leads) as total_leads, sum(appointments) as appointments,
           sum(deals_closed) as deals_closed, sum(revenue) as revenue, sum(commission) as commission,
           sum(interactions) as interactions, sum(successes) as successes,
           sum(processing_ms) as processing_ms_sum, sum(handoffs) as handoffs
    from rollup_kpi_daily
    where location_id = @loc and day >= @start::date and day < @end::date
    group by 1),
distinct_entities as (
    select greatest(date_trunc(@grain, day::timestamp), @start) as period_start,
           sum(n) filter (where metric = 'qualified_lead') as qualified_leads,
           sum(n) filter (where metric = 'conversation') as conversations
    from rollup_distinct_daily
    where location_id = @loc and bot_id = '' and day >= @start::date and day < @end::date
      and prev_day < greatest(date_trunc(@grain, day::timestamp), @start)::date
    group by 1)
select period_start,
       coalesce(p.total_leads, 0)::bigint as total_leads,
       coalesce(d.qualified_leads, 0)::bigint as qualified_leads,
       coalesce(d.conversations, 0)::bigint as conversations,
       coalesce(p.appointments, 0)::bigint as appointments,
       coalesce(p.deals_closed, 0)::bigint as deals_closed,
       coalesce(p.revenue, 0) as revenue,
       coalesce(p.commission, 0) as commission,
       coalesce(p.interactions, 0)::bigint as interactions,
       coalesce(p.successes, 0)::bigint as successes,
       coalesce(p.processing_ms_sum, 0) as processing_ms_sum,
       coalesce(p.handoffs, 0)::bigint as handoffs
from points p
full join distinct_entities d using (period_start)
order by period_start
