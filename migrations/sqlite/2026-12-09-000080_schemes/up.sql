-- Labour migration schemes; their conditions are a published rule set version.
CREATE TABLE schemes (
    id                      TEXT PRIMARY KEY,
    name_ka                 TEXT NOT NULL,
    name_en                 TEXT NOT NULL,
    destination_country     TEXT NOT NULL,
    sector                  TEXT NOT NULL,
    partner_organisation_id TEXT REFERENCES organisations (id),
    seasonal                BOOLEAN NOT NULL,
    max_stay_days           BIGINT NOT NULL,
    quota_per_year          BIGINT NOT NULL,
    applications_open_from  DATE,
    applications_open_until DATE,
    status                  TEXT NOT NULL,
    rule_set_id             TEXT NOT NULL REFERENCES rule_sets (id),
    rule_set_version        BIGINT NOT NULL,
    version                 BIGINT NOT NULL,
    created_at              TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP NOT NULL
);
CREATE INDEX schemes_status ON schemes (status, id);
