DROP TABLE erasures;
ALTER TABLE persons DROP COLUMN erased_at;
DROP TABLE sign_in_failures;
DROP TABLE client_secrets;
DROP INDEX users_organisation;
ALTER TABLE users DROP COLUMN scopes;
ALTER TABLE users DROP COLUMN kind;
ALTER TABLE users DROP COLUMN organisation_id;
DROP TABLE organisations;
