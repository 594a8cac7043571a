//! Organisations: the ministry, state agencies, partners and employers whose people use integra.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Error;
use crate::validation::{self, ValidationErrors};
use crate::{codes, string_enum};

/// The organisation that runs integra; created by the first migration.
pub const MINISTRY_ID: Uuid = Uuid::from_u128(0x01900000_0000_7000_8000_000000000001);

string_enum! {
    /// What kind of body an organisation is.
    OrganisationKind {
        Ministry => "ministry",
        StateAgency => "state_agency",
        InternationalOrg => "international_org",
        Ngo => "ngo",
        SocialEnterprise => "social_enterprise",
        Employer => "employer",
        TrainingProvider => "training_provider",
        HealthProvider => "health_provider",
        Municipality => "municipality",
    }
}

/// An organisation as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Caritas Georgia", "kind": "ngo", "country": "GE"}))]
pub struct OrganisationInput {
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "\\S",
        example = "Caritas Georgia"
    )]
    pub name: String,
    #[schema(value_type = OrganisationKind)]
    pub kind: String,
    /// ISO 3166-1 alpha-2 country of registration.
    #[schema(pattern = "^[A-Z]{2}$", example = "GE")]
    pub country: String,
}

/// A validated organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationFields {
    pub name: String,
    pub kind: OrganisationKind,
    pub country: String,
}

impl OrganisationInput {
    pub fn validate(&self) -> Result<OrganisationFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check(validation::text("name", &self.name, 200));
        let kind = errors.check(OrganisationKind::parse("kind", &self.kind));
        let country = errors.check(codes::country("country", &self.country));
        match (name, kind, country) {
            (Some(name), Some(kind), Some(country)) => errors.finish(|| OrganisationFields {
                name,
                kind,
                country,
            }),
            _ => Err(errors),
        }
    }
}

/// An organisation as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
    "kind": "ngo", "country": "GE", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganisationKind,
    pub country: String,
    /// Users of an inactive organisation cannot sign in.
    pub active: bool,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An administrator would deactivate the organisation they belong to, and so
/// lock themselves (and every other administrator of it) out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an administrator cannot deactivate their own organisation")]
pub struct OwnOrganisation;

impl From<OwnOrganisation> for Error {
    fn from(error: OwnOrganisation) -> Self {
        Error::conflict("own_organisation", error.to_string())
    }
}

/// Whether the organisation `id` may be left `active` (or not) by a caller
/// belonging to `own`: nobody deactivates their own organisation.
pub fn check_deactivation(
    own: Option<Uuid>,
    id: Uuid,
    active: bool,
) -> Result<(), OwnOrganisation> {
    if !active && own == Some(id) {
        Err(OwnOrganisation)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_checked_at_once() {
        let input = OrganisationInput {
            name: " ".into(),
            kind: "church".into(),
            country: "XX".into(),
        };
        let errors = input.validate().unwrap_err();
        let fields: Vec<_> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "kind", "country"]);
    }

    #[test]
    fn valid_input() {
        let input = OrganisationInput {
            name: "Caritas Georgia".into(),
            kind: "ngo".into(),
            country: "GE".into(),
        };
        assert_eq!(input.validate().unwrap().kind, OrganisationKind::Ngo);
        assert_eq!(MINISTRY_ID.get_version_num(), 7);
    }

    #[test]
    fn nobody_deactivates_their_own_organisation() {
        let own = Uuid::from_u128(1);
        let other = Uuid::from_u128(2);
        assert_eq!(
            check_deactivation(Some(own), own, false),
            Err(OwnOrganisation)
        );
        assert!(check_deactivation(Some(own), own, true).is_ok());
        assert!(check_deactivation(Some(own), other, false).is_ok());
        assert!(Error::from(OwnOrganisation).is_conflict("own_organisation"));
    }
}
