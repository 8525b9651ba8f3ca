-- Leads created in the local period [start, end) whose whole second to first bot contact is
-- @second, by the millisecond within it (rollup_speed_ms_hourly, sql/0010).
select ms as millisecond, sum(n)::bigint as n
from rollup_speed_ms_hourly
where location_id = @loc and second = @second and created_hour >= @start and created_hour < @end
group by ms
having sum(n) > 0
