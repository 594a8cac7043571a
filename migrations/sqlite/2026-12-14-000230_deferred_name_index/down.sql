DROP TRIGGER person_name_updated;
CREATE TRIGGER person_name_updated AFTER UPDATE OF name_search ON persons
WHEN new.name_search IS NOT old.name_search BEGIN
    DELETE FROM person_name_fts
        WHERE rowid = (SELECT key FROM person_name_keys WHERE person_id = old.id);
    INSERT INTO person_name_fts (rowid, name_search)
        VALUES ((SELECT key FROM person_name_keys WHERE person_id = new.id), new.name_search);
END;
DROP TRIGGER person_name_inserted_deferred;
DROP TRIGGER person_name_inserted;
CREATE TRIGGER person_name_inserted AFTER INSERT ON persons BEGIN
    INSERT INTO person_name_keys (person_id) VALUES (new.id);
    INSERT INTO person_name_fts (rowid, name_search)
        VALUES ((SELECT key FROM person_name_keys WHERE person_id = new.id), new.name_search);
END;
DROP TABLE name_index_mode;
