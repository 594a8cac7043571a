DROP INDEX counselling_sessions_held_on;
CREATE INDEX counselling_sessions_held_on ON counselling_sessions (held_on, person_id);
DROP INDEX assistance_items_delivered;
CREATE INDEX assistance_items_delivered ON assistance_items (programme_id, status, delivered_on);
DROP INDEX stays_abroad_return_type;
