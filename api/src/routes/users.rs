//! Users who sign in: an administrator creates them, changes their role,
//! deactivates them (their tokens stop working) and resets their password.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::access::{Permission, Role};
use integra_domain::user::{PasswordInput, User, UserChange, UserInput};
use integra_persistence::users::{self, NewUser, UserFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::{password, Principal};
use crate::error::ApiError;
use crate::http::body::{self, JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging;
use crate::state::{audit, AppState};

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

/// One page of users.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "username": "admin",
    "role": "admin", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Administrator", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}], "next_cursor": null}))]
pub struct UserPage {
    pub items: Vec<User>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /users`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    #[param(value_type = Option<Role>)]
    role: Option<String>,
    organisation_id: Option<Uuid>,
    active: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
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
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    request_body(content = UserInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = User,
            headers(("Location" = String, description = "The user's path"), ("ETag" = String, description = "The version"))),
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
#[post("/users")]
pub async fn create_user(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<UserInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let fields = input.validate()?;
    let secret = fields.password.clone();
    let hash = web::block(move || password::hash(&secret))
        .await?
        .map_err(ApiError::Internal)?;
    let id = Uuid::now_v7();
    let entry = audit(&principal, &req, "user.created", "user", Some(id));
    let user = state
        .audited(vec![entry], move |c, now| {
            let user = NewUser {
                username: &fields.username,
                password_hash: &hash,
                role: fields.role,
                organisation_id: fields.organisation_id,
                display_name: fields.display_name.as_deref(),
            };
            users::insert(c, id, &user, now)
        })
        .await?;
    Ok(created(location(id), user.version, &user))
}

/// Lists users, oldest first.
#[utoipa::path(
    tag = "users",
    params(UserQuery),
    responses(
        (status = 200, description = "One page of users", body = UserPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/users")]
pub async fn list_users(
    principal: Principal,
    state: web::Data<AppState>,
    query: web::Query<UserQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let role = query
        .role
        .as_deref()
        .map(|r| Role::parse("role", r))
        .transpose()?;
    let (limit, after) = paging::params(query.limit, query.cursor.as_deref())?;
    let filter = UserFilter {
        role,
        organisation_id: query.organisation_id,
        active: query.active,
    };
    let items = state
        .read(move |c| users::list(c, &filter, after, limit))
        .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|u| u.id), limit);
    Ok(HttpResponse::Ok().json(UserPage { items, next_cursor }))
}

/// Reads a user.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", body = User,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/users/{id}")]
pub async fn get_user(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let user = state.read(move |c| users::get(c, id)).await?;
    Ok(versioned(user.version, &user))
}

/// Changes a user's role, organisation or display name (JSON merge patch).
#[utoipa::path(
    tag = "users",
    params(
        ("id" = Uuid, Path, description = "The user's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
    ),
    request_body(content = UserPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = User,
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
#[patch("/users/{id}")]
pub async fn patch_user(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let current = state.read(move |c| users::get(c, id)).await?;
    let change: UserChange = body::apply_merge_patch(
        &current,
        &UserChange::of(&current),
        patch,
        &[
            "id",
            "username",
            "active",
            "version",
            "created_at",
            "updated_at",
        ],
    )?;
    let fields = change.validate()?;
    if id == principal.id
        && (fields.role != current.role || fields.organisation_id != current.organisation_id)
    {
        return Err(ApiError::Conflict {
            code: "own_account",
            detail: "an administrator cannot change their own role or organisation".to_owned(),
            existing: None,
        });
    }
    let expected = if_match.expected(current.version)?;
    let entry = audit(&principal, &req, "user.updated", "user", Some(id));
    let user = state
        .audited(vec![entry], move |c, now| {
            users::change(
                c,
                id,
                Some(expected),
                fields.role,
                fields.organisation_id,
                fields.display_name.as_deref(),
                now,
            )
        })
        .await?;
    // Tokens name the role and organisation they were issued for: the user's
    // old tokens stop working, and they sign in again.
    state.standing.forget();
    Ok(versioned(user.version, &user))
}

async fn set_active(
    principal: &Principal,
    req: &HttpRequest,
    state: &AppState,
    id: &str,
    active: bool,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(id)?;
    if !active && id == principal.id {
        return Err(ApiError::Conflict {
            code: "own_account",
            detail: "an administrator cannot deactivate their own account".to_owned(),
            existing: None,
        });
    }
    let action = if active {
        "user.activated"
    } else {
        "user.deactivated"
    };
    let entry = audit(principal, req, action, "user", Some(id));
    let user = state
        .audited(vec![entry], move |c, now| {
            users::set_active(c, id, false, active, now)?;
            users::get(c, id)
        })
        .await?;
    state.standing.forget();
    Ok(versioned(user.version, &user))
}

/// Deactivates a user: they cannot sign in, and their tokens stop working at once.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 200, description = "Deactivated", body = User),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/deactivate")]
pub async fn deactivate_user(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    set_active(&principal, &req, &state, &id, false).await
}

/// Activates a deactivated user again.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 200, description = "Activated", body = User),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/activate")]
pub async fn activate_user(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    set_active(&principal, &req, &state, &id, true).await
}

/// Sets a new password for a user (an administrator's reset).
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "The user's id")),
    request_body(content = PasswordInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The password is changed", body = User),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/password")]
pub async fn reset_password(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    JsonBody(input): JsonBody<PasswordInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    integra_domain::user::password("password", &input.password)?;
    let hash = web::block(move || password::hash(&input.password))
        .await?
        .map_err(ApiError::Internal)?;
    let entry = audit(&principal, &req, "user.password_reset", "user", Some(id));
    let user = state
        .audited(vec![entry], move |c, now| {
            users::set_password(c, id, &hash, now)
        })
        .await?;
    Ok(versioned(user.version, &user))
}
