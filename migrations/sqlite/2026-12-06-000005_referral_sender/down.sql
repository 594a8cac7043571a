ALTER TABLE assistance_items DROP COLUMN corrections_tetri;
