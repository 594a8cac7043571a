-- Jobseeker profiles of the labour migration stream: one per person. Lists
-- (occupations, skills, languages, certificates, preferences) are JSON arrays.
CREATE TABLE jobseekers (
    id                  TEXT PRIMARY KEY,
    person_id           TEXT NOT NULL UNIQUE REFERENCES persons (id),
    organisation_id     TEXT NOT NULL REFERENCES organisations (id),
    isced_level         BIGINT NOT NULL CHECK (isced_level BETWEEN 0 AND 8),
    education_field     TEXT,
    occupations         TEXT NOT NULL,
    skills              TEXT NOT NULL,
    languages           TEXT NOT NULL,
    certificates        TEXT NOT NULL,
    experience_months   BIGINT NOT NULL,
    preferred_countries TEXT NOT NULL,
    preferred_sectors   TEXT NOT NULL,
    close_relatives_in  TEXT NOT NULL,
    available_from      DATE,
    available_to        DATE,
    note                TEXT,
    registered_by       TEXT NOT NULL REFERENCES users (id),
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL
);
