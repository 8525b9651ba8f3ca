-- Exact median seconds to first bot contact of the leads created in the whole local days
-- [start, end): the histogram by whole seconds (calendar months inside the period from the
-- monthly rows, the days before and after them from the daily rows) says in which second
-- the middle one (or the middle two) lie and at which place; the index on (speed_second,
-- created_at) then reads just the leads of that second.
with span as (
    select @start::date as s, @end::date as e,
           -- First month start on or after start, and the month start of end.
           (date_trunc('month', @start::date - 1) + interval '1 month')::date as first_month,
           date_trunc('month', @end::date)::date as end_month),
h as (
    select second, sum(n)::bigint as n
    from (
        select m.second, m.n from rollup_speed_monthly m, span b
        where m.location_id = @loc and m.month >= b.first_month and m.month < b.end_month
        union all
        select d.second, d.n from rollup_speed_daily d, span b
        where d.location_id = @loc and d.created_day >= b.s and d.created_day < least(b.first_month, b.e)
        union all
        select d.second, d.n from rollup_speed_daily d, span b
        where d.location_id = @loc and d.created_day >= greatest(b.end_month, b.first_month) and d.created_day < b.e
    ) x
    group by second having sum(n) > 0),
c as (select second, n, (sum(n) over (order by second))::bigint as upto, (sum(n) over ())::bigint as total from h),
-- The ((total + 1) / 2)-th and ((total + 2) / 2)-th values: one and the same for an odd total.
ranks as (select distinct r from (select total from c limit 1) t, lateral (values ((t.total + 1) / 2), ((t.total + 2) / 2)) v(r)),
picks as (select c.second, ranks.r - (c.upto - c.n) - 1 as skip from ranks join c on ranks.r > c.upto - c.n and ranks.r <= c.upto),
bounds as (select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e from location where location_id = @loc)
select avg(v.seconds)::double precision
from picks p cross join bounds b
cross join lateral (
    select extract(epoch from d.first_interaction_at - d.created_at) as seconds
    from lead d
    where d.location_id = @loc and d.speed_second = p.second and d.created_at >= b.s and d.created_at < b.e
    order by 1 offset p.skip limit 1) v
