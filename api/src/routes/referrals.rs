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
///
/// For case workers (and administrators); the referral is sent from the caller's
/// organisation and starts `sent`. The person and the organisation must exist and the
/// organisation be active, and a `case_id`, when given, must name a case of the caller's
/// organisation for that person (`422` otherwise). The answer is the referral, and giving
/// it is recorded as a read.
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
///
/// Every referral of the case, whoever sent it, as the full record; page with
/// `cursor`/`limit`. For case workers of the organisation that holds the case (any case
/// for administrators); another organisation's case is a `404`. The list is recorded in
/// the audit log as a read of the case.
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

/// Lists the referrals the caller sees, oldest first.
///
/// A partner gets its inbox: the referrals addressed to its organisation, in the limited
/// view (the person's name and phone only while a referral is `sent` or `accepted`). Case
/// workers get those sent from their organisation as full records, administrators every
/// one. Filter by `status`, page with `cursor`/`limit`; the person behind each referral
/// listed is recorded in the audit log as read.
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

/// Reads a referral: the full record, or the limited view for its partner.
///
/// The referring agency (case workers of the organisation it was sent from, and
/// administrators) gets the full record; the partner it is addressed to gets the limited
/// view, with the person's name and phone only while it is `sent` or `accepted`. Any
/// other referral is a `404`. The read is recorded in the audit log; the `ETag` is for
/// `If-Match`.
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
/// For the partner it is addressed to. Only a `sent` referral can be accepted: another
/// status is a `409` `illegal_action` listing the `allowed` actions. A `reason` is
/// optional and an `outcome` is refused (`422`); an `If-Match` that is not the current
/// version is a `412`. The answer is the referral as the caller sees it (the limited
/// view for the partner).
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
/// For the partner it is addressed to. Only a `sent` referral can be declined, and
/// `declined` is final: another status is a `409` `illegal_action` listing the `allowed`
/// actions. A missing `reason` is a `422`; an `If-Match` that is not the current version
/// is a `412`. The partner's view in the answer no longer carries the person's contact.
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
/// For the partner it is addressed to. Only an `accepted` referral can be completed, and
/// `completed` is final: another status is a `409` `illegal_action` listing the `allowed`
/// actions. The `outcome` text is required (`422`); an `If-Match` that is not the current
/// version is a `412`. The partner's view in the answer no longer carries the person's
/// contact.
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
/// For case workers of the referring organisation (and administrators). A `sent` or
/// `accepted` referral can be cancelled, and `cancelled` is final: another status is a
/// `409` `illegal_action` listing the `allowed` actions. A missing `reason` is a `422`;
/// an `If-Match` that is not the current version is a `412`. The answer is the full
/// referral.
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
