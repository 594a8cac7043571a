-- The foundation: users, the person registry, households, stays abroad,
-- the audit log and idempotency keys. Ids are UUID v7 text; timestamps are UTC.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    display_name  TEXT,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       BIGINT NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);

CREATE TABLE households (
    id         TEXT PRIMARY KEY,
    name       TEXT,
    region     TEXT,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE persons (
    id                  TEXT PRIMARY KEY,
    personal_number     TEXT UNIQUE,
    given_name          TEXT NOT NULL,
    family_name         TEXT NOT NULL,
    -- given and family name, lower-cased by the application (Unicode, on both backends)
    name_search         TEXT NOT NULL,
    date_of_birth       DATE,
    sex                 TEXT,
    citizenship         TEXT,
    residence_status    TEXT,
    region              TEXT,
    phone               TEXT,
    household_id        TEXT REFERENCES households (id),
    household_joined_at TIMESTAMP,
    -- the household's version when the person joined: members in order of joining
    household_position  BIGINT,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL
);
CREATE INDEX persons_date_of_birth ON persons (date_of_birth);
CREATE INDEX persons_region ON persons (region);
CREATE INDEX persons_citizenship ON persons (citizenship);
CREATE INDEX persons_household ON persons (household_id);

CREATE TABLE person_external_ids (
    system    TEXT NOT NULL,
    value     TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons (id),
    PRIMARY KEY (system, value),
    UNIQUE (person_id, system)
);

CREATE TABLE stays_abroad (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES persons (id),
    country      TEXT NOT NULL,
    start_date   DATE NOT NULL,
    end_date     DATE,
    legal_status TEXT NOT NULL,
    return_type  TEXT,
    version      BIGINT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX stays_abroad_person ON stays_abroad (person_id, start_date);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor_id    TEXT,
    action      TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id   TEXT,
    request_id  TEXT
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id);

CREATE TABLE idempotency_keys (
    principal_id     TEXT NOT NULL,
    key              TEXT NOT NULL,
    request_hash     TEXT NOT NULL,
    status           INTEGER,
    response_headers TEXT,
    response_body    BYTEA,
    created_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (principal_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
