//! Request bodies: the right content type and a bounded size, read but not
//! parsed. The use case parses them ([`Body::parse`]) after its permission check,
//! so a caller without permission gets `403` whatever it sent; strict JSON
//! (no unknown fields, errors that name the field) is in [`crate::services::json`].

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use integra_domain::error::Unreadable;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::services::json::Body;

/// A JSON body (`application/json`) to be read as `T` by the use case.
#[derive(Debug)]
pub struct JsonBody<T>(pub Body<T>);

/// A JSON merge patch (RFC 7386) body: `application/merge-patch+json` (or
/// `application/json`), to be read by the use case.
#[derive(Debug)]
pub struct MergePatch(pub Body<Map<String, Value>>);

const JSON: &str = "application/json";
const MERGE_PATCH: &str = "application/merge-patch+json";

/// The media type of the request without parameters, lower-cased.
pub(crate) fn media_type(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
}

/// Reads the body of a request sent as one of the `accepted` media types; what
/// goes wrong is kept for the use case to answer after its permission check.
async fn read<T: DeserializeOwned>(
    req: HttpRequest,
    mut payload: Payload,
    accepted: &[&'static str],
) -> Body<T> {
    let media = media_type(&req);
    if !media.as_deref().is_some_and(|m| accepted.contains(&m)) {
        return Body::unreadable(Unreadable::MediaType(accepted[0]));
    }
    match web::Bytes::from_request(&req, &mut payload).await {
        Ok(bytes) => Body::bytes(bytes),
        Err(e) => Body::unreadable(match e.as_response_error().status_code().as_u16() {
            413 => Unreadable::TooLarge,
            _ => Unreadable::Malformed("the request body could not be read".to_owned()),
        }),
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let payload = payload.take();
        Box::pin(async move { Ok(JsonBody(read(req, payload, &[JSON]).await)) })
    }
}

impl FromRequest for MergePatch {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let payload = payload.take();
        Box::pin(async move { Ok(MergePatch(read(req, payload, &[MERGE_PATCH, JSON]).await)) })
    }
}
pub use crate::services::json::from_value;
