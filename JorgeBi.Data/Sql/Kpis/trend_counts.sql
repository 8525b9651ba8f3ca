-- KPI counts and sums per trend point from the hourly rollups. A point is the hourly
-- buckets of [start, end) sharing date_trunc(grain, bucket) (weeks are ISO, from Monday);
-- the first point is clipped to start, so the points partition the period. The rollup
-- families are stacked into one grouped pass: joining per-family aggregates made the
-- planner expect billions of rows and spend a second compiling the query.
select greatest(date_trunc(@grain, bucket), @start) as period_start,
       sum(total_leads)::bigint as total_leads,
       sum(qualified_leads)::bigint as qualified_leads,
       sum(conversations)::bigint as conversations,
       sum(appointments)::bigint as appointments,
       sum(deals_closed)::bigint as deals_closed,
       sum(revenue) as revenue,
       sum(commission) as commission,
       sum(interactions)::bigint as interactions,
       sum(successes)::bigint as successes,
       sum(processing_ms_sum) as processing_ms_sum,
       sum(handoffs)::bigint as handoffs
from (
    select bucket, leads as total_leads, 0 as qualified_leads, 0 as conversations, 0 as appointments,
           0 as deals_closed, 0::numeric as revenue, 0::numeric as commission, 0 as interactions, 0 as successes,
           0::double precision as processing_ms_sum, 0 as handoffs
    from rollup_lead_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    union all
    -- Each lead or conversation counts once per point: at its first row inside the point.
    select bucket, 0, case when metric = 'qualified_lead' then n else 0 end, case when metric = 'conversation' then n else 0 end,
           0, 0, 0, 0, 0, 0, 0, 0
    from rollup_distinct_hourly
    where location_id = @loc and metric in ('qualified_lead', 'conversation') and bot_id = ''
      and bucket >= @start and bucket < @end
      and prev_bucket < greatest(date_trunc(@grain, bucket), @start)
    union all
    select bucket, 0, 0, 0, appointments, 0, 0, 0, 0, 0, 0, 0
    from rollup_appointment_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    union all
    select bucket, 0, 0, 0, 0, deals_closed, revenue, commission, 0, 0, 0, 0
    from rollup_sales_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    union all
    select bucket, 0, 0, 0, 0, 0, 0, 0, interactions, successes, processing_ms, handoffs
    from rollup_bot_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
) x
group by 1
order by 1
