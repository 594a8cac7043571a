-- Issue 12, records 4 to 6: job placements, social enterprises (their
-- implementing partners, the beneficiaries they enrol, the job places they
-- create) and movement assistance for foreign migrants.
--
-- Placements, beneficiaries and job places are service records: each keeps the
-- organisation that recorded it (organisation_id), whose staff see it. Free
-- text about a person (note) is erased with the person's data; what reports
-- count (dates, kinds, terms, countries, counts) stays.

CREATE TABLE job_placements (
    id                       TEXT PRIMARY KEY,
    person_id                TEXT NOT NULL REFERENCES persons (id),
    organisation_id          TEXT NOT NULL REFERENCES organisations (id),
    location                 TEXT NOT NULL,
    country                  TEXT,
    employer_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    term                     TEXT NOT NULL,
    starts_on                DATE NOT NULL,
    ends_on                  DATE,
    programme_id             TEXT REFERENCES programmes (id),
    note                     TEXT,
    recorded_by              TEXT NOT NULL REFERENCES users (id),
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP NOT NULL,
    updated_at               TIMESTAMP NOT NULL
);
CREATE INDEX job_placements_organisation ON job_placements (organisation_id, id);
CREATE INDEX job_placements_person ON job_placements (person_id, id);
-- "Persons helped into employment": distinct persons with a placement started
-- in the period (the index covers the count), and the list's date filter.
CREATE INDEX job_placements_started ON job_placements (starts_on, person_id);
CREATE INDEX job_placements_programme ON job_placements (programme_id, starts_on);

-- The version of a social enterprise's partner set (a row once it was first set).
CREATE TABLE social_enterprises (
    organisation_id  TEXT PRIMARY KEY REFERENCES organisations (id),
    partners_version BIGINT NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);

CREATE TABLE social_enterprise_partners (
    social_enterprise_id    TEXT NOT NULL REFERENCES organisations (id),
    partner_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (social_enterprise_id, partner_organisation_id)
);

CREATE TABLE social_enterprise_beneficiaries (
    id                   TEXT PRIMARY KEY,
    social_enterprise_id TEXT NOT NULL REFERENCES organisations (id),
    person_id            TEXT NOT NULL REFERENCES persons (id),
    organisation_id      TEXT NOT NULL REFERENCES organisations (id),
    programme            TEXT NOT NULL,
    started_on           DATE NOT NULL,
    completed_on         DATE,
    note                 TEXT,
    recorded_by          TEXT NOT NULL REFERENCES users (id),
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE INDEX social_enterprise_beneficiaries_enterprise
    ON social_enterprise_beneficiaries (social_enterprise_id, id);
CREATE INDEX social_enterprise_beneficiaries_organisation
    ON social_enterprise_beneficiaries (organisation_id, id);
CREATE INDEX social_enterprise_beneficiaries_person
    ON social_enterprise_beneficiaries (person_id, id);
CREATE INDEX social_enterprise_beneficiaries_started
    ON social_enterprise_beneficiaries (started_on, social_enterprise_id, person_id);

CREATE TABLE job_places (
    id                   TEXT PRIMARY KEY,
    social_enterprise_id TEXT NOT NULL REFERENCES organisations (id),
    organisation_id      TEXT NOT NULL REFERENCES organisations (id),
    term                 TEXT NOT NULL,
    created_on           DATE NOT NULL,
    places               BIGINT NOT NULL CHECK (places >= 1),
    recorded_by          TEXT NOT NULL REFERENCES users (id),
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE INDEX job_places_enterprise ON job_places (social_enterprise_id, id);
CREATE INDEX job_places_organisation ON job_places (organisation_id, id);
CREATE INDEX job_places_created ON job_places (created_on, term, places);

-- Movement assistance, on the person's record like a stay abroad. The kinds of
-- help are one flag each, so that reports count them without parsing.
CREATE TABLE movements (
    id                      TEXT PRIMARY KEY,
    person_id               TEXT NOT NULL REFERENCES persons (id),
    departed_on             DATE NOT NULL,
    destination_country     TEXT NOT NULL,
    kind                    TEXT NOT NULL,
    help_ticket             BOOLEAN NOT NULL,
    help_escort             BOOLEAN NOT NULL,
    help_travel_documents   BOOLEAN NOT NULL,
    help_reception_arranged BOOLEAN NOT NULL,
    organisation_id         TEXT NOT NULL REFERENCES organisations (id),
    note                    TEXT,
    recorded_by             TEXT NOT NULL REFERENCES users (id),
    version                 BIGINT NOT NULL,
    created_at              TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP NOT NULL
);
CREATE INDEX movements_person ON movements (person_id, id);
CREATE INDEX movements_departed ON movements (departed_on, person_id);
