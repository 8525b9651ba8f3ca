-- The deals of the leads created in [start, end), as of the end of the period: the rows
-- behind conversion. Stage is closed, lost, or the latest open stage before the end.
with b as (
    -- Each location asked for with its own local period [start, end) as instants (location_id=all lists several).
    select l.location_id as loc, (p.s at time zone l.time_zone) as s, (p.e at time zone l.time_zone) as e
    from unnest(@locs::text[], @starts::timestamp[], @ends::timestamp[]) as p(loc, s, e)
    join location l on l.location_id = p.loc)
select p.location_id, p.deal_id, p.lead_id, coalesce(c.agent_id, s.agent_id) as agent_id, d.source,
       case when c.closed_at is not null then 'closed' when p.lost_at < b.e then 'lost' else s.stage end as stage,
       s.property_value, c.sale_price, c.commission, c.closed_at, d.lead_type, d.temperature, d.first_bot_id
from lead d
join b on d.location_id = b.loc
join deal p on p.location_id = d.location_id and p.lead_id = d.lead_id
left join lateral (
    select f.stage, f.property_value, f.agent_id from fact_deal_stage_changed f
    where f.location_id = p.location_id and f.deal_id = p.deal_id and f.occurred_at < b.e
    order by f.occurred_at desc, f.event_id desc limit 1) s on true
left join lateral (
    select f.agent_id, f.sale_price, f.commission, f.occurred_at as closed_at from fact_deal_closed f
    where f.location_id = p.location_id and f.deal_id = p.deal_id and f.occurred_at < b.e
    order by f.occurred_at, f.event_id limit 1) c on true
where d.created_at >= b.s and d.created_at < b.e
  and least(p.opened_at, p.closed_at, p.lost_at) < b.e
