//! Social enterprises: organisations of kind `social_enterprise`, the partner
//! organisations implementing them, the beneficiaries they enrol (a person in a
//! programme such as rehabilitation, from a start to a completion) and the job
//! places they create. Reports count social enterprises with their partners,
//! their beneficiaries, and job places created by term.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::organisation::OrganisationKind;
use crate::placement::{self, EmploymentTerm};
use crate::validation::{self, ValidationErrors};
use crate::{string_enum, Error};

/// Most implementing partners of one social enterprise.
pub const MAX_PARTNERS: usize = 100;

/// Most job places one record may count.
pub const MAX_PLACES: i64 = 10_000;

string_enum! {
    /// What a beneficiary is enrolled in at a social enterprise.
    EnrolmentProgramme {
        Rehabilitation => "rehabilitation",
        Employment => "employment",
        Training => "training",
        Other => "other",
    }
}

/// An organisation that is to be a social enterprise: 422
/// `not_a_social_enterprise` when it is of another kind.
pub fn check_social_enterprise(kind: OrganisationKind) -> Result<(), Error> {
    if kind == OrganisationKind::SocialEnterprise {
        Ok(())
    } else {
        Err(Error::Unprocessable {
            code: "not_a_social_enterprise",
            detail: format!("the organisation is of kind {kind}, not social_enterprise"),
        })
    }
}

/// The implementing partners of a social enterprise, as an administrator sets
/// them (the whole set at once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"partner_ids": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90"]}))]
pub struct PartnersInput {
    /// Existing organisations other than the social enterprise itself, each once.
    #[schema(max_items = 100)]
    pub partner_ids: Vec<Uuid>,
}

impl PartnersInput {
    /// The partners of the social enterprise `enterprise`, in the order given.
    pub fn validate(&self, enterprise: Uuid) -> Result<Vec<Uuid>, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.partner_ids.len() > MAX_PARTNERS {
            errors.add(
                "partner_ids",
                "too_many",
                format!("a social enterprise has at most {MAX_PARTNERS} partners"),
            );
        }
        for (index, id) in self.partner_ids.iter().enumerate() {
            let field = format!("partner_ids[{index}]");
            if *id == enterprise {
                errors.add(
                    field,
                    "not_allowed",
                    "a social enterprise is not its own partner",
                );
            } else if self.partner_ids[..index].contains(id) {
                errors.add(field, "duplicate", "each partner is named once");
            }
        }
        errors.finish(|| self.partner_ids.clone())
    }
}

/// A partner organisation, in brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
    "kind": "ngo", "active": true}))]
pub struct PartnerOrganisation {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganisationKind,
    pub active: bool,
}

/// The implementing partners of a social enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"social_enterprise_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "partners": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
        "kind": "ngo", "active": true}],
    "version": 1, "updated_at": "2026-02-01T09:00:00Z"}))]
#[schema(as = SocialEnterprisePartners)]
pub struct Partners {
    pub social_enterprise_id: Uuid,
    /// By name.
    pub partners: Vec<PartnerOrganisation>,
    /// The version of the set (also the `ETag`); 0 before partners were first set.
    pub version: i64,
    /// When the set was last changed; `null` before partners were first set.
    pub updated_at: Option<DateTime<Utc>>,
}

/// A social enterprise with its partners.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "name": "Bakery of Hope", "country": "GE", "active": true,
    "partners": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
        "kind": "ngo", "active": true}],
    "partners_version": 1}))]
pub struct SocialEnterprise {
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub active: bool,
    pub partners: Vec<PartnerOrganisation>,
    /// The version of the partner set (`ETag` of `/social-enterprises/{id}/partners`).
    pub partners_version: i64,
}

/// A beneficiary's enrolment as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme": "rehabilitation", "started_on": "2026-01-12", "completed_on": null,
    "note": "Works mornings in the bakery"}))]
pub struct EnrolmentInput {
    /// The person enrolled; an existing person.
    pub person_id: Uuid,
    #[schema(value_type = EnrolmentProgramme)]
    pub programme: String,
    /// Not in the future.
    #[schema(value_type = String, format = Date, example = "2026-01-12")]
    pub started_on: String,
    /// Not before `started_on`, not in the future.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-06-30")]
    pub completed_on: Option<String>,
    /// Free text about the beneficiary's enrolment (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000, example = "Works mornings in the bakery")]
    pub note: Option<String>,
}

/// A validated enrolment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentFields {
    pub person_id: Uuid,
    pub programme: EnrolmentProgramme,
    pub started_on: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    pub note: Option<String>,
}

impl EnrolmentInput {
    pub fn validate(&self, today: NaiveDate) -> Result<EnrolmentFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let programme = errors.check(EnrolmentProgramme::parse("programme", &self.programme));
        let started_on = errors.check(validation::past_date("started_on", &self.started_on, today));
        let completed_on = placement::period_end(
            &mut errors,
            ("completed_on", self.completed_on.as_deref()),
            ("started_on", started_on),
            Some(today),
        );
        let note = placement::note(&mut errors, self.note.as_deref());
        match (programme, started_on) {
            (Some(programme), Some(started_on)) if errors.is_empty() => Ok(EnrolmentFields {
                person_id: self.person_id,
                programme,
                started_on,
                completed_on,
                note,
            }),
            _ => Err(errors),
        }
    }
}

/// A beneficiary of a social enterprise as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "social_enterprise_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "programme": "rehabilitation", "started_on": "2026-01-12", "completed_on": null,
    "note": "Works mornings in the bakery",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-12T09:00:00Z", "updated_at": "2026-01-12T09:00:00Z"}))]
pub struct Enrolment {
    pub id: Uuid,
    pub social_enterprise_id: Uuid,
    pub person_id: Uuid,
    /// The organisation that recorded the enrolment: its staff see it.
    pub organisation_id: Uuid,
    pub programme: EnrolmentProgramme,
    #[schema(value_type = String, format = Date)]
    pub started_on: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub completed_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Enrolment> for EnrolmentInput {
    fn from(enrolment: &Enrolment) -> Self {
        Self {
            person_id: enrolment.person_id,
            programme: enrolment.programme.as_str().to_owned(),
            started_on: enrolment.started_on.to_string(),
            completed_on: enrolment.completed_on.map(|d| d.to_string()),
            note: enrolment.note.clone(),
        }
    }
}

fn one_place() -> i64 {
    1
}

/// Job places created, as a client sends them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"term": "permanent", "created_on": "2026-02-01", "places": 2}))]
pub struct JobPlaceInput {
    #[schema(value_type = EmploymentTerm)]
    pub term: String,
    /// Not in the future.
    #[schema(value_type = String, format = Date, example = "2026-02-01")]
    pub created_on: String,
    /// How many places of this term were created that day; 1 when absent.
    #[serde(default = "one_place")]
    #[schema(minimum = 1, maximum = 10000, default = 1, example = 2)]
    pub places: i64,
}

/// Validated job places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobPlaceFields {
    pub term: EmploymentTerm,
    pub created_on: NaiveDate,
    pub places: i64,
}

impl JobPlaceInput {
    pub fn validate(&self, today: NaiveDate) -> Result<JobPlaceFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let term = errors.check(EmploymentTerm::parse("term", &self.term));
        let created_on = errors.check(validation::past_date("created_on", &self.created_on, today));
        if !(1..=MAX_PLACES).contains(&self.places) {
            errors.add(
                "places",
                "out_of_range",
                format!("places must be 1 to {MAX_PLACES}"),
            );
        }
        match (term, created_on) {
            (Some(term), Some(created_on)) if errors.is_empty() => Ok(JobPlaceFields {
                term,
                created_on,
                places: self.places,
            }),
            _ => Err(errors),
        }
    }
}

/// Job places a social enterprise created, as the API shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f70",
    "social_enterprise_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "term": "permanent", "created_on": "2026-02-01", "places": 2,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-01T09:00:00Z", "updated_at": "2026-02-01T09:00:00Z"}))]
pub struct JobPlace {
    pub id: Uuid,
    pub social_enterprise_id: Uuid,
    /// The organisation that recorded them: its staff see them.
    pub organisation_id: Uuid,
    pub term: EmploymentTerm,
    #[schema(value_type = String, format = Date)]
    pub created_on: NaiveDate,
    pub places: i64,
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&JobPlace> for JobPlaceInput {
    fn from(place: &JobPlace) -> Self {
        Self {
            term: place.term.as_str().to_owned(),
            created_on: place.created_on.to_string(),
            places: place.places,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    fn codes(errors: ValidationErrors) -> Vec<(String, String)> {
        errors.0.into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    #[test]
    fn only_a_social_enterprise_is_one() {
        assert!(check_social_enterprise(OrganisationKind::SocialEnterprise).is_ok());
        let refused = check_social_enterprise(OrganisationKind::Ngo).unwrap_err();
        assert!(matches!(
            refused,
            Error::Unprocessable {
                code: "not_a_social_enterprise",
                ..
            }
        ));
    }

    #[test]
    fn partners_are_other_organisations_each_once() {
        let enterprise = Uuid::from_u128(1);
        let (a, b) = (Uuid::from_u128(2), Uuid::from_u128(3));
        let valid = PartnersInput {
            partner_ids: vec![a, b],
        };
        assert_eq!(valid.validate(enterprise).unwrap(), [a, b]);
        let invalid = PartnersInput {
            partner_ids: vec![a, enterprise, a],
        };
        assert_eq!(
            codes(invalid.validate(enterprise).unwrap_err()),
            [
                pair("partner_ids[1]", "not_allowed"),
                pair("partner_ids[2]", "duplicate")
            ]
        );
        let many = PartnersInput {
            partner_ids: (10..=110).map(Uuid::from_u128).collect(),
        };
        assert_eq!(
            codes(many.validate(enterprise).unwrap_err()),
            [pair("partner_ids", "too_many")]
        );
        assert!(PartnersInput {
            partner_ids: vec![]
        }
        .validate(enterprise)
        .is_ok());
    }

    #[test]
    fn enrolments() {
        let input = EnrolmentInput {
            person_id: Uuid::from_u128(1),
            programme: "rehabilitation".into(),
            started_on: "2026-01-12".into(),
            completed_on: Some("2026-01-30".into()),
            note: None,
        };
        let fields = input.validate(today()).unwrap();
        assert_eq!(fields.programme, EnrolmentProgramme::Rehabilitation);
        let mut bad = input.clone();
        bad.programme = "sports".into();
        bad.completed_on = Some("2026-01-11".into());
        assert_eq!(
            codes(bad.validate(today()).unwrap_err()),
            [
                pair("programme", "invalid_value"),
                pair("completed_on", "before_start")
            ]
        );
        let mut future = input;
        future.started_on = "2026-02-01".into();
        future.completed_on = Some("2026-03-01".into());
        assert_eq!(
            codes(future.validate(today()).unwrap_err()),
            [
                pair("started_on", "in_future"),
                pair("completed_on", "in_future")
            ]
        );
    }

    #[test]
    fn job_places() {
        let input = JobPlaceInput {
            term: "temporary".into(),
            created_on: "2026-01-31".into(),
            places: 1,
        };
        assert_eq!(input.validate(today()).unwrap().places, 1);
        let parsed: JobPlaceInput = serde_json::from_value(
            serde_json::json!({"term": "permanent", "created_on": "2026-01-01"}),
        )
        .unwrap();
        assert_eq!(parsed.places, 1);
        for places in [0, -1, MAX_PLACES + 1] {
            let bad = JobPlaceInput {
                places,
                ..input.clone()
            };
            assert_eq!(
                codes(bad.validate(today()).unwrap_err()),
                [pair("places", "out_of_range")]
            );
        }
        let bad = JobPlaceInput {
            term: "seasonal".into(),
            created_on: "2026-02-01".into(),
            places: 3,
        };
        assert_eq!(
            codes(bad.validate(today()).unwrap_err()),
            [
                pair("term", "invalid_value"),
                pair("created_on", "in_future")
            ]
        );
    }
}
