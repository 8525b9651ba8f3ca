-- Events received per minute of a location in [@first, @until]: one range scan of the
-- arrival index, then every minute of the window, empty ones as 0.
with counts as (
    select date_trunc('minute', received_at) as minute, count(*) as events
    from event
    where location_id = @loc and received_at >= @first and received_at <= @until
    group by 1)
select m.minute, coalesce(c.events, 0) as events
from generate_series(@first::timestamptz, @last::timestamptz, interval '1 minute') as m(minute)
left join counts c using (minute)
order by m.minute
