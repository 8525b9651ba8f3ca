-- Leads created in [start, end) or, with @qualified, leads with a lead.qualified event in
-- it (the qualified_leads KPI): one row per lead with the columns its filters use.
with b as (
    -- Each location asked for with its own local period [start, end) as instants (location_id=all lists several).
    select l.location_id as loc, (p.s at time zone l.time_zone) as s, (p.e at time zone l.time_zone) as e
    from unnest(@locs::text[], @starts::timestamp[], @ends::timestamp[]) as p(loc, s, e)
    join location l on l.location_id = p.loc)
select d.location_id, d.lead_id, d.created_at, d.source, d.lead_type, d.temperature, d.agent_id, d.first_bot_id,
       extract(epoch from d.first_interaction_at - d.created_at)::double precision as speed_to_lead_s
from lead d join b on d.location_id = b.loc
where case when @qualified
      then exists (select 1 from fact_lead_qualified q
                   where q.location_id = d.location_id and q.lead_id = d.lead_id and q.occurred_at >= b.s and q.occurred_at < b.e)
      else d.created_at >= b.s and d.created_at < b.e end
