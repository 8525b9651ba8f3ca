-- Leads created in the whole local days [start, end) with a bot contact, by whole seconds to it.
select second, n from speed_seconds(@loc, @start::date, @end::date)
