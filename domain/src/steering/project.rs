//! Projects steered by the committee: a name, the objective, and the dates
//! the project runs. Its risks ([`super::risk`]) hang off it; its results
//! framework, work plan and meetings are to come.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::placement;
use crate::reintegration;
use crate::validation::{self, ValidationErrors};

/// Longest name.
pub const NAME_MAX_CHARS: usize = 200;

/// Longest objective, description, mitigation.
pub const TEXT_MAX_CHARS: usize = 2000;

/// A project as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Strengthening the Migration Division",
    "objective": "Returning migrants and immigrants are served by one division with trained staff",
    "starts_on": "2025-01-01", "ends_on": "2027-12-31"}))]
pub struct ProjectInput {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(min_length = 1, max_length = 2000)]
    pub objective: String,
    #[schema(value_type = String, format = Date, example = "2025-01-01")]
    pub starts_on: String,
    /// Not before `starts_on`.
    #[schema(value_type = String, format = Date, example = "2027-12-31")]
    pub ends_on: String,
}

/// A validated project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectFields {
    pub name: String,
    pub objective: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl ProjectInput {
    /// Checks every field at once.
    pub fn validate(&self) -> Result<ProjectFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check(validation::text("name", &self.name, NAME_MAX_CHARS));
        let objective = errors.check(validation::text(
            "objective",
            &self.objective,
            TEXT_MAX_CHARS,
        ));
        let starts_on = errors.check(reintegration::date("starts_on", &self.starts_on));
        let ends_on = placement::period_end(
            &mut errors,
            ("ends_on", Some(&self.ends_on)),
            ("starts_on", starts_on),
            None,
        );
        match (name, objective, starts_on, ends_on) {
            (Some(name), Some(objective), Some(starts_on), Some(ends_on)) if errors.is_empty() => {
                Ok(ProjectFields {
                    name,
                    objective,
                    starts_on,
                    ends_on,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&Project> for ProjectInput {
    fn from(project: &Project) -> Self {
        Self {
            name: project.name.clone(),
            objective: project.objective.clone(),
            starts_on: project.starts_on.to_string(),
            ends_on: project.ends_on.to_string(),
        }
    }
}

/// A project as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "name": "Strengthening the Migration Division",
    "objective": "Returning migrants and immigrants are served by one division with trained staff",
    "starts_on": "2025-01-01", "ends_on": "2027-12-31", "version": 1,
    "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}))]
pub struct Project {
    pub id: Uuid,
    pub name: String,
    pub objective: String,
    #[schema(value_type = String, format = Date)]
    pub starts_on: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub ends_on: NaiveDate,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
