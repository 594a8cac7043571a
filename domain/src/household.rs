//! A household: persons who live together and are assisted together.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::codes;
use crate::error::{Error, RecordKind};
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

/// Why a person cannot join a household: a person belongs to one household at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum JoinError {
    #[error("no person has this id")]
    NoSuchPerson,
    /// The person is in this household (named) already.
    #[error("the person is a member of this household already")]
    AlreadyMember(Uuid),
    /// The person is in the household named.
    #[error("the person belongs to another household; remove them there first")]
    MemberOfAnother(Uuid),
}

/// Whether a person may join `household`, given the household they are in now
/// (`Some(None)`: none; `None`: there is no such person).
pub fn joinable(household: Uuid, person_in: Option<Option<Uuid>>) -> Result<(), JoinError> {
    match person_in {
        None => Err(JoinError::NoSuchPerson),
        Some(Some(current)) if current == household => Err(JoinError::AlreadyMember(household)),
        Some(Some(other)) => Err(JoinError::MemberOfAnother(other)),
        Some(None) => Ok(()),
    }
}

impl From<JoinError> for Error {
    fn from(error: JoinError) -> Self {
        let detail = error.to_string();
        match error {
            JoinError::NoSuchPerson => Error::field("person_id", "not_found", detail),
            JoinError::AlreadyMember(household) => {
                Error::conflict_with("already_member", detail, RecordKind::Household, household)
            }
            JoinError::MemberOfAnother(household) => Error::conflict_with(
                "member_of_another_household",
                detail,
                RecordKind::Household,
                household,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_joins_one_household_at_most() {
        let (here, there) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(joinable(here, Some(None)), Ok(()));
        assert_eq!(joinable(here, None), Err(JoinError::NoSuchPerson));
        assert!(Error::from(JoinError::AlreadyMember(here)).is_conflict("already_member"));
        let refused = Error::from(joinable(here, Some(Some(there))).unwrap_err());
        assert_eq!(
            refused,
            Error::conflict_with(
                "member_of_another_household",
                "the person belongs to another household; remove them there first",
                RecordKind::Household,
                there,
            )
        );
    }

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
