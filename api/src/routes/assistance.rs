//! Assistance items of a case: propose, read, and the workflow actions
//! approve (four eyes; above the programme's threshold only an admin),
//! reject, deliver and cancel. Each handler parses the request and calls one
//! use case of [`crate::services::assistance`].

use actix_web::{get, post, web, HttpResponse};
use integra_domain::reintegration::assistance::{
    ActionInput, AssistanceAction, AssistanceInput, DeliverInput,
};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::AssistanceAnswer;
use crate::services::assistance::actions::{self, ActionBody};
use crate::services::assistance::{self, AssistancePage, AssistanceWithHistory};
use crate::services::paging::PageQuery;
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(propose_assistance)
        .service(list_case_assistance)
        .service(get_assistance)
        .service(approve_assistance)
        .service(reject_assistance)
        .service(deliver_assistance)
        .service(cancel_assistance);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/assistance/{id}")
}

/// Proposes an assistance item on a case.
///
/// Only on a case in `planning` or `assisting` (`counselling_referral` also on
/// `not_eligible`); the type must be in the programme's catalogue; the amount
/// must fit the caps per person and per household (409 `cap_per_person` /
/// `cap_per_household` with the room left). Caps count the approved and
/// delivered items of the type in the programme whose beneficiary is the
/// case's person (co-beneficiaries are persons involved: an item does not count
/// against their own caps), and per household those recorded for the person's
/// household.
///
/// For case workers (on their organisation's cases) and administrators. A correction
/// names a delivered item of the same case and type in `corrects_id` and carries the
/// difference as its `amount`; co-beneficiaries and a provider that do not exist are a
/// `422`.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The case's id")),
    request_body(content = AssistanceInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Proposed: the item, or its id and version to a caller who may not read it", body = AssistanceAnswer,
            headers(("Location" = String, description = "The item's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/cases/{id}/assistance")]
pub async fn propose_assistance(
    call: Call,
    case_id: web::Path<String>,
    JsonBody(input): JsonBody<AssistanceInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = assistance::propose(&call, path_id(&case_id)?, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the assistance items of a case, oldest first.
///
/// For case workers (on their organisation's cases; another's is a `404`) and
/// administrators. Pages with `limit` (1 to 500, 50 by default) and `cursor`; the read is
/// recorded as a read of the case.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The case's id"), PageQuery),
    responses((status = 200, description = "One page of items", body = AssistancePage))
)]
#[get("/cases/{id}/assistance")]
pub async fn list_case_assistance(
    call: Call,
    case_id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let case_id = path_id(&case_id)?;
    let page = assistance::list(&call, case_id, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads an assistance item with its history.
///
/// The history lists each action taken (`propose`, `approve`, `reject`, `deliver`,
/// `cancel`) with its reason, actor and time, oldest first. For case workers (items of
/// their organisation's cases; others are a `404`) and administrators; the read is
/// recorded.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The item's id")),
    responses((status = 200, description = "The item", body = AssistanceWithHistory,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/assistance/{id}")]
pub async fn get_assistance(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let view = assistance::get(&call, path_id(&id)?).await?;
    Ok(versioned(view.item.version, &view))
}

/// The one path of the four actions: the item after `action`, with its new version.
async fn act(
    call: &Call,
    id: &str,
    action: AssistanceAction,
    body: ActionBody,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let answer = actions::act(call, path_id(id)?, action, body, if_match.0).await?;
    Ok(written(&answer))
}

/// Approves a proposed item and commits its amount against the programme's budget.
///
/// Four eyes: the proposer cannot approve (403); above the programme's approval
/// threshold only an admin approves (403). The budget is never overspent, even
/// under concurrent approvals on several nodes: 409 `budget_exceeded` names the
/// room left. The caps are checked again (409 `cap_per_person` /
/// `cap_per_household`).
///
/// For case workers (on their organisation's cases) and administrators; `reason` is
/// optional. An item that is not `proposed` is a `409` `illegal_action` listing the
/// allowed actions, and a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The item's id"), IfMatch),
    request_body(content = ActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The approved item, or its id and version to a caller who may not read it", body = AssistanceAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/assistance/{id}/approve")]
pub async fn approve_assistance(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ActionInput>,
) -> Result<HttpResponse, ApiError> {
    let action = AssistanceAction::Approve;
    act(&call, &id, action, input.into(), if_match).await
}

/// Rejects a proposed item; needs a reason.
///
/// For case workers (on their organisation's cases) and administrators. A missing
/// `reason` is a `422`; an item that is not `proposed` is a `409` `illegal_action`
/// listing the allowed actions, and a stale `If-Match` is a `412`. Rejected is final.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The item's id"), IfMatch),
    request_body(content = ActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The rejected item, or its id and version to a caller who may not read it", body = AssistanceAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/assistance/{id}/reject")]
pub async fn reject_assistance(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ActionInput>,
) -> Result<HttpResponse, ApiError> {
    let action = AssistanceAction::Reject;
    act(&call, &id, action, input.into(), if_match).await
}

/// Records the delivery of an approved item.
///
/// A delivered item is never edited (a correction is a new item with `corrects_id`). For
/// case workers (on their organisation's cases) and administrators; `delivered_on` is
/// required and not in the future, `reason` optional. An item that is not `approved` is a
/// `409` `illegal_action` listing the allowed actions, and a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The item's id"), IfMatch),
    request_body(content = DeliverInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The delivered item, or its id and version to a caller who may not read it", body = AssistanceAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/assistance/{id}/deliver")]
pub async fn deliver_assistance(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<DeliverInput>,
) -> Result<HttpResponse, ApiError> {
    let action = AssistanceAction::Deliver;
    act(&call, &id, action, input.into(), if_match).await
}

/// Cancels a proposed or approved item; needs a reason.
///
/// Cancelling an approved item gives its amount back to the programme's budget. For case
/// workers (on their organisation's cases) and administrators; a missing `reason` is a
/// `422`. A `delivered`, `rejected` or `cancelled` item is a `409` `illegal_action`, and
/// a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The item's id"), IfMatch),
    request_body(content = ActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The cancelled item, or its id and version to a caller who may not read it", body = AssistanceAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/assistance/{id}/cancel")]
pub async fn cancel_assistance(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ActionInput>,
) -> Result<HttpResponse, ApiError> {
    let action = AssistanceAction::Cancel;
    act(&call, &id, action, input.into(), if_match).await
}
