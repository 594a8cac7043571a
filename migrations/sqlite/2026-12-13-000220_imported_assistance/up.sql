-- Items delivered before integra, imported from earlier records
-- (POST /imports?kind=assistance_history): delivered on their day, counted by
-- the reports like any other, marked as imported.
ALTER TABLE assistance_items ADD COLUMN imported BOOLEAN NOT NULL DEFAULT 0;
