//! Sign-in (`POST /auth/token`) for people (password grant) and service accounts
//! (client credentials grant), with throttling of failures; and the caller (`GET /auth/me`).

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use integra_domain::access::Role;
use integra_domain::user::{ServiceAccount, User};
use integra_persistence::{throttle, users};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::{password, secrets, Principal};
use crate::error::ApiError;
use crate::http::body::{self, JsonBody};
use crate::state::AppState;

pub fn configure(config: &mut ServiceConfig) {
    config.service(token).service(me);
}

/// A sign-in request: a person's password grant, or a service account's client credentials.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
#[schema(example = json!({"grant_type": "password", "username": "admin", "password": "correct horse battery staple"}))]
#[allow(dead_code)] // the grant is judged on the raw body; this is its documentation
pub enum TokenRequest {
    Password(PasswordGrant),
    ClientCredentials(ClientCredentialsGrant),
}

/// A person signs in with user name and password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"grant_type": "password", "username": "admin", "password": "correct horse battery staple"}))]
pub struct PasswordGrant {
    /// `password`.
    #[schema(pattern = "^password$", example = "password")]
    #[allow(dead_code)]
    grant_type: String,
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
    /// `client_credentials`.
    #[schema(pattern = "^client_credentials$", example = "client_credentials")]
    #[allow(dead_code)]
    grant_type: String,
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

/// The throttling keys of a sign-in: the account and the caller's address.
fn throttle_keys(req: &HttpRequest, account: &str) -> [String; 2] {
    let address = req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    [format!("account:{account}"), format!("address:{address}")]
}

/// Refuses a sign-in while its account or address is blocked.
async fn check_not_blocked(state: &AppState, keys: &[String; 2]) -> Result<(), ApiError> {
    let now = state.now();
    let keys = keys.to_vec();
    let until = state
        .read(move |c| throttle::blocked_until(c, &keys, now))
        .await?;
    match until {
        Some(until) => Err(ApiError::TooManyRequests {
            retry_after: (until - now).num_seconds().max(1),
        }),
        None => Ok(()),
    }
}

/// Counts a failed sign-in against the account and the address.
async fn count_failure(state: &AppState, keys: [String; 2]) -> Result<(), ApiError> {
    let limit = state.sign_in_limit;
    let now = state.now();
    state
        .write(move |c| {
            throttle::record_failure(c, &keys[0], limit.account(), now)?;
            throttle::record_failure(c, &keys[1], limit.address(), now)
        })
        .await
}

/// Signs in a person or a service account and returns a bearer token.
///
/// After repeated failures for one account or from one address, sign-in is refused
/// with `429` and `Retry-After` for a while, on every node.
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
        (status = 429, response = crate::openapi::TooManyRequests),
        (status = 503, response = crate::openapi::Unavailable),
    )
)]
#[post("/auth/token")]
pub async fn token(
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(body): JsonBody<Value>,
) -> Result<HttpResponse, ApiError> {
    // The grant decides which fields belong in the request, so it is judged first.
    let principal = match body.get("grant_type").and_then(Value::as_str) {
        Some("password") => password_grant(&req, &state, body::from_value(body)?).await?,
        Some("client_credentials") => client_grant(&req, &state, body::from_value(body)?).await?,
        Some(_) => {
            return Err(ApiError::field(
                "grant_type",
                "unsupported_grant_type",
                "grant_type must be password or client_credentials",
            ))
        }
        None => {
            return Err(ApiError::field(
                "grant_type",
                "required",
                "grant_type is required: password or client_credentials",
            ))
        }
    };
    let access_token = state
        .tokens
        .issue(&principal, state.now())
        .map_err(ApiError::Internal)?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: state.tokens.ttl_seconds(),
        }))
}

async fn password_grant(
    req: &HttpRequest,
    state: &AppState,
    grant: PasswordGrant,
) -> Result<integra_domain::access::Caller, ApiError> {
    let keys = throttle_keys(req, &grant.username);
    check_not_blocked(state, &keys).await?;
    // A name no user can have is not looked up (nor sent to the database).
    let username = grant.username.clone();
    let found = if integra_domain::user::username("username", &username).is_ok() {
        state
            .read(move |c| {
                let found = users::find_for_sign_in(c, &username)?;
                match found {
                    Some((user, hash)) => {
                        let may_act = users::may_act(c, user.id)?;
                        Ok(Some((user, hash, may_act)))
                    }
                    None => Ok(None),
                }
            })
            .await?
    } else {
        None
    };
    let password = grant.password;
    let user = web::block(move || match found {
        Some((user, hash, may_act)) if password::verify(&password, &hash) && may_act => Some(user),
        Some(_) => None,
        None => {
            password::verify_nothing(&password);
            None
        }
    })
    .await?;
    let Some(user) = user else {
        count_failure(state, keys).await?;
        return Err(ApiError::Unauthorized("the user name or password is wrong"));
    };
    let account = keys[0].clone();
    state.write(move |c| throttle::clear(c, &account)).await?;
    Ok(integra_domain::access::Caller {
        id: user.id,
        role: user.role,
        organisation_id: Some(user.organisation_id),
        scopes: Vec::new(),
    })
}

async fn client_grant(
    req: &HttpRequest,
    state: &AppState,
    grant: ClientCredentialsGrant,
) -> Result<integra_domain::access::Caller, ApiError> {
    let keys = throttle_keys(req, &grant.client_id);
    check_not_blocked(state, &keys).await?;
    let client_id = grant.client_id.clone();
    let hash = secrets::hash(&grant.client_secret);
    let account = state
        .read(move |c| {
            let found = users::find_by_secret(c, &client_id, &hash)?;
            match found {
                Some(account) if users::may_act(c, account.id)? => Ok(Some(account)),
                _ => Ok(None),
            }
        })
        .await?;
    let Some(account) = account else {
        count_failure(state, keys).await?;
        return Err(ApiError::Unauthorized(
            "the client id or client secret is wrong",
        ));
    };
    let client = keys[0].clone();
    state.write(move |c| throttle::clear(c, &client)).await?;
    Ok(integra_domain::access::Caller {
        id: account.id,
        role: Role::Integration,
        organisation_id: Some(account.organisation_id),
        scopes: account.scopes,
    })
}

/// The caller: a person, or a service account.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "username": "admin",
    "role": "admin", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Administrator", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub enum Caller {
    User(User),
    ServiceAccount(ServiceAccount),
}

/// The signed-in user or service account.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "The caller", body = Caller),
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
    let caller = state
        .read(move |c| {
            if principal.role == Role::Integration {
                users::get_service_account(c, principal.id).map(Caller::ServiceAccount)
            } else {
                users::get(c, principal.id).map(Caller::User)
            }
        })
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::Unauthorized("the token's user no longer exists"),
            other => other,
        })?;
    Ok(HttpResponse::Ok().json(caller))
}
