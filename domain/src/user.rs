//! A person who signs in to integra.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::access::{Role, Scope};
use crate::error::Error;
use crate::validation::{self, FieldError, ValidationErrors};

/// A user as the API shows it; never with the password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "username": "admin",
    "role": "admin", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Administrator", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub struct User {
    pub id: Uuid,
    pub username: String,
    pub role: Role,
    pub organisation_id: Uuid,
    pub display_name: Option<String>,
    pub active: bool,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A user name: 3 to 64 lower-case letters, digits, `.`, `_`, `-` or `@`.
pub fn username(field: &str, value: &str) -> Result<String, FieldError> {
    let ok = (3..=64).contains(&value.len())
        && value.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-' | b'@')
        });
    if ok {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_username",
            format!("{field} must be 3 to 64 lower-case letters, digits, '.', '_', '-' or '@'"),
        ))
    }
}

/// Shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 12;

/// A password long enough to resist guessing.
pub fn password(field: &str, value: &str) -> Result<(), FieldError> {
    let length = value.chars().count();
    if (PASSWORD_MIN_CHARS..=256).contains(&length) {
        Ok(())
    } else {
        Err(FieldError::new(
            field,
            "weak_password",
            format!("{field} must be {PASSWORD_MIN_CHARS} to 256 characters long"),
        ))
    }
}

/// A new user, as an administrator sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "nino.beridze", "password": "correct horse battery staple",
    "role": "case_worker", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Nino Beridze"}))]
pub struct UserInput {
    #[schema(pattern = "^[a-z0-9._@-]{3,64}$")]
    pub username: String,
    #[schema(min_length = 12, max_length = 256, format = Password)]
    pub password: String,
    /// Any role but `integration`: service accounts are made under `/service-accounts`.
    #[schema(value_type = Role)]
    pub role: String,
    pub organisation_id: Uuid,
    #[schema(min_length = 1, max_length = 200)]
    pub display_name: Option<String>,
}

/// A validated new user; the password is still in clear, to be hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFields {
    pub username: String,
    pub password: String,
    pub role: Role,
    pub organisation_id: Uuid,
    pub display_name: Option<String>,
}

/// A role a person may hold: every role but `integration`.
pub fn person_role(field: &str, value: &str) -> Result<Role, FieldError> {
    match Role::parse(field, value)? {
        Role::Integration => Err(FieldError::new(
            field,
            "service_account_role",
            format!("{field} integration belongs to service accounts: create one under /api/v1/service-accounts"),
        )),
        role => Ok(role),
    }
}

fn display_name(errors: &mut ValidationErrors, value: Option<&str>) -> Option<String> {
    value.and_then(|v| errors.check(validation::text("display_name", v, 200)))
}

impl UserInput {
    pub fn validate(&self) -> Result<UserFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let username = errors.check(username("username", &self.username));
        errors.check(password("password", &self.password));
        let role = errors.check(person_role("role", &self.role));
        let display_name = display_name(&mut errors, self.display_name.as_deref());
        match (username, role) {
            (Some(username), Some(role)) => errors.finish(|| UserFields {
                username,
                password: self.password.clone(),
                role,
                organisation_id: self.organisation_id,
                display_name,
            }),
            _ => Err(errors),
        }
    }
}

/// The fields of a user an administrator may change (`PATCH /users/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "case_worker", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Nino Beridze"}))]
pub struct UserChange {
    #[schema(value_type = Role)]
    pub role: String,
    pub organisation_id: Uuid,
    #[schema(min_length = 1, max_length = 200)]
    pub display_name: Option<String>,
}

/// A validated change of a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserChangeFields {
    pub role: Role,
    pub organisation_id: Uuid,
    pub display_name: Option<String>,
}

impl UserChange {
    pub fn of(user: &User) -> Self {
        Self {
            role: user.role.as_str().to_owned(),
            organisation_id: user.organisation_id,
            display_name: user.display_name.clone(),
        }
    }

    pub fn validate(&self) -> Result<UserChangeFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let role = errors.check(person_role("role", &self.role));
        let display_name = display_name(&mut errors, self.display_name.as_deref());
        match role {
            Some(role) => errors.finish(|| UserChangeFields {
                role,
                organisation_id: self.organisation_id,
                display_name,
            }),
            None => Err(errors),
        }
    }
}

/// An administrator would take away their own access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OwnAccount {
    #[error("an administrator cannot change their own role or organisation")]
    RoleOrOrganisation,
    #[error("an administrator cannot deactivate their own account")]
    Deactivation,
}

impl From<OwnAccount> for Error {
    fn from(error: OwnAccount) -> Self {
        Error::conflict("own_account", error.to_string())
    }
}

impl UserChangeFields {
    /// Whether `actor` may change `user` so: nobody changes their own role or organisation.
    pub fn check_actor(&self, actor: Uuid, user: &User) -> Result<(), OwnAccount> {
        let moves = self.role != user.role || self.organisation_id != user.organisation_id;
        if actor == user.id && moves {
            Err(OwnAccount::RoleOrOrganisation)
        } else {
            Ok(())
        }
    }
}

/// Whether `actor` may leave the user `user` `active` (or not): nobody deactivates themself.
pub fn check_activation(actor: Uuid, user: Uuid, active: bool) -> Result<(), OwnAccount> {
    if actor == user && !active {
        Err(OwnAccount::Deactivation)
    } else {
        Ok(())
    }
}

/// A new password, set by an administrator.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"password": "another horse battery staple"}))]
pub struct PasswordInput {
    #[schema(min_length = 12, max_length = 256, format = Password)]
    pub password: String,
}

/// A service account of another state system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02", "client_id": "civil-registry",
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "display_name": "Civil registry sync",
    "scopes": ["persons:read", "events:read"], "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub struct ServiceAccount {
    pub id: Uuid,
    /// What the client sends as `client_id`.
    pub client_id: String,
    pub organisation_id: Uuid,
    pub display_name: Option<String>,
    pub scopes: Vec<Scope>,
    pub active: bool,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A new service account.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"client_id": "civil-registry", "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "display_name": "Civil registry sync", "scopes": ["persons:read", "events:read"]}))]
pub struct ServiceAccountInput {
    #[schema(pattern = "^[a-z0-9._@-]{3,64}$")]
    pub client_id: String,
    pub organisation_id: Uuid,
    #[schema(min_length = 1, max_length = 200)]
    pub display_name: Option<String>,
    #[schema(value_type = Vec<Scope>)]
    pub scopes: Vec<String>,
}

/// The scopes of a service account (`PATCH /service-accounts/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"display_name": "Civil registry sync", "scopes": ["persons:read"]}))]
pub struct ServiceAccountChange {
    #[schema(min_length = 1, max_length = 200)]
    pub display_name: Option<String>,
    #[schema(value_type = Vec<Scope>)]
    pub scopes: Vec<String>,
}

/// A list of scopes: known values, each once, in a stable order.
pub fn scopes(field: &str, values: &[String], errors: &mut ValidationErrors) -> Vec<Scope> {
    let mut scopes = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let Some(scope) = errors.check(Scope::parse(&format!("{field}[{i}]"), value)) else {
            continue;
        };
        if scopes.contains(&scope) {
            errors.add(
                format!("{field}[{i}]"),
                "duplicate",
                format!("{value} is listed twice"),
            );
        } else {
            scopes.push(scope);
        }
    }
    scopes.sort_by_key(|s| Scope::ALL.iter().position(|a| a == s));
    scopes
}

/// A validated service account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceAccountFields {
    pub client_id: String,
    pub organisation_id: Uuid,
    pub display_name: Option<String>,
    pub scopes: Vec<Scope>,
}

impl ServiceAccountInput {
    pub fn validate(&self) -> Result<ServiceAccountFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let client_id = errors.check(username("client_id", &self.client_id));
        let display_name = display_name(&mut errors, self.display_name.as_deref());
        let scopes = scopes("scopes", &self.scopes, &mut errors);
        match client_id {
            Some(client_id) => errors.finish(|| ServiceAccountFields {
                client_id,
                organisation_id: self.organisation_id,
                display_name,
                scopes,
            }),
            None => Err(errors),
        }
    }
}

impl ServiceAccountChange {
    pub fn of(account: &ServiceAccount) -> Self {
        Self {
            display_name: account.display_name.clone(),
            scopes: account
                .scopes
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
        }
    }

    pub fn validate(&self) -> Result<(Option<String>, Vec<Scope>), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let display_name = display_name(&mut errors, self.display_name.as_deref());
        let scopes = scopes("scopes", &self.scopes, &mut errors);
        errors.finish(|| (display_name, scopes))
    }
}

/// One client secret of a service account; the secret itself is shown only once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03",
    "created_at": "2026-01-31T09:00:00Z", "revoked_at": null}))]
pub struct ClientSecret {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    /// Set once the secret is revoked; it no longer signs in.
    pub revoked_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert!(username("u", "nino.beridze").is_ok());
        assert!(username("u", "ab").is_err());
        assert!(username("u", "Nino").is_err());
        assert!(username("u", "a b c").is_err());
    }

    #[test]
    fn service_roles_and_scopes() {
        assert!(person_role("role", "integration").is_err());
        assert_eq!(person_role("role", "partner").unwrap(), Role::Partner);
        let mut errors = ValidationErrors::new();
        let list = scopes(
            "scopes",
            &[
                "events:read".into(),
                "persons:read".into(),
                "events:read".into(),
                "x".into(),
            ],
            &mut errors,
        );
        assert_eq!(list, [Scope::PersonsRead, Scope::EventsRead]);
        let fields: Vec<_> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["scopes[2]", "scopes[3]"]);
    }

    #[test]
    fn nobody_locks_themself_out() {
        let user = User {
            id: Uuid::from_u128(1),
            username: "admin".into(),
            role: Role::Admin,
            organisation_id: Uuid::from_u128(7),
            display_name: None,
            active: true,
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        let mut change = UserChangeFields {
            role: Role::Admin,
            organisation_id: user.organisation_id,
            display_name: Some("Me".into()),
        };
        assert!(change.check_actor(user.id, &user).is_ok());
        change.role = Role::Monitor;
        assert_eq!(
            change.check_actor(user.id, &user),
            Err(OwnAccount::RoleOrOrganisation)
        );
        assert!(change.check_actor(Uuid::from_u128(2), &user).is_ok());
        assert_eq!(
            check_activation(user.id, user.id, false),
            Err(OwnAccount::Deactivation)
        );
        assert!(check_activation(user.id, user.id, true).is_ok());
        assert!(Error::from(OwnAccount::Deactivation).is_conflict("own_account"));
    }

    #[test]
    fn passwords() {
        assert!(password("p", "correct horse battery").is_ok());
        assert!(password("p", "short").is_err());
    }
}
