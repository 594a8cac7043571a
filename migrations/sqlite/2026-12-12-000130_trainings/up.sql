-- Trainings of officials and their participants (capacity building). A
-- participant is a user or an official named with their organisation;
-- `official_key` says who, the same way for every training ("user:<id>", or
-- "named:<organisation id>:<name lower-cased>"), so that an official is
-- counted once however many trainings they attend, and recorded once per
-- training.
CREATE TABLE trainings (
    id                        TEXT PRIMARY KEY,
    title                     TEXT NOT NULL,
    topic                     TEXT NOT NULL,
    starts_on                 DATE NOT NULL,
    ends_on                   DATE NOT NULL CHECK (ends_on >= starts_on),
    organiser_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    venue                     TEXT NOT NULL,
    recorded_by               TEXT NOT NULL REFERENCES users (id),
    version                   BIGINT NOT NULL,
    created_at                TIMESTAMP NOT NULL,
    updated_at                TIMESTAMP NOT NULL
);
CREATE INDEX trainings_period ON trainings (ends_on, starts_on);

CREATE TABLE training_participants (
    id              TEXT PRIMARY KEY,
    training_id     TEXT NOT NULL REFERENCES trainings (id),
    official_key    TEXT NOT NULL,
    user_id         TEXT REFERENCES users (id),
    name            TEXT,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    position        TEXT,
    attended        BOOLEAN NOT NULL,
    pre_test        BIGINT CHECK (pre_test BETWEEN 0 AND 100),
    post_test       BIGINT CHECK (post_test BETWEEN 0 AND 100),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    CHECK ((user_id IS NULL) <> (name IS NULL)),
    UNIQUE (training_id, official_key)
);
