-- 1-ms latency histogram per bot over [start, end). Whole local days (@daily) read the
-- monthly rows of the whole months inside the period and the daily rows of the days before
-- and after them: a year is ~12 x 4 bots x the distinct ms values, whatever the traffic.
-- Other periods (the 24 hours ending now) read the hourly rows.
with months as (
    -- [first, last): the whole months inside the period, empty when there are none.
    select date_trunc('month', @start::date - 1 + interval '1 month')::date as first,
           date_trunc('month', @end::date)::date as last),
days as (
    select @start::date as s, least(m.first, @end::date) as head_end,
           greatest(m.last, m.first, @start::date) as tail_start, @end::date as e, m.first, m.last
    from months m)
select bot_id, ms, sum(n)::bigint as n
from (
    select h.bot_id, h.ms, h.n from rollup_latency_hourly h
    where not @daily and h.location_id = @loc and h.bucket >= @start and h.bucket < @end
    union all
    select m.bot_id, m.ms, m.n from rollup_latency_monthly m, days d
    where @daily and m.location_id = @loc and m.month >= d.first and m.month < d.last
    union all
    select r.bot_id, r.ms, r.n from rollup_latency_daily r, days d
    where @daily and r.location_id = @loc and r.day >= d.s and r.day < d.head_end
    union all
    select r.bot_id, r.ms, r.n from rollup_latency_daily r, days d
    where @daily and r.location_id = @loc and r.day >= d.tail_start and r.day < d.e
) cells
group by bot_id, ms
