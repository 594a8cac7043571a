//! An eligibility check as a client asks for it: a person of the registry in a
//! programme, or facts given against a programme's rules or a published rule set.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::Facts;
use crate::reintegration;
use crate::ValidationErrors;

/// What to check: a person of the registry in a programme (`programme_id`, `person_id`,
/// `on`), or given `facts` against a programme's rules or a published rule set version.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "on": "2026-01-31"}))]
pub struct EligibilityRequest {
    #[serde(default)]
    pub programme_id: Option<Uuid>,
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// The application date (with `person_id`); today by default.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-01-31")]
    pub on: Option<String>,
    /// With `facts` and without `programme_id`: the rule set to apply.
    #[serde(default)]
    pub rule_set_id: Option<Uuid>,
    /// With `rule_set_id`: its published version to apply.
    #[serde(default)]
    #[schema(minimum = 1, example = 1)]
    pub rule_set_version: Option<i64>,
    /// Facts to check instead of a person's.
    #[serde(default)]
    pub facts: Option<Facts>,
}

/// What an eligibility check is about, once the request is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    Person {
        programme: Uuid,
        person: Uuid,
        on: NaiveDate,
    },
    Facts {
        programme: Option<Uuid>,
        rule_set: Option<(Uuid, i64)>,
        facts: Box<Facts>,
    },
}

impl EligibilityRequest {
    /// The subject of the check; `on` defaults to `today`.
    pub fn validate(self, today: NaiveDate) -> Result<Subject, ValidationErrors> {
        subject(self, today)
    }
}

fn subject(input: EligibilityRequest, today: NaiveDate) -> Result<Subject, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let on = match input.on.as_deref() {
        None => Some(today),
        Some(v) => errors.check(reintegration::date("on", v)),
    };
    match (input.person_id, input.facts) {
        (Some(_), Some(_)) => {
            errors.add(
                "facts",
                "not_allowed",
                "give either person_id or facts, not both",
            );
            Err(errors)
        }
        (Some(person), None) => {
            if input.rule_set_id.is_some() || input.rule_set_version.is_some() {
                errors.add(
                    "rule_set_id",
                    "not_allowed",
                    "a person is checked with the rules of programme_id",
                );
            }
            let Some(programme) = input.programme_id else {
                errors.add(
                    "programme_id",
                    "required",
                    "programme_id is required with person_id",
                );
                return Err(errors);
            };
            errors.finish(|| Subject::Person {
                programme,
                person,
                on: on.unwrap_or(today),
            })
        }
        (None, Some(facts)) => {
            if input.on.is_some() {
                errors.add(
                    "on",
                    "not_allowed",
                    "with facts, give facts.application_date",
                );
            }
            let rule_set = match (
                input.programme_id,
                input.rule_set_id,
                input.rule_set_version,
            ) {
                (Some(_), None, None) => None,
                (None, Some(id), Some(version)) => Some((id, version)),
                (None, Some(_), None) => {
                    errors.add(
                        "rule_set_version",
                        "required",
                        "rule_set_version is required with rule_set_id",
                    );
                    None
                }
                (None, None, _) => {
                    errors.add(
                        "programme_id",
                        "required",
                        "give programme_id, or rule_set_id and rule_set_version",
                    );
                    None
                }
                (Some(_), _, _) => {
                    errors.add(
                        "rule_set_id",
                        "not_allowed",
                        "give programme_id or rule_set_id, not both",
                    );
                    None
                }
            };
            errors.finish(|| Subject::Facts {
                programme: input.programme_id,
                rule_set,
                facts: Box::new(facts),
            })
        }
        (None, None) => {
            errors.add("person_id", "required", "give person_id, or facts");
            Err(errors)
        }
    }
}
