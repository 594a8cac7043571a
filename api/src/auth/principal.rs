//! Who is calling: the verified bearer token of the request, whose user (or
//! service account) and organisation must still be active.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use integra_domain::access::{self, Permission, Role, Scope};
use integra_persistence::users;
use uuid::Uuid;

use crate::error::ApiError;
use crate::state::AppState;

/// The authenticated caller of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub id: Uuid,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    /// What a service account may do; empty for people, whose role decides.
    pub scopes: Vec<Scope>,
}

impl Principal {
    /// Whether the caller's role (or a service account's scopes) grants `permission`.
    pub fn may(&self, permission: Permission) -> bool {
        access::grants(self.role, &self.scopes, permission)
    }

    /// Refuses the request unless the caller may do what `permission` guards.
    pub fn require(&self, permission: Permission) -> Result<(), ApiError> {
        if self.may(permission) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }

    fn from_token(req: &HttpRequest, state: &AppState) -> Result<Self, ApiError> {
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
        state.tokens.verify(token).ok_or(ApiError::Unauthorized(
            "the token is not valid or has expired",
        ))
    }
}

const REVOKED: ApiError = ApiError::Unauthorized("the token's user is deactivated or gone");
const STALE: ApiError =
    ApiError::Unauthorized("the token's role has changed since it was issued: sign in again");

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
            return Box::pin(async {
                Err(ApiError::Internal("application state missing".to_owned()))
            });
        };
        let principal = Principal::from_token(req, &state);
        Box::pin(async move {
            let mut principal = principal?;
            let id = principal.id;
            let standing = match state.standing.get(id) {
                Some(known) => known,
                None => {
                    let known = state.read(move |c| users::standing(c, id)).await?;
                    state.standing.remember(id, known);
                    known
                }
            };
            match standing {
                // A token issued before a change of role no longer speaks for its holder.
                Some((role, _)) if role != principal.role => Err(STALE),
                Some((_, organisation)) => {
                    if principal.organisation_id != Some(organisation) {
                        // The organisation is the stored one, whatever the token says.
                        principal.organisation_id = Some(organisation);
                    }
                    Ok(principal)
                }
                None => Err(REVOKED),
            }
        })
    }
}

/// The current role and organisation of a principal that may act; `None` if it may not.
type Known = Option<(Role, Uuid)>;

/// Whether principals may still act (and as what), remembered for a moment so that the token
/// check does not ask the database on every request.
///
/// A deactivation on this node takes effect at once (it calls [`Standing::forget`]);
/// another node notices within [`Standing::TTL`].
#[derive(Debug, Default)]
pub struct Standing {
    known: Mutex<HashMap<Uuid, (Known, Instant)>>,
}

impl Standing {
    /// How long an answer is trusted.
    pub const TTL: Duration = Duration::from_secs(1);
    /// Entries kept before old ones are swept.
    const CAPACITY: usize = 100_000;

    pub fn get(&self, id: Uuid) -> Option<Known> {
        let known = self.known.lock().ok()?;
        known
            .get(&id)
            .filter(|(_, at)| at.elapsed() < Self::TTL)
            .map(|(known, _)| *known)
    }

    pub fn remember(&self, id: Uuid, standing: Known) {
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
