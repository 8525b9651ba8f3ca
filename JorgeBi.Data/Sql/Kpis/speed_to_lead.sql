-- Exact median seconds to first bot contact of the leads created in the local period
-- [start, end): the histogram by whole seconds (by creation day, speed_seconds in
-- sql/0005_per_lead_kpi_rollups.sql, when the period is whole days; by creation hour
-- otherwise) says in which second the middle one (or the middle two) lie and at which
-- place; the lead_speed index then reads the leads of that second in order of exact speed.
with h as (
    select second, n from speed_seconds(@loc, @start::date, @end::date) where @daily
    union all
    select second, sum(n)::bigint from rollup_speed_hourly
    where not @daily and location_id = @loc and created_hour >= @start and created_hour < @end
    group by second having sum(n) > 0),
c as (select second, n, (sum(n) over (order by second))::bigint as upto, (sum(n) over ())::bigint as total from h),
-- The ((total + 1) / 2)-th and ((total + 2) / 2)-th values: one and the same for an odd total.
ranks as (select distinct r from (select total from c limit 1) t, lateral (values ((t.total + 1) / 2), ((t.total + 2) / 2)) v(r)),
picks as (select c.second, ranks.r - (c.upto - c.n) - 1 as skip from ranks join c on ranks.r > c.upto - c.n and ranks.r <= c.upto)
select avg(v.seconds)::double precision
from picks p
cross join (select time_zone from location where location_id = @loc) l
cross join lateral (
    select extract(epoch from d.first_interaction_at - d.created_at) as seconds
    from lead d
    where d.location_id = @loc and d.speed_second = p.second
      and (d.created_at at time zone l.time_zone) >= @start and (d.created_at at time zone l.time_zone) < @end
    order by d.first_interaction_at - d.created_at offset p.skip limit 1) v
