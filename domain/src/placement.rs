//! Job placements: a person placed in a job, in Georgia or abroad, with an
//! employer organisation, on a temporary or permanent term. Reports count
//! "persons helped into employment": distinct persons with a placement that
//! started in the period.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::validation::{self, ValidationErrors};
use crate::{codes, reintegration, string_enum};

/// Longest free text (`note`) of a placement, an enrolment or a movement.
pub const NOTE_MAX_CHARS: usize = 2000;

string_enum! {
    /// Where the job is.
    PlacementLocation {
        Domestic => "domestic",
        Abroad => "abroad",
    }
}

string_enum! {
    /// The term of a job (a placement, or a job place a social enterprise created).
    EmploymentTerm {
        Temporary => "temporary",
        Permanent => "permanent",
    }
}

/// A placement as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "location": "abroad", "country": "DE",
    "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "term": "temporary", "starts_on": "2026-03-01", "ends_on": "2026-05-31",
    "programme_id": null, "note": "Seasonal harvest work"}))]
pub struct PlacementInput {
    /// The person placed; an existing person.
    pub person_id: Uuid,
    #[schema(value_type = PlacementLocation)]
    pub location: String,
    /// ISO 3166-1 alpha-2 country of the job, not GE: required when `abroad`,
    /// absent when `domestic`.
    #[serde(default)]
    #[schema(pattern = "^[A-Z]{2}$", example = "DE")]
    pub country: Option<String>,
    /// The employer; an existing organisation.
    pub employer_organisation_id: Uuid,
    #[schema(value_type = EmploymentTerm)]
    pub term: String,
    /// The first day of work; not in the future.
    #[schema(value_type = String, format = Date, example = "2026-03-01")]
    pub starts_on: String,
    /// The last day of work (planned or actual); not before `starts_on`.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-05-31")]
    pub ends_on: Option<String>,
    /// The programme the placement was made under, if any.
    #[serde(default)]
    pub programme_id: Option<Uuid>,
    /// Free text about the placement (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000, example = "Seasonal harvest work")]
    pub note: Option<String>,
}

/// A validated placement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementFields {
    pub person_id: Uuid,
    pub location: PlacementLocation,
    pub country: Option<String>,
    pub employer_organisation_id: Uuid,
    pub term: EmploymentTerm,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub programme_id: Option<Uuid>,
    pub note: Option<String>,
}

/// A job placement as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "location": "abroad", "country": "DE",
    "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "term": "temporary", "starts_on": "2026-03-01", "ends_on": "2026-05-31",
    "programme_id": null, "note": "Seasonal harvest work",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-03-02T09:00:00Z", "updated_at": "2026-03-02T09:00:00Z"}))]
pub struct JobPlacement {
    pub id: Uuid,
    pub person_id: Uuid,
    /// The organisation that recorded the placement: its staff see it.
    pub organisation_id: Uuid,
    pub location: PlacementLocation,
    pub country: Option<String>,
    pub employer_organisation_id: Uuid,
    pub term: EmploymentTerm,
    #[schema(value_type = String, format = Date)]
    pub starts_on: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<NaiveDate>,
    pub programme_id: Option<Uuid>,
    pub note: Option<String>,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A date (`YYYY-MM-DD`) that is not before `start` (when that is known).
fn end_date(
    errors: &mut ValidationErrors,
    field: &str,
    value: Option<&str>,
    start: Option<NaiveDate>,
    start_field: &str,
    check: impl Fn(&str, &str) -> Result<NaiveDate, validation::FieldError>,
) -> Option<NaiveDate> {
    let end = value.and_then(|v| errors.check(check(field, v)))?;
    if start.is_some_and(|start| end < start) {
        errors.add(
            field,
            "before_start",
            format!("{field} must not be before {start_field}"),
        );
    }
    Some(end)
}

/// An optional free text, trimmed and bounded.
pub fn note(errors: &mut ValidationErrors, value: Option<&str>) -> Option<String> {
    value.and_then(|v| errors.check(validation::text("note", v, NOTE_MAX_CHARS)))
}

/// The date of an end (`ends_on`, `completed_on`) that must not be before the
/// start; `past` forbids the future too. Shared by the records of this stream.
pub fn period_end(
    errors: &mut ValidationErrors,
    (field, value): (&str, Option<&str>),
    (start_field, start): (&str, Option<NaiveDate>),
    past: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match past {
        Some(today) => end_date(errors, field, value, start, start_field, |f, v| {
            validation::past_date(f, v, today)
        }),
        None => end_date(
            errors,
            field,
            value,
            start,
            start_field,
            reintegration::date,
        ),
    }
}

impl PlacementInput {
    /// Checks every field at once; dates against `today` (Tbilisi).
    pub fn validate(&self, today: NaiveDate) -> Result<PlacementFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let location = errors.check(PlacementLocation::parse("location", &self.location));
        let country = match (location, self.country.as_deref()) {
            (Some(PlacementLocation::Abroad), None) => {
                errors.add(
                    "country",
                    "required",
                    "country is required for a job abroad",
                );
                None
            }
            (Some(PlacementLocation::Abroad), Some(value)) => {
                let country = errors.check(codes::country("country", value));
                if country.as_deref() == Some(codes::GEORGIA) {
                    errors.add(
                        "country",
                        "not_abroad",
                        "a job abroad is in a country other than GE",
                    );
                }
                country
            }
            (Some(PlacementLocation::Domestic), Some(_)) => {
                errors.add(
                    "country",
                    "not_allowed",
                    "country is given only for a job abroad",
                );
                None
            }
            (_, _) => None,
        };
        let term = errors.check(EmploymentTerm::parse("term", &self.term));
        let starts_on = errors.check(validation::past_date("starts_on", &self.starts_on, today));
        // A temporary job's planned last day may lie ahead.
        let ends_on = period_end(
            &mut errors,
            ("ends_on", self.ends_on.as_deref()),
            ("starts_on", starts_on),
            None,
        );
        let note = note(&mut errors, self.note.as_deref());
        match (location, term, starts_on) {
            (Some(location), Some(term), Some(starts_on)) if errors.is_empty() => {
                Ok(PlacementFields {
                    person_id: self.person_id,
                    location,
                    country,
                    employer_organisation_id: self.employer_organisation_id,
                    term,
                    starts_on,
                    ends_on,
                    programme_id: self.programme_id,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&JobPlacement> for PlacementInput {
    fn from(placement: &JobPlacement) -> Self {
        Self {
            person_id: placement.person_id,
            location: placement.location.as_str().to_owned(),
            country: placement.country.clone(),
            employer_organisation_id: placement.employer_organisation_id,
            term: placement.term.as_str().to_owned(),
            starts_on: placement.starts_on.to_string(),
            ends_on: placement.ends_on.map(|d| d.to_string()),
            programme_id: placement.programme_id,
            note: placement.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    fn input() -> PlacementInput {
        PlacementInput {
            person_id: Uuid::from_u128(1),
            location: "abroad".into(),
            country: Some("DE".into()),
            employer_organisation_id: Uuid::from_u128(2),
            term: "temporary".into(),
            starts_on: "2026-01-05".into(),
            ends_on: Some("2026-04-30".into()),
            programme_id: None,
            note: Some("  Harvest  ".into()),
        }
    }

    fn codes(input: PlacementInput) -> Vec<(String, String)> {
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
    fn a_valid_placement() {
        let fields = input().validate(today()).unwrap();
        assert_eq!(fields.location, PlacementLocation::Abroad);
        assert_eq!(fields.country.as_deref(), Some("DE"));
        assert_eq!(fields.term, EmploymentTerm::Temporary);
        // A planned end may lie ahead.
        assert_eq!(fields.ends_on, NaiveDate::from_ymd_opt(2026, 4, 30));
        assert_eq!(fields.note.as_deref(), Some("Harvest"));
        let mut domestic = input();
        domestic.location = "domestic".into();
        domestic.country = None;
        domestic.ends_on = None;
        let fields = domestic.validate(today()).unwrap();
        assert_eq!(fields.country, None);
    }

    #[test]
    fn where_the_job_is() {
        let mut abroad = input();
        abroad.country = None;
        assert_eq!(codes(abroad), [pair("country", "required")]);
        let mut georgia = input();
        georgia.country = Some("GE".into());
        assert_eq!(codes(georgia), [pair("country", "not_abroad")]);
        let mut unknown = input();
        unknown.country = Some("XX".into());
        assert_eq!(codes(unknown), [pair("country", "invalid_country")]);
        let mut domestic = input();
        domestic.location = "domestic".into();
        assert_eq!(codes(domestic), [pair("country", "not_allowed")]);
    }

    #[test]
    fn every_field_is_checked_at_once() {
        let mut bad = input();
        bad.location = "moon".into();
        bad.term = "seasonal".into();
        bad.starts_on = "2026-02-01".into();
        bad.note = Some(" ".into());
        assert_eq!(
            codes(bad),
            [
                pair("location", "invalid_value"),
                pair("term", "invalid_value"),
                pair("starts_on", "in_future"),
                pair("note", "required"),
            ]
        );
        let mut backwards = input();
        backwards.ends_on = Some("2026-01-04".into());
        assert_eq!(codes(backwards), [pair("ends_on", "before_start")]);
        let mut malformed = input();
        malformed.ends_on = Some("2026-4-30".into());
        assert_eq!(codes(malformed), [pair("ends_on", "invalid_date")]);
    }

    /// The documented examples of this stream's inputs are valid.
    #[test]
    fn input_examples_validate() {
        use crate::movement::MovementInput;
        use crate::social_enterprise::{EnrolmentInput, JobPlaceInput, PartnersInput};
        use utoipa::PartialSchema;

        fn example<T: PartialSchema + serde::de::DeserializeOwned>() -> T {
            let schema = serde_json::to_value(T::schema()).unwrap();
            serde_json::from_value(schema["example"].clone()).unwrap()
        }
        let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        example::<PlacementInput>().validate(today).unwrap();
        example::<EnrolmentInput>().validate(today).unwrap();
        example::<JobPlaceInput>().validate(today).unwrap();
        example::<PartnersInput>().validate(Uuid::nil()).unwrap();
        example::<MovementInput>().validate(today).unwrap();
    }

    #[test]
    fn a_placement_reads_back_as_its_input() {
        let fields = input().validate(today()).unwrap();
        let shown = JobPlacement {
            id: Uuid::from_u128(9),
            person_id: fields.person_id,
            organisation_id: Uuid::from_u128(3),
            location: fields.location,
            country: fields.country.clone(),
            employer_organisation_id: fields.employer_organisation_id,
            term: fields.term,
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
            programme_id: None,
            note: fields.note.clone(),
            recorded_by: Uuid::from_u128(4),
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        assert_eq!(PlacementInput::from(&shown).validate(today()), Ok(fields));
    }
}
