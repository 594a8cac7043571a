//! Assistance items of a case: propose, read, and the workflow actions
//! approve (four eyes; above the programme's threshold only an admin),
//! reject, deliver and cancel. The budget is enforced by the database (see
//! `integra_persistence::assistance`).

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use integra_domain::access::{Permission, Role};
use integra_domain::reintegration::assistance::{
    check_approval, ActionInput, ApprovalError, Assistance, AssistanceAction, AssistanceInput,
    DeliverInput,
};
use integra_persistence::assistance::{self, ActionRequest, AssistanceDetail};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging as cursor;
use crate::state::{audit, AppState};

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

/// The organisation whose cases the caller sees: `None` for an admin (all).
pub(crate) fn case_scope(principal: &Principal) -> Option<Uuid> {
    if principal.role == Role::Admin {
        None
    } else {
        Some(principal.organisation_id.unwrap_or(Uuid::nil()))
    }
}

/// `?limit=50&cursor=...`
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    pub(crate) limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    pub(crate) cursor: Option<String>,
}

/// One step in an item's history.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"action": "approve", "reason": null,
    "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1", "occurred_at": "2026-02-06T10:00:00Z"}))]
pub struct AssistanceStep {
    /// `propose`, `approve`, `reject`, `deliver` or `cancel`.
    pub action: String,
    pub reason: Option<String>,
    pub actor_id: Uuid,
    pub occurred_at: DateTime<Utc>,
}

/// An assistance item with its history, oldest step first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f00",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "type": "micro_business",
    "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
    "co_beneficiary_ids": [], "provider_organisation_id": null, "corrects_id": null,
    "description": "Two dairy cows and a milk cooler", "status": "approved",
    "status_reason": null, "proposed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "approved_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1", "delivered_on": null,
    "version": 2, "created_at": "2026-02-05T09:00:00Z", "updated_at": "2026-02-06T10:00:00Z",
    "actions": [
        {"action": "propose", "reason": null, "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
         "occurred_at": "2026-02-05T09:00:00Z"},
        {"action": "approve", "reason": null, "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1",
         "occurred_at": "2026-02-06T10:00:00Z"}]}))]
pub struct AssistanceWithHistory {
    #[serde(flatten)]
    pub item: Assistance,
    pub actions: Vec<AssistanceStep>,
}

impl From<AssistanceDetail> for AssistanceWithHistory {
    fn from(detail: AssistanceDetail) -> Self {
        Self {
            item: detail.item,
            actions: detail
                .actions
                .into_iter()
                .map(|a| AssistanceStep {
                    action: a.action,
                    reason: a.reason,
                    actor_id: a.actor_id,
                    occurred_at: a.occurred_at,
                })
                .collect(),
        }
    }
}

/// One page of a case's assistance items.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f00",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "type": "micro_business",
    "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
    "co_beneficiary_ids": [], "provider_organisation_id": null, "corrects_id": null,
    "description": null, "status": "proposed", "status_reason": null,
    "proposed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "approved_by": null,
    "delivered_on": null, "version": 1, "created_at": "2026-02-05T09:00:00Z",
    "updated_at": "2026-02-05T09:00:00Z"}], "next_cursor": null}))]
pub struct AssistancePage {
    pub items: Vec<Assistance>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
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
#[utoipa::path(
    tag = "assistance",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = AssistanceInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Proposed", body = AssistanceWithHistory,
            headers(("Location" = String, description = "The item's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/assistance")]
pub async fn propose_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    case_id: web::Path<String>,
    JsonBody(input): JsonBody<AssistanceInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let case_id = path_id(&case_id)?;
    let id = Uuid::now_v7();
    let (scope, actor) = (case_scope(&principal), principal.id);
    let entries = vec![audit(
        &principal,
        &req,
        "assistance.proposed",
        "assistance",
        Some(id),
    )];
    let detail = state
        .audited(entries, move |c, now| {
            assistance::propose(c, id, case_id, scope, &input, actor, now)
        })
        .await?;
    let view = AssistanceWithHistory::from(detail);
    Ok(created(location(id), view.item.version, &view))
}

/// Lists the assistance items of a case, oldest first.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The case's id"), PageQuery),
    responses(
        (status = 200, description = "One page of items", body = AssistancePage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/assistance")]
pub async fn list_case_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    case_id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let case_id = path_id(&case_id)?;
    let (limit, after) = cursor::params(query.limit, query.cursor.as_deref())?;
    let scope = case_scope(&principal);
    let entries = vec![audit(
        &principal,
        &req,
        "case.assistance_read",
        "case",
        Some(case_id),
    )];
    let items = state
        .audited(entries, move |c, _| {
            assistance::list_for_case(c, case_id, scope, after, limit)
        })
        .await?;
    let next_cursor = cursor::next_cursor(items.iter().map(|i| i.id), limit);
    Ok(HttpResponse::Ok().json(AssistancePage { items, next_cursor }))
}

/// Reads an assistance item with its history.
#[utoipa::path(
    tag = "assistance",
    params(("id" = Uuid, Path, description = "The item's id")),
    responses(
        (status = 200, description = "The item", body = AssistanceWithHistory,
            headers(("ETag" = String, description = "The version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/assistance/{id}")]
pub async fn get_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let id = path_id(&id)?;
    let scope = case_scope(&principal);
    let entries = vec![audit(
        &principal,
        &req,
        "assistance.read",
        "assistance",
        Some(id),
    )];
    let detail = state
        .audited(entries, move |c, _| assistance::get(c, id, scope))
        .await?;
    let view = AssistanceWithHistory::from(detail);
    Ok(versioned(view.item.version, &view))
}

/// Runs one workflow action in one audited transaction.
async fn act(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: &str,
    if_match: IfMatch,
    request: ActionRequest,
    event: &'static str,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(id)?;
    let scope = case_scope(&principal);
    let mut request = request;
    request.expected_version = if_match.version()?;
    let entries = vec![audit(&principal, &req, event, "assistance", Some(id))];
    let detail = state
        .audited(entries, move |c, now| {
            assistance::act(c, id, scope, &request, now)
        })
        .await?;
    let view = AssistanceWithHistory::from(detail);
    Ok(versioned(view.item.version, &view))
}

fn request(
    action: AssistanceAction,
    principal: &Principal,
    reason: Option<String>,
) -> ActionRequest {
    ActionRequest {
        action,
        reason,
        delivered_on: None,
        expected_version: None,
        actor: principal.id,
    }
}

/// Approves a proposed item, committing its amount against the programme's budget.
///
/// Four eyes: the proposer cannot approve (403); above the programme's approval
/// threshold only an admin approves (403). The budget is never overspent, even
/// under concurrent approvals on several nodes: 409 `budget_exceeded` names the
/// room left. The caps are checked again (409 `cap_per_person` /
/// `cap_per_household`).
#[utoipa::path(
    tag = "assistance",
    params(
        ("id" = Uuid, Path, description = "The item's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the item's version"),
    ),
    request_body(content = ActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The approved item", body = AssistanceWithHistory,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/assistance/{id}/approve")]
pub async fn approve_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ActionInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let reason = input.validate(AssistanceAction::Approve)?;
    let item = path_id(&id)?;
    let scope = case_scope(&principal);
    let facts = state
        .read(move |c| assistance::approval_facts(c, item, scope))
        .await?;
    check_approval(
        facts.proposed_by,
        principal.id,
        principal.role == Role::Admin,
        facts.amount,
        facts.threshold,
    )
    .map_err(|e| ApiError::Denied {
        code: match e {
            ApprovalError::SameAsProposer => "four_eyes",
            ApprovalError::AboveThreshold { .. } => "above_threshold",
        },
        detail: e.to_string(),
    })?;
    let request = request(AssistanceAction::Approve, &principal, reason);
    act(
        principal,
        req,
        state,
        &id,
        if_match,
        request,
        "assistance.approved",
    )
    .await
}

/// Rejects a proposed item; needs a reason.
#[utoipa::path(
    tag = "assistance",
    params(
        ("id" = Uuid, Path, description = "The item's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the item's version"),
    ),
    request_body(content = ActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The rejected item", body = AssistanceWithHistory,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/assistance/{id}/reject")]
pub async fn reject_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ActionInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let reason = input.validate(AssistanceAction::Reject)?;
    let request = request(AssistanceAction::Reject, &principal, reason);
    act(
        principal,
        req,
        state,
        &id,
        if_match,
        request,
        "assistance.rejected",
    )
    .await
}

/// Records the delivery of an approved item; a delivered item is never edited
/// (a correction is a new item with `corrects_id`).
#[utoipa::path(
    tag = "assistance",
    params(
        ("id" = Uuid, Path, description = "The item's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the item's version"),
    ),
    request_body(content = DeliverInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The delivered item", body = AssistanceWithHistory,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/assistance/{id}/deliver")]
pub async fn deliver_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<DeliverInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let fields = input.validate(state.today())?;
    let mut request = request(AssistanceAction::Deliver, &principal, fields.reason);
    request.delivered_on = Some(fields.delivered_on);
    act(
        principal,
        req,
        state,
        &id,
        if_match,
        request,
        "assistance.delivered",
    )
    .await
}

/// Cancels a proposed or approved item; needs a reason. Cancelling an approved
/// item gives its amount back to the programme's budget.
#[utoipa::path(
    tag = "assistance",
    params(
        ("id" = Uuid, Path, description = "The item's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the item's version"),
    ),
    request_body(content = ActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The cancelled item", body = AssistanceWithHistory,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/assistance/{id}/cancel")]
pub async fn cancel_assistance(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ActionInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let reason = input.validate(AssistanceAction::Cancel)?;
    let request = request(AssistanceAction::Cancel, &principal, reason);
    act(
        principal,
        req,
        state,
        &id,
        if_match,
        request,
        "assistance.cancelled",
    )
    .await
}
