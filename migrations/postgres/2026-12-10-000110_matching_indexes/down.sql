DROP INDEX stays_abroad_person;
CREATE INDEX stays_abroad_person ON stays_abroad (person_id, start_date);
DROP INDEX persons_facts;
DROP INDEX persons_date_of_birth;
CREATE INDEX persons_date_of_birth ON persons (date_of_birth);
