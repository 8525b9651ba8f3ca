-- Exact median seconds to first bot contact of the leads created in the local period
-- [start, end), from rows per day or hour and an index lookup, never a read of every lead:
-- * the histogram by whole seconds (by creation day, speed_seconds in
--   sql/0005_per_lead_kpi_rollups.sql, when the period is whole days; by creation hour
--   otherwise) says in which second the middle one (or the middle two) lie and at which place;
-- * that second's leads by millisecond (rollup_speed_ms_hourly, sql/0010) say in which
--   millisecond, and at which place in it;
-- * the lead_speed index reads the leads of that millisecond in order of exact speed.
with h as (
    select second, n from speed_seconds(@loc, @start::date, @end::date) where @daily
    union all
    select second, sum(n)::bigint from rollup_speed_hourly
    where not @daily and location_id = @loc and created_hour >= @start and created_hour < @end
    group by second having sum(n) > 0),
c as (select second, n, (sum(n) over (order by second))::bigint as upto, (sum(n) over ())::bigint as total from h),
-- The ((total + 1) / 2)-th and ((total + 2) / 2)-th values: one and the same for an odd total.
ranks as (select distinct r from (select total from c limit 1) t, lateral (values ((t.total + 1) / 2), ((t.total + 2) / 2)) v(r)),
in_second as (select c.second, ranks.r - (c.upto - c.n) as place from ranks join c on ranks.r > c.upto - c.n and ranks.r <= c.upto),
ms as (
    select m.second, m.ms, sum(m.n)::bigint as n from rollup_speed_ms_hourly m
    where m.location_id = @loc and m.second in (select second from in_second)
      and m.created_hour >= @start and m.created_hour < @end
    group by m.second, m.ms having sum(m.n) > 0),
msc as (select second, ms, n, (sum(n) over (partition by second order by ms))::bigint as upto from ms),
-- Per millisecond, where its picks start and how many: the two middle values are often neighbours.
picks as (
    select msc.second, msc.ms, min(i.place - (msc.upto - msc.n) - 1) as skip, count(*) as n
    from in_second i join msc on msc.second = i.second and i.place > msc.upto - msc.n and i.place <= msc.upto
    group by msc.second, msc.ms),
-- The period's instants once (materialized): inlined, the zone conversion ran for every lead scanned.
b as materialized (select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
                   from location where location_id = @loc)
select avg(v.seconds)::double precision
from picks p
cross join b
cross join lateral (
    select extract(epoch from d.first_interaction_at - d.created_at) as seconds
    from lead d
    where d.location_id = @loc and d.speed_second = p.second
      and d.first_interaction_at - d.created_at >= (p.second * 1000 + p.ms) * interval '1 millisecond'
      and d.first_interaction_at - d.created_at < (p.second * 1000 + p.ms + 1) * interval '1 millisecond'
      and d.created_at >= b.s and d.created_at < b.e
    order by d.first_interaction_at - d.created_at offset p.skip limit p.n) v
