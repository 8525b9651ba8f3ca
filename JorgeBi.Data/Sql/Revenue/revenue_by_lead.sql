-- Deals closed in the period by what their lead says: its source (@by = 'source') or its
-- first-touch bot, the bot of its first conversation (@by = 'bot'). The rollup has neither,
-- but closed deals are few, so the facts joined with the lead snapshot are cheap. A deal
-- whose lead has no such value (no lead.created, or no bot ever talked to it) is 'unattributed'.
select coalesce(case @by when 'bot' then d.first_bot_id else d.source end, 'unattributed') as key,
       count(*) as deals, sum(f.sale_price) as revenue, sum(f.commission) as commission
from fact_deal_closed f
join location l using (location_id)
left join lead d on d.location_id = f.location_id and d.lead_id = f.lead_id
where f.location_id = @loc
  and f.occurred_at >= (@start::timestamp at time zone l.time_zone)
  and f.occurred_at < (@end::timestamp at time zone l.time_zone)
group by 1
