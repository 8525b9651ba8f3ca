-- Distinct deals with a stage change into each open pipeline stage in [start, end) (local).
-- Repeated changes to the same stage (a new property value) count the deal once.
with b as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc)
select
    count(distinct f.deal_id) filter (where f.stage = 'qualified') as qualified,
    count(distinct f.deal_id) filter (where f.stage = 'shown') as shown,
    count(distinct f.deal_id) filter (where f.stage = 'offer') as offer,
    count(distinct f.deal_id) filter (where f.stage = 'under_contract') as under_contract
from fact_deal_stage_changed f, b
where f.location_id = @loc and f.occurred_at >= b.s and f.occurred_at < b.e
