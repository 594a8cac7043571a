//! Who is calling: the verified bearer token of the request, whose user (or
//! service account) and organisation must still be active.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use integra_persistence::users;
use uuid::Uuid;

use crate::auth::tokens::Verified;
use crate::error::ApiError;
use crate::http::context;
use crate::state::AppState;

/// The authenticated caller of a request, with the request's id: the
/// [`Actor`](crate::services::Actor) the use cases are called with, taken from
/// the bearer token.
pub type Principal = crate::services::Actor;

impl Principal {
    fn from_token(req: &HttpRequest, state: &AppState) -> Result<Verified, ApiError> {
        let value = req
            .headers()
            .get(header::AUTHORIZATION)
            .ok_or(ApiError::Unauthorized(
                "a bearer token is needed: Authorization: Bearer <token>",
            ))?;
        let token = value
            .to_str()
            .ok()
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim)
            .ok_or(ApiError::Unauthorized(
                "the Authorization header must be: Bearer <token>",
            ))?;
        state
            .tokens
            .verify_checked(token)
            .ok_or(ApiError::Unauthorized(
                "the token is not valid or has expired",
            ))
    }
}

/// A use case's call from a request: the server's state and the verified caller.
impl FromRequest for crate::services::Call {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let app = req.app_data::<web::Data<AppState>>().cloned();
        let actor = Principal::from_request(req, payload);
        Box::pin(async move {
            let app =
                app.ok_or_else(|| ApiError::Internal("application state missing".to_owned()))?;
            Ok(Self {
                app: app.into_inner(),
                actor: actor.await?,
            })
        })
    }
}

/// Whether the token still describes its account: active, with the same role,
/// organisation and scopes, and issued for credentials checked no earlier than the
/// account's tokens count from (a password reset, a revoked secret, a
/// deactivation or a change of role moves that time forward).
fn agrees_with(token: &Verified, current: &users::Standing) -> bool {
    let caller = &token.caller;
    current.active
        && current.role == caller.role
        && Some(current.organisation_id) == caller.organisation_id
        && current.scopes == caller.scopes
        && current
            .tokens_valid_after
            .is_none_or(|after| token.checked_at_us >= after.timestamp_micros())
}

const REVOKED: ApiError = ApiError::Unauthorized(
    "the token's account is deactivated, gone, has changed role, organisation or scopes, \
     or its password or secret has changed: sign in again",
);

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
            return Box::pin(async {
                Err(ApiError::Internal("application state missing".to_owned()))
            });
        };
        let caller = Principal::from_token(req, &state);
        let request_id = context::request_id(req);
        let trace = req
            .extensions()
            .get::<crate::services::idempotency::Trace>()
            .cloned()
            .unwrap_or_default();
        Box::pin(async move {
            let token = caller?;
            let id = token.caller.id;
            let current = match state.standing.get(id) {
                Some(known) => known,
                None => {
                    let known = crate::services::auth::standing(&state, id).await?;
                    state.standing.remember(id, known.clone());
                    known
                }
            };
            if current.is_some_and(|c| agrees_with(&token, &c)) {
                Ok(Principal {
                    caller: token.caller,
                    request_id,
                    trace,
                })
            } else {
                Err(REVOKED)
            }
        })
    }
}

/// The current standing of principals, remembered for a moment so that the
/// token check does not ask the database on every request.
///
/// A standing holds whether the account is active, its role, organisation and
/// scopes, and since when its tokens count (a password reset, a revoked secret, a
/// deactivation or a change of role moves that forward), all read in one query.
/// A change on this node takes effect at once (it calls [`Standing::forget`]);
/// another node notices within [`Standing::TTL`].
#[derive(Debug, Default)]
pub struct Standing {
    known: Mutex<HashMap<Uuid, (Option<users::Standing>, Instant)>>,
}

impl Standing {
    /// How long an answer is trusted.
    pub const TTL: Duration = Duration::from_secs(1);
    /// Entries kept before old ones are swept.
    const CAPACITY: usize = 100_000;

    /// The remembered standing (`Some(None)`: known to be gone).
    pub fn get(&self, id: Uuid) -> Option<Option<users::Standing>> {
        let known = self.known.lock().ok()?;
        known
            .get(&id)
            .filter(|(_, at)| at.elapsed() < Self::TTL)
            .map(|(standing, _)| standing.clone())
    }

    pub fn remember(&self, id: Uuid, standing: Option<users::Standing>) {
        if let Ok(mut known) = self.known.lock() {
            if known.len() >= Self::CAPACITY {
                known.retain(|_, (_, at)| at.elapsed() < Self::TTL);
            }
            known.insert(id, (standing, Instant::now()));
        }
    }

    /// Forgets everything: the next request of every principal asks the database.
    pub fn forget(&self) {
        if let Ok(mut known) = self.known.lock() {
            known.clear();
        }
    }
}
