-- Every event of one lead in the order it happened; arrival order breaks ties.
select type, occurred_at, data::text as data
from event
where location_id = @loc and lead_id = @lead
order by occurred_at, seq
