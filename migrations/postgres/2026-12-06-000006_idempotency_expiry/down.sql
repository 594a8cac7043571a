DROP INDEX idempotency_keys_record;
ALTER TABLE idempotency_keys DROP COLUMN withheld;
ALTER TABLE idempotency_keys DROP COLUMN checks;
ALTER TABLE idempotency_keys DROP COLUMN record_id;
ALTER TABLE idempotency_keys DROP COLUMN record_type;
