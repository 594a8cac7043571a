-- Issue 12, the reintegration report's funnel in one pass over a period's
-- cases, contacts and items.

-- A case's latest decision as one value that sorts by when it was taken (to
-- the microsecond), then by the case: `2026-03-01T10:00:00.000000 <case id>
-- eligible`. The funnel takes the greatest of a person's cases registered in
-- the period (their latest decision) without a window over them. Kept by the
-- write that decides (in its transaction, on the case's row). Backfilled
-- from `decided_at`, stored as `YYYY-MM-DD HH:MM:SS[.fraction]`.
ALTER TABLE cases ADD COLUMN decision_key TEXT;
UPDATE cases SET decision_key =
    substr(replace(decided_at, ' ', 'T')
        || CASE WHEN instr(decided_at, '.') = 0 THEN '.' ELSE '' END || '000000', 1, 26)
    || ' ' || id || ' ' || decision
    WHERE decision IS NOT NULL AND decided_at IS NOT NULL;

-- Cohorts of a programme registered in a period: all the funnel reads of a
-- case, from the index alone.
DROP INDEX cases_programme_registered;
CREATE INDEX cases_programme_registered ON cases
    (programme_id, registered_on, person_id, assessed, decision_key, organisation_id);
