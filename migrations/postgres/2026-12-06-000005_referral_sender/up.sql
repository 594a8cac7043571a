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
