-- Issue 12, the overview fact sheet: what its figures read.

-- Assisted voluntary returns of a period: the stays of that return type alone,
-- by end date (the reintegration report's index leads with the end date and
-- reads every return type of the period).
CREATE INDEX stays_abroad_return_type ON stays_abroad (return_type, end_date, person_id);

-- Items delivered in a period (both reports): everything the reports read of
-- an item is in the index, so the items of a period are read from it alone.
DROP INDEX assistance_items_delivered;
CREATE INDEX assistance_items_delivered ON assistance_items
    (programme_id, status, delivered_on, assistance_type, person_id, household_id,
     corrects_id, amount_tetri, case_id, id);

-- Counselling sessions held in a period: the persons and the anonymous
-- sessions (their ids, which the drill-down lists), of an organisation and a
-- programme, read from the index alone.
DROP INDEX counselling_sessions_held_on;
CREATE INDEX counselling_sessions_held_on ON counselling_sessions
    (held_on, person_id, id, organisation_id, programme_id);
