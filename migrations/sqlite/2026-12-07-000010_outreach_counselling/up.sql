-- Issue 12, records 2 and 3: outreach events and counselling sessions, each
-- kept by the organisation that recorded it (its staff see it).

-- An outreach event and the number of people it reached; no persons.
CREATE TABLE outreach_events (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    held_on         DATE NOT NULL,
    region          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    people_reached  BIGINT NOT NULL CHECK (people_reached >= 0),
    programme_id    TEXT REFERENCES programmes (id),
    title           TEXT,
    recorded_by     TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
-- Reports sum people reached over a period (by region); lists filter by the
-- organisation, the programme and the period.
CREATE INDEX outreach_events_held_on ON outreach_events (held_on, region, people_reached);
CREATE INDEX outreach_events_organisation ON outreach_events (organisation_id, held_on);
CREATE INDEX outreach_events_programme ON outreach_events (programme_id, held_on);

-- A counselling session; the person is optional (anonymous sessions).
CREATE TABLE counselling_sessions (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    held_on         DATE NOT NULL,
    stream          TEXT NOT NULL,
    topic           TEXT NOT NULL,
    person_id       TEXT REFERENCES persons (id),
    programme_id    TEXT REFERENCES programmes (id),
    recorded_by     TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
-- "Persons counselled" over a period = distinct identified persons + anonymous
-- sessions: both counts are answered from this index alone.
CREATE INDEX counselling_sessions_held_on ON counselling_sessions (held_on, person_id);
CREATE INDEX counselling_sessions_organisation ON counselling_sessions (organisation_id, held_on);
CREATE INDEX counselling_sessions_person ON counselling_sessions (person_id, held_on);
CREATE INDEX counselling_sessions_programme ON counselling_sessions (programme_id, held_on);
