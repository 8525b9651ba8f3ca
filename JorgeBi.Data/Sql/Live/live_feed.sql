-- The latest arrivals of a location. Ordered by seq (arrival order, unique and indexed):
-- a bulk load stores thousands of events with one received_at, and ordering by that
-- timestamp would sort all of them to pick the last few.
select event_id, type, lead_id, occurred_at, received_at, location_id
from event
where location_id = @loc
order by seq desc
limit @limit
