-- store_incoming() is the only writer of the event log and the facts, and it guarantees
-- these references by construction: it inserts the batch's locations just before its
-- events, and facts only for event ids it has just inserted into "event"; nothing deletes
-- events or locations. The foreign keys re-checked that per row with a lookup and a row
-- lock on the referenced event (and on the one location row, once per event), about a
-- third of the time of storing a batch.
alter table event drop constraint event_location_id_fkey;
alter table fact_lead_created drop constraint fact_lead_created_event_id_fkey;
alter table fact_lead_scored drop constraint fact_lead_scored_event_id_fkey;
alter table fact_bot_interaction drop constraint fact_bot_interaction_event_id_fkey;
alter table fact_bot_handoff drop constraint fact_bot_handoff_event_id_fkey;
alter table fact_lead_qualified drop constraint fact_lead_qualified_event_id_fkey;
alter table fact_appointment_booked drop constraint fact_appointment_booked_event_id_fkey;
alter table fact_deal_stage_changed drop constraint fact_deal_stage_changed_event_id_fkey;
alter table fact_deal_closed drop constraint fact_deal_closed_event_id_fkey;
alter table fact_deal_lost drop constraint fact_deal_lost_event_id_fkey;
alter table fact_marketing_spend drop constraint fact_marketing_spend_event_id_fkey;
