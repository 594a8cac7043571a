//! A person who signs in to integra.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::access::Role;
use crate::validation::FieldError;

/// A user as the API shows it; never with the password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "username": "admin",
    "role": "admin", "display_name": "Administrator", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub struct User {
    pub id: Uuid,
    pub username: String,
    pub role: Role,
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
    fn passwords() {
        assert!(password("p", "correct horse battery").is_ok());
        assert!(password("p", "short").is_err());
    }
}
