-- An idle aggregator polls apply_log every 50 ms, and each empty step cost 2-5 ms: it
-- emptied the five batch tables with TRUNCATE, which gives each table (and new_event's
-- index) a new file and rewrites its catalog rows, WAL included, whether it held rows or
-- not. Steps of a busy aggregator paid the same before every micro-batch.
-- Now an empty step returns before touching them, and the batch tables are emptied at
-- every commit (on commit delete rows: the files are cut to nothing in place, no new
-- files, no catalog writes). batch_tables() still empties them itself when they hold rows:
-- for a session whose tables were created before this script, and for a second step in
-- one transaction.
create or replace function batch_tables() returns void language plpgsql as $$
begin
    if to_regclass('pg_temp.incoming') is null then
        create temp table incoming on commit delete rows as select * from event_typed with no data;
        create temp table new_event (event_id uuid primary key) on commit delete rows;
        create temp table touched_lead (location_id text, lead_id text) on commit delete rows;
        create temp table touched_deal (location_id text, deal_id text) on commit delete rows;
        create temp table touched_entity (metric text, location_id text, entity_id text) on commit delete rows;
    elsif exists (select from incoming) or exists (select from new_event) or exists (select from touched_lead)
          or exists (select from touched_deal) or exists (select from touched_entity) then
        truncate incoming, new_event, touched_lead, touched_deal, touched_entity;
    end if;
end $$;

-- apply_log of sql/0006, with its third case only when the log holds events past the
-- position applied: otherwise the step has nothing to do.
create or replace function apply_log(max_events integer, bulk_threshold integer, bulk_chunk integer,
                          out applied bigint, out applied_seq bigint, out backlog bigint)
    language plpgsql as $$
declare
    s log_state;
    horizon bigint;
    upto bigint;
    notify_locations text[];
    notify_kinds text[];
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    select * into s from log_state;
    horizon := greatest(log_horizon(), s.facts_seq);
    applied := 0;

    if horizon - s.facts_seq > bulk_threshold then
        upto := least(s.facts_seq + bulk_chunk, horizon);
        perform batch_tables();
        insert into incoming select * from event_typed t where t.seq > s.facts_seq and t.seq <= upto;
        perform store_facts();
        select count(*) into applied from incoming;
        update log_state set facts_seq = upto,
            stale_locations = array(select distinct unnest(stale_locations || array(select distinct location_id from incoming)));
    elsif s.facts_seq > s.applied_seq then
        perform rebuild_rollups(l) from unnest(s.stale_locations) l;
        update log_state set applied_seq = s.facts_seq, applied_at = now(), stale_locations = '{}';
        notify_locations := s.stale_locations;
        -- A rebuilt location may have changed in every way.
        notify_kinds := array['lead.created', 'lead.scored', 'bot.interaction', 'bot.handoff', 'lead.qualified',
                              'appointment.booked', 'deal.stage_changed', 'deal.closed', 'deal.lost', 'marketing.spend'];
        applied := s.facts_seq - s.applied_seq;
    elsif horizon > s.applied_seq then
        perform batch_tables();
        insert into incoming
        select * from event_typed t where t.seq > s.applied_seq and t.seq <= horizon
        order by t.seq limit max_events;
        select count(*), coalesce(max(incoming.seq), s.applied_seq) into applied, upto from incoming;
        -- A short batch reached the horizon: the numbers between are gaps (refused or
        -- rolled-back appends) and count as applied.
        if applied < max_events then upto := horizon; end if;
        if applied > 0 then
            analyze incoming;
            perform store_facts();
            analyze new_event;
            perform apply_rollups();
            select array_agg(distinct location_id), array_agg(distinct type) into notify_locations, notify_kinds from incoming;
        end if;
        if upto > s.applied_seq then
            update log_state set applied_seq = upto, facts_seq = upto,
                applied_at = case when applied > 0 then now() else log_state.applied_at end;
        end if;
    end if;

    if cardinality(notify_locations) > 0 then
        perform pg_notify('jorgebi_events', json_build_object(
            'locations', notify_locations, 'kinds', notify_kinds,
            'max_seq', (select log_state.applied_seq from log_state))::text);
    end if;
    select log_state.applied_seq into applied_seq from log_state;
    backlog := greatest(horizon - applied_seq, 0);
end $$;
