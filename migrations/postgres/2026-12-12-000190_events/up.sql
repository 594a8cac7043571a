-- The change feed: one row per domain event, written at the end of the
-- transaction of its change, under a transaction-scoped advisory lock taken
-- just before: seq is drawn under the lock, which is released only once the
-- transaction has committed, so the order of seq is the order of commits and
-- a reader that has seen seq N has seen every event before it, whichever
-- node wrote them.
CREATE TABLE events (
    seq         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     BIGINT,
    codes       TEXT NOT NULL
);
