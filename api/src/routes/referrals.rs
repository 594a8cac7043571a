//! Referrals to partner organisations: case workers send and cancel them; the
//! partner they are addressed to sees them in its inbox, in a limited view
//! (name, contact, service asked), and accepts, declines or completes them.
//! Another organisation's referral is not found.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use integra_domain::access::{Permission, Role};
use integra_domain::reintegration::referral::{
    PartnerReferral, Referral, ReferralAction, ReferralActionInput, ReferralInput, ReferralStatus,
};
use integra_domain::ValidationErrors;
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::referrals::{self, ReferralRowOut, Viewer};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::context;
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::assistance::PageQuery;
use crate::services::paging as cursor;
use crate::state::{audit, AppState};

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

/// The organisation whose cases the caller sees: `None` for an admin (all).
pub(crate) fn case_scope(principal: &Principal) -> Option<Uuid> {
    if principal.role == Role::Admin {
        None
    } else {
        Some(principal.organisation_id.unwrap_or(Uuid::nil()))
    }
}

fn location(id: Uuid) -> String {
    format!("/api/v1/referrals/{id}")
}

/// Whose referrals the caller sees.
fn viewer(principal: &Principal) -> Result<Viewer, ApiError> {
    let org = principal.organisation_id.unwrap_or(Uuid::nil());
    if principal.role == Role::Admin {
        Ok(Viewer::All)
    } else if principal.may(Permission::ReadCases) {
        Ok(Viewer::Agency(org))
    } else if principal.may(Permission::WorkReferrals) {
        Ok(Viewer::Partner(org))
    } else {
        Err(ApiError::Forbidden)
    }
}

/// A referral as the caller may see it: the full record for the referring
/// agency, the limited view for the partner.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20",
    "given_name": "Nino", "family_name": "Beridze", "phone": "+995 555 12 34 56",
    "service": "psychosocial", "note": "Asked for counselling in Georgian; mornings only",
    "status": "sent", "outcome": null, "version": 1,
    "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:00:00Z"}))]
pub enum ReferralView {
    Full(Referral),
    Partner(PartnerReferral),
}

impl ReferralView {
    fn version(&self) -> i64 {
        match self {
            Self::Full(r) => r.version,
            Self::Partner(r) => r.version,
        }
    }

    fn id(&self) -> Uuid {
        match self {
            Self::Full(r) => r.id,
            Self::Partner(r) => r.id,
        }
    }
}

impl From<ReferralRowOut> for ReferralView {
    fn from(out: ReferralRowOut) -> Self {
        match out {
            ReferralRowOut::Full(r) => Self::Full(r),
            ReferralRowOut::Partner(r) => Self::Partner(r),
        }
    }
}

/// One page of referrals.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20",
    "given_name": "Nino", "family_name": "Beridze", "phone": "+995 555 12 34 56",
    "service": "psychosocial", "note": null, "status": "sent", "outcome": null, "version": 1,
    "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ReferralPage {
    pub items: Vec<ReferralView>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /referrals`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReferralQuery {
    #[param(value_type = Option<ReferralStatus>)]
    status: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Audit entries of reads of the persons behind referrals.
fn person_reads(
    actor: Uuid,
    request_id: Option<String>,
    persons: impl IntoIterator<Item = Uuid>,
) -> Vec<AuditEntry> {
    persons
        .into_iter()
        .map(|p| AuditEntry {
            actor_id: Some(actor),
            action: "person.read",
            record_type: "person",
            record_id: Some(p),
            request_id: request_id.clone(),
        })
        .collect()
}

/// Refers a person to a partner organisation for a service.
#[utoipa::path(
    tag = "referrals",
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    request_body(content = ReferralInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Sent", body = Referral,
            headers(("Location" = String, description = "The referral's path"), ("ETag" = String, description = "The version"))),
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
#[post("/referrals")]
pub async fn create_referral(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<ReferralInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let (scope, actor) = (case_scope(&principal), principal.id);
    let entries = vec![audit(
        &principal,
        &req,
        "referral.sent",
        "referral",
        Some(id),
    )];
    let referral = state
        .audited(entries, move |c, now| {
            referrals::insert(c, id, &fields, scope, actor, now)
        })
        .await?;
    Ok(created(location(id), referral.version, &referral))
}

/// Lists the referrals of a case with their outcomes, oldest first.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The case's id"), PageQuery),
    responses(
        (status = 200, description = "One page of referrals", body = ReferralPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/referrals")]
pub async fn list_case_referrals(
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
        "case.referrals_read",
        "case",
        Some(case_id),
    )];
    let items = state
        .audited(entries, move |c, _| {
            referrals::list_for_case(c, case_id, scope, after, limit)
        })
        .await?;
    let next_cursor = cursor::next_cursor(items.iter().map(|r| r.id), limit);
    let items = items.into_iter().map(ReferralView::Full).collect();
    Ok(HttpResponse::Ok().json(ReferralPage { items, next_cursor }))
}

/// The referrals the caller sees, oldest first: a partner's inbox (referrals
/// addressed to its organisation, in the limited view), or, for case workers,
/// those sent by their organisation.
#[utoipa::path(
    tag = "referrals",
    params(ReferralQuery),
    responses(
        (status = 200, description = "One page of referrals", body = ReferralPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/referrals")]
pub async fn list_referrals(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<ReferralQuery>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer(&principal)?;
    let mut errors = ValidationErrors::new();
    let status = query
        .status
        .as_deref()
        .and_then(|s| errors.check(ReferralStatus::parse("status", s)));
    let page = cursor::check(&mut errors, query.limit, query.cursor.as_deref())?;
    let (Some((limit, after)), true) = (page, errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let (actor, request_id) = (principal.id, context::request_id(&req));
    let now = state.now();
    let items = state
        .write(move |c| {
            let (items, persons): (Vec<ReferralView>, Vec<Uuid>) = match viewer {
                Viewer::Partner(org) => {
                    let items = referrals::inbox(c, org, status, after, limit)?;
                    let mut persons = Vec::new();
                    for r in &items {
                        persons.extend(referrals::person_of(c, r.id)?);
                    }
                    (
                        items.into_iter().map(ReferralView::Partner).collect(),
                        persons,
                    )
                }
                other => {
                    let items = referrals::list(c, other, status, after, limit)?;
                    let persons = items.iter().map(|r| r.person_id).collect();
                    (items.into_iter().map(ReferralView::Full).collect(), persons)
                }
            };
            audit::record(c, &person_reads(actor, request_id, persons), now)?;
            Ok(items)
        })
        .await?;
    let next_cursor = cursor::next_cursor(items.iter().map(ReferralView::id), limit);
    Ok(HttpResponse::Ok().json(ReferralPage { items, next_cursor }))
}

/// Reads a referral: the full record for the referring agency, the limited
/// view for the partner it is addressed to.
#[utoipa::path(
    tag = "referrals",
    params(("id" = Uuid, Path, description = "The referral's id")),
    responses(
        (status = 200, description = "The referral", body = ReferralView,
            headers(("ETag" = String, description = "The version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/referrals/{id}")]
pub async fn get_referral(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer(&principal)?;
    let id = path_id(&id)?;
    let entries = vec![audit(
        &principal,
        &req,
        "referral.read",
        "referral",
        Some(id),
    )];
    let view = state
        .audited(entries, move |c, _| match viewer {
            Viewer::Partner(org) => {
                referrals::get_for_partner(c, id, org).map(ReferralView::Partner)
            }
            other => referrals::get(c, id, other).map(ReferralView::Full),
        })
        .await?;
    Ok(versioned(view.version(), &view))
}

async fn act(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: &str,
    if_match: IfMatch,
    (action, event): (ReferralAction, &'static str),
    input: ReferralActionInput,
) -> Result<HttpResponse, ApiError> {
    let viewer = match action {
        ReferralAction::Cancel => {
            principal.require(Permission::WriteCases)?;
            viewer(&principal)?
        }
        _ => {
            principal.require(Permission::WorkReferrals)?;
            if principal.role == Role::Admin {
                Viewer::All
            } else {
                Viewer::Partner(principal.organisation_id.unwrap_or(Uuid::nil()))
            }
        }
    };
    let fields = input.validate(action)?;
    let id = path_id(id)?;
    let expected = if_match.version()?;
    let entries = vec![audit(&principal, &req, event, "referral", Some(id))];
    let out = state
        .audited(entries, move |c, now| {
            referrals::act(c, id, viewer, action, &fields, expected, now)
        })
        .await?;
    let view = ReferralView::from(out);
    Ok(versioned(view.version(), &view))
}

macro_rules! referral_action {
    ($name:ident, $path:literal, $action:expr, $event:literal, $doc:literal, $who:literal) => {
        #[doc = $doc]
        #[doc = ""]
        #[doc = $who]
        #[utoipa::path(
            tag = "referrals",
            params(
                ("id" = Uuid, Path, description = "The referral's id"),
                ("If-Match" = Option<String>, Header, description = "The ETag of the referral's version"),
            ),
            request_body(content = ReferralActionInput, content_type = "application/json"),
            responses(
                (status = 200, description = "The referral after the action", body = ReferralView,
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
        #[post($path)]
        pub async fn $name(
            principal: Principal,
            req: HttpRequest,
            state: web::Data<AppState>,
            id: web::Path<String>,
            if_match: IfMatch,
            JsonBody(input): JsonBody<ReferralActionInput>,
        ) -> Result<HttpResponse, ApiError> {
            act(principal, req, state, &id, if_match, ($action, $event), input).await
        }
    };
}

referral_action!(
    accept_referral,
    "/referrals/{id}/accept",
    ReferralAction::Accept,
    "referral.accepted",
    "Accepts a referral addressed to the caller's organisation.",
    "For the partner it is addressed to."
);
referral_action!(
    decline_referral,
    "/referrals/{id}/decline",
    ReferralAction::Decline,
    "referral.declined",
    "Declines a referral addressed to the caller's organisation; needs a reason.",
    "For the partner it is addressed to."
);
referral_action!(
    complete_referral,
    "/referrals/{id}/complete",
    ReferralAction::Complete,
    "referral.completed",
    "Completes an accepted referral with its outcome.",
    "For the partner it is addressed to."
);
referral_action!(
    cancel_referral,
    "/referrals/{id}/cancel",
    ReferralAction::Cancel,
    "referral.cancelled",
    "Cancels a referral the caller's organisation sent; needs a reason.",
    "For case workers of the referring organisation."
);
