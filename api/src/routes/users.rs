//! Users who sign in: an administrator creates them, changes their role,
//! deactivates them (their tokens stop working) and resets their password.
//! Each handler parses the request and calls one use case of [`crate::services::users`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::access::Role;
use integra_domain::user::{PasswordInput, User, UserInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::users::{self, UserPage, UserQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_user)
        .service(list_users)
        .service(get_user)
        .service(patch_user)
        .service(deactivate_user)
        .service(activate_user)
        .service(reset_password);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/users/{id}")
}

/// A merge patch of a user: the fields to change.
#[derive(ToSchema)]
#[schema(example = json!({"role": "case_worker"}))]
#[allow(dead_code)]
pub struct UserPatch {
    /// Any role but `integration`.
    #[schema(value_type = Option<Role>)]
    role: Option<String>,
    organisation_id: Option<Uuid>,
    #[schema(min_length = 1, max_length = 200, nullable)]
    display_name: Option<String>,
}

/// Creates a user who signs in with a password.
///
/// Administrators only. The user joins an existing, active organisation with any role but
/// `integration` (service accounts are made under `/service-accounts`), and the password
/// of 12 to 256 characters is never part of an answer. A taken `username` is a `409`
/// `duplicate_username`; an unknown or inactive `organisation_id` is a `422`.
#[utoipa::path(
    tag = "users",
    request_body(content = UserInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = User,
            headers(("Location" = String, description = "The user's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/users")]
pub async fn create_user(
    call: Call,
    JsonBody(input): JsonBody<UserInput>,
) -> Result<HttpResponse, ApiError> {
    let user = users::create(&call, input).await?;
    Ok(created(location(user.id), user.version, &user))
}

/// Lists users, oldest first.
///
/// Administrators only. Filters by `role`, `organisation_id` and `active`; pages with
/// `limit` (1 to 500, 50 by default) and `cursor` (the previous page's `next_cursor`).
/// Service accounts are not listed here (see `/service-accounts`).
#[utoipa::path(
    tag = "users",
    params(UserQuery),
    responses((status = 200, description = "One page of users", body = UserPage))
)]
#[get("/users")]
pub async fn list_users(
    call: Call,
    query: web::Query<UserQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(users::list(&call, query.into_inner()).await?))
}

/// Reads a user.
///
/// Administrators only. The `ETag` is the version to send as `If-Match` with a change;
/// the id of a service account is a `404` here.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    responses((status = 200, description = "The user", body = User,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/users/{id}")]
pub async fn get_user(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let user = users::get(&call, path_id(&id)?).await?;
    Ok(versioned(user.version, &user))
}

/// Changes a user's role, organisation or display name (JSON merge patch).
///
/// Administrators only. The role may be any but `integration` and the organisation must
/// exist and be active (`422` otherwise); `id`, `username`, `active`, `version` and the
/// timestamps may be sent only unchanged. A new role or organisation makes the user's
/// tokens stop working; nobody changes their own (`409` `own_account`), and a stale
/// `If-Match` is a `412`.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id"), IfMatch),
    request_body(content = UserPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = User,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/users/{id}")]
pub async fn patch_user(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let user = users::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(versioned(user.version, &user))
}

/// Deactivates a user: they can no longer sign in.
///
/// Administrators only. The user's tokens stop working; an administrator cannot
/// deactivate their own account (`409` `own_account`). The user is kept, and
/// `POST /users/{id}/activate` lets them sign in again.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 200, description = "Deactivated", body = User),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/users/{id}/deactivate")]
pub async fn deactivate_user(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let user = users::set_active(&call, path_id(&id)?, false).await?;
    Ok(versioned(user.version, &user))
}

/// Activates a deactivated user again.
///
/// Administrators only. The user may sign in again (while their organisation is active);
/// tokens they got before the deactivation stay void. The answer is the user with the new
/// version.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 200, description = "Activated", body = User),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/users/{id}/activate")]
pub async fn activate_user(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let user = users::set_active(&call, path_id(&id)?, true).await?;
    Ok(versioned(user.version, &user))
}

/// Sets a new password for a user (an administrator's reset).
///
/// Administrators only. The password is 12 to 256 characters (`422` `weak_password`
/// otherwise); every token the user got before stops working, so they sign in again with
/// the new one. The answer is the user, never the password.
#[utoipa::path(
    operation_id = "reset_user_password",
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    request_body(content = PasswordInput, content_type = "application/json"),
    responses((status = 200, description = "The password is changed", body = User))
)]
#[post("/users/{id}/password")]
pub async fn reset_password(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<PasswordInput>,
) -> Result<HttpResponse, ApiError> {
    let user = users::reset_password(&call, path_id(&id)?, input).await?;
    Ok(versioned(user.version, &user))
}
