-- Issue 11, items 4 and 6 (one migration folder for the money helper's changes).

-- Item 4: what the approved and delivered corrections of an item add up to, kept
-- on the corrected item so that approving (or cancelling) a correction moves it
-- in one conditional UPDATE: the corrected total never goes below zero, even
-- under concurrent approvals. Backfilled from the corrections committed so far.
ALTER TABLE assistance_items ADD COLUMN corrections_tetri BIGINT NOT NULL DEFAULT 0;
UPDATE assistance_items SET corrections_tetri = COALESCE((
    SELECT SUM(c.amount_tetri) FROM assistance_items c
    WHERE c.corrects_id = assistance_items.id AND c.status IN ('approved', 'delivered')
), 0);

-- Item 6: the organisation a referral was sent from, kept on the referral: the
-- referring agency's visibility follows it, not the sender's organisation of
-- the day (moving a user elsewhere moves none of the referrals they sent).
-- NULL for a sender without an organisation. Backfilled from the senders'
-- organisations now, the best that is known.
-- (No REFERENCES here: SQLite could not drop the column again in down.sql.)
ALTER TABLE referrals ADD COLUMN sender_organisation_id TEXT;
UPDATE referrals SET sender_organisation_id = (
    SELECT users.organisation_id FROM users WHERE users.id = referrals.created_by
);
CREATE INDEX referrals_sender ON referrals (sender_organisation_id, status);
