-- A fact table's primary key was its event id alone. Event ids are random, so each fact
-- stored went to a random leaf page of that index, and after a checkpoint the first change
-- to a page writes the whole page to the WAL: under a steady stream of single events the
-- key of fact_bot_interaction was a tenth of all the WAL, its index by lead, written as
-- often, a hundredth (BENCHMARKS.md, "Where the WAL goes"). A bulk load paid for it in
-- reads too: on large that key is 400 MB, and the server's cache is 512 MB for everything.
-- The key now leads with what the facts are read by (the lead, the deal or the time) and
-- ends with the event id. It still refuses a fact stored twice, since the same event gives
-- the same key, and it replaces the index that served those reads, so each fact is one
-- index entry fewer. Ties at one instant come out in event-id order, the order the
-- snapshot queries ask for. fact_deal_closed keeps its key (the aggregator joins it by
-- event id), and so does fact_marketing_spend (a few rows a month).
do $$
declare
    t record;
begin
    for t in select * from (values
        ('fact_lead_created', 'location_id, lead_id, occurred_at, event_id', '', 'fact_lead_created_lead'),
        ('fact_lead_scored', 'location_id, lead_id, occurred_at, event_id', '', 'fact_lead_scored_lead'),
        ('fact_bot_interaction', 'location_id, lead_id, occurred_at, event_id', '', 'fact_bot_interaction_lead'),
        ('fact_lead_qualified', 'location_id, lead_id, occurred_at, event_id', '', 'fact_lead_qualified_lead'),
        ('fact_bot_handoff', 'location_id, occurred_at, event_id', '', 'fact_bot_handoff_time'),
        ('fact_appointment_booked', 'location_id, occurred_at, event_id', '', 'fact_appointment_booked_time'),
        ('fact_deal_stage_changed', 'location_id, deal_id, occurred_at, event_id',
         ' include (stage, property_value, close_probability)', 'fact_deal_stage_changed_latest'),
        ('fact_deal_lost', 'location_id, deal_id, occurred_at, event_id', '', 'fact_deal_lost_deal')
    ) v(fact_table, key_columns, included, replaced_index)
    loop
        execute format('alter table %I drop constraint %I', t.fact_table, t.fact_table || '_pkey');
        execute format('drop index %I', t.replaced_index);
        execute format('alter table %I add constraint %I primary key (%s)%s',
                       t.fact_table, t.fact_table || '_pkey', t.key_columns, t.included);
    end loop;
end $$;
