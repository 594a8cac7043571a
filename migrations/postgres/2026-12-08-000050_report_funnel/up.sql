-- Issue 12, the reintegration report's funnel in one pass over a period's
-- cases, contacts and items.

-- A case's latest decision as one value that sorts by when it was taken (to
-- the microsecond), then by the case: `2026-03-01T10:00:00.000000 <case id>
-- eligible`. The funnel takes the greatest of a person's cases registered in
-- the period (their latest decision) without a window over them. Kept by the
-- write that decides (in its transaction, on the case's row). Compared byte
-- by byte (`C`), whatever the database's collation.
ALTER TABLE cases ADD COLUMN decision_key TEXT COLLATE "C";
UPDATE cases SET decision_key =
    to_char(decided_at, 'YYYY-MM-DD"T"HH24:MI:SS.US') || ' ' || id || ' ' || decision
    WHERE decision IS NOT NULL AND decided_at IS NOT NULL;

-- Cohorts of a programme registered in a period: all the funnel reads of a
-- case, from the index alone.
DROP INDEX cases_programme_registered;
CREATE INDEX cases_programme_registered ON cases
    (programme_id, registered_on, person_id, assessed, decision_key, organisation_id);
