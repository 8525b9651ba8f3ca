-- The exact median speed to lead over a year or three read every daily row of the period:
-- a row per day and distinct second, 195,000 on the large data set (100-250 ms). Months
-- inside a period now come from monthly rows (15,700 there), the days around them from the
-- daily rows, as the latency histogram does.

-- rollup_speed_daily by local calendar month of creation (the first day of the month).
create table rollup_speed_monthly (
    location_id text not null,
    month       date not null,
    second      bigint not null,
    n           bigint not null,
    primary key (location_id, month, second)
);

-- Adds the rows of transition table new_rows and subtracts those of old_rows (an ON
-- CONFLICT update fires the update trigger with both); a daily row is deleted only once
-- it is zero, so that is when its month may have emptied.
create function sync_speed_monthly() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_speed_monthly as r (location_id, month, second, n)
        select location_id, date_trunc('month', created_day)::date, second, sum(n) from new_rows group by 1, 2, 3
        on conflict (location_id, month, second) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_speed_monthly as r (location_id, month, second, n)
        select location_id, date_trunc('month', created_day)::date, second, -sum(n) from old_rows group by 1, 2, 3
        on conflict (location_id, month, second) do update set n = r.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_speed_monthly r
        using (select distinct location_id, date_trunc('month', created_day)::date as month, second from old_rows) o
        where (r.location_id, r.month, r.second) = (o.location_id, o.month, o.second) and r.n = 0;
    end if;
    return null;
end $$;

create trigger rollup_speed_daily_sync_insert after insert on rollup_speed_daily
    referencing new table as new_rows for each statement execute function sync_speed_monthly();
create trigger rollup_speed_daily_sync_update after update on rollup_speed_daily
    referencing old table as old_rows new table as new_rows for each statement execute function sync_speed_monthly();
create trigger rollup_speed_daily_sync_delete after delete on rollup_speed_daily
    referencing old table as old_rows for each statement execute function sync_speed_monthly();

insert into rollup_speed_monthly (location_id, month, second, n)
select location_id, date_trunc('month', created_day)::date, second, sum(n) from rollup_speed_daily
group by 1, 2, 3 having sum(n) <> 0;
