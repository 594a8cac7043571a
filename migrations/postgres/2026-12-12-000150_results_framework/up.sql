-- A project's results framework: the elements of its programme logic
-- (outcomes, outputs under an outcome, assumptions), indicators on the
-- objective (no element) or an element, bound to a report figure (the
-- `figure_*` columns) or measured by hand (their measurements).
CREATE TABLE logic_elements (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    kind       TEXT NOT NULL,
    parent_id  TEXT REFERENCES logic_elements (id),
    code       TEXT NOT NULL,
    statement  TEXT NOT NULL,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (project_id, kind, code)
);

CREATE TABLE indicators (
    id                  TEXT PRIMARY KEY,
    project_id          TEXT NOT NULL REFERENCES projects (id),
    element_id          TEXT REFERENCES logic_elements (id),
    name                TEXT NOT NULL,
    unit                TEXT NOT NULL,
    baseline            DOUBLE PRECISION NOT NULL,
    target              DOUBLE PRECISION NOT NULL,
    target_date         DATE NOT NULL,
    figure_report       TEXT,
    figure_id           TEXT,
    figure_programme_id TEXT,
    figure_region       TEXT,
    figure_sex          TEXT,
    figure_age_band     TEXT,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    CHECK ((figure_report IS NULL) = (figure_id IS NULL))
);
CREATE INDEX indicators_project ON indicators (project_id);

CREATE TABLE indicator_measurements (
    id           TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicators (id),
    measured_on  DATE NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    source       TEXT NOT NULL,
    note         TEXT,
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX indicator_measurements_day ON indicator_measurements (indicator_id, measured_on);
