-- Commission earned over a bucket range [start, end).
select coalesce(sum(commission), 0) from rollup_sales_hourly
where location_id = @loc and bucket >= @start and bucket < @end
