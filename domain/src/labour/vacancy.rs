//! Vacancies: jobs at home (from the State Employment Agency) or abroad (under
//! a scheme): the employer, the ISCO-08 occupation, requirements, places, a
//! deadline and a status. The requirements are a rule-set document of the one
//! rule engine: a required rule is a hard requirement, the others soft. A
//! vacancy abroad also carries its scheme's conditions.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use super::jobseeker::isco_code;
use crate::eligibility::rules::RuleSet;
use crate::validation::{self, ValidationErrors};
use crate::{reintegration, string_enum};

/// Most places of one vacancy.
pub const MAX_PLACES: i64 = 10_000;

string_enum! {
    /// Where the job is.
    VacancyKind {
        Domestic => "domestic",
        Abroad => "abroad",
    }
}

string_enum! {
    /// Whether a vacancy takes candidates.
    VacancyStatus {
        Open => "open",
        Filled => "filled",
        Closed => "closed",
    }
}

/// A vacancy as a client sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"title": "Live-in caregiver, Haifa", "kind": "abroad",
    "scheme_id": "00000000-0000-7000-8000-000000000402",
    "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30", "occupation": "5322",
    "requirements": {"rules": [{"id": "experienced",
        "name": {"ka": "ერთი წლის გამოცდილება", "en": "A year of experience"}, "required": false,
        "condition": {"fact": "experience_months", "op": "ge", "value": 12},
        "reasons": {"passed": {"ka": "აქვს.", "en": "Has a year of experience."},
            "failed": {"ka": "არ აქვს.", "en": "Has less than a year of experience."},
            "not_evaluable": {"ka": "უცნობია.", "en": "Experience not known."}}}]},
    "places": 3, "deadline": "2027-03-31", "status": "open"}))]
pub struct VacancyInput {
    #[schema(max_length = 200, example = "Live-in caregiver, Haifa")]
    pub title: String,
    #[schema(value_type = VacancyKind)]
    pub kind: String,
    /// The scheme of a job abroad (required then); absent at home.
    #[serde(default)]
    pub scheme_id: Option<Uuid>,
    /// The employer; an existing organisation.
    pub employer_organisation_id: Uuid,
    /// The ISCO-08 unit group of the job.
    #[schema(pattern = "^[0-9]{4}$", example = "5322")]
    pub occupation: String,
    /// A rule-set document (`{"rules": [...]}`, at least one rule): required
    /// rules are hard requirements, the others soft; absent or `null`: none
    /// beyond the scheme's.
    #[serde(default)]
    #[schema(value_type = Option<crate::eligibility::schema::RuleSetDocument>)]
    pub requirements: Option<Value>,
    #[schema(minimum = 1, maximum = 10000, example = 3)]
    pub places: i64,
    /// The last day to apply.
    #[schema(value_type = String, format = Date, example = "2027-03-31")]
    pub deadline: String,
    #[schema(value_type = VacancyStatus)]
    pub status: String,
}

/// A validated vacancy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VacancyFields {
    pub title: String,
    pub kind: VacancyKind,
    pub scheme_id: Option<Uuid>,
    pub employer_organisation_id: Uuid,
    pub occupation: String,
    /// The requirements as a valid rule set; `None` when there are none.
    pub requirements: Option<RuleSet>,
    pub places: i64,
    pub deadline: NaiveDate,
    pub status: VacancyStatus,
}

impl VacancyInput {
    /// Checks every field at once (the requirements' problems under `requirements`).
    pub fn validate(&self) -> Result<VacancyFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check(validation::text("title", &self.title, 200));
        let kind = errors.check(VacancyKind::parse("kind", &self.kind));
        match (kind, self.scheme_id) {
            (Some(VacancyKind::Abroad), None) => errors.add(
                "scheme_id",
                "required",
                "a vacancy abroad is under a scheme",
            ),
            (Some(VacancyKind::Domestic), Some(_)) => errors.add(
                "scheme_id",
                "not_allowed",
                "a vacancy at home is under no scheme",
            ),
            _ => {}
        }
        let occupation = errors.check(isco_code("occupation", &self.occupation));
        let requirements = match self
            .requirements
            .as_ref()
            .filter(|r| !r.is_null())
            .map(RuleSet::parse)
        {
            None => Some(None),
            Some(Ok(rules)) => Some(Some(rules)),
            Some(Err(problems)) => {
                for problem in problems.0 {
                    let field = if problem.field.is_empty() {
                        "requirements".to_owned()
                    } else {
                        format!("requirements.{}", problem.field)
                    };
                    errors.add(field, &problem.code, problem.message);
                }
                None
            }
        };
        if !(1..=MAX_PLACES).contains(&self.places) {
            errors.add(
                "places",
                "out_of_range",
                format!("places must be from 1 to {MAX_PLACES}"),
            );
        }
        let deadline = errors.check(reintegration::date("deadline", &self.deadline));
        let status = errors.check(VacancyStatus::parse("status", &self.status));
        match (title, kind, occupation, requirements, deadline, status) {
            (
                Some(title),
                Some(kind),
                Some(occupation),
                Some(requirements),
                Some(deadline),
                Some(status),
            ) if errors.is_empty() => Ok(VacancyFields {
                title,
                kind,
                scheme_id: self.scheme_id,
                employer_organisation_id: self.employer_organisation_id,
                occupation,
                requirements,
                places: self.places,
                deadline,
                status,
            }),
            _ => Err(errors),
        }
    }
}

/// A vacancy as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd0",
    "title": "Live-in caregiver, Haifa", "kind": "abroad",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "country": "IL",
    "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30", "occupation": "5322",
    "requirements": null, "places": 3, "deadline": "2027-03-31", "status": "open",
    "version": 1, "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-01T09:00:00Z"}))]
pub struct Vacancy {
    pub id: Uuid,
    pub title: String,
    pub kind: VacancyKind,
    pub scheme_id: Option<Uuid>,
    /// GE at home; the scheme's destination abroad.
    pub country: String,
    pub employer_organisation_id: Uuid,
    pub occupation: String,
    /// The requirements, a rule-set document; `null` when none.
    #[schema(value_type = Option<crate::eligibility::schema::RuleSetDocument>)]
    pub requirements: Option<Value>,
    pub places: i64,
    #[schema(value_type = String, format = Date)]
    pub deadline: NaiveDate,
    pub status: VacancyStatus,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Vacancy {
    /// Whether the vacancy takes applications on `day`: open, and not past its deadline.
    pub fn takes_applications(&self, day: NaiveDate) -> bool {
        self.status == VacancyStatus::Open && day <= self.deadline
    }
}

impl From<&Vacancy> for VacancyInput {
    fn from(vacancy: &Vacancy) -> Self {
        Self {
            title: vacancy.title.clone(),
            kind: vacancy.kind.as_str().to_owned(),
            scheme_id: vacancy.scheme_id,
            employer_organisation_id: vacancy.employer_organisation_id,
            occupation: vacancy.occupation.clone(),
            requirements: vacancy.requirements.clone(),
            places: vacancy.places,
            deadline: vacancy.deadline.to_string(),
            status: vacancy.status.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> VacancyInput {
        serde_json::from_value(serde_json::json!({"title": "Caregiver", "kind": "abroad",
            "scheme_id": "00000000-0000-7000-8000-000000000402",
            "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
            "occupation": "5322", "places": 3, "deadline": "2027-03-31", "status": "open"}))
        .unwrap()
    }

    #[test]
    fn vacancies_validate_with_their_requirements() {
        let fields = input().validate().unwrap();
        assert!(fields.requirements.is_none());
        let mut wrong = input();
        wrong.kind = "domestic".into();
        wrong.occupation = "53".into();
        wrong.places = 0;
        wrong.requirements = Some(serde_json::json!({"rules": [{"id": "x"}]}));
        let fields: Vec<String> = wrong
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(&fields[..2], ["scheme_id", "occupation"]);
        assert!(
            fields.iter().any(|f| f.starts_with("requirements.")),
            "{fields:?}"
        );
        assert!(fields.contains(&"places".to_owned()));
        let mut abroad = input();
        abroad.scheme_id = None;
        assert_eq!(abroad.validate().unwrap_err().0[0].field, "scheme_id");
    }
}
