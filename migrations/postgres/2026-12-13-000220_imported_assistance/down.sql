ALTER TABLE assistance_items DROP COLUMN imported;
