-- A group commit of single events spent about a third of its time planning: append_events
-- was planned anew on every call (force_custom_plan, 0006); a call for one event took 1.06 ms
-- that way and 0.74 ms with its plans kept (pgbench on `large`). Its plans are now kept per
-- session like any other function's. Only a large batch
-- needs plans made for its own arrays (a generic plan guesses every unnest() of an argument
-- at 10 rows and matches a batch against its own ids by nested loops, 0006): the caller asks
-- for that per transaction (EventStore: bulk chunks and large groups).
alter function append_events(integer[], uuid[], text[], text[], text[], timestamptz[], jsonb[]) reset plan_cache_mode;
