-- Exact median seconds to first bot contact of the leads created in the whole local days
-- [start, end): the histogram by whole seconds (speed_seconds, sql/0005_per_lead_kpi_rollups.sql) says in which second
-- the middle one (or the middle two) lie and at which place; the index on (speed_second,
-- created_at) then reads just the leads of that second.
with h as (select second, n from speed_seconds(@loc, @start::date, @end::date)),
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
