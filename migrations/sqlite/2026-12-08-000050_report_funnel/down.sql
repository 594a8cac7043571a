DROP INDEX cases_programme_registered;
CREATE INDEX cases_programme_registered ON cases (programme_id, registered_on, person_id);
ALTER TABLE cases DROP COLUMN decision_key;
