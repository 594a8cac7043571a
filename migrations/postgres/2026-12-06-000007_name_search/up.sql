-- Name search without a scan: a trigram index (pg_trgm, GIN) over
-- persons.name_search, which the LIKE '%word%' filters of the search use.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX persons_name_trigrams ON persons USING gin (name_search gin_trgm_ops);
