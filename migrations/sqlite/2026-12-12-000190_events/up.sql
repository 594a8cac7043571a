-- The change feed: one row per domain event, written in the transaction of
-- the change. The feed is read in (tx, seq) order. On SQLite one writer at a
-- time commits, so seq alone is commit order: tx is always 0.
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    tx          BIGINT NOT NULL,
    id          TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     BIGINT,
    codes       TEXT NOT NULL
);
CREATE INDEX events_order ON events (tx, seq);
