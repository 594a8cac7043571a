-- Issue 12, record 1: a recorded contact with a person about a programme. A
-- service record: it belongs to the organisation of whoever recorded it. It
-- holds no free text, so an erasure keeps it whole (reports count it).
CREATE TABLE contacts (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES persons (id),
    programme_id    TEXT NOT NULL REFERENCES programmes (id),
    -- the organisation whose staff see the contact: the recording caller's
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    contacted_on    DATE NOT NULL,
    channel         TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    recorded_by     TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
-- The list's filters, and the report's period scans (by programme, by organisation).
CREATE INDEX contacts_person ON contacts (person_id, contacted_on);
CREATE INDEX contacts_programme ON contacts (programme_id, contacted_on, person_id);
CREATE INDEX contacts_organisation ON contacts (organisation_id, contacted_on);
CREATE INDEX contacts_contacted ON contacts (contacted_on, person_id);
