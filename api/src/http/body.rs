//! Strict JSON bodies: right content type, bounded size, no unknown fields, and
//! errors that name the field.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::ApiError;

/// A JSON body (`application/json`) deserialised into `T`.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

/// A JSON merge patch (RFC 7386) body: `application/merge-patch+json` (or `application/json`).
#[derive(Debug)]
pub struct MergePatch(pub Map<String, Value>);

const JSON: &str = "application/json";
const MERGE_PATCH: &str = "application/merge-patch+json";

/// The media type of the request without parameters, lower-cased.
fn media_type(req: &HttpRequest) -> Option<String> {
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

async fn read(
    req: HttpRequest,
    mut payload: Payload,
    accepted: &[&'static str],
) -> Result<web::Bytes, ApiError> {
    let media = media_type(&req);
    if !media.as_deref().is_some_and(|m| accepted.contains(&m)) {
        return Err(ApiError::UnsupportedMediaType(accepted[0]));
    }
    web::Bytes::from_request(&req, &mut payload)
        .await
        .map_err(|e| match e.as_response_error().status_code().as_u16() {
            413 => ApiError::PayloadTooLarge,
            _ => ApiError::BadRequest("the request body could not be read".to_owned()),
        })
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let payload = payload.take();
        Box::pin(async move {
            let bytes = read(req, payload, &[JSON]).await?;
            // Every request body of this API is an object; serde would otherwise
            // read a struct from an array of its fields in order.
            match parse_json(&bytes)? {
                value @ Value::Object(_) => Ok(JsonBody(from_value(value)?)),
                _ => Err(ApiError::field(
                    "",
                    "not_an_object",
                    "the body must be a JSON object",
                )),
            }
        })
    }
}

impl FromRequest for MergePatch {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let payload = payload.take();
        Box::pin(async move {
            let bytes = read(req, payload, &[MERGE_PATCH, JSON]).await?;
            match parse_json(&bytes)? {
                Value::Object(map) => Ok(MergePatch(map)),
                _ => Err(ApiError::field(
                    "",
                    "not_an_object",
                    "a merge patch is a JSON object",
                )),
            }
        })
    }
}

/// Parses JSON text; malformed JSON is a 400.
fn parse_json(bytes: &[u8]) -> Result<Value, ApiError> {
    serde_json::from_slice(bytes)
        .map_err(|e| ApiError::BadRequest(format!("the body is not valid JSON: {e}")))
}

pub use crate::services::json::from_value;
