-- The persons filters of the reports (region, sex, age band: any of them)
-- read the ids of the persons they take in from one index range, not from
-- every row of one sex: region first (alone, with sex, with both), and sex
-- then date of birth (alone, with age). An age band alone has
-- persons_date_of_birth (date_of_birth, id).
DROP INDEX persons_region;
CREATE INDEX persons_region ON persons (region, sex, date_of_birth, id);
DROP INDEX persons_sex;
CREATE INDEX persons_sex ON persons (sex, date_of_birth, id);
