//! Reintegration cases: open, find, read, assign; their moves, notes and
//! assessments are in the modules below. Each handler parses the request and
//! calls one use case of [`crate::services::cases`].

use actix_web::{get, post, web, HttpResponse};
use integra_domain::reintegration::case::CaseInput;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::CaseAnswer;
use crate::services::cases::{self, AssignInput, CasePage, CaseQuery, CaseView};
use crate::services::Call;

mod assessments;
mod notes;
mod transitions;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_case)
        .service(list_cases)
        .service(get_case)
        .service(transitions::transition)
        .service(transitions::list_transitions)
        .service(assign)
        .service(notes::add_note)
        .service(notes::list_notes)
        .service(assessments::assess)
        .service(assessments::list_assessments)
        .service(assessments::get_assessment);
}

/// The path of a case.
pub fn location(id: Uuid) -> String {
    format!("/api/v1/cases/{id}")
}

/// Opens a case for a person in a programme.
///
/// A person has at most one open case per programme: a second is a `409` whose
/// `existing` is the path of the first.
/// For case workers and administrators; the case starts `registered` and belongs to the
/// caller's organisation (the ministry's for an account without one). `registered_on`
/// is today when absent, never in the future; an unknown person or programme is a `422`.
#[utoipa::path(
    tag = "cases",
    request_body(content = CaseInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Opened: the case, or its id and version to a caller who may not read it", body = CaseAnswer,
            headers(("Location" = String, description = "The case's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/cases")]
pub async fn create_case(
    call: Call,
    JsonBody(input): JsonBody<CaseInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = cases::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the cases the caller may see, oldest first.
///
/// A case worker sees their organisation's cases, an administrator every case. Returns
/// one page filtered by `status`, `programme_id`, `person_id`, `assigned_to` and
/// `overdue` (plan past its due date), with cursor paging (`limit`, `cursor`); each case
/// carries its latest assessment in brief, and every case listed is an audited read.
#[utoipa::path(
    tag = "cases",
    params(CaseQuery),
    responses((status = 200, description = "One page of cases", body = CasePage))
)]
#[get("/cases")]
pub async fn list_cases(
    call: Call,
    query: web::Query<CaseQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(cases::list(&call, query.into_inner()).await?))
}

/// Reads a case (the read is recorded).
///
/// Returns the case with its plan due date, whether the plan is overdue, its latest
/// assessment in brief and its version as the `ETag`. For case workers and
/// administrators; another organisation's case is a `404` to a case worker.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses((status = 200, description = "The case", body = CaseView,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/cases/{id}")]
pub async fn get_case(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let case = cases::get(&call, path_id(&id)?).await?;
    Ok(versioned(case.version, &case))
}

/// Assigns a case to a case worker (or admin) of its organisation.
///
/// `user_id` must name an active case worker or administrator of the case's
/// organisation (`422` `not_assignable` otherwise). For case workers of that
/// organisation and administrators; a stale `If-Match` is a `412`. Answers with the case.
#[utoipa::path(
    operation_id = "assign_case",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id"), IfMatch),
    request_body(content = AssignInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Assigned: the case, or its id and version to a caller who may not read it", body = CaseAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/cases/{id}/assign")]
pub async fn assign(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<AssignInput>,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let answer = cases::assign(&call, id, input, if_match.0).await?;
    Ok(written(&answer))
}
