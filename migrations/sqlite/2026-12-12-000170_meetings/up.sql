-- Committee meetings of a project (members, agenda and decisions as JSON
-- arrays) and their action items, one row each, so that the overdue ones
-- can be listed and each marked done.
CREATE TABLE meetings (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    held_on    DATE NOT NULL,
    kind       TEXT NOT NULL,
    members    TEXT NOT NULL,
    agenda     TEXT NOT NULL,
    decisions  TEXT NOT NULL,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX meetings_project ON meetings (project_id, held_on);

CREATE TABLE action_items (
    id                    TEXT PRIMARY KEY,
    meeting_id            TEXT NOT NULL REFERENCES meetings (id),
    project_id            TEXT NOT NULL REFERENCES projects (id),
    text                  TEXT NOT NULL,
    owner_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    due_on                DATE NOT NULL,
    done_on               DATE,
    version               BIGINT NOT NULL,
    created_at            TIMESTAMP NOT NULL,
    updated_at            TIMESTAMP NOT NULL
);
CREATE INDEX action_items_project ON action_items (project_id, due_on);
CREATE INDEX action_items_meeting ON action_items (meeting_id);
