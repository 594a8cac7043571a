-- Bulk writes (imports) index the names of the persons they add once, at the
-- end of their transaction, rather than row by row.
--
-- Every statement of a transaction that has written to an FTS5 table makes it
-- flush its pending index to disk first (the statement's savepoint), so an
-- import adding persons 500 at a time wrote the index in hundreds of small
-- segments and merged them again (a third of its time). While
-- name_index_mode.deferred_after holds a key, new persons get their key but
-- no index entry; the import then indexes every key after it in one
-- statement and clears the mode, in its own transaction (so no one else ever
-- sees the mode set, and a rollback undoes both).
CREATE TABLE name_index_mode (
    only           INTEGER PRIMARY KEY CHECK (only = 1),
    deferred_after INTEGER
);
INSERT INTO name_index_mode (only, deferred_after) VALUES (1, NULL);

DROP TRIGGER person_name_inserted;
CREATE TRIGGER person_name_inserted AFTER INSERT ON persons
WHEN (SELECT deferred_after FROM name_index_mode) IS NULL BEGIN
    INSERT INTO person_name_keys (person_id) VALUES (new.id);
    INSERT INTO person_name_fts (rowid, name_search)
        VALUES ((SELECT key FROM person_name_keys WHERE person_id = new.id), new.name_search);
END;
CREATE TRIGGER person_name_inserted_deferred AFTER INSERT ON persons
WHEN (SELECT deferred_after FROM name_index_mode) IS NOT NULL BEGIN
    INSERT INTO person_name_keys (person_id) VALUES (new.id);
END;

-- A name changed while deferred is indexed now only if it was indexed
-- before (a person added by the same bulk write is indexed at its end).
DROP TRIGGER person_name_updated;
CREATE TRIGGER person_name_updated AFTER UPDATE OF name_search ON persons
WHEN new.name_search IS NOT old.name_search
 AND (SELECT key FROM person_name_keys WHERE person_id = old.id)
     <= COALESCE((SELECT deferred_after FROM name_index_mode), 9223372036854775807) BEGIN
    DELETE FROM person_name_fts
        WHERE rowid = (SELECT key FROM person_name_keys WHERE person_id = old.id);
    INSERT INTO person_name_fts (rowid, name_search)
        VALUES ((SELECT key FROM person_name_keys WHERE person_id = new.id), new.name_search);
END;
