//! Integration services delivered to an immigrant: a language course, civic
//! orientation, legal or employment counselling, by a provider organisation,
//! over some days and hours, with an outcome. A service record: it belongs to
//! the organisation that recorded it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::placement::{self, period_end};
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

/// Most hours one delivered service may count.
pub const MAX_HOURS: f64 = 2000.0;

string_enum! {
    /// What kind of integration service.
    IntegrationServiceType {
        Language => "language",
        CivicOrientation => "civic_orientation",
        LegalCounselling => "legal_counselling",
        EmploymentCounselling => "employment_counselling",
        Other => "other",
    }
}

string_enum! {
    /// How the service went.
    ServiceOutcome {
        /// Still being delivered; no end date yet.
        Ongoing => "ongoing",
        Completed => "completed",
        /// Left before the end.
        Discontinued => "discontinued",
    }
}

/// Hours in half-hour steps, kept as a whole number of half hours so that sums
/// are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct HalfHours(pub i64);

impl HalfHours {
    /// Parses hours (`1`, `1.5`, `120`): more than 0, at most [`MAX_HOURS`], in
    /// steps of half an hour.
    pub fn parse(field: &str, hours: f64) -> Result<Self, FieldError> {
        let doubled = hours * 2.0;
        if !hours.is_finite() || hours <= 0.0 || hours > MAX_HOURS {
            return Err(FieldError::new(
                field,
                "out_of_range",
                format!("{field} must be more than 0 and at most {MAX_HOURS}"),
            ));
        }
        if doubled.fract() != 0.0 {
            return Err(FieldError::new(
                field,
                "invalid_step",
                format!("{field} is counted in half hours (1, 1.5, 2, ...)"),
            ));
        }
        // In range and whole: the cast is exact.
        #[allow(clippy::cast_possible_truncation)]
        Ok(Self(doubled as i64))
    }

    /// The hours as text: `120`, `1.5`.
    pub fn text(self) -> String {
        if self.0 % 2 == 0 {
            (self.0 / 2).to_string()
        } else {
            format!("{}.5", self.0 / 2)
        }
    }

    /// The hours as the API shows them.
    pub fn hours(self) -> f64 {
        // At most 4,000 half hours: exact in an f64.
        #[allow(clippy::cast_precision_loss)]
        let half = self.0 as f64;
        half / 2.0
    }
}

/// An integration service as a client sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "type": "language", "provider_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "starts_on": "2026-01-12", "ends_on": "2026-03-27", "hours": 120,
    "outcome": "completed", "note": "Georgian A2 course"}))]
pub struct IntegrationServiceInput {
    /// The person served; an existing person.
    pub person_id: Uuid,
    #[serde(rename = "type")]
    #[schema(value_type = IntegrationServiceType)]
    pub service_type: String,
    /// The organisation that delivered it; an existing organisation.
    pub provider_organisation_id: Uuid,
    /// The first day; not in the future.
    #[schema(value_type = String, format = Date, example = "2026-01-12")]
    pub starts_on: String,
    /// The last day; not in the future, not before `starts_on`. Required unless
    /// the outcome is `ongoing`, absent when it is.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-03-27")]
    pub ends_on: Option<String>,
    /// Hours delivered so far, in half-hour steps: more than 0, at most 2000.
    #[schema(minimum = 0.5, maximum = 2000, multiple_of = 0.5, example = 120)]
    pub hours: f64,
    #[schema(value_type = ServiceOutcome)]
    pub outcome: String,
    /// Free text about the service (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// A validated integration service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegrationServiceFields {
    pub person_id: Uuid,
    pub service_type: IntegrationServiceType,
    pub provider_organisation_id: Uuid,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub hours: HalfHours,
    pub outcome: ServiceOutcome,
    pub note: Option<String>,
}

impl IntegrationServiceInput {
    /// Checks every field at once; dates against `today` (Tbilisi).
    pub fn validate(&self, today: NaiveDate) -> Result<IntegrationServiceFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let service_type = errors.check(IntegrationServiceType::parse("type", &self.service_type));
        let starts_on = errors.check(validation::past_date("starts_on", &self.starts_on, today));
        let ends_on = period_end(
            &mut errors,
            ("ends_on", self.ends_on.as_deref()),
            ("starts_on", starts_on),
            Some(today),
        );
        let hours = errors.check(HalfHours::parse("hours", self.hours));
        let outcome = errors.check(ServiceOutcome::parse("outcome", &self.outcome));
        match (outcome, self.ends_on.is_some()) {
            (Some(ServiceOutcome::Ongoing), true) => errors.add(
                "ends_on",
                "not_allowed",
                "an ongoing service has no end date yet",
            ),
            (Some(ServiceOutcome::Completed | ServiceOutcome::Discontinued), false) => errors.add(
                "ends_on",
                "required",
                "ends_on is required once the service is completed or discontinued",
            ),
            _ => {}
        }
        let note = placement::note(&mut errors, self.note.as_deref());
        match (service_type, starts_on, hours, outcome) {
            (Some(service_type), Some(starts_on), Some(hours), Some(outcome))
                if errors.is_empty() =>
            {
                Ok(IntegrationServiceFields {
                    person_id: self.person_id,
                    service_type,
                    provider_organisation_id: self.provider_organisation_id,
                    starts_on,
                    ends_on,
                    hours,
                    outcome,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

/// An integration service as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "type": "language",
    "provider_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "starts_on": "2026-01-12", "ends_on": "2026-03-27", "hours": 120,
    "outcome": "completed", "note": "Georgian A2 course",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-03-28T09:00:00Z", "updated_at": "2026-03-28T09:00:00Z"}))]
pub struct IntegrationService {
    pub id: Uuid,
    pub person_id: Uuid,
    /// The organisation that recorded the service: its staff see it.
    pub organisation_id: Uuid,
    #[serde(rename = "type")]
    pub service_type: IntegrationServiceType,
    pub provider_organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub starts_on: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<NaiveDate>,
    /// Hours delivered, in half-hour steps.
    pub hours: f64,
    pub outcome: ServiceOutcome,
    pub note: Option<String>,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&IntegrationService> for IntegrationServiceInput {
    fn from(service: &IntegrationService) -> Self {
        Self {
            person_id: service.person_id,
            service_type: service.service_type.as_str().to_owned(),
            provider_organisation_id: service.provider_organisation_id,
            starts_on: service.starts_on.to_string(),
            ends_on: service.ends_on.map(|d| d.to_string()),
            hours: service.hours,
            outcome: service.outcome.as_str().to_owned(),
            note: service.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()
    }

    fn input() -> IntegrationServiceInput {
        IntegrationServiceInput {
            person_id: Uuid::from_u128(1),
            service_type: "language".into(),
            provider_organisation_id: Uuid::from_u128(2),
            starts_on: "2026-01-12".into(),
            ends_on: Some("2026-03-27".into()),
            hours: 120.0,
            outcome: "completed".into(),
            note: None,
        }
    }

    fn codes(input: IntegrationServiceInput) -> Vec<(String, String)> {
        input
            .validate(today())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    #[test]
    fn a_valid_service_counts_half_hours() {
        let fields = input().validate(today()).unwrap();
        assert_eq!(fields.hours, HalfHours(240));
        assert_eq!(fields.hours.hours(), 120.0);
        let mut half = input();
        half.hours = 1.5;
        assert_eq!(half.validate(today()).unwrap().hours, HalfHours(3));
        assert_eq!(
            (HalfHours(3).text(), HalfHours(240).text()),
            ("1.5".to_owned(), "120".to_owned())
        );
    }

    #[test]
    fn invalid_services() {
        let mut ongoing = input();
        ongoing.outcome = "ongoing".into();
        assert_eq!(codes(ongoing), [pair("ends_on", "not_allowed")]);
        let mut open = input();
        open.ends_on = None;
        assert_eq!(codes(open), [pair("ends_on", "required")]);
        let mut odd = input();
        odd.hours = 1.25;
        odd.service_type = "sport".into();
        assert_eq!(
            codes(odd),
            [pair("type", "invalid_value"), pair("hours", "invalid_step")]
        );
        for bad in [0.0, -1.0, 2000.5, f64::NAN] {
            let mut hours = input();
            hours.hours = bad;
            assert_eq!(codes(hours), [pair("hours", "out_of_range")], "{bad}");
        }
        let mut future = input();
        future.ends_on = Some("2026-04-01".into());
        assert_eq!(codes(future), [pair("ends_on", "in_future")]);
        let mut backwards = input();
        backwards.ends_on = Some("2026-01-11".into());
        assert_eq!(codes(backwards), [pair("ends_on", "before_start")]);
    }
}
