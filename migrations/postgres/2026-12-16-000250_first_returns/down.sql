DROP INDEX stays_abroad_first_returns;
CREATE INDEX stays_abroad_returns ON stays_abroad (end_date, return_type, person_id);
CREATE INDEX stays_abroad_return_type ON stays_abroad (return_type, end_date, person_id);
ALTER TABLE stays_abroad DROP COLUMN previous_return_on;
