-- Counts and sums of one period from the hourly rollups (bucket range [start, end)).
select
    (select coalesce(sum(leads), 0)::bigint from rollup_lead_hourly
      where location_id = @loc and bucket >= @start and bucket < @end) as total_leads,
    -- Distinct leads: each counted at its first qualification inside the range.
    (select coalesce(sum(n), 0)::bigint from rollup_distinct_hourly
      where location_id = @loc and metric = 'qualified_lead' and bot_id = ''
        and bucket >= @start and bucket < @end and prev_bucket < @start) as qualified_leads,
    (select coalesce(sum(n), 0)::bigint from rollup_distinct_hourly
      where location_id = @loc and metric = 'conversation' and bot_id = ''
        and bucket >= @start and bucket < @end and prev_bucket < @start) as conversations,
    (select coalesce(sum(appointments), 0)::bigint from rollup_appointment_hourly
      where location_id = @loc and bucket >= @start and bucket < @end) as appointments,
    s.deals_closed, s.revenue, s.commission,
    b.interactions, b.successes, b.processing_ms_sum, b.handoffs
from (select coalesce(sum(deals_closed), 0)::bigint as deals_closed, coalesce(sum(revenue), 0) as revenue,
             coalesce(sum(commission), 0) as commission
      from rollup_sales_hourly where location_id = @loc and bucket >= @start and bucket < @end) s,
     (select coalesce(sum(interactions), 0)::bigint as interactions, coalesce(sum(successes), 0)::bigint as successes,
             coalesce(sum(processing_ms), 0) as processing_ms_sum, coalesce(sum(handoffs), 0)::bigint as handoffs
      from rollup_bot_hourly where location_id = @loc and bucket >= @start and bucket < @end) b
