-- rollup_temperature_daily by local calendar month of creation, for the months that lie
-- whole inside a period. A period of whole days [S, E) reads only the epochs holding at E,
-- and a month inside it ends on or before E, so its monthly rows can forget what no such E
-- can tell apart: an epoch that ended by the month's end never holds at E (it is left out),
-- and one that began by then holds from the month's end on (its from_day becomes that day).
-- What is left is mostly the epochs still open, fewer of them per month than per day: on
-- large, three years read ~5,500 rows here instead of ~37,000 daily ones.
create table rollup_temperature_monthly (
    location_id text not null,
    month       date not null,
    temperature text not null,
    from_day    date not null,
    until_day   date not null,
    n           bigint not null,
    primary key (location_id, month, temperature, from_day, until_day)
);
-- A period ending at E reads the rows with until_day > E: for a period ending today, the open ones.
create index rollup_temperature_monthly_until on rollup_temperature_monthly (location_id, until_day, month)
    include (temperature, from_day, n);

-- Where a daily row goes: its month and from_day there, or no row when the epoch ended by
-- the end of its creation month.
create function temperature_month(p_created_day date, p_from_day date, p_until_day date)
    returns table (month date, from_day date) language sql immutable as $$
    select m.month, greatest(p_from_day, m.next)
    from (select date_trunc('month', p_created_day::timestamp)::date as month,
                 (date_trunc('month', p_created_day::timestamp) + interval '1 month')::date as next) m
    where p_until_day > m.next
$$;

-- Follows rollup_temperature_daily as sync_latency_monthly follows the daily latency rows
-- (sql/0004_rollups.sql): whatever writes daily rows (the aggregator, a rebuild, a time-zone
-- move) moves the months too.
create function sync_temperature_monthly() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_temperature_monthly as r (location_id, month, temperature, from_day, until_day, n)
        select d.location_id, k.month, d.temperature, k.from_day, d.until_day, sum(d.n)
        from new_rows d cross join lateral temperature_month(d.created_day, d.from_day, d.until_day) k
        group by 1, 2, 3, 4, 5
        on conflict (location_id, month, temperature, from_day, until_day) do update set n = r.n + excluded.n;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_temperature_monthly as r (location_id, month, temperature, from_day, until_day, n)
        select d.location_id, k.month, d.temperature, k.from_day, d.until_day, -sum(d.n)
        from old_rows d cross join lateral temperature_month(d.created_day, d.from_day, d.until_day) k
        group by 1, 2, 3, 4, 5
        on conflict (location_id, month, temperature, from_day, until_day) do update set n = r.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then
        delete from rollup_temperature_monthly r
        using (select distinct location_id, date_trunc('month', created_day)::date as month from old_rows) o
        where r.location_id = o.location_id and r.month = o.month and r.n = 0;
    end if;
    return null;
end $$;

create trigger rollup_temperature_daily_monthly_insert after insert on rollup_temperature_daily
    referencing new table as new_rows for each statement execute function sync_temperature_monthly();
create trigger rollup_temperature_daily_monthly_update after update on rollup_temperature_daily
    referencing old table as old_rows new table as new_rows for each statement execute function sync_temperature_monthly();
create trigger rollup_temperature_daily_monthly_delete after delete on rollup_temperature_daily
    referencing old table as old_rows for each statement execute function sync_temperature_monthly();

insert into rollup_temperature_monthly (location_id, month, temperature, from_day, until_day, n)
select r.location_id, k.month, r.temperature, k.from_day, r.until_day, sum(r.n)
from rollup_temperature_daily r cross join lateral temperature_month(r.created_day, r.from_day, r.until_day) k
group by 1, 2, 3, 4, 5
having sum(r.n) <> 0
order by 1, 2, 3, 4, 5;
