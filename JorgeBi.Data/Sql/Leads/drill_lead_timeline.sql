-- Every event of one lead, in any of the locations asked for (@locs), in the order it
-- happened; arrival order breaks ties.
select location_id, type, occurred_at, data::text as data
from event
where location_id = any(@locs) and lead_id = @lead
order by occurred_at, location_id, seq
