//! Sign-in (`POST /auth/token`) for people (password grant) and service accounts
//! (client credentials grant), with throttling of failures; and the caller (`GET /auth/me`).
//! Each handler parses the request and calls one use case of [`crate::services::auth`].

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use integra_domain::Error;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::http::body::{self, JsonBody};
use crate::services::auth::{self, Caller, Grant, SignIn};
use crate::services::Call;
use crate::state::AppState;

pub fn configure(config: &mut ServiceConfig) {
    config.service(token).service(me);
}

/// A sign-in request: a person's password grant, or a service account's client credentials.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
#[schema(example = json!({"grant_type": "password", "username": "admin", "password": "correct horse battery staple"}),
    discriminator(property_name = "grant_type", mapping(
        ("password" = "#/components/schemas/PasswordGrant"),
        ("client_credentials" = "#/components/schemas/ClientCredentialsGrant"))))]
#[allow(dead_code)] // the grant is judged on the raw body; this is its documentation
pub enum TokenRequest {
    Password(PasswordGrant),
    ClientCredentials(ClientCredentialsGrant),
}

/// The grant type of a person's sign-in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PasswordGrantType {
    Password,
}

/// The grant type of a service account's sign-in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClientCredentialsGrantType {
    ClientCredentials,
}

/// A person signs in with user name and password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"grant_type": "password", "username": "admin", "password": "correct horse battery staple"}))]
pub struct PasswordGrant {
    #[allow(dead_code)]
    grant_type: PasswordGrantType,
    #[schema(min_length = 1, max_length = 64)]
    username: String,
    #[schema(min_length = 1, max_length = 256, format = Password)]
    password: String,
}

/// Another system's service account signs in with its client id and secret.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"grant_type": "client_credentials", "client_id": "civil-registry",
    "client_secret": "isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A"}))]
pub struct ClientCredentialsGrant {
    #[allow(dead_code)]
    grant_type: ClientCredentialsGrantType,
    #[schema(min_length = 1, max_length = 64)]
    client_id: String,
    #[schema(min_length = 1, max_length = 256, format = Password)]
    client_secret: String,
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

/// The grant of a sign-in request: its `grant_type` decides which fields belong
/// in the request, so it is judged first.
fn grant(body: Value) -> Result<Grant, ApiError> {
    match body.get("grant_type").and_then(Value::as_str) {
        Some("password") => {
            let grant: PasswordGrant = body::from_value(body)?;
            Ok(Grant::Password {
                username: grant.username,
                password: grant.password,
            })
        }
        Some("client_credentials") => {
            let grant: ClientCredentialsGrant = body::from_value(body)?;
            Ok(Grant::ClientCredentials {
                client_id: grant.client_id,
                client_secret: grant.client_secret,
            })
        }
        Some(_) => Err(ApiError::field(
            "grant_type",
            "unsupported_grant_type",
            "grant_type must be password or client_credentials",
        )),
        None => Err(ApiError::field(
            "grant_type",
            "required",
            "grant_type is required: password or client_credentials",
        )),
    }
}

/// Signs in a person or a service account and returns a bearer token.
///
/// After repeated failures for one account or from one address, sign-in is refused
/// with `429` and `Retry-After` for a while, on every node.
/// Needs no token: send `grant_type` `password` (people) or `client_credentials`
/// (service accounts). Wrong credentials, or an account or organisation that is not
/// active, are a `401`; the answer's bearer token expires after `expires_in` seconds.
#[utoipa::path(
    operation_id = "create_token",
    tag = "auth",
    request_body(content = TokenRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Signed in", body = TokenResponse),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 429, response = crate::openapi::TooManyRequests),
    )
)]
#[post("/auth/token")]
pub async fn token(
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(body): JsonBody<Value>,
) -> Result<HttpResponse, ApiError> {
    let address = state.trusted_proxies.client_of(&req);
    let (caller, checked_at) = match auth::sign_in(&state, grant(body.parse()?)?, &address).await? {
        SignIn::Granted { caller, checked_at } => (caller, checked_at),
        SignIn::Refused(detail) => return Err(ApiError::Unauthorized(detail)),
        SignIn::Blocked { retry_after } => return Err(ApiError::TooManyRequests { retry_after }),
    };
    let access_token = state
        .tokens
        .issue_checked(&caller, crate::services::now(), checked_at)
        .map_err(ApiError::Internal)?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: state.tokens.ttl_seconds(),
        }))
}

/// Reads the signed-in user or service account.
///
/// Open to every valid token, whatever its role: returns the user (`username`, `role`,
/// `organisation_id`, ...) or the service account (`client_id`, `scopes`, ...). A token
/// whose account no longer exists, or has been deactivated, is a `401`.
#[utoipa::path(
    operation_id = "get_current_user",
    tag = "auth",
    responses((status = 200, description = "The caller", body = Caller))
)]
#[get("/auth/me")]
pub async fn me(call: Call) -> Result<HttpResponse, ApiError> {
    match auth::me(&call).await {
        Ok(caller) => Ok(HttpResponse::Ok().json(caller)),
        Err(Error::NotFound) => Err(ApiError::Unauthorized("the token's user no longer exists")),
        Err(other) => Err(other.into()),
    }
}
