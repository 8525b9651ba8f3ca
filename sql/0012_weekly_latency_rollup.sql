-- The latency histogram by local calendar week (Monday, as date_trunc('week') and the trend
-- points count weeks), for the weekly trend points of a year: read from the daily rows, a
-- year's points grouped some 120,000 cells into 30,000 on every request. Whole weeks now come
-- one row per cell from here, as whole months come from rollup_latency_monthly, and only the
-- part-weeks at either end of a period are summed from the daily rows.
create table rollup_latency_weekly (
    location_id text not null,
    week        date not null,
    bot_id      text not null,
    ms          integer not null,
    n           bigint not null,
    primary key (location_id, week, bot_id, ms)
);
create index rollup_latency_weekly_covering on rollup_latency_weekly (location_id, week) include (bot_id, ms, n);

-- Follows rollup_latency_daily as sync_latency_monthly does (sql/0004_rollups.sql): whatever
-- writes daily rows (the aggregator, a rebuild, a time-zone move) moves the weeks too.
create function sync_latency_weekly() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_latency_weekly as r (location_id, week, bot_id, ms, n)
        select location_id, date_trunc('week', day)::date, bot_id, ms, sum(n) from new_rows group by 1, 2, 3, 4
        on conflict (location_id, week, bot_id, ms) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_latency_weekly as r (location_id, week, bot_id, ms, n)
        select location_id, date_trunc('week', day)::date, bot_id, ms, -sum(n) from old_rows group by 1, 2, 3, 4
        on conflict (location_id, week, bot_id, ms) do update set n = r.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_latency_weekly r
        using (select distinct location_id, date_trunc('week', day)::date as week from old_rows) o
        where r.location_id = o.location_id and r.week = o.week and r.n = 0;
    end if;
    return null;
end $$;

create trigger rollup_latency_daily_weekly_insert after insert on rollup_latency_daily
    referencing new table as new_rows for each statement execute function sync_latency_weekly();
create trigger rollup_latency_daily_weekly_update after update on rollup_latency_daily
    referencing old table as old_rows new table as new_rows for each statement execute function sync_latency_weekly();
create trigger rollup_latency_daily_weekly_delete after delete on rollup_latency_daily
    referencing old table as old_rows for each statement execute function sync_latency_weekly();

insert into rollup_latency_weekly (location_id, week, bot_id, ms, n)
select location_id, date_trunc('week', day)::date, bot_id, ms, sum(n)
from rollup_latency_daily
group by 1, 2, 3, 4
having sum(n) <> 0
order by 1, 2, 3, 4;
