-- Tokens of a user or service account count only if their credentials were
-- checked at or after this time: a password reset, a revoked secret, a
-- deactivation or a change of role moves it forward (issue 11, item 7).
ALTER TABLE users ADD COLUMN tokens_valid_after TIMESTAMP;
