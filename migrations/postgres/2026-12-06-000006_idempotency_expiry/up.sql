-- Idempotency answers: what they are about, and how a replay is checked again.
--
-- record_type/record_id name the record an answer echoes (the first record the
-- operation's audit entries name), so that an erasure removes the answers about
-- the person and a replay is audited as the read it is. checks are the
-- permission checks the operation passed (JSON), made again on a replay.
-- withheld: the answer carried a secret and was not kept; the key still stops a
-- second run. Stored answers expire (INTEGRA_IDEMPOTENCY_RETENTION) and are
-- purged by created_at (index idempotency_keys_created).
ALTER TABLE idempotency_keys ADD COLUMN record_type TEXT;
ALTER TABLE idempotency_keys ADD COLUMN record_id TEXT;
ALTER TABLE idempotency_keys ADD COLUMN checks TEXT;
ALTER TABLE idempotency_keys ADD COLUMN withheld BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX idempotency_keys_record ON idempotency_keys (record_type, record_id);
