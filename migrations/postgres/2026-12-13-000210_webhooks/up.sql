-- Webhook subscriptions and the log of their delivery attempts. A
-- subscription follows the change feed from its cursor (cursor_seq: the last
-- event delivered or passed over), one event at a time, in feed order. A
-- failed attempt is retried at next_attempt_at (exponential backoff);
-- failing_since marks the first failure of the current run of them, and a
-- run longer than the give-up time disables the subscription. A node
-- delivering a subscription holds it until leased_until (lease: its token),
-- so that two nodes never deliver the same one at once.
CREATE TABLE webhooks (
    id              TEXT PRIMARY KEY,
    url             TEXT NOT NULL,
    event_types     TEXT NOT NULL,
    description     TEXT,
    secret          TEXT NOT NULL,
    owner_id        TEXT NOT NULL REFERENCES users (id),
    status          TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
    cursor_seq      BIGINT NOT NULL,
    attempts        INTEGER NOT NULL,
    failing_since   TIMESTAMP,
    next_attempt_at TIMESTAMP NOT NULL,
    disabled_at     TIMESTAMP,
    disabled_reason TEXT,
    lease           TEXT,
    leased_until    TIMESTAMP,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX webhooks_owner ON webhooks (owner_id, id);
CREATE INDEX webhooks_due ON webhooks (status, next_attempt_at);

CREATE TABLE webhook_deliveries (
    id           TEXT PRIMARY KEY,
    webhook_id   TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id     TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    event_seq    BIGINT NOT NULL,
    attempt      INTEGER NOT NULL,
    attempted_at TIMESTAMP NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed')),
    status_code  INTEGER,
    latency_ms   BIGINT NOT NULL,
    error        TEXT
);
CREATE INDEX webhook_deliveries_of ON webhook_deliveries (webhook_id, id);
