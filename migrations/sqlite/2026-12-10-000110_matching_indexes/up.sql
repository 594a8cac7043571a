-- Reading the registry's facts of many jobseekers at once (a vacancy's
-- candidates) from indexes alone, without a lookup into each person's and
-- each stay's row: the persons born in a range with their ids, a person's
-- facts by id, and a person's stays with what the rule engine reads of them.
-- The first two replace narrower indexes on the same leading columns.
DROP INDEX persons_date_of_birth;
CREATE INDEX persons_date_of_birth ON persons (date_of_birth, id);
CREATE INDEX persons_facts ON persons (id, citizenship, residence_status, date_of_birth);
DROP INDEX stays_abroad_person;
CREATE INDEX stays_abroad_person ON stays_abroad (person_id, start_date, country, end_date, legal_status);
