DROP TABLE idempotency_keys;
DROP TABLE audit_log;
DROP TABLE stays_abroad;
DROP TABLE person_external_ids;
DROP TABLE persons;
DROP TABLE households;
DROP TABLE users;
