-- Applications of jobseekers to labour migration schemes, their moves, the
-- places of each scheme's yearly quota taken, and pre-departure orientation
-- sessions with their attendance.
CREATE TABLE applications (
    id              TEXT PRIMARY KEY,
    jobseeker_id    TEXT NOT NULL REFERENCES jobseekers (id),
    person_id       TEXT NOT NULL REFERENCES persons (id),
    scheme_id       TEXT NOT NULL REFERENCES schemes (id),
    vacancy_id      TEXT REFERENCES vacancies (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    status          TEXT NOT NULL,
    applied_on      DATE NOT NULL,
    quota_year      BIGINT,
    departed_on     DATE,
    due_back_on     DATE,
    returned_on     DATE,
    placement_id    TEXT REFERENCES job_placements (id),
    note            TEXT,
    recorded_by     TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX applications_jobseeker ON applications (jobseeker_id, scheme_id);
-- One open application of a jobseeker to a scheme at a time.
CREATE UNIQUE INDEX applications_open ON applications (jobseeker_id, scheme_id)
    WHERE status IN ('applied', 'shortlisted', 'oriented', 'departed');
CREATE INDEX applications_person ON applications (person_id);
CREATE INDEX applications_scheme ON applications (scheme_id, status, id);
-- The overstays: those abroad or back, by the last day of their term.
CREATE INDEX applications_due_back ON applications (due_back_on, id)
    WHERE due_back_on IS NOT NULL;

CREATE TABLE application_moves (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id),
    action         TEXT NOT NULL,
    from_status    TEXT NOT NULL,
    to_status      TEXT NOT NULL,
    reason         TEXT,
    on_date        DATE,
    moved_by       TEXT NOT NULL REFERENCES users (id),
    moved_at       TIMESTAMP NOT NULL
);
CREATE INDEX application_moves_application ON application_moves (application_id, id);

-- Places of a scheme's quota taken in a calendar year. Shortlisting adds one
-- in a conditional update that refuses to pass the scheme's quota; the CHECK
-- is the backstop against going below zero.
CREATE TABLE scheme_quota_use (
    scheme_id TEXT NOT NULL REFERENCES schemes (id),
    year      BIGINT NOT NULL,
    used      BIGINT NOT NULL DEFAULT 0 CHECK (used >= 0),
    PRIMARY KEY (scheme_id, year)
);

CREATE TABLE orientation_sessions (
    id              TEXT PRIMARY KEY,
    scheme_id       TEXT NOT NULL REFERENCES schemes (id),
    held_on         DATE NOT NULL,
    venue           TEXT NOT NULL,
    topics          TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    recorded_by     TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX orientation_sessions_scheme ON orientation_sessions (scheme_id, id);

CREATE TABLE orientation_attendance (
    session_id     TEXT NOT NULL REFERENCES orientation_sessions (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    recorded_by    TEXT NOT NULL REFERENCES users (id),
    recorded_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, application_id)
);
CREATE INDEX orientation_attendance_application ON orientation_attendance (application_id);
