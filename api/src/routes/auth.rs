//! Sign-in (`POST /auth/token`) and the caller (`GET /auth/me`).

use actix_web::{get, post, web, HttpResponse};
use integra_domain::user::User;
use integra_persistence::users;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::{password, Principal};
use crate::error::ApiError;
use crate::http::body::{self, JsonBody};
use crate::state::AppState;

pub fn configure(config: &mut ServiceConfig) {
    config.service(token).service(me);
}

/// A sign-in request (OAuth 2 password grant, as JSON).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"grant_type": "password", "username": "admin", "password": "correct horse battery staple"}))]
pub struct TokenRequest {
    /// `password` for people.
    #[schema(value_type = GrantType)]
    #[allow(dead_code)] // judged on the raw body, before the other fields
    grant_type: String,
    #[schema(min_length = 1, max_length = 64)]
    username: String,
    #[schema(min_length = 1, max_length = 256, format = Password)]
    password: String,
}

/// The grants this server accepts.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum GrantType {
    Password,
}

/// An access token.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMTkzIn0.c2lnbmF0dXJl", "token_type": "Bearer", "expires_in": 900}))]
pub struct TokenResponse {
    access_token: String,
    #[schema(example = "Bearer")]
    token_type: &'static str,
    /// Seconds until the token expires.
    expires_in: i64,
}

/// Signs in with a user name and password and returns a bearer token.
#[utoipa::path(
    tag = "auth",
    request_body(content = TokenRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Signed in", body = TokenResponse),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    )
)]
#[post("/auth/token")]
pub async fn token(
    state: web::Data<AppState>,
    JsonBody(body): JsonBody<Value>,
) -> Result<HttpResponse, ApiError> {
    // The grant decides which fields belong in the request, so it is judged first.
    let grant = body.get("grant_type").and_then(Value::as_str);
    if grant.is_some_and(|g| g != "password") {
        return Err(ApiError::field(
            "grant_type",
            "unsupported_grant_type",
            "grant_type must be password",
        ));
    }
    let request: TokenRequest = body::from_value(body)?;
    // A name no user can have is not looked up (nor sent to the database).
    let username = request.username.clone();
    let found = if integra_domain::user::username("username", &username).is_ok() {
        state
            .read(move |c| users::find_for_sign_in(c, &username))
            .await?
    } else {
        None
    };
    let password = request.password;
    let user = web::block(move || match found {
        Some((user, hash)) if password::verify(&password, &hash) && user.active => Some(user),
        Some(_) => None,
        None => {
            password::verify_nothing(&password);
            None
        }
    })
    .await?
    .ok_or(ApiError::Unauthorized("the user name or password is wrong"))?;
    let access_token = state
        .tokens
        .issue(&user, state.now())
        .map_err(ApiError::Internal)?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: state.tokens.ttl_seconds(),
        }))
}

/// The signed-in user.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "The caller", body = User),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/auth/me")]
pub async fn me(
    principal: Principal,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let user = state
        .read(move |c| users::get(c, principal.id))
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::Unauthorized("the token's user no longer exists"),
            other => other,
        })?;
    Ok(HttpResponse::Ok().json(user))
}
