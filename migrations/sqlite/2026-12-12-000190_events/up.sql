-- The change feed: one row per domain event, written at the end of the
-- transaction of its change. On SQLite one writer at a time commits, so the
-- order of seq is the order of commits.
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     BIGINT,
    codes       TEXT NOT NULL
);
