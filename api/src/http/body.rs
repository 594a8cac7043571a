//! Strict JSON bodies: right content type, bounded size, no unknown fields, and
//! errors that name the field.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use integra_domain::Error;
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

/// Deserialises a JSON value into `T`; a value of the wrong shape is a 422 naming the field.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        let message = error.inner().to_string();
        let (field, code) = classify(&path, &message);
        Error::field(field, code, message)
    })
}

/// Applies a JSON merge patch (RFC 7386) to the writable form of a record.
///
/// `read_only` fields of the record as shown may appear in the patch only with
/// their current values (a client may send back what it read); they are dropped.
pub fn apply_merge_patch<Shown, Writable>(
    shown: &Shown,
    writable: &Writable,
    mut patch: Map<String, Value>,
    read_only: &[&str],
) -> Result<Writable, Error>
where
    Shown: serde::Serialize,
    Writable: serde::Serialize + DeserializeOwned,
{
    let shown = serde_json::to_value(shown).map_err(|e| Error::Internal(e.to_string()))?;
    let mut errors = integra_domain::ValidationErrors::new();
    for field in read_only {
        if let Some(value) = patch.remove(*field) {
            if shown.get(field) != Some(&value) {
                errors.add(*field, "read_only", format!("{field} cannot be changed"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let mut document =
        serde_json::to_value(writable).map_err(|e| Error::Internal(e.to_string()))?;
    json_patch::merge(&mut document, &Value::Object(patch));
    from_value(document)
}

/// Names the field and kind of a serde error.
fn classify(path: &str, message: &str) -> (String, &'static str) {
    let quoted = message.split('`').nth(1).unwrap_or_default();
    let join = |name: &str| {
        if path == "." || path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    if message.starts_with("unknown field") {
        // The path already ends with the unknown field's name.
        let field = if path == "." || path.is_empty() {
            quoted.to_owned()
        } else {
            path.to_owned()
        };
        (field, "unknown_field")
    } else if message.starts_with("missing field") {
        (join(quoted), "required")
    } else if message.starts_with("invalid type") {
        (path.to_owned(), "invalid_type")
    } else {
        (path.to_owned(), "invalid_value")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        value: u8,
    }

    fn error_of(value: Value) -> (String, String) {
        match from_value::<Sample>(value) {
            Err(Error::Invalid(errors)) => (errors.0[0].field.clone(), errors.0[0].code.clone()),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn errors_name_the_field() {
        let missing = error_of(serde_json::json!({"items": []}));
        assert_eq!(missing, ("name".into(), "required".into()));
        let unknown = error_of(serde_json::json!({"name": "a", "items": [], "extra": 1}));
        assert_eq!(unknown, ("extra".into(), "unknown_field".into()));
        let wrong = error_of(serde_json::json!({"name": 5, "items": []}));
        assert_eq!(wrong, ("name".into(), "invalid_type".into()));
        let nested = error_of(serde_json::json!({"name": "a", "items": [{"value": 300}]}));
        assert_eq!(nested, ("items[0].value".into(), "invalid_value".into()));
    }
}
