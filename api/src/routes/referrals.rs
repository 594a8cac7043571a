//! Referrals to partner organisations: case workers send and cancel them; the
//! partner they are addressed to sees them in its inbox, in a limited view
//! (name, contact, service asked), and accepts, declines or completes them.
//! Another organisation's referral is not found. Each handler parses the
//! request and calls one use case of [`crate::services::referrals`].

use actix_web::{get, post, web, HttpResponse};
use integra_domain::reintegration::referral::{ReferralAction, ReferralActionInput, ReferralInput};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::{ReferralAnswer, ReferralViewAnswer};
use crate::services::json::Body;
use crate::services::paging::PageQuery;
use crate::services::referrals::{self, ReferralPage, ReferralQuery, ReferralView};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_referral)
        .service(list_case_referrals)
        .service(list_referrals)
        .service(get_referral)
        .service(accept_referral)
        .service(decline_referral)
        .service(complete_referral)
        .service(cancel_referral);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/referrals/{id}")
}

/// Refers a person to a partner organisation for a service.
#[utoipa::path(
    tag = "referrals",
    request_body(content = ReferralInput, content_type = "application/json"),
    responses((status = 201, description = "Sent: the referral, or its id and version to a caller who may not read it", body = ReferralAnswer,
        headers(("Location" = String, description = "The referral's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/referrals")]
pub async fn create_referral(
    call: Call,
    JsonBody(input): JsonBody<ReferralInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = referrals::send(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the referrals of a case with their outcomes, oldest first.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The case's id"), PageQuery),
    responses((status = 200, description = "One page of referrals", body = ReferralPage))
)]
#[get("/cases/{id}/referrals")]
pub async fn list_case_referrals(
    call: Call,
    case_id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let case_id = path_id(&case_id)?;
    let page = referrals::list_for_case(&call, case_id, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// The referrals the caller sees, oldest first: a partner's inbox (referrals
/// addressed to its organisation, in the limited view), or, for case workers,
/// those sent by their organisation.
#[utoipa::path(
    tag = "referrals",
    params(ReferralQuery),
    responses((status = 200, description = "One page of referrals", body = ReferralPage))
)]
#[get("/referrals")]
pub async fn list_referrals(
    call: Call,
    query: web::Query<ReferralQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(referrals::list(&call, query.into_inner()).await?))
}

/// Reads a referral: the full record for the referring agency, the limited
/// view for the partner it is addressed to.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The referral's id")),
    responses((status = 200, description = "The referral", body = ReferralView,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/referrals/{id}")]
pub async fn get_referral(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let view = referrals::get(&call, path_id(&id)?).await?;
    Ok(versioned(view.version(), &view))
}

/// The one path of the four actions: the referral after `action`, with its new version.
async fn act(
    call: &Call,
    id: &str,
    action: ReferralAction,
    input: Body<ReferralActionInput>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let answer = referrals::act(call, path_id(id)?, action, input, if_match.0).await?;
    Ok(written(&answer))
}

/// Accepts a referral addressed to the caller's organisation.
///
/// For the partner it is addressed to.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The referral's id"), IfMatch),
    request_body(content = ReferralActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The referral after the action, or its id and version to a caller who may not read it", body = ReferralViewAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/referrals/{id}/accept")]
pub async fn accept_referral(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ReferralActionInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ReferralAction::Accept, input, if_match).await
}

/// Declines a referral addressed to the caller's organisation; needs a reason.
///
/// For the partner it is addressed to.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The referral's id"), IfMatch),
    request_body(content = ReferralActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The referral after the action, or its id and version to a caller who may not read it", body = ReferralViewAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/referrals/{id}/decline")]
pub async fn decline_referral(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ReferralActionInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ReferralAction::Decline, input, if_match).await
}

/// Completes an accepted referral with its outcome.
///
/// For the partner it is addressed to.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The referral's id"), IfMatch),
    request_body(content = ReferralActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The referral after the action, or its id and version to a caller who may not read it", body = ReferralViewAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/referrals/{id}/complete")]
pub async fn complete_referral(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ReferralActionInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ReferralAction::Complete, input, if_match).await
}

/// Cancels a referral the caller's organisation sent; needs a reason.
///
/// For case workers of the referring organisation.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The referral's id"), IfMatch),
    request_body(content = ReferralActionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The referral after the action, or its id and version to a caller who may not read it", body = ReferralViewAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/referrals/{id}/cancel")]
pub async fn cancel_referral(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<ReferralActionInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ReferralAction::Cancel, input, if_match).await
}
