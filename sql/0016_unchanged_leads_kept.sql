-- Most leads a batch touches are touched by a bot interaction that is not their first: their
-- snapshot stays as it was, yet the refresh rewrote every one of them, and the statement
-- triggers of sql/0005 and 0010 then took each such lead's temperature epochs and speed out
-- of the per-lead KPI rollups and put them back unchanged. With 16 senders of single events
-- that was most of the lead refresh, a quarter of each aggregator step. refresh_leads of
-- sql/0006 now updates a lead only when its snapshot changes or the batch holds a creation
-- or scoring of it (those make its temperature epochs, which the snapshot does not show).
create or replace function refresh_leads() returns void language plpgsql as $$
begin
    insert into rollup_lead_hourly as r (location_id, bucket, source, lead_type, leads)
    select d.location_id, local_hour(d.created_at, l.time_zone), d.source, d.lead_type, -count(*)
    from lead d join touched_lead t using (location_id, lead_id) join location l using (location_id)
    where d.created_at is not null
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, source, lead_type) do update set leads = r.leads + excluded.leads;

    insert into lead as d (location_id, lead_id, created_at, source, lead_type, agent_id,
                           first_interaction_at, first_bot_id, first_conversation_id, temperature, temperature_at)
    select t.location_id, t.lead_id, c.occurred_at, c.source, c.lead_type, c.agent_id,
           i.occurred_at, i.bot_id, i.conversation_id, s.temperature, s.occurred_at
    from touched_lead t
    left join lateral (
        select occurred_at, source, lead_type, agent_id from fact_lead_created f
        where f.location_id = t.location_id and f.lead_id = t.lead_id
        order by occurred_at, event_id limit 1) c on true
    left join lateral (
        select occurred_at, bot_id, conversation_id from fact_bot_interaction f
        where f.location_id = t.location_id and f.lead_id = t.lead_id
        order by occurred_at, event_id limit 1) i on true
    left join lateral (
        select temperature, occurred_at from (
            select temperature, occurred_at, event_id from fact_lead_created f
            where f.location_id = t.location_id and f.lead_id = t.lead_id and f.temperature is not null
            union all
            select temperature, occurred_at, event_id from fact_lead_scored f
            where f.location_id = t.location_id and f.lead_id = t.lead_id) x
        order by occurred_at desc, event_id desc limit 1) s on true
    on conflict (location_id, lead_id) do update set
        created_at = excluded.created_at, source = excluded.source, lead_type = excluded.lead_type,
        agent_id = excluded.agent_id, first_interaction_at = excluded.first_interaction_at,
        first_bot_id = excluded.first_bot_id, first_conversation_id = excluded.first_conversation_id,
        temperature = excluded.temperature, temperature_at = excluded.temperature_at
    where (d.created_at, d.source, d.lead_type, d.agent_id, d.first_interaction_at, d.first_bot_id,
           d.first_conversation_id, d.temperature, d.temperature_at)
          is distinct from
          (excluded.created_at, excluded.source, excluded.lead_type, excluded.agent_id, excluded.first_interaction_at,
           excluded.first_bot_id, excluded.first_conversation_id, excluded.temperature, excluded.temperature_at)
       -- An earlier scoring arriving late leaves the latest temperature as it was, but not the epochs.
       -- Uncorrelated, so it is read once into a hash, not scanned per lead.
       or (d.location_id, d.lead_id) in (select location_id, lead_id from incoming where type in ('lead.created', 'lead.scored'));

    insert into rollup_lead_hourly as r (location_id, bucket, source, lead_type, leads)
    select d.location_id, local_hour(d.created_at, l.time_zone), d.source, d.lead_type, count(*)
    from lead d join touched_lead t using (location_id, lead_id) join location l using (location_id)
    where d.created_at is not null
    group by 1, 2, 3, 4
    on conflict (location_id, bucket, source, lead_type) do update set leads = r.leads + excluded.leads;
end $$;
