-- The change feed: one row per domain event, written in the transaction of
-- the change. The feed is read in (tx, seq) order, tx being the writing
-- transaction's id (pg_current_xact_id()): readers return only events of
-- transactions older than every transaction still running (the xmin of
-- their snapshot), so a cursor never passes a transaction that may still
-- commit, and concurrent writers on several nodes lose nothing.
CREATE TABLE events (
    seq         BIGSERIAL PRIMARY KEY,
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
