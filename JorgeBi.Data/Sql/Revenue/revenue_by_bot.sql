-- Deals closed in the period by first-touch bot: the bot of the lead's first conversation
-- (lead.first_bot_id). A lead no bot ever talked to is 'unattributed'.
select coalesce(d.first_bot_id, 'unattributed') as key, count(*) as deals,
       sum(f.sale_price) as revenue, sum(f.commission) as commission
from fact_deal_closed f
join location l using (location_id)
left join lead d on d.location_id = f.location_id and d.lead_id = f.lead_id
where f.location_id = @loc
  and f.occurred_at >= (@start::timestamp at time zone l.time_zone)
  and f.occurred_at < (@end::timestamp at time zone l.time_zone)
group by 1
