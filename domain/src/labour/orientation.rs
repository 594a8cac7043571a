//! Pre-departure orientation sessions of a scheme: when and where, who
//! organised them, and which applications attended. Attending moves a
//! shortlisted application to `oriented` (`super::application`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::reintegration;
use crate::validation::{self, ValidationErrors};

/// Longest venue and topics of a session.
pub const TEXT_MAX_CHARS: usize = 500;

/// An orientation session as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"scheme_id": "00000000-0000-7000-8000-000000000402",
    "held_on": "2027-02-15", "venue": "Tbilisi, Ministry building, room 12",
    "topics": "Contract, rights of workers in Israel, health insurance, return"}))]
pub struct OrientationSessionInput {
    /// The scheme whose applicants it prepares.
    pub scheme_id: Uuid,
    /// The day it is (or was) held; a future day plans it.
    #[schema(value_type = String, format = Date, example = "2027-02-15")]
    pub held_on: String,
    #[schema(max_length = 500)]
    pub venue: String,
    /// What it covers.
    #[schema(max_length = 500)]
    pub topics: String,
}

/// A validated orientation session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrientationSessionFields {
    pub scheme_id: Uuid,
    pub held_on: NaiveDate,
    pub venue: String,
    pub topics: String,
}

impl OrientationSessionInput {
    /// Checks every field at once.
    pub fn validate(&self) -> Result<OrientationSessionFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let held_on = errors.check(reintegration::date("held_on", &self.held_on));
        let venue = errors.check(validation::text("venue", &self.venue, TEXT_MAX_CHARS));
        let topics = errors.check(validation::text("topics", &self.topics, TEXT_MAX_CHARS));
        match (held_on, venue, topics) {
            (Some(held_on), Some(venue), Some(topics)) if errors.is_empty() => {
                Ok(OrientationSessionFields {
                    scheme_id: self.scheme_id,
                    held_on,
                    venue,
                    topics,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The body of `POST /orientation-sessions/{id}/attendance`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"application_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0"}))]
pub struct AttendanceInput {
    /// A shortlisted (or already oriented) application to the session's scheme.
    pub application_id: Uuid,
}

/// An orientation session as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff0",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "held_on": "2027-02-15",
    "venue": "Tbilisi, Ministry building, room 12",
    "topics": "Contract, rights of workers in Israel, health insurance, return",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "attendees": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0"],
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2027-02-01T09:00:00Z", "updated_at": "2027-02-01T09:00:00Z"}))]
pub struct OrientationSession {
    pub id: Uuid,
    pub scheme_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub held_on: NaiveDate,
    pub venue: String,
    pub topics: String,
    /// The organisation that organised it.
    pub organisation_id: Uuid,
    /// The applications that attended, in the order recorded.
    pub attendees: Vec<Uuid>,
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
