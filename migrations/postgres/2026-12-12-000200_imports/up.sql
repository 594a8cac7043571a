-- Bulk import jobs: what was asked (kind, mode, atomicity), by whom, how far
-- it got, and its report once finished. A job whose node stopped beating
-- (heartbeat_at) while running is taken for interrupted: failed, and with
-- atomic=all nothing of it was written (its transaction never committed).
CREATE TABLE imports (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    mode         TEXT NOT NULL,
    atomic       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    rows_total   BIGINT NOT NULL,
    rows_done    BIGINT NOT NULL,
    report       TEXT,
    error        TEXT,
    created_by   TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    heartbeat_at TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP
);
CREATE INDEX imports_running ON imports (status, heartbeat_at);
