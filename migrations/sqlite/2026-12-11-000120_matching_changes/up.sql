-- Which jobseekers' matching facts changed, in the order the changes were
-- committed, so that each API node can keep the facts of every jobseeker in
-- memory (a vacancy's candidates rank them all) and bring them up to date by
-- reading only what changed since it last looked.
--
-- `matching_stamp` is one row, counting the changes. A write that changes what
-- matching reads of a jobseeker (the profile, the person's date of birth,
-- citizenship or residence status, their stays abroad) raises it in its own
-- transaction, as its last step, and records the person with the new count in
-- `matching_changes` (a person's latest change replaces the earlier one). The
-- row lock makes those writes commit one after another, so a node that has
-- seen count N has seen every change up to N.
CREATE TABLE matching_stamp (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    changes BIGINT NOT NULL
);
INSERT INTO matching_stamp (id, changes) VALUES (1, 0);

CREATE TABLE matching_changes (
    person_id TEXT PRIMARY KEY,
    change    BIGINT NOT NULL
);
CREATE INDEX matching_changes_change ON matching_changes (change);
