-- Vacancies at home or abroad (under a scheme); requirements are a rule-set
-- document (JSON), or null.
CREATE TABLE vacancies (
    id                       TEXT PRIMARY KEY,
    title                    TEXT NOT NULL,
    kind                     TEXT NOT NULL,
    scheme_id                TEXT REFERENCES schemes (id),
    country                  TEXT NOT NULL,
    employer_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    occupation               TEXT NOT NULL,
    requirements             TEXT,
    places                   BIGINT NOT NULL,
    deadline                 DATE NOT NULL,
    status                   TEXT NOT NULL,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP NOT NULL,
    updated_at               TIMESTAMP NOT NULL
);
CREATE INDEX vacancies_status ON vacancies (status, id);
