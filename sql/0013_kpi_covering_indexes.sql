-- Covering indexes for the per-lead and per-deal KPI reads.

-- Lead temperatures and speed to lead of a period read only these columns of the leads
-- created in it: an index-only scan instead of a heap page per lead.
create index lead_created_covering on lead (location_id, created_at)
    include (temperature, temperature_at, first_interaction_at) where created_at is not null;
drop index lead_created;

-- Pipeline as of an instant: the latest stage change of each open deal before it is the
-- first entry of a backward index-only scan, with no sort per deal.
create index fact_deal_stage_changed_latest on fact_deal_stage_changed (location_id, deal_id, occurred_at, event_id)
    include (stage, property_value, close_probability);
drop index fact_deal_stage_changed_deal;
