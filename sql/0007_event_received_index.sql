-- Real-time "events per minute" counts a location's arrivals of the last minutes and reads
-- its latest arrival; without this index both scan the whole event log on every refresh.
create index event_received on event (location_id, received_at);
