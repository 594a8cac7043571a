-- The integration of immigrants: residence permits on a foreigner's record
-- (like stays abroad), and integration services delivered (service records,
-- held by the organisation that recorded them).
CREATE TABLE residence_permits (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES persons (id),
    permit_type       TEXT NOT NULL,
    number            TEXT NOT NULL,
    issued_on         DATE NOT NULL,
    valid_until       DATE,
    issuing_authority TEXT NOT NULL,
    note              TEXT,
    recorded_by       TEXT NOT NULL REFERENCES users (id),
    version           BIGINT NOT NULL,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL
);
CREATE INDEX residence_permits_person ON residence_permits (person_id, id);
-- Permits expiring soon, soonest first.
CREATE INDEX residence_permits_expiring ON residence_permits (valid_until, id);

CREATE TABLE integration_services (
    id                       TEXT PRIMARY KEY,
    person_id                TEXT NOT NULL REFERENCES persons (id),
    organisation_id          TEXT NOT NULL REFERENCES organisations (id),
    service_type             TEXT NOT NULL,
    provider_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    starts_on                DATE NOT NULL,
    ends_on                  DATE,
    -- Hours in half-hour steps, as a whole number of half hours (sums are exact).
    half_hours               BIGINT NOT NULL CHECK (half_hours > 0),
    outcome                  TEXT NOT NULL,
    note                     TEXT,
    recorded_by              TEXT NOT NULL REFERENCES users (id),
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP NOT NULL,
    updated_at               TIMESTAMP NOT NULL
);
CREATE INDEX integration_services_organisation ON integration_services (organisation_id, id);
CREATE INDEX integration_services_person ON integration_services (person_id, id);
CREATE INDEX integration_services_started ON integration_services (starts_on, person_id);
