-- Issue 12, the reintegration report: what its figures filter on.

-- The date an item was approved (Tbilisi's calendar), kept on the item so that
-- the money committed in a period is read without its history: set when it is
-- approved, kept when it is delivered or cancelled. Backfilled from the
-- history's approve step (UTC+4 all year).
ALTER TABLE assistance_items ADD COLUMN approved_on DATE;
UPDATE assistance_items SET approved_on = (
    SELECT date(MAX(a.occurred_at), '+4 hours') FROM assistance_actions a
    WHERE a.assistance_id = assistance_items.id AND a.action = 'approve'
);

-- What the funnel reads of a case, kept on the case by the writes that change
-- it (in their transaction, on the case's row): whether it was ever assessed,
-- and its latest decision (the last move to eligible or not_eligible, an
-- admin's override included) and when. Backfilled from the assessments and
-- the transitions.
ALTER TABLE cases ADD COLUMN assessed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cases ADD COLUMN decision TEXT;
ALTER TABLE cases ADD COLUMN decided_at TIMESTAMP;
UPDATE cases SET assessed = EXISTS (SELECT 1 FROM assessments a WHERE a.case_id = cases.id);
UPDATE cases SET
    decision = (SELECT t.to_status FROM case_transitions t
        WHERE t.case_id = cases.id AND t.to_status IN ('eligible', 'not_eligible')
        ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1),
    decided_at = (SELECT t.occurred_at FROM case_transitions t
        WHERE t.case_id = cases.id AND t.to_status IN ('eligible', 'not_eligible')
        ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1);

-- Cohorts: cases registered in a period (of a programme, of an organisation).
CREATE INDEX cases_registered ON cases (registered_on, programme_id, person_id);
CREATE INDEX cases_programme_registered ON cases (programme_id, registered_on, person_id);
CREATE INDEX cases_organisation_registered ON cases (organisation_id, registered_on);
-- Assistance delivered or approved in a period, of a programme (or of the
-- programmes of a stream: an IN list).
CREATE INDEX assistance_items_delivered ON assistance_items (programme_id, status, delivered_on);
CREATE INDEX assistance_items_approved ON assistance_items (programme_id, status, approved_on);
CREATE INDEX assistance_co_beneficiaries_person ON assistance_co_beneficiaries (person_id);
-- Returns: stays abroad that ended in a period, by return type.
CREATE INDEX stays_abroad_returns ON stays_abroad (end_date, return_type, person_id);
-- The persons filters of every report.
CREATE INDEX persons_sex ON persons (sex);
