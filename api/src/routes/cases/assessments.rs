//! Eligibility assessments of a case.

use actix_web::http::header;
use actix_web::{get, post, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use super::location;
use crate::error::ApiError;
use crate::routes::path_id;
use crate::services::answer::AssessmentAnswer;
use crate::services::cases::assessments::{self, AssessmentView};
use crate::services::Call;

/// The assessments of a case.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "eligible": false,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "assessed_on": "2026-01-31", "facts": {"date_of_birth": null},
    "results": [{"rule_id": "adult", "outcome": "not_evaluable",
        "reason": {"ka": "ასაკი უცნობია.", "en": "The age is not known."},
        "facts": {"age_years": null}}],
    "assessed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "created_at": "2026-02-01T10:00:00Z"}]}))]
pub struct AssessmentList {
    pub items: Vec<AssessmentView>,
}

/// Runs and stores an eligibility assessment of a case.
///
/// Runs the programme's rule set version on the registry's facts as of the case's
/// application date (`registered_on`) and stores every rule's result; earlier
/// assessments stay as they were. For case workers of the case's organisation and
/// administrators; a closed case is a `409`, and reading the person's facts is audited.
#[utoipa::path(
    operation_id = "assess_case",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses(
        (status = 201, description = "Assessed: the assessment, or its id to a caller who may not read it", body = AssessmentAnswer,
            headers(("Location" = String, description = "The assessment's path"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/cases/{id}/assessments")]
pub async fn assess(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let assessment = assessments::assess(&call, id).await?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("{}/assessments/{}", location(id), assessment.id()),
        ))
        .json(assessment))
}

/// Lists the assessments of a case, oldest first.
///
/// Returns every assessment of the case (not paged), each with its overall `eligible`,
/// the rule set version, every rule's result and the facts used. For case workers of the
/// case's organisation and administrators; the read is audited as a read of the case.
#[utoipa::path(
    operation_id = "list_case_assessments",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses((status = 200, description = "The assessments", body = AssessmentList))
)]
#[get("/cases/{id}/assessments")]
pub async fn list_assessments(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let items = assessments::list(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(AssessmentList { items }))
}

/// Reads one assessment of a case.
///
/// Returns the stored assessment as it was made: overall `eligible`, the rule set
/// version, every rule's result and the facts used. An assessment of another case is a
/// `404`; the read is audited as a read of the case.
#[utoipa::path(
    operation_id = "get_case_assessment",
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("aid" = Uuid, Path, description = "The assessment's id"),
    ),
    responses((status = 200, description = "The assessment", body = AssessmentView))
)]
#[get("/cases/{id}/assessments/{aid}")]
pub async fn get_assessment(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, aid) = (path_id(&path.0)?, path_id(&path.1)?);
    Ok(HttpResponse::Ok().json(assessments::get(&call, id, aid).await?))
}
