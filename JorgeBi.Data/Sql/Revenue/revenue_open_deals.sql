-- Deals open at instant @as_of, grouped by expected close date and the stage of their
-- latest change, summed like pipeline.sql so the weighting stays in KpiCalculator. The
-- expected close date is the one named by the latest change that named one: a later
-- change that leaves it out does not unschedule the deal.
select x.expected_close_date::timestamp as expected_close_date, s.stage, count(*) as deals,
       sum(s.property_value) as value,
       coalesce(sum(s.property_value * s.close_probability), 0) as explicit_weighted_value,
       coalesce(sum(s.property_value) filter (where s.close_probability is null), 0) as default_probability_value
from deal d
cross join lateral (
    select stage, property_value, close_probability from fact_deal_stage_changed f
    where f.location_id = d.location_id and f.deal_id = d.deal_id and f.occurred_at <= @as_of
    order by f.occurred_at desc, f.event_id desc limit 1) s
left join lateral (
    select expected_close_date from fact_deal_stage_changed f
    where f.location_id = d.location_id and f.deal_id = d.deal_id and f.occurred_at <= @as_of
      and f.expected_close_date is not null
    order by f.occurred_at desc, f.event_id desc limit 1) x on true
where d.location_id = @loc and d.opened_at <= @as_of and (d.ended_at is null or d.ended_at > @as_of)
group by x.expected_close_date, s.stage
