//! Service accounts of other state systems: client credentials, scopes, and
//! secret rotation without downtime. Each handler parses the request and calls
//! one use case of [`crate::services::service_accounts`].

use actix_web::http::header;
use actix_web::{delete, get, patch, post, web, HttpResponse};
use integra_domain::user::{ServiceAccount, ServiceAccountInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging::PageQuery;
use crate::services::service_accounts::{
    self, CreatedServiceAccount, NewSecret, SecretList, ServiceAccountPage,
};
use crate::services::Call;

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

/// Creates a service account and its first client secret.
///
/// For administrators. The account belongs to an active organisation (`422` otherwise)
/// and acts only within its `scopes`; a `client_id` already taken by a user or service
/// account is a `409` `duplicate_username`.
///
/// The secret is shown only in this answer (`Cache-Control: no-store`): a retry
/// with the same `Idempotency-Key` creates nothing and is a `409`
/// `idempotency_answer_withheld` whose `Location` names the account.
#[utoipa::path(
    tag = "service-accounts",
    request_body(content = ServiceAccountInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created; the secret is shown only now", body = CreatedServiceAccount,
            headers(("Location" = String, description = "The service account's path"), ("ETag" = String, description = "The version"),
                ("Cache-Control" = String, description = "no-store"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/service-accounts")]
pub async fn create_service_account(
    call: Call,
    JsonBody(input): JsonBody<ServiceAccountInput>,
) -> Result<HttpResponse, ApiError> {
    let made = service_accounts::create(&call, input).await?;
    let account = &made.service_account;
    let mut answer = created(location(account.id), account.version, &made);
    // The secret is shown only now: kept by no cache, nor for a retry.
    answer.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(answer)
}

/// Lists service accounts, oldest first.
///
/// For administrators. Each account shows its `client_id`, organisation, `scopes` and
/// whether it is `active`, never a secret; page with `cursor`/`limit`.
#[utoipa::path(
    tag = "service-accounts",
    params(PageQuery),
    responses((status = 200, description = "One page of service accounts", body = ServiceAccountPage))
)]
#[get("/service-accounts")]
pub async fn list_service_accounts(
    call: Call,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = service_accounts::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a service account.
///
/// For administrators. The answer shows the account's `client_id`, organisation, `scopes`
/// and whether it is `active`, never a secret; the `ETag` is for `If-Match` when changing
/// it.
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses((status = 200, description = "The service account", body = ServiceAccount,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/service-accounts/{id}")]
pub async fn get_service_account(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let account = service_accounts::get(&call, path_id(&id)?).await?;
    Ok(versioned(account.version, &account))
}

/// Changes a service account's display name or scopes (JSON merge patch).
///
/// For administrators. `scopes` replaces the list (known scopes, each once); the other
/// fields may be sent only unchanged (`422` otherwise). When the scopes change, tokens
/// issued before stop working and the client signs in again. An `If-Match` that is not
/// the current version is a `412`, as is a concurrent change.
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id"), IfMatch),
    request_body(content = ServiceAccountPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed", body = ServiceAccount,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/service-accounts/{id}")]
pub async fn patch_service_account(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let account = service_accounts::update(&call, id, patch, if_match.0).await?;
    Ok(versioned(account.version, &account))
}

/// Deactivates a service account: it cannot sign in, and its tokens stop working.
///
/// For administrators. The answer is the account with `active` false and a new version;
/// the account's secrets stay as they were.
#[utoipa::path(
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses((status = 200, description = "Deactivated", body = ServiceAccount))
)]
#[post("/service-accounts/{id}/deactivate")]
pub async fn deactivate_service_account(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let account = service_accounts::deactivate(&call, path_id(&id)?).await?;
    Ok(versioned(account.version, &account))
}

/// Adds a client secret; the old ones keep working until revoked.
///
/// For administrators. This rotates secrets without downtime: the client switches to the
/// new secret, then the old one is revoked (`DELETE .../secrets/{secret_id}`).
///
/// The secret is shown only in this answer (`Cache-Control: no-store`): a retry with the
/// same `Idempotency-Key` adds none and is a `409` `idempotency_answer_withheld`.
#[utoipa::path(
    operation_id = "add_service_account_secret",
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses(
        (status = 201, description = "The new secret, shown only now", body = NewSecret,
            headers(("Cache-Control" = String, description = "no-store"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/service-accounts/{id}/secrets")]
pub async fn add_secret(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let secret = service_accounts::add_secret(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(secret))
}

/// Lists a service account's secrets: ids and dates, never the secrets themselves.
///
/// For administrators. Each entry has its `id`, `created_at` and `revoked_at` (`null`
/// while the secret still signs in), oldest first; the secret itself is never shown
/// again.
#[utoipa::path(
    operation_id = "list_service_account_secrets",
    tag = "service-accounts",
    params(("id" = Uuid, Path, description = "The service account's id")),
    responses((status = 200, description = "The secrets", body = SecretList))
)]
#[get("/service-accounts/{id}/secrets")]
pub async fn list_secrets(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let secrets = service_accounts::secrets(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(secrets))
}

/// Revokes a client secret: it no longer signs in.
///
/// For administrators. Revoking also ends every token the account got before (it signs in
/// again with another secret); revoking one that is revoked already is a `204` that ends
/// no tokens. An unknown secret of the account is a `404`.
#[utoipa::path(
    operation_id = "revoke_service_account_secret",
    tag = "service-accounts",
    params(
        ("id" = Uuid, Path, description = "The service account's id"),
        ("secret_id" = Uuid, Path, description = "The secret's id"),
    ),
    responses((status = 204, description = "Revoked"))
)]
#[delete("/service-accounts/{id}/secrets/{secret_id}")]
pub async fn revoke_secret(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, secret) = (path_id(&path.0)?, path_id(&path.1)?);
    service_accounts::revoke_secret(&call, id, secret).await?;
    Ok(HttpResponse::NoContent().finish())
}
