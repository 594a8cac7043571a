-- Access: organisations, service accounts with hashed client secrets, sign-in
-- throttling shared by every API node, and erasure of persons by anonymisation.

CREATE TABLE organisations (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    country    TEXT NOT NULL,
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- The ministry that runs integra; users created before organisations existed belong to it.
INSERT INTO organisations (id, name, kind, country, active, version, created_at, updated_at)
VALUES ('01900000-0000-7000-8000-000000000001',
        'Ministry of Labour, Health and Social Affairs: Migration Division',
        'ministry', 'GE', TRUE, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- A user is a person (signs in with a password) or a service account of another
-- system (signs in with client credentials and acts within its scopes).
ALTER TABLE users ADD COLUMN organisation_id TEXT REFERENCES organisations (id);
ALTER TABLE users ADD COLUMN kind TEXT NOT NULL DEFAULT 'person';
ALTER TABLE users ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
UPDATE users SET organisation_id = '01900000-0000-7000-8000-000000000001';
-- SQLite cannot make an added column NOT NULL; the application always sets it.
CREATE INDEX users_organisation ON users (organisation_id);

-- Secrets of service accounts: SHA-256 of a random 256-bit secret. Two may be
-- valid at once while a client moves to a new one.
CREATE TABLE client_secrets (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);
CREATE INDEX client_secrets_user ON client_secrets (user_id);

-- Failed sign-ins per account (`account:<name>`) and per address (`address:<ip>`).
CREATE TABLE sign_in_failures (
    key               TEXT PRIMARY KEY,
    failures          INTEGER NOT NULL,
    window_started_at TIMESTAMP NOT NULL,
    blocked_until     TIMESTAMP
);

ALTER TABLE persons ADD COLUMN erased_at TIMESTAMP;

-- Who erased a person's data, when and why.
CREATE TABLE erasures (
    person_id TEXT PRIMARY KEY REFERENCES persons (id),
    erased_by TEXT NOT NULL REFERENCES users (id),
    reason    TEXT NOT NULL,
    erased_at TIMESTAMP NOT NULL
);
