//! Service accounts of other state systems: client credentials, scopes, and
//! secret rotation without downtime (a new secret works beside the old one
//! until the old one is revoked).

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::access::Permission;
use integra_domain::user::{
    ClientSecret, ServiceAccount, ServiceAccountChange, ServiceAccountInput,
};
use integra_persistence::users;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::{secrets, Principal};
use crate::error::ApiError;
use crate::http::body::{self, JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging;
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_service_account)
        .service(list_service_accounts)
        .service(get_service_account)
        .service(patch_service_account)
        .service(deactivate_service_account)
        .service(add_secret)
        .service(list_secrets)
        .service(revoke_secret);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/service-accounts/{id}")
}

/// A new service account with its first secret, shown this once.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"service_account": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02",
    "client_id": "civil-registry", "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "display_name": "Civil registry sync", "scopes": ["persons:read"], "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"},
    "client_secret": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03", "secret": "isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A",
    "created_at": "2026-01-31T09:00:00Z"}}))]
pub struct CreatedServiceAccount {
    pub service_account: ServiceAccount,
    pub client_secret: NewSecret,
}

/// A client secret, shown once: only its hash is kept.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03",
    "secret": "isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A", "created_at": "2026-01-31T09:00:00Z"}))]
pub struct NewSecret {
    pub id: Uuid,
    /// Send as `client_secret`; it cannot be shown again.
    pub secret: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// One page of service accounts.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02", "client_id": "civil-registry",
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "display_name": "Civil registry sync",
    "scopes": ["persons:read"], "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}], "next_cursor": null}))]
pub struct ServiceAccountPage {
    pub items: Vec<ServiceAccount>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// The secrets of a service account (never the secrets themselves).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03",
    "created_at": "2026-01-31T09:00:00Z", "revoked_at": null}]}))]
pub struct SecretList {
    pub items: Vec<ClientSecret>,
}

/// Paging of `GET /service-accounts`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ServiceAccountQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// A merge patch of a service account: the fields to change.
#[derive(ToSchema)]
#[schema(example = json!({"scopes": ["persons:read", "events:read"]}))]
#[allow(dead_code)]
pub struct ServiceAccountPatch {
    #[schema(min_length = 1, max_length = 200, nullable)]
    display_name: Option<String>,
    /// Replaces the list of scopes.
    #[schema(value_type = Option<Vec<integra_domain::access::Scope>>)]
    scopes: Option<Vec<String>>,
}

/// Stores a new secret of `account` and returns it, in the caller's transaction.
fn new_secret(
    c: &mut integra_persistence::DbConnection,
    account: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<NewSecret, integra_persistence::StoreError> {
    let secret = secrets::generate();
    let stored = users::add_secret(c, account, Uuid::now_v7(), &secrets::hash(&secret), now)?;
    Ok(NewSecret {
        id: stored.id,
        secret,
        created_at: stored.created_at,
    })
}

/// Creates a service account and its first client secret.
#[utoipa::path(
    tag = "service-accounts",
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    request_body(content = ServiceAccountInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created; the secret is shown only now", body = CreatedServiceAccount,
            headers(("Location" = String, description = "The service account's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/service-accounts")]
pub async fn create_service_account(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<ServiceAccountInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entry = audit(
        &principal,
        &req,
        "service_account.created",
        "service_account",
        Some(id),
    );
    let created_account = state
        .audited(vec![entry], move |c, now| {
            let service_account = users::insert_service_account(c, id, &fields, now)?;
            let client_secret = new_secret(c, id, now)?;
            Ok(CreatedServiceAccount {
                service_account,
                client_secret,
            })
        })
        .await?;
    Ok(created(
        location(id),
        created_account.service_account.version,
        &created_account,
    ))
}

/// Lists service accounts, oldest first.
#[utoipa::path(
    tag = "service-accounts",
    params(ServiceAccountQuery),
    responses(
        (status = 200, description = "One page of service accounts", body = ServiceAccountPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/service-accounts")]
pub async fn list_service_accounts(
    principal: Principal,
    state: web::Data<AppState>,
    query: web::Query<ServiceAccountQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let (limit, after) = paging::params(query.limit, query.cursor.as_deref())?;
    let items = state
        .read(move |c| users::list_service_accounts(c, after, limit))
        .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|a| a.id), limit);
    Ok(HttpResponse::Ok().json(ServiceAccountPage { items, next_cursor }))
}

/// Reads a service account.
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses(
        (status = 200, description = "The service account", body = ServiceAccount,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/service-accounts/{id}")]
pub async fn get_service_account(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let account = state
        .read(move |c| users::get_service_account(c, id))
        .await?;
    Ok(versioned(account.version, &account))
}

/// Changes a service account's display name or scopes (JSON merge patch).
///
/// Tokens issued before the change stop working; the client signs in again.
#[utoipa::path(
    tag = "service-accounts",
    params(
        ("id" = Uuid, Path, description = "The service account's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
    ),
    request_body(content = ServiceAccountPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = ServiceAccount,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[patch("/service-accounts/{id}")]
pub async fn patch_service_account(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let current = state
        .read(move |c| users::get_service_account(c, id))
        .await?;
    let change: ServiceAccountChange = body::apply_merge_patch(
        &current,
        &ServiceAccountChange::of(&current),
        patch,
        &[
            "id",
            "client_id",
            "organisation_id",
            "active",
            "version",
            "created_at",
            "updated_at",
        ],
    )?;
    let (display_name, scopes) = change.validate()?;
    let expected = if_match.expected(current.version)?;
    let entry = audit(
        &principal,
        &req,
        "service_account.updated",
        "service_account",
        Some(id),
    );
    let account = state
        .audited(vec![entry], move |c, now| {
            users::change_service_account(
                c,
                id,
                Some(expected),
                display_name.as_deref(),
                &scopes,
                now,
            )
        })
        .await?;
    // Tokens name the scopes they were issued with: the old ones stop working.
    state.standing.forget();
    Ok(versioned(account.version, &account))
}

/// Deactivates a service account: it cannot sign in, and its tokens stop working.
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses(
        (status = 200, description = "Deactivated", body = ServiceAccount),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/service-accounts/{id}/deactivate")]
pub async fn deactivate_service_account(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let entry = audit(
        &principal,
        &req,
        "service_account.deactivated",
        "service_account",
        Some(id),
    );
    let account = state
        .audited(vec![entry], move |c, now| {
            users::set_active(c, id, true, false, now)?;
            users::get_service_account(c, id)
        })
        .await?;
    state.standing.forget();
    Ok(versioned(account.version, &account))
}

/// Adds a client secret; the old ones keep working until revoked (rotation without downtime).
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses(
        (status = 201, description = "The new secret, shown only now", body = NewSecret),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/service-accounts/{id}/secrets")]
pub async fn add_secret(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let entry = audit(
        &principal,
        &req,
        "service_account.secret_added",
        "service_account",
        Some(id),
    );
    let secret = state
        .audited(vec![entry], move |c, now| new_secret(c, id, now))
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(secret))
}

/// Lists a service account's secrets (ids and dates; the secrets are never shown again).
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses(
        (status = 200, description = "The secrets", body = SecretList),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/service-accounts/{id}/secrets")]
pub async fn list_secrets(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let items = state
        .read(move |c| {
            users::get_service_account(c, id)?;
            users::secrets(c, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(SecretList { items }))
}

/// Revokes a client secret: it no longer signs in (tokens it got run out on their own).
#[utoipa::path(
    tag = "service-accounts",
    params(
        ("id" = Uuid, Path, description = "The service account's id"),
        ("secret_id" = Uuid, Path, description = "The secret's id"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[delete("/service-accounts/{id}/secrets/{secret_id}")]
pub async fn revoke_secret(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let (id, secret) = (path_id(&path.0)?, path_id(&path.1)?);
    let entry = audit(
        &principal,
        &req,
        "service_account.secret_revoked",
        "service_account",
        Some(id),
    );
    state
        .audited(vec![entry], move |c, now| {
            users::revoke_secret(c, id, secret, now)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
