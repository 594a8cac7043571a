//! Who is calling: the verified bearer token of the request.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use integra_domain::access::{Permission, Role};
use uuid::Uuid;

use crate::error::ApiError;
use crate::state::AppState;

/// The authenticated caller of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub id: Uuid,
    pub role: Role,
}

impl Principal {
    /// Refuses the request unless the caller's role grants `permission`.
    pub fn require(&self, permission: Permission) -> Result<(), ApiError> {
        if self.role.permits(permission) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }

    fn from_request_sync(req: &HttpRequest) -> Result<Self, ApiError> {
        let state = req
            .app_data::<web::Data<AppState>>()
            .ok_or_else(|| ApiError::Internal("application state missing".to_owned()))?;
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
        let (id, role, _) = state.tokens.verify(token).ok_or(ApiError::Unauthorized(
            "the token is not valid or has expired",
        ))?;
        Ok(Self { id, role })
    }
}

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::from_request_sync(req))
    }
}
