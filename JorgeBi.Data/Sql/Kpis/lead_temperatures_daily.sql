-- Leads created in the whole local days [start, end) by their latest temperature as of the
-- start of day "end": the temperature epochs holding on that day. The calendar months inside
-- the period come from the monthly rows (sql/0017), the days before and after them from the
-- daily rows.
with b as (
    select @start::date as s, @end::date as e,
           -- First month start on or after start, and the month start of end.
           (date_trunc('month', @start::date - 1) + interval '1 month')::date as first_month,
           date_trunc('month', @end::date)::date as end_month)
select temperature, sum(n)::bigint as leads
from (
    select m.temperature, m.n from rollup_temperature_monthly m, b
    where m.location_id = @loc and m.until_day > b.e and m.month >= b.first_month and m.month < b.end_month
      and m.from_day <= b.e
    union all
    select d.temperature, d.n from rollup_temperature_daily d, b
    where d.location_id = @loc and d.created_day >= b.s and d.created_day < least(b.first_month, b.e)
      and d.from_day <= b.e and b.e < d.until_day
    union all
    select d.temperature, d.n from rollup_temperature_daily d, b
    where d.location_id = @loc and d.created_day >= greatest(b.end_month, b.first_month) and d.created_day < b.e
      and d.from_day <= b.e and b.e < d.until_day
) x
group by temperature
having sum(n) <> 0
