-- Name search without a scan: a trigram index (FTS5) over persons.name_search.
--
-- The FTS5 table stores no text of its own (contentless) and is keyed by the
-- integer key of person_name_keys: persons has a text primary key, and the
-- implicit rowid of such a table may change on VACUUM, so it cannot be the key.
-- Deleted names are removed from the index at once (contentless_delete,
-- secure-delete), so an erased name leaves no trigrams behind.
CREATE TABLE person_name_keys (
    key       INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE REFERENCES persons (id) ON DELETE CASCADE
);

CREATE VIRTUAL TABLE person_name_fts USING fts5 (
    name_search,
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram'
);
INSERT INTO person_name_fts (person_name_fts, rank) VALUES ('secure-delete', 1);

INSERT INTO person_name_keys (person_id) SELECT id FROM persons ORDER BY id;
INSERT INTO person_name_fts (rowid, name_search)
    SELECT k.key, p.name_search FROM person_name_keys k JOIN persons p ON p.id = k.person_id;

CREATE TRIGGER person_name_inserted AFTER INSERT ON persons BEGIN
    INSERT INTO person_name_keys (person_id) VALUES (new.id);
    INSERT INTO person_name_fts (rowid, name_search)
        VALUES ((SELECT key FROM person_name_keys WHERE person_id = new.id), new.name_search);
END;

CREATE TRIGGER person_name_updated AFTER UPDATE OF name_search ON persons
WHEN new.name_search IS NOT old.name_search BEGIN
    DELETE FROM person_name_fts
        WHERE rowid = (SELECT key FROM person_name_keys WHERE person_id = old.id);
    INSERT INTO person_name_fts (rowid, name_search)
        VALUES ((SELECT key FROM person_name_keys WHERE person_id = new.id), new.name_search);
END;

CREATE TRIGGER person_name_deleted AFTER DELETE ON persons BEGIN
    DELETE FROM person_name_fts
        WHERE rowid = (SELECT key FROM person_name_keys WHERE person_id = old.id);
    DELETE FROM person_name_keys WHERE person_id = old.id;
END;
