//! Eligibility checks: a dry run of a programme's rules on a person of the registry,
//! or on facts given in the request. Nothing is stored but the audit of reading the person.

use actix_web::{post, HttpResponse};
use integra_domain::eligibility::EligibilityRequest;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::services::eligibility::{self, EligibilityAnswer};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config.service(check);
}

/// Checks eligibility as a dry run, storing no assessment.
///
/// By person: the registry's facts (citizenship, residence status, date of birth,
/// stays abroad, grants delivered by the programme) on the date `on`. By facts: the
/// facts given, against the programme's rules or a published rule set version.
/// Answers `eligible`, the rule set version applied and every rule's outcome, reason
/// and facts. For administrators, case workers and employment counsellors; a check of
/// a person is audited as a read of that person, and an unknown programme or person is
/// a `422`.
#[utoipa::path(
    operation_id = "check_eligibility",
    tag = "eligibility",
    request_body(content = EligibilityRequest, content_type = "application/json"),
    responses((status = 200, description = "The outcome of every rule", body = EligibilityAnswer))
)]
#[post("/eligibility/check")]
pub async fn check(
    call: Call,
    JsonBody(input): JsonBody<EligibilityRequest>,
) -> Result<HttpResponse, ApiError> {
    let answer: EligibilityAnswer = eligibility::check(&call, input).await?;
    Ok(HttpResponse::Ok().json(answer))
}
