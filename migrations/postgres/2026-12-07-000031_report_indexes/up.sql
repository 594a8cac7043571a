-- Issue 12, the reintegration report: what its figures filter on.

-- The date an item was approved (Tbilisi's calendar), kept on the item so that
-- the money committed in a period is read without its history: set when it is
-- approved, kept when it is delivered or cancelled. Backfilled from the
-- history's approve step (UTC+4 all year).
ALTER TABLE assistance_items ADD COLUMN approved_on DATE;
UPDATE assistance_items SET approved_on = (
    SELECT CAST(MAX(a.occurred_at) + INTERVAL '4 hours' AS DATE) FROM assistance_actions a
    WHERE a.assistance_id = assistance_items.id AND a.action = 'approve'
);

-- Cohorts: cases registered in a period (of a programme, of an organisation).
CREATE INDEX cases_registered ON cases (registered_on, programme_id, person_id);
CREATE INDEX cases_programme_registered ON cases (programme_id, registered_on, person_id);
CREATE INDEX cases_organisation_registered ON cases (organisation_id, registered_on);
-- The decisions of a case (eligible, not_eligible), latest first.
CREATE INDEX case_transitions_decisions ON case_transitions (case_id, to_status, occurred_at);
-- Assistance delivered or approved in a period.
CREATE INDEX assistance_items_delivered ON assistance_items (delivered_on, assistance_type, status);
CREATE INDEX assistance_items_approved ON assistance_items (approved_on, assistance_type, status);
CREATE INDEX assistance_co_beneficiaries_person ON assistance_co_beneficiaries (person_id);
-- Returns: stays abroad that ended in a period, by return type.
CREATE INDEX stays_abroad_returns ON stays_abroad (end_date, return_type, person_id);
-- The persons filters of every report.
CREATE INDEX persons_sex ON persons (sex);
