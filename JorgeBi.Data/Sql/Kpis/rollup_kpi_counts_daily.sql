-- rollup_kpi_counts.sql for a period of whole local days [start, end), from the daily rollups.
select
    coalesce(sum(k.leads), 0)::bigint as total_leads,
    -- Distinct leads: each counted at its first qualification inside the range.
    (select coalesce(sum(n), 0)::bigint from rollup_distinct_daily
      where location_id = @loc and metric = 'qualified_lead' and bot_id = ''
        and day >= @start::date and day < @end::date and prev_day < @start::date) as qualified_leads,
    (select coalesce(sum(n), 0)::bigint from rollup_distinct_daily
      where location_id = @loc and metric = 'conversation' and bot_id = ''
        and day >= @start::date and day < @end::date and prev_day < @start::date) as conversations,
    coalesce(sum(k.appointments), 0)::bigint as appointments,
    coalesce(sum(k.deals_closed), 0)::bigint as deals_closed,
    coalesce(sum(k.revenue), 0) as revenue,
    coalesce(sum(k.commission), 0) as commission,
    coalesce(sum(k.interactions), 0)::bigint as interactions,
    coalesce(sum(k.successes), 0)::bigint as successes,
    coalesce(sum(k.processing_ms), 0) as processing_ms_sum,
    coalesce(sum(k.handoffs), 0)::bigint as handoffs
from rollup_kpi_daily k
where k.location_id = @loc and k.day >= @start::date and k.day < @end::date
