-- Field research: questionnaires (a code names the series, each edition a
-- row; the questions as a JSON array; a draft changes, a published one never
-- does; at most one draft per code) and the responses collected with them
-- (answers as a JSON object by question key; a person only when they agreed
-- to be named).
CREATE TABLE questionnaires (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL,
    edition      BIGINT NOT NULL CHECK (edition >= 1),
    study        TEXT NOT NULL,
    title_ka     TEXT NOT NULL,
    title_en     TEXT NOT NULL,
    questions    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    published_at TIMESTAMP,
    recorded_by  TEXT REFERENCES users (id),
    version      BIGINT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    UNIQUE (code, edition),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE UNIQUE INDEX questionnaires_one_draft ON questionnaires (code) WHERE status = 'draft';

CREATE TABLE survey_responses (
    id               TEXT PRIMARY KEY,
    questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
    person_id        TEXT REFERENCES persons (id),
    organisation_id  TEXT NOT NULL REFERENCES organisations (id),
    collected_on     DATE NOT NULL,
    answers          TEXT NOT NULL,
    recorded_by      TEXT NOT NULL REFERENCES users (id),
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);
CREATE INDEX survey_responses_questionnaire ON survey_responses (questionnaire_id, collected_on);
CREATE INDEX survey_responses_person ON survey_responses (person_id);
