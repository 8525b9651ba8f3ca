-- KPI counts and sums per trend point, one pass per rollup family. A point is the hourly
-- buckets of [start, end) sharing date_trunc(grain, bucket) (weeks are ISO, from Monday);
-- the first point is clipped to start, so the points partition the period.
with leads as (
    select greatest(date_trunc(@grain, bucket), @start) as period_start, sum(leads) as total_leads
    from rollup_lead_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    group by 1),
distinct_entities as (
    -- Each lead or conversation counts once per point: at its first row inside the point.
    select greatest(date_trunc(@grain, bucket), @start) as period_start,
           sum(n) filter (where metric = 'qualified_lead') as qualified_leads,
           sum(n) filter (where metric = 'conversation') as conversations
    from rollup_distinct_hourly
    where location_id = @loc and bot_id = '' and bucket >= @start and bucket < @end
      and prev_bucket < greatest(date_trunc(@grain, bucket), @start)
    group by 1),
appointments as (
    select greatest(date_trunc(@grain, bucket), @start) as period_start, sum(appointments) as appointments
    from rollup_appointment_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    group by 1),
sales as (
    select greatest(date_trunc(@grain, bucket), @start) as period_start,
           sum(deals_closed) as deals_closed, sum(revenue) as revenue, sum(commission) as commission
    from rollup_sales_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    group by 1),
bots as (
    select greatest(date_trunc(@grain, bucket), @start) as period_start,
           sum(interactions) as interactions, sum(successes) as successes,
           sum(processing_ms) as processing_ms_sum, sum(handoffs) as handoffs
    from rollup_bot_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    group by 1),
points as (
    select period_start from leads union select period_start from distinct_entities
    union select period_start from appointments union select period_start from sales
    union select period_start from bots)
select p.period_start,
       coalesce(l.total_leads, 0)::bigint as total_leads,
       coalesce(d.qualified_leads, 0)::bigint as qualified_leads,
       coalesce(d.conversations, 0)::bigint as conversations,
       coalesce(a.appointments, 0)::bigint as appointments,
       coalesce(s.deals_closed, 0)::bigint as deals_closed,
       coalesce(s.revenue, 0) as revenue,
       coalesce(s.commission, 0) as commission,
       coalesce(b.interactions, 0)::bigint as interactions,
       coalesce(b.successes, 0)::bigint as successes,
       coalesce(b.processing_ms_sum, 0) as processing_ms_sum,
       coalesce(b.handoffs, 0)::bigint as handoffs
from points p
left join leads l using (period_start)
left join distinct_entities d using (period_start)
left join appointments a using (period_start)
left join sales s using (period_start)
left join bots b using (period_start)
order by p.period_start
