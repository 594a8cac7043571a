-- Reintegration: rule sets, programmes and their budgets, cases, assessments,
-- assistance, referrals and follow-ups. Money is integer tetri (1 GEL = 100 tetri).

-- A rule set and its versions: a draft is edited, a published version never changes.
CREATE TABLE rule_sets (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE rule_set_versions (
    rule_set_id  TEXT NOT NULL REFERENCES rule_sets (id),
    number       BIGINT NOT NULL,
    status       TEXT NOT NULL,
    document     TEXT NOT NULL,
    created_by   TEXT REFERENCES users (id),
    created_at   TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    PRIMARY KEY (rule_set_id, number)
);

CREATE TABLE programmes (
    id                       TEXT PRIMARY KEY,
    code                     TEXT NOT NULL UNIQUE,
    name_ka                  TEXT NOT NULL,
    name_en                  TEXT NOT NULL,
    stream                   TEXT NOT NULL,
    status                   TEXT NOT NULL,
    starts_on                DATE NOT NULL,
    ends_on                  DATE NOT NULL,
    application_opens_on     DATE,
    application_closes_on    DATE,
    budget_tetri             BIGINT NOT NULL,
    -- approved plus delivered assistance; the database refuses to overspend
    committed_tetri          BIGINT NOT NULL DEFAULT 0,
    approval_threshold_tetri BIGINT NOT NULL,
    rule_set_id              TEXT NOT NULL REFERENCES rule_sets (id),
    -- the published version of the rule set the programme applies
    rule_set_version         BIGINT NOT NULL,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP NOT NULL,
    updated_at               TIMESTAMP NOT NULL,
    CHECK (committed_tetri >= 0 AND committed_tetri <= budget_tetri),
    CHECK (ends_on >= starts_on)
);

CREATE TABLE programme_catalogue (
    programme_id            TEXT NOT NULL REFERENCES programmes (id),
    assistance_type         TEXT NOT NULL,
    cap_per_person_tetri    BIGINT,
    cap_per_household_tetri BIGINT,
    PRIMARY KEY (programme_id, assistance_type)
);

CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES persons (id),
    programme_id    TEXT NOT NULL REFERENCES programmes (id),
    -- the organisation whose case workers see the case
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    status          TEXT NOT NULL,
    outcome         TEXT,
    registered_on   DATE NOT NULL,
    plan_due_on     DATE NOT NULL,
    assigned_to     TEXT REFERENCES users (id),
    created_by      TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
-- One open case per person per programme.
CREATE UNIQUE INDEX cases_one_open ON cases (person_id, programme_id) WHERE status <> 'closed';
CREATE INDEX cases_programme ON cases (programme_id, status);
CREATE INDEX cases_organisation ON cases (organisation_id, status);
CREATE INDEX cases_assigned ON cases (assigned_to);

CREATE TABLE case_transitions (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    outcome     TEXT,
    reason      TEXT NOT NULL,
    -- an admin moved the case against its latest assessment
    override    BOOLEAN NOT NULL DEFAULT FALSE,
    actor_id    TEXT NOT NULL REFERENCES users (id),
    occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX case_transitions_case ON case_transitions (case_id);

CREATE TABLE case_notes (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    text       TEXT NOT NULL,
    author_id  TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id);

-- An eligibility check of a case, as it was: never changed.
CREATE TABLE assessments (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id),
    rule_set_id      TEXT NOT NULL REFERENCES rule_sets (id),
    rule_set_version BIGINT NOT NULL,
    assessed_on      DATE NOT NULL,
    eligible         BOOLEAN NOT NULL,
    facts            TEXT NOT NULL,
    results          TEXT NOT NULL,
    assessed_by      TEXT NOT NULL REFERENCES users (id),
    created_at       TIMESTAMP NOT NULL
);
CREATE INDEX assessments_case ON assessments (case_id, id);

CREATE TABLE assistance_items (
    id                       TEXT PRIMARY KEY,
    case_id                  TEXT NOT NULL REFERENCES cases (id),
    person_id                TEXT NOT NULL REFERENCES persons (id),
    programme_id             TEXT NOT NULL REFERENCES programmes (id),
    -- the person's household when proposed (caps per household)
    household_id             TEXT REFERENCES households (id),
    assistance_type          TEXT NOT NULL,
    amount_tetri             BIGINT,
    in_kind                  BOOLEAN NOT NULL,
    status                   TEXT NOT NULL,
    provider_organisation_id TEXT REFERENCES organisations (id),
    corrects_id              TEXT REFERENCES assistance_items (id),
    description              TEXT,
    proposed_by              TEXT NOT NULL REFERENCES users (id),
    decided_by               TEXT REFERENCES users (id),
    delivered_on             DATE,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP NOT NULL,
    updated_at               TIMESTAMP NOT NULL
);
CREATE INDEX assistance_items_case ON assistance_items (case_id);
CREATE INDEX assistance_items_person ON assistance_items (programme_id, person_id, assistance_type);
CREATE INDEX assistance_items_household ON assistance_items (programme_id, household_id, assistance_type);

CREATE TABLE assistance_co_beneficiaries (
    assistance_id TEXT NOT NULL REFERENCES assistance_items (id),
    person_id     TEXT NOT NULL REFERENCES persons (id),
    PRIMARY KEY (assistance_id, person_id)
);

-- Every step of an item: who, when, why.
CREATE TABLE assistance_actions (
    id            TEXT PRIMARY KEY,
    assistance_id TEXT NOT NULL REFERENCES assistance_items (id),
    action        TEXT NOT NULL,
    reason        TEXT,
    actor_id      TEXT NOT NULL REFERENCES users (id),
    occurred_at   TIMESTAMP NOT NULL
);
CREATE INDEX assistance_actions_item ON assistance_actions (assistance_id);

CREATE TABLE referrals (
    id              TEXT PRIMARY KEY,
    case_id         TEXT REFERENCES cases (id),
    person_id       TEXT NOT NULL REFERENCES persons (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    service         TEXT NOT NULL,
    note            TEXT,
    status          TEXT NOT NULL,
    reason          TEXT,
    outcome         TEXT,
    created_by      TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX referrals_organisation ON referrals (organisation_id, status);
CREATE INDEX referrals_case ON referrals (case_id);

CREATE TABLE follow_ups (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    point        TEXT NOT NULL,
    conducted_on DATE NOT NULL,
    answers      TEXT NOT NULL,
    economic     REAL,
    social       REAL,
    psychosocial REAL,
    overall      REAL,
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP NOT NULL,
    UNIQUE (case_id, point)
);
