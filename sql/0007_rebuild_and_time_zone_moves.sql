-- Rebuilding a location's snapshots and rollups from its facts, and moving a location to
-- another time zone (which rebuilds it).
--
-- A rebuild starts from nothing, so it needs none of apply_rollups' machinery for moving
-- contributions from "before the batch" to "after": each snapshot and rollup of the
-- location is one GROUP BY straight from its facts (no batch join, no per-row probes). The
-- numbers are those of incremental maintenance: same buckets, same tie-breaks (occurred_at,
-- then event_id), same distinct-count encoding. The daily, monthly and per-lead KPI
-- rollups follow through their triggers.

-- The rebuild in steps a worker can report between. Step 1 clears, the others fill one
-- snapshot or rollup each, in the order rebuild_rollups runs them.
create function rebuild_rollups_step(p_location text, p_step integer) returns void language plpgsql as $$
declare
    tz text := (select time_zone from location where location_id = p_location);
begin
    case p_step
    when 1 then
        delete from lead where location_id = p_location;
        delete from deal where location_id = p_location;
        delete from rollup_lead_hourly where location_id = p_location;
        delete from rollup_bot_hourly where location_id = p_location;
        delete from rollup_latency_hourly where location_id = p_location;
        delete from rollup_latency_daily where location_id = p_location;
        delete from rollup_distinct_hourly where location_id = p_location;
        delete from rollup_appointment_hourly where location_id = p_location;
        delete from rollup_sales_hourly where location_id = p_location;
    when 2 then
        -- Snapshot of every lead with a creation, a score or a bot interaction.
        insert into lead (location_id, lead_id, created_at, source, lead_type, agent_id,
                          first_interaction_at, first_bot_id, first_conversation_id, temperature, temperature_at)
        select p_location, lead_id, c.occurred_at, c.source, c.lead_type, c.agent_id,
               i.occurred_at, i.bot_id, i.conversation_id, s.temperature, s.occurred_at
        from (
            select distinct on (lead_id) lead_id, occurred_at, source, lead_type, agent_id
            from fact_lead_created where location_id = p_location
            order by lead_id, occurred_at, event_id) c
        full join (
            select distinct on (lead_id) lead_id, occurred_at, bot_id, conversation_id
            from fact_bot_interaction where location_id = p_location
            order by lead_id, occurred_at, event_id) i using (lead_id)
        full join (
            select distinct on (lead_id) lead_id, temperature, occurred_at
            from (
                select lead_id, temperature, occurred_at, event_id from fact_lead_created
                where location_id = p_location and temperature is not null
                union all
                select lead_id, temperature, occurred_at, event_id from fact_lead_scored
                where location_id = p_location) x
            order by lead_id, occurred_at desc, event_id desc) s using (lead_id)
        order by lead_id;
    when 3 then
        insert into rollup_lead_hourly (location_id, bucket, source, lead_type, leads)
        select p_location, local_hour(created_at, tz), source, lead_type, count(*)
        from lead where location_id = p_location and created_at is not null
        group by 2, 3, 4
        order by 2, 3, 4;
    when 4 then
        insert into deal (location_id, deal_id, lead_id, opened_at, closed_at, lost_at)
        select p_location, deal_id, coalesce(s.lead_id, c.lead_id, x.lead_id), s.opened_at, c.closed_at, x.lost_at
        from (
            select deal_id, min(occurred_at) as opened_at, min(lead_id) as lead_id
            from fact_deal_stage_changed where location_id = p_location group by deal_id) s
        full join (
            select deal_id, min(occurred_at) as closed_at, min(lead_id) as lead_id
            from fact_deal_closed where location_id = p_location group by deal_id) c using (deal_id)
        full join (
            select deal_id, min(occurred_at) as lost_at, min(lead_id) as lead_id
            from fact_deal_lost where location_id = p_location group by deal_id) x using (deal_id)
        order by deal_id;
    when 5 then
        insert into rollup_bot_hourly (location_id, bucket, bot_id, interactions, successes, processing_ms, confidence, handoffs)
        select p_location, bucket, bot_id, sum(interactions), sum(successes), sum(processing_ms), sum(confidence), sum(handoffs)
        from (
            select local_hour(occurred_at, tz) as bucket, bot_id, count(*) as interactions,
                   count(*) filter (where success) as successes, sum(processing_ms) as processing_ms,
                   sum(confidence) as confidence, 0 as handoffs
            from fact_bot_interaction where location_id = p_location
            group by 1, 2
            union all
            select local_hour(occurred_at, tz), bot_id, 0, 0, 0, 0, count(*)
            from fact_bot_handoff where location_id = p_location
            group by 1, 2) x
        group by bucket, bot_id
        order by bucket, bot_id;
    when 6 then
        insert into rollup_latency_hourly (location_id, bucket, bot_id, ms, n)
        select p_location, local_hour(occurred_at, tz), bot_id, least(floor(processing_ms), 60000)::int, count(*)
        from fact_bot_interaction where location_id = p_location
        group by 2, 3, 4
        order by 2, 3, 4;
        -- A local hour lies inside its local day: the daily histogram sums the hourly one.
        insert into rollup_latency_daily (location_id, day, bot_id, ms, n)
        select p_location, bucket::date, bot_id, ms, sum(n)
        from rollup_latency_hourly where location_id = p_location
        group by 2, 3, 4
        order by 2, 3, 4;
    when 7 then
        insert into rollup_appointment_hourly (location_id, bucket, bot_id, agent_id, appointments)
        select p_location, local_hour(occurred_at, tz), coalesce(bot_id, ''), agent_id, count(*)
        from fact_appointment_booked where location_id = p_location
        group by 2, 3, 4
        order by 2, 3, 4;
    when 8 then
        insert into rollup_sales_hourly (location_id, bucket, agent_id, deals_closed, revenue, commission)
        select p_location, local_hour(occurred_at, tz), agent_id, count(*), sum(sale_price), sum(commission)
        from fact_deal_closed where location_id = p_location
        group by 2, 3
        order by 2, 3;
    when 9 then
        -- Each fact row of an entity under its bucket and the bucket of the entity's previous
        -- row, over all bots ('') and per bot: refresh_distinct's encoding with nothing before.
        insert into rollup_distinct_hourly (location_id, metric, bot_id, bucket, prev_bucket, n)
        select p_location, metric, k.bot_id, bucket, coalesce(k.prev_bucket, '-infinity'), count(*)
        from (
            select 'conversation' as metric, bot_id, bucket,
                   lag(bucket) over (partition by conversation_id order by occurred_at, event_id) as prev_any,
                   lag(bucket) over (partition by conversation_id, bot_id order by occurred_at, event_id) as prev_bot
            from (
                select conversation_id, bot_id, occurred_at, event_id, local_hour(occurred_at, tz) as bucket
                from fact_bot_interaction where location_id = p_location) f
            union all
            select 'qualified_lead', bot_id, bucket,
                   lag(bucket) over (partition by lead_id order by occurred_at, event_id),
                   lag(bucket) over (partition by lead_id, bot_id order by occurred_at, event_id)
            from (
                select lead_id, bot_id, occurred_at, event_id, local_hour(occurred_at, tz) as bucket
                from fact_lead_qualified where location_id = p_location) f
        ) y
        cross join lateral (values ('', y.prev_any), (y.bot_id, y.prev_bot)) k(bot_id, prev_bucket)
        group by 2, 3, 4, 5
        order by 2, 3, 4, 5;
    end case;
end $$;

-- Each step with the fact rows it reads, so progress moves with the work rather than the
-- step count (the lead snapshot and the distinct counts read the most). Clearing is weighed
-- as the rows it deletes, roughly the rows the other steps write back.
create function rebuild_rollups_plan(p_location text) returns table (step integer, weight bigint) language sql stable as $$
    with n as (
        select (select count(*) from fact_lead_created where location_id = p_location) as created,
               (select count(*) from fact_lead_scored where location_id = p_location) as scored,
               (select count(*) from fact_bot_interaction where location_id = p_location) as interactions,
               (select count(*) from fact_bot_handoff where location_id = p_location) as handoffs,
               (select count(*) from fact_lead_qualified where location_id = p_location) as qualified,
               (select count(*) from fact_appointment_booked where location_id = p_location) as appointments,
               (select count(*) from fact_deal_stage_changed where location_id = p_location)
             + (select count(*) from fact_deal_closed where location_id = p_location)
             + (select count(*) from fact_deal_lost where location_id = p_location) as deals,
               (select count(*) from fact_deal_closed where location_id = p_location) as closed)
    select s.step, greatest(s.weight, 1)
    from n cross join lateral (values
        (1, n.created + n.deals),
        (2, n.created + n.scored + n.interactions),
        (3, n.created),
        (4, n.deals),
        (5, n.interactions + n.handoffs),
        (6, n.interactions),
        (7, n.appointments),
        (8, n.closed),
        (9, 2 * (n.interactions + n.qualified))) s(step, weight)
    order by s.step;
$$;

-- Recomputes every snapshot and rollup of one location from its facts.
create function rebuild_rollups(p_location text) returns bigint language plpgsql as $$
declare
    rows_touched bigint;
    step integer;
begin
    -- Same lock as the aggregator: no batch of this location commits halfway through.
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    -- The sorts and hash aggregates hold a whole location; keep them in memory.
    perform set_config('work_mem', '256MB', true);
    -- The steps of rebuild_rollups_step, in order (rebuild_rollups_plan lists the same nine).
    for step in 1..9 loop
        perform rebuild_rollups_step(p_location, step);
    end loop;

    select (select count(*) from rollup_lead_hourly where location_id = p_location)
         + (select count(*) from rollup_bot_hourly where location_id = p_location)
         + (select count(*) from rollup_latency_hourly where location_id = p_location)
         + (select count(*) from rollup_latency_daily where location_id = p_location)
         + (select count(*) from rollup_distinct_hourly where location_id = p_location)
         + (select count(*) from rollup_appointment_hourly where location_id = p_location)
         + (select count(*) from rollup_sales_hourly where location_id = p_location)
    into rows_touched;
    return rows_touched;
end $$;

-- A time-zone change re-buckets the location online (README "Settings"): the save only
-- queues a job and returns; a worker rebuilds the location's rollups from its facts in one
-- transaction, step by step, and reports its progress outside that transaction. Readers see
-- the old zone and the old numbers until the job commits, then the new ones all at once.
--
-- The job row says how far it got; it does not say who runs it. Only the holder of the
-- aggregator's lock runs a job, so a job left 'running' by a worker that died (its
-- transaction rolled back with it) is simply run again by the next worker.
create table rebucket_job (
    job_id bigint generated always as identity primary key,
    location_id text not null references location,
    from_time_zone text not null,
    to_time_zone text not null,
    requested_by text not null,
    requested_at timestamptz not null default now(),
    state text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
    started_at timestamptz,
    finished_at timestamptz,
    work_total bigint not null default 0,
    work_done bigint not null default 0,
    error text
);

-- One change at a time per location: a second waits for the first to finish.
create unique index rebucket_job_active on rebucket_job (location_id) where state in ('queued', 'running');

-- The worker's transaction starts here: the aggregator's lock, then the oldest job not done
-- (none: null). Holding the lock, nobody else can be running that job.
create function rebucket_claim() returns setof rebucket_job language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('jorgebi.ingest'));
    perform set_config('work_mem', '256MB', true);
    return query select * from rebucket_job where state in ('queued', 'running') order by job_id limit 1;
end $$;

-- The snapshots' triggers count their rows by local day of the location's zone: they leave
-- under the old zone, then the zone changes and the steps put everything back under the new.
create function rebucket_switch_zone(p_job bigint) returns void language plpgsql as $$
declare
    j rebucket_job := (select j from rebucket_job j where job_id = p_job);
begin
    delete from lead where location_id = j.location_id;
    delete from deal where location_id = j.location_id;
    update location set time_zone = j.to_time_zone where location_id = j.location_id;
end $$;

-- Progress is written on another connection than the job's, so every reader sees it while
-- the job's transaction is still open; these three run there.
create function rebucket_start(p_job bigint, p_work_total bigint) returns setof rebucket_job language sql as $$
    update rebucket_job set state = 'running', started_at = now(), finished_at = null, error = null,
                            work_done = 0, work_total = p_work_total
    where job_id = p_job returning *;
$$;

create function rebucket_progress(p_job bigint, p_work bigint) returns setof rebucket_job language sql as $$
    update rebucket_job set work_done = work_done + p_work where job_id = p_job returning *;
$$;

-- A job the database refused: the location keeps its zone and numbers, and its pages reload
-- to stop showing the move.
create function rebucket_fail(p_job bigint, p_error text) returns setof rebucket_job language plpgsql as $$
declare
    j rebucket_job;
begin
    update rebucket_job set state = 'failed', finished_at = now(), error = p_error where job_id = p_job returning * into j;
    perform notify_location_settings(j.location_id);
    return next j;
end $$;

-- The last statement of the job's transaction: the change feed reloads the location's pages at commit.
create function rebucket_finish(p_job bigint) returns void language plpgsql as $$
begin
    update rebucket_job set state = 'done', finished_at = now(), work_done = work_total, error = null where job_id = p_job;
    perform notify_location_settings((select location_id from rebucket_job where job_id = p_job));
end $$;

-- Creates the location if needed and sets the values given (null keeps the current value, or
-- the default for a new location), marking it confirmed. The change feed is told at commit,
-- so every instance drops the location's cached answers and open pages reload.
--
-- A new zone of a location with history queues a move (rebucket_job_id says which) instead
-- of rebuilding here: the save returns at once, and the zone itself changes only when the
-- move commits. While a move of the location is queued or running, its settings are not
-- changed at all (object_in_use): the move holds the location's row until it commits.
create function save_location_settings(
    p_location text, p_name text, p_time_zone text, p_commission_rate numeric, p_monthly_target numeric, p_actor text,
    out created boolean, out rebucket_job_id bigint,
    out old_name text, out old_time_zone text, out old_commission_rate numeric, out old_monthly_target numeric)
    language plpgsql as $$
declare
    active rebucket_job;
begin
    if p_time_zone is not null and not exists (select from pg_timezone_names where name = p_time_zone) then
        raise exception 'unknown time zone %', p_time_zone using errcode = 'invalid_parameter_value';
    end if;
    select * into active from rebucket_job where location_id = p_location and state in ('queued', 'running');
    if found then
        raise exception 'location % is moving to time zone %', p_location, active.to_time_zone using errcode = 'object_in_use';
    end if;

    select name, time_zone, commission_rate, monthly_commission_target
    into old_name, old_time_zone, old_commission_rate, old_monthly_target
    from location where location_id = p_location for update;
    created := not found;
    if created then
        insert into location (location_id, name) values (p_location, p_location);
    end if;

    -- A location just created has no history: its zone is simply set.
    if not created and p_time_zone is not null and p_time_zone is distinct from old_time_zone then
        insert into rebucket_job (location_id, from_time_zone, to_time_zone, requested_by)
        values (p_location, old_time_zone, p_time_zone, p_actor)
        returning job_id into rebucket_job_id;
    end if;

    update location set
        name = coalesce(p_name, name),
        time_zone = case when rebucket_job_id is null then coalesce(p_time_zone, time_zone) else time_zone end,
        commission_rate = coalesce(p_commission_rate, commission_rate),
        monthly_commission_target = coalesce(p_monthly_target, monthly_commission_target),
        confirmed_at = now()
    where location_id = p_location;

    perform notify_location_settings(p_location);
end $$;
