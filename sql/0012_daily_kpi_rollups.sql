-- Daily KPI rollups for periods of whole local days (every timeframe but 24h and
-- every custom range): a year reads 365 daily rows instead of ~9,000 hourly rows per bot,
-- source and agent. They are derived from the hourly rollups by statement triggers on
-- those tables, so every writer of the hourly rows (ingestion, rebuild, bulk load) keeps
-- them exact without knowing about them. A bucket is a local hour, so its day is
-- bucket::date.

-- Distinct counts by day and latency by month live in rollup_distinct_daily and
-- rollup_latency_monthly (0015), which the bot matrix reads too.

-- The KPI counts and sums of one local day over all sources, bots and agents.
create table rollup_kpi_daily (
    location_id   text not null,
    day           date not null,
    leads         bigint not null,
    appointments  bigint not null,
    deals_closed  bigint not null,
    revenue       numeric(16,2) not null,
    commission    numeric(16,2) not null,
    interactions  bigint not null,
    successes     bigint not null,
    processing_ms double precision not null,
    handoffs      bigint not null,
    primary key (location_id, day)
);

-- The daily histogram rows of a day range as an index-only scan; their heap order is
-- arrival order, so reading them through the primary key touches a page per row.
create index rollup_latency_daily_covering on rollup_latency_daily (location_id, day) include (bot_id, ms, n);

-- Recomputes the daily KPI rows of the (location, day)s the statement touched from the
-- hourly rollups (transition table "changed"). Recomputed rather than adjusted, so the
-- floating-point processing_ms sum does not drift; days left with nothing are deleted.
create function refresh_kpi_daily() returns trigger language plpgsql as $$
begin
    delete from rollup_kpi_daily r
    where (r.location_id, r.day) in (select location_id, bucket::date from changed);
    insert into rollup_kpi_daily (location_id, day, leads, appointments, deals_closed, revenue, commission,
                                  interactions, successes, processing_ms, handoffs)
    select t.location_id, t.day, l.leads, a.appointments, s.deals_closed, s.revenue, s.commission,
           b.interactions, b.successes, b.processing_ms, b.handoffs
    from (select distinct location_id, bucket::date as day from changed) t
    cross join lateral (
        select coalesce(sum(leads), 0) as leads from rollup_lead_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) l
    cross join lateral (
        select coalesce(sum(appointments), 0) as appointments from rollup_appointment_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) a
    cross join lateral (
        select coalesce(sum(deals_closed), 0) as deals_closed, coalesce(sum(revenue), 0) as revenue,
               coalesce(sum(commission), 0) as commission from rollup_sales_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) s
    cross join lateral (
        select coalesce(sum(interactions), 0) as interactions, coalesce(sum(successes), 0) as successes,
               coalesce(sum(processing_ms), 0) as processing_ms, coalesce(sum(handoffs), 0) as handoffs
        from rollup_bot_hourly h
        where h.location_id = t.location_id and h.bucket >= t.day and h.bucket < t.day + 1) b
    where l.leads <> 0 or a.appointments <> 0 or s.deals_closed <> 0 or b.interactions <> 0 or b.handoffs <> 0;
    return null;
end $$;

create trigger kpi_daily_leads_ins after insert on rollup_lead_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_leads_upd after update on rollup_lead_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_leads_del after delete on rollup_lead_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_bots_ins after insert on rollup_bot_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_bots_upd after update on rollup_bot_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_bots_del after delete on rollup_bot_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_appointments_ins after insert on rollup_appointment_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_appointments_upd after update on rollup_appointment_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_appointments_del after delete on rollup_appointment_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_sales_ins after insert on rollup_sales_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_sales_upd after update on rollup_sales_hourly referencing new table as changed for each statement execute function refresh_kpi_daily();
create trigger kpi_daily_sales_del after delete on rollup_sales_hourly referencing old table as changed for each statement execute function refresh_kpi_daily();


-- The rows of the data already there.
insert into rollup_kpi_daily (location_id, day, leads, appointments, deals_closed, revenue, commission,
                              interactions, successes, processing_ms, handoffs)
select location_id, day, sum(leads), sum(appointments), sum(deals_closed), sum(revenue), sum(commission),
       sum(interactions), sum(successes), sum(processing_ms), sum(handoffs)
from (
    select location_id, bucket::date as day, leads, 0 as appointments, 0 as deals_closed, 0 as revenue, 0 as commission,
           0 as interactions, 0 as successes, 0::double precision as processing_ms, 0 as handoffs
    from rollup_lead_hourly
    union all
    select location_id, bucket::date, 0, appointments, 0, 0, 0, 0, 0, 0, 0 from rollup_appointment_hourly
    union all
    select location_id, bucket::date, 0, 0, deals_closed, revenue, commission, 0, 0, 0, 0 from rollup_sales_hourly
    union all
    select location_id, bucket::date, 0, 0, 0, 0, 0, interactions, successes, processing_ms, handoffs from rollup_bot_hourly
) x
group by location_id, day
having sum(leads) <> 0 or sum(appointments) <> 0 or sum(deals_closed) <> 0 or sum(interactions) <> 0 or sum(handoffs) <> 0;
