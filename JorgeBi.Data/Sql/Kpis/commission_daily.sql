-- Commission earned over whole local days [start, end) (the month's target progress).
select coalesce(sum(commission), 0) from rollup_kpi_daily
where location_id = @loc and day >= @start::date and day < @end::date
