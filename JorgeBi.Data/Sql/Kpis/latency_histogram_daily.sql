-- 1-ms latency histogram per bot over whole local days [start, end): the calendar months
-- inside the period from the monthly rows, the days before and after them from the daily rows.
with b as (
    select @start::date as s, @end::date as e,
           -- First month start on or after start, and the month start of end.
           (date_trunc('month', @start::date - 1) + interval '1 month')::date as first_month,
           date_trunc('month', @end::date)::date as end_month)
select bot_id, ms, sum(n)::bigint as n
from (
    select m.bot_id, m.ms, m.n from rollup_latency_monthly m, b
    where m.location_id = @loc and m.month >= b.first_month and m.month < b.end_month
    union all
    select d.bot_id, d.ms, d.n from rollup_latency_daily d, b
    where d.location_id = @loc and d.day >= b.s and d.day < least(b.first_month, b.e)
    union all
    select d.bot_id, d.ms, d.n from rollup_latency_daily d, b
    where d.location_id = @loc and d.day >= greatest(b.end_month, b.first_month) and d.day < b.e
) x
group by bot_id, ms
