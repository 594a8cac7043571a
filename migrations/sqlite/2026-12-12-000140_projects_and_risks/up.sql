-- Projects steered by the committee, and their risks (score = likelihood x
-- impact, kept as a column so that lists order by it).
CREATE TABLE projects (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    objective  TEXT NOT NULL,
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL CHECK (ends_on >= starts_on),
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE risks (
    id                    TEXT PRIMARY KEY,
    project_id            TEXT NOT NULL REFERENCES projects (id),
    description           TEXT NOT NULL,
    likelihood            BIGINT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact                BIGINT NOT NULL CHECK (impact BETWEEN 1 AND 5),
    score                 BIGINT NOT NULL CHECK (score = likelihood * impact),
    owner_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    mitigation            TEXT,
    status                TEXT NOT NULL,
    reviewed_on           DATE,
    version               BIGINT NOT NULL,
    created_at            TIMESTAMP NOT NULL,
    updated_at            TIMESTAMP NOT NULL
);
CREATE INDEX risks_project_score ON risks (project_id, score DESC, id);
