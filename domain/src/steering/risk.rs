//! A project's risks: what could go wrong, how likely and how bad (1 to 5
//! each; the score is their product, 1 to 25), who owns it, the mitigation,
//! the status and when it was last reviewed. Lists and the progress report
//! order them by score, highest first.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::project::TEXT_MAX_CHARS;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// Where a risk stands.
    RiskStatus {
        Open => "open",
        Mitigated => "mitigated",
        Occurred => "occurred",
        Closed => "closed",
    }
}

/// The highest likelihood or impact.
pub const SCALE_MAX: i64 = 5;

/// A risk as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"description": "Staff trained leave the division within a year",
    "likelihood": 3, "impact": 4,
    "owner_organisation_id": "01900000-0000-7000-8000-000000000001",
    "mitigation": "Training of trainers; handover notes kept in the case system",
    "status": "open", "reviewed_on": "2026-11-20"}))]
pub struct RiskInput {
    #[schema(min_length = 1, max_length = 2000)]
    pub description: String,
    /// How likely, 1 (rare) to 5 (almost certain).
    #[schema(minimum = 1, maximum = 5)]
    pub likelihood: i64,
    /// How bad, 1 (minor) to 5 (severe).
    #[schema(minimum = 1, maximum = 5)]
    pub impact: i64,
    /// The organisation that owns it; an existing organisation.
    pub owner_organisation_id: Uuid,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 2000)]
    pub mitigation: Option<String>,
    #[schema(value_type = RiskStatus)]
    pub status: String,
    /// When it was last reviewed; not in the future.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-11-20")]
    pub reviewed_on: Option<String>,
}

/// A validated risk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskFields {
    pub description: String,
    pub likelihood: i64,
    pub impact: i64,
    pub owner_organisation_id: Uuid,
    pub mitigation: Option<String>,
    pub status: RiskStatus,
    pub reviewed_on: Option<NaiveDate>,
}

/// A likelihood or an impact: 1 to [`SCALE_MAX`].
fn scale(field: &str, value: i64) -> Result<i64, FieldError> {
    if (1..=SCALE_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::new(
            field,
            "out_of_range",
            format!("{field} must be 1 to {SCALE_MAX}"),
        ))
    }
}

impl RiskInput {
    /// Checks every field at once; `reviewed_on` against `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<RiskFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let description = errors.check(validation::text(
            "description",
            &self.description,
            TEXT_MAX_CHARS,
        ));
        let likelihood = errors.check(scale("likelihood", self.likelihood));
        let impact = errors.check(scale("impact", self.impact));
        let mitigation = self
            .mitigation
            .as_deref()
            .and_then(|m| errors.check(validation::text("mitigation", m, TEXT_MAX_CHARS)));
        let status = errors.check(RiskStatus::parse("status", &self.status));
        let reviewed_on = self
            .reviewed_on
            .as_deref()
            .and_then(|d| errors.check(validation::past_date("reviewed_on", d, today)));
        match (description, likelihood, impact, status) {
            (Some(description), Some(likelihood), Some(impact), Some(status))
                if errors.is_empty() =>
            {
                Ok(RiskFields {
                    description,
                    likelihood,
                    impact,
                    owner_organisation_id: self.owner_organisation_id,
                    mitigation,
                    status,
                    reviewed_on,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&Risk> for RiskInput {
    fn from(risk: &Risk) -> Self {
        Self {
            description: risk.description.clone(),
            likelihood: risk.likelihood,
            impact: risk.impact,
            owner_organisation_id: risk.owner_organisation_id,
            mitigation: risk.mitigation.clone(),
            status: risk.status.as_str().to_owned(),
            reviewed_on: risk.reviewed_on.map(|d| d.to_string()),
        }
    }
}

/// A risk as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "description": "Staff trained leave the division within a year",
    "likelihood": 3, "impact": 4, "score": 12,
    "owner_organisation_id": "01900000-0000-7000-8000-000000000001",
    "mitigation": "Training of trainers; handover notes kept in the case system",
    "status": "open", "reviewed_on": "2026-11-20", "version": 1,
    "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z"}))]
pub struct Risk {
    pub id: Uuid,
    pub project_id: Uuid,
    pub description: String,
    pub likelihood: i64,
    pub impact: i64,
    /// Likelihood times impact, 1 to 25.
    pub score: i64,
    pub owner_organisation_id: Uuid,
    pub mitigation: Option<String>,
    pub status: RiskStatus,
    #[schema(value_type = Option<String>, format = Date)]
    pub reviewed_on: Option<NaiveDate>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likelihood_and_impact_are_one_to_five() {
        let input = |likelihood, impact| RiskInput {
            description: "Staff leave".into(),
            likelihood,
            impact,
            owner_organisation_id: Uuid::now_v7(),
            mitigation: None,
            status: "open".into(),
            reviewed_on: Some("2026-11-20".into()),
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(input(1, 5).validate(today).is_ok());
        let refused = input(0, 6).validate(today).unwrap_err();
        let fields: Vec<&str> = refused.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["likelihood", "impact"]);
        let mut future = input(3, 3);
        future.reviewed_on = Some("2026-12-02".into());
        assert_eq!(future.validate(today).unwrap_err().0[0].code, "in_future");
    }
}
