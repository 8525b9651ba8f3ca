-- The deal.closed events in [start, end): the rows behind revenue and commission, so
-- their sums equal those KPIs. Property value is the last one named before the close.
with b as (
    -- Each location asked for with its own local period [start, end) as instants (location_id=all lists several).
    select l.location_id as loc, (p.s at time zone l.time_zone) as s, (p.e at time zone l.time_zone) as e
    from unnest(@locs::text[], @starts::timestamp[], @ends::timestamp[]) as p(loc, s, e)
    join location l on l.location_id = p.loc)
select c.location_id, c.deal_id, c.lead_id, c.agent_id, d.source, 'closed' as stage, s.property_value,
       c.sale_price, c.commission, c.occurred_at as closed_at, d.lead_type, d.temperature, d.first_bot_id, c.event_id
from fact_deal_closed c
join b on c.location_id = b.loc
left join lead d on d.location_id = c.location_id and d.lead_id = c.lead_id
left join lateral (
    select f.property_value from fact_deal_stage_changed f
    where f.location_id = c.location_id and f.deal_id = c.deal_id and f.occurred_at <= c.occurred_at
    order by f.occurred_at desc, f.event_id desc limit 1) s on true
where c.occurred_at >= b.s and c.occurred_at < b.e
