-- Deals open at instant @as_of, grouped by expected close date and the stage of their
-- latest change, summed like pipeline.sql so the weighting stays in KpiCalculator. The
-- expected close date is the one named by the latest change that named one: a later
-- change that leaves it out does not unschedule the deal. The deal snapshot holds both as
-- of its latest change (sql/0014_deal_latest_stage.sql); only a deal changed after @as_of
-- is looked up in its facts.
with open_deal as (
    select location_id, deal_id, stage, property_value, close_probability, expected_close_date, stage_changed_at
    from deal where location_id = @loc and ended_at is null and opened_at <= @as_of
    union all
    select location_id, deal_id, stage, property_value, close_probability, expected_close_date, stage_changed_at
    from deal where location_id = @loc and ended_at > @as_of and opened_at <= @as_of)
select s.expected_close_date::timestamp as expected_close_date, s.stage, count(*) as deals,
       sum(s.property_value) as value,
       coalesce(sum(s.property_value * s.close_probability), 0) as explicit_weighted_value,
       coalesce(sum(s.property_value) filter (where s.close_probability is null), 0) as default_probability_value
from open_deal d
cross join lateral (
    select d.stage, d.property_value, d.close_probability, d.expected_close_date
    where d.stage_changed_at <= @as_of
    union all
    (select f.stage, f.property_value, f.close_probability,
            (select g.expected_close_date from fact_deal_stage_changed g
             where g.location_id = d.location_id and g.deal_id = d.deal_id and g.occurred_at <= @as_of
               and g.expected_close_date is not null
             order by g.occurred_at desc, g.event_id desc limit 1)
     from fact_deal_stage_changed f
     where d.stage_changed_at > @as_of and f.location_id = d.location_id and f.deal_id = d.deal_id and f.occurred_at <= @as_of
     order by f.occurred_at desc, f.event_id desc limit 1)
) s
group by s.expected_close_date, s.stage
