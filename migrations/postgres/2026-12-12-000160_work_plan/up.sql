-- A project's work plan: activities, the organisation responsible, planned
-- and actual dates, a status, and the outputs they serve (a JSON array of
-- logic element ids).
CREATE TABLE activities (
    id                          TEXT PRIMARY KEY,
    project_id                  TEXT NOT NULL REFERENCES projects (id),
    title                       TEXT NOT NULL,
    responsible_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    planned_start               DATE NOT NULL,
    planned_end                 DATE NOT NULL CHECK (planned_end >= planned_start),
    actual_start                DATE,
    actual_end                  DATE CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    status                      TEXT NOT NULL,
    output_ids                  TEXT NOT NULL,
    version                     BIGINT NOT NULL,
    created_at                  TIMESTAMP NOT NULL,
    updated_at                  TIMESTAMP NOT NULL
);
CREATE INDEX activities_project ON activities (project_id, planned_start);
