-- The funnel of the leads created in [start, end) (local), followed to the end of the
-- period: distinct leads per stage. Deal stages are cumulative: a lead counts at every
-- stage up to the furthest one any of its deals reached (closed = past all of them).
with b as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc),
cohort as (
    select d.lead_id from lead d, b
    where d.location_id = @loc and d.created_at >= b.s and d.created_at < b.e),
reached as (
    select x.lead_id, max(x.rank) as furthest
    from (
        select f.lead_id, case f.stage when 'qualified' then 1 when 'shown' then 2 when 'offer' then 3 when 'under_contract' then 4 end as rank
        from fact_deal_stage_changed f, b where f.location_id = @loc and f.occurred_at < b.e
        union all
        select f.lead_id, 5 from fact_deal_closed f, b where f.location_id = @loc and f.occurred_at < b.e
    ) x
    join cohort using (lead_id)
    group by x.lead_id)
select
    (select count(*) from cohort) as leads_created,
    (select count(*) from cohort c where exists (
        select 1 from fact_lead_qualified q, b where q.location_id = @loc and q.lead_id = c.lead_id and q.occurred_at < b.e)) as qualified,
    (select count(*) from cohort c where exists (
        select 1 from fact_appointment_booked a, b where a.location_id = @loc and a.lead_id = c.lead_id and a.occurred_at < b.e)) as with_appointment,
    count(*) filter (where furthest >= 1) as deal_qualified,
    count(*) filter (where furthest >= 2) as deal_shown,
    count(*) filter (where furthest >= 3) as deal_offer,
    count(*) filter (where furthest >= 4) as deal_under_contract,
    count(*) filter (where furthest >= 5) as deal_closed
from reached
