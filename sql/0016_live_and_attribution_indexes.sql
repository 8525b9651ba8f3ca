-- Covering versions of the time indexes that the live counters and the first-touch
-- breakdowns scan, so those scans never visit the heap: the last minutes of interactions
-- (count, successes, p95, distinct active conversations) and the deals closed in a period
-- joined with their lead's source and first bot.

drop index fact_bot_interaction_time;
create index fact_bot_interaction_time on fact_bot_interaction (location_id, occurred_at)
    include (processing_ms, success, conversation_id);

drop index fact_deal_closed_time;
create index fact_deal_closed_time on fact_deal_closed (location_id, occurred_at)
    include (lead_id, sale_price, commission);

-- Attribution of a closed deal: its lead's source and first bot, looked up by lead.
create index lead_attribution on lead (location_id, lead_id) include (source, first_bot_id);
