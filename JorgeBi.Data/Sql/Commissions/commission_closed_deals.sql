-- The deal.closed events in the local period [start, end) with the source of their lead:
-- the rows whose sums are the period's revenue and jorge_commission.
with b as (
    select (@start::timestamp at time zone time_zone) as s, (@end::timestamp at time zone time_zone) as e
    from location where location_id = @loc)
select c.deal_id, c.lead_id, c.agent_id, l.source, c.sale_price, c.commission_rate, c.commission, c.occurred_at as closed_at
from fact_deal_closed c
cross join b
left join lead l on l.location_id = c.location_id and l.lead_id = c.lead_id
where c.location_id = @loc and c.occurred_at >= b.s and c.occurred_at < b.e
order by c.occurred_at desc, c.deal_id
