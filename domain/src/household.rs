//! A household: persons who live together and are assisted together.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::codes;
use crate::validation::{self, ValidationErrors};

/// A household as a client sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Beridze household, Kutaisi", "region": "GE-IM"}))]
pub struct HouseholdInput {
    /// A label that tells households apart for the case worker.
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "\\S",
        example = "Beridze household, Kutaisi"
    )]
    pub name: Option<String>,
    #[schema(
        pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$",
        example = "GE-IM"
    )]
    pub region: Option<String>,
}

/// A validated household.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdFields {
    pub name: Option<String>,
    pub region: Option<String>,
}

/// A household as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e70",
    "name": "Beridze household, Kutaisi", "region": "GE-IM",
    "member_ids": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"], "version": 2,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:05:00Z"}))]
pub struct Household {
    pub id: Uuid,
    pub name: Option<String>,
    pub region: Option<String>,
    /// The persons of the household, oldest membership first.
    pub member_ids: Vec<Uuid>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Adds a person to a household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"}))]
pub struct MemberInput {
    pub person_id: Uuid,
}

impl HouseholdInput {
    pub fn validate(&self) -> Result<HouseholdFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = self
            .name
            .as_deref()
            .and_then(|v| errors.check(validation::text("name", v, 200)));
        let region = self
            .region
            .as_deref()
            .and_then(|v| errors.check(codes::region("region", v)));
        errors.finish(|| HouseholdFields { name, region })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn household_validation() {
        let ok = HouseholdInput {
            name: Some(" Beridze ".into()),
            region: Some("GE-TB".into()),
        };
        assert_eq!(ok.validate().unwrap().name.as_deref(), Some("Beridze"));
        assert!(HouseholdInput::default().validate().is_ok());
        let bad = HouseholdInput {
            name: Some("".into()),
            region: Some("TB".into()),
        };
        let codes: Vec<_> = bad
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["required", "invalid_region"]);
    }
}
