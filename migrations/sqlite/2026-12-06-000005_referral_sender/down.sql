DROP INDEX referrals_sender;
ALTER TABLE referrals DROP COLUMN sender_organisation_id;
ALTER TABLE assistance_items DROP COLUMN corrections_tetri;
