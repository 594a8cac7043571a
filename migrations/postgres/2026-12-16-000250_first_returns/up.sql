-- Returns are counted by distinct person without reading them: each stay
-- abroad that ended with a return type records the end of the same person's
-- previous return of that type (stays in order of end date, then id), which
-- the writes of a person's stays keep (persistence/src/stays.rs). A stay is
-- its person's first return of its type in a period from..to when it ended in
-- the period and the previous one did not (previous_return_on < from, or
-- none), so distinct persons are a count of stays over an index range.
ALTER TABLE stays_abroad ADD COLUMN previous_return_on DATE;
UPDATE stays_abroad AS s SET previous_return_on = chain.previous
FROM (
    SELECT id, LAG(end_date) OVER (
        PARTITION BY person_id, return_type ORDER BY end_date, id COLLATE "C"
    ) AS previous
    FROM stays_abroad
    WHERE return_type IS NOT NULL AND end_date IS NOT NULL
) AS chain
WHERE chain.id = s.id AND chain.previous IS NOT NULL;
DROP INDEX stays_abroad_returns;
DROP INDEX stays_abroad_return_type;
CREATE INDEX stays_abroad_first_returns
    ON stays_abroad (return_type, end_date, previous_return_on, person_id);
