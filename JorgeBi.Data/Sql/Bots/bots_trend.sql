-- Per bot and trend point over whole local days [start, end): success counts from the hourly
-- bot rollup and the nearest-rank p95 (rank ceil(0.95 n), as Percentiles.NearestRank) from the
-- daily 1-ms histograms. Points as in trend_counts.sql: date_trunc(grain), the first clipped to start.
with traffic as (
    select bot_id, greatest(date_trunc(@grain, bucket), @start) as period_start,
           sum(interactions)::bigint as interactions, sum(successes)::bigint as successes
    from rollup_bot_hourly
    where location_id = @loc and bucket >= @start and bucket < @end
    group by 1, 2),
histogram as (
    select bot_id, greatest(date_trunc(@grain, day::timestamp), @start) as period_start, ms, sum(n) as n
    from rollup_latency_daily
    where location_id = @loc and day >= @start::date and day < @end::date
    group by 1, 2, 3),
ranked as (
    select bot_id, period_start, ms,
           sum(n) over (partition by bot_id, period_start order by ms) as seen,
           sum(n) over (partition by bot_id, period_start) as total
    from histogram),
p95 as (
    select bot_id, period_start, min(ms) as p95_ms
    from ranked
    where seen >= greatest(ceil(0.95 * total - 0.000000001), 1)
    group by 1, 2)
select coalesce(t.bot_id, p.bot_id) as bot_id, coalesce(t.period_start, p.period_start) as period_start,
       coalesce(t.interactions, 0) as interactions, coalesce(t.successes, 0) as successes, p.p95_ms
from traffic t
full join p95 p on p.bot_id = t.bot_id and p.period_start = t.period_start
order by 1, 2
