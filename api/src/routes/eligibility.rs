//! Eligibility checks: a dry run of a programme's rules on a person of the registry,
//! or on facts given in the request. Nothing is stored but the audit of reading the person.

use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use integra_domain::access::Permission;
use integra_domain::eligibility::{Facts, RuleSet};
use integra_domain::reintegration;
use integra_domain::ValidationErrors;
use integra_persistence::{assessments, programmes, rule_sets, DbConnection, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config.service(check);
}

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

/// The rule set version an answer was reached with.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1}))]
pub struct RuleSetRef {
    pub id: Uuid,
    pub version: i64,
}

/// The answer of an eligibility check.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"eligible": true,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "results": [{"rule_id": "adult", "outcome": "passed",
        "reason": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
        "facts": {"age_years": 37}}]}))]
pub struct EligibilityAnswer {
    /// Every required rule passed.
    pub eligible: bool,
    pub rule_set: RuleSetRef,
    /// One result per rule: `rule_id`, `outcome` (`passed`, `failed`, `not_evaluable`), `reason`, `facts`.
    #[schema(value_type = Vec<Object>)]
    pub results: Value,
    /// The facts the rules were evaluated on.
    #[schema(value_type = Object)]
    pub facts: Value,
}

/// Loads a published rule set version.
pub fn load_rules(conn: &mut DbConnection, id: Uuid, version: i64) -> Result<RuleSet, StoreError> {
    let text = rule_sets::published_document(conn, id, version)?.ok_or(StoreError::NotFound)?;
    let document: Value = serde_json::from_str(&text)
        .map_err(|_| StoreError::corrupt("rule set document", "not JSON"))?;
    RuleSet::parse(&document)
        .map_err(|_| StoreError::corrupt("rule set document", "not a rule set"))
}

/// Evaluates `rules` on `facts` in the API's shape.
pub fn evaluate(rules: &RuleSet, rule_set: RuleSetRef, facts: &Facts) -> EligibilityAnswer {
    let assessment = rules.evaluate(facts);
    let json = assessment.to_json();
    EligibilityAnswer {
        eligible: assessment.eligible,
        rule_set,
        results: json
            .get("results")
            .cloned()
            .unwrap_or(Value::Array(Vec::new())),
        facts: serde_json::to_value(facts).unwrap_or(Value::Null),
    }
}

enum Subject {
    Person {
        programme: Uuid,
        person: Uuid,
        on: NaiveDate,
    },
    Facts {
        programme: Option<Uuid>,
        rule_set: Option<(Uuid, i64)>,
        facts: Facts,
    },
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
                facts,
            })
        }
        (None, None) => {
            errors.add("person_id", "required", "give person_id, or facts");
            Err(errors)
        }
    }
}

fn programme_rules(conn: &mut DbConnection, programme: Uuid) -> Result<(Uuid, i64), StoreError> {
    match programmes::get(conn, programme) {
        Ok(p) => Ok((p.rule_set_id, p.rule_set_version)),
        Err(StoreError::NotFound) => Err(StoreError::Invalid(ValidationErrors::single(
            "programme_id",
            "not_found",
            "programme_id names no programme",
        ))),
        Err(e) => Err(e),
    }
}

/// Checks eligibility without recording anything (a dry run).
///
/// By person: the registry's facts (citizenship, residence status, date of birth,
/// stays abroad, grants delivered by the programme) on the date `on`. By facts: the
/// facts given, against the programme's rules or a published rule set version.
#[utoipa::path(
    tag = "eligibility",
    request_body(content = EligibilityRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The outcome of every rule", body = EligibilityAnswer),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/eligibility/check")]
pub async fn check(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<EligibilityRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadProgrammes)?;
    let answer = match subject(input, state.today())? {
        Subject::Person {
            programme,
            person,
            on,
        } => {
            let entry = audit(&principal, &req, "person.read", "person", Some(person));
            state
                .audited(vec![entry], move |c, _| {
                    let (id, version) = programme_rules(c, programme)?;
                    let facts = match assessments::facts_of(c, person, programme, on) {
                        Err(StoreError::NotFound) => {
                            return Err(StoreError::Invalid(ValidationErrors::single(
                                "person_id",
                                "not_found",
                                "person_id names no person",
                            )))
                        }
                        other => other?,
                    };
                    let rules = load_rules(c, id, version)?;
                    Ok(evaluate(&rules, RuleSetRef { id, version }, &facts))
                })
                .await?
        }
        Subject::Facts {
            programme,
            rule_set,
            facts,
        } => {
            state
                .read(move |c| {
                    let (id, version) = match (programme, rule_set) {
                        (Some(p), _) => programme_rules(c, p)?,
                        (None, Some(pair)) => pair,
                        (None, None) => return Err(StoreError::NotFound),
                    };
                    let rules = match load_rules(c, id, version) {
                        Err(StoreError::NotFound) => {
                            return Err(StoreError::Invalid(ValidationErrors::single(
                                "rule_set_version",
                                "not_published",
                                "rule_set_id and rule_set_version must name a published rule set version",
                            )))
                        }
                        other => other?,
                    };
                    Ok(evaluate(&rules, RuleSetRef { id, version }, &facts))
                })
                .await?
        }
    };
    Ok(HttpResponse::Ok().json(answer))
}
