-- The revenue page's open deals (revenue_open_deals.sql) group each deal open now by the
-- stage of its latest change and the latest expected close date named: two look-ups per
-- deal in the facts, about 320 ms for 32,000 open deals on large, on every period. The deal
-- snapshot now carries both. A row trigger sets them from the facts whenever the deal row
-- is written, and every writer writes it after the deal's facts: the aggregator refreshes
-- each deal its batch touched (refresh_deals), a rebuild or a time-zone move inserts every
-- deal anew (rebuild_rollups_step 4). The query still reads the facts for a deal whose
-- latest change lies after the instant asked (a change dated in the future).
alter table deal
    add column stage text,
    add column property_value numeric(14,2),
    add column close_probability numeric(6,5),
    add column expected_close_date date,
    add column stage_changed_at timestamptz;

create function deal_latest_stage() returns trigger language plpgsql as $$
begin
    -- No change yet (a deal known only by its close or loss) leaves them null.
    select f.stage, f.property_value, f.close_probability, f.occurred_at
    into new.stage, new.property_value, new.close_probability, new.stage_changed_at
    from fact_deal_stage_changed f
    where f.location_id = new.location_id and f.deal_id = new.deal_id
    order by f.occurred_at desc, f.event_id desc limit 1;
    -- A later change that leaves the date out does not unschedule the deal.
    select f.expected_close_date into new.expected_close_date
    from fact_deal_stage_changed f
    where f.location_id = new.location_id and f.deal_id = new.deal_id and f.expected_close_date is not null
    order by f.occurred_at desc, f.event_id desc limit 1;
    return new;
end $$;

create trigger deal_latest_stage before insert or update on deal
    for each row execute function deal_latest_stage();

-- The deals open at an instant, without reading the closed and lost ones: those never
-- ended, and those ended after it.
create index deal_unended on deal (location_id, opened_at) where ended_at is null;
create index deal_ended on deal (location_id, ended_at) where ended_at is not null;

-- The existing deals: any update of a row has the row trigger set the columns. The stage
-- epochs (sync_deal_kpis, sync_deal_hourly_kpis) follow the facts, not these columns, so
-- their triggers would only rewrite the same rows.
alter table deal disable trigger deal_kpis_update;
alter table deal disable trigger deal_hourly_kpis_update;
update deal set stage = null;
alter table deal enable trigger deal_kpis_update;
alter table deal enable trigger deal_hourly_kpis_update;
