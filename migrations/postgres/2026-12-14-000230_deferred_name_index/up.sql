-- SQLite only (its FTS5 name index is written row by row); PostgreSQL's trigram
-- index needs nothing. The same version on both backends; a statement, as an
-- empty migration is refused.
SELECT 1;
