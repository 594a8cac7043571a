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

/// Deactivates a user: they cannot sign in, and their tokens stop working at once.
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
#[utoipa::path(
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
