DROP INDEX assistance_items_delivered;
CREATE INDEX assistance_items_delivered ON assistance_items (programme_id, status, delivered_on);
DROP INDEX stays_abroad_return_type;
