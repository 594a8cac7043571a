DROP TRIGGER person_name_deleted;
DROP TRIGGER person_name_updated;
DROP TRIGGER person_name_inserted;
DROP TABLE person_name_fts;
DROP TABLE person_name_keys;
