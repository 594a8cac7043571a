//! `POST /cases/{id}/transitions` and the list of a case's moves.

use actix_web::{get, post, web, HttpResponse};
use integra_domain::reintegration::case::{CaseTransition, TransitionInput};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{path_id, written};
use crate::services::answer::CaseAnswer;
use crate::services::cases::transitions;
use crate::services::Call;

/// Moves a case through its life cycle.
///
/// The body is `{"to", "reason", "outcome"?, "override"?}`; the move is kept with who,
/// when and why, and the answer is the case.
/// A move the life cycle does not allow is a `409` listing the `allowed` moves.
/// `eligible` / `not_eligible` must agree with the latest assessment unless an admin
/// overrides it (`"override": true`); closing needs an `outcome`.
/// For case workers of the case's organisation and administrators: `override` from a
/// non-admin is a `403`, a move to `eligible` / `not_eligible` before any assessment a
/// `409`, and a stale `If-Match` a `412`.
#[utoipa::path(
    operation_id = "transition_case",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id"), IfMatch),
    request_body(content = TransitionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Moved: the case, or its id and version to a caller who may not read it", body = CaseAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/cases/{id}/transitions")]
pub async fn transition(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<TransitionInput>,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let answer = transitions::transition(&call, id, input, if_match.0).await?;
    Ok(written(&answer))
}

/// The moves of a case.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4eb0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "from": "registered", "to": "screening",
    "reason": "Documents complete", "outcome": null, "override": false,
    "by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "at": "2026-02-01T10:15:00Z"}]}))]
pub struct TransitionList {
    pub items: Vec<CaseTransition>,
}

/// Lists the moves of a case, first to last: who, when, why.
///
/// Returns every move (not paged) with `from`, `to`, `reason`, the closing `outcome`,
/// whether it overrode the assessment, `by` and `at`. For case workers of the case's
/// organisation and administrators; the read is audited as a read of the case.
#[utoipa::path(
    operation_id = "list_case_transitions",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses((status = 200, description = "The moves", body = TransitionList))
)]
#[get("/cases/{id}/transitions")]
pub async fn list_transitions(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let items = transitions::list(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(TransitionList { items }))
}
