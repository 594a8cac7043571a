//! RFC 9457 problem details: the body of every error answer.

use actix_web::http::StatusCode;
use integra_domain::FieldError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The media type of every error answer.
pub const CONTENT_TYPE: &str = "application/problem+json";

const TYPE_BASE: &str = "https://integra.example/problems/";

/// An error answer (RFC 9457).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"type": "https://integra.example/problems/validation",
    "title": "The request is not valid", "status": 422,
    "detail": "1 field is not valid", "instance": "/api/v1/persons",
    "request_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4eff",
    "errors": [{"field": "date_of_birth", "code": "in_future",
        "message": "date_of_birth must not be in the future"}]}))]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// The path of the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// The request's `X-Request-Id`, to quote when asking for help.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// A stable code for the problem, for programs (`duplicate_personal_number`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Field-level errors of a validation problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// The path of the existing record a conflict is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing: Option<String>,
    /// The current version, when a version check failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_version: Option<i64>,
    /// The methods the resource answers, for a 405.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_methods: Option<Vec<String>>,
    /// The moves allowed from the current state, for a refused state change (409).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}

impl Problem {
    /// A problem of kind `slug` (`validation`, `not-found`, ...).
    pub fn new(status: StatusCode, slug: &str, title: &str, detail: impl Into<String>) -> Self {
        Self {
            problem_type: format!("{TYPE_BASE}{slug}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            instance: None,
            request_id: None,
            code: None,
            errors: None,
            existing: None,
            current_version: None,
            allowed_methods: None,
            allowed: None,
        }
    }

    /// The generic problem for a status that nothing more specific described.
    pub fn for_status(status: StatusCode) -> Self {
        let (slug, title, detail) = match status.as_u16() {
            400 => (
                "bad-request",
                "Bad request",
                "the request could not be understood",
            ),
            401 => (
                "unauthorized",
                "Not signed in",
                "a valid bearer token is needed",
            ),
            403 => ("forbidden", "Not allowed", "the token does not allow this"),
            404 => ("not-found", "Not found", "no resource at this path"),
            405 => (
                "method-not-allowed",
                "Method not allowed",
                "the resource does not answer this method",
            ),
            406 => (
                "not-acceptable",
                "Not acceptable",
                "no representation matches the Accept header",
            ),
            408 => (
                "request-timeout",
                "Request timeout",
                "the request took too long to arrive",
            ),
            413 => (
                "payload-too-large",
                "Payload too large",
                "the request body is larger than allowed",
            ),
            414 => (
                "uri-too-long",
                "URI too long",
                "the request URI is longer than allowed",
            ),
            415 => (
                "unsupported-media-type",
                "Unsupported media type",
                "the Content-Type is not accepted here",
            ),
            431 => (
                "headers-too-large",
                "Request header fields too large",
                "the request headers are larger than allowed",
            ),
            503 => (
                "unavailable",
                "Service unavailable",
                "the service cannot answer now; try again shortly",
            ),
            s if s >= 500 => (
                "internal",
                "Internal error",
                "the server failed; quote the request_id when reporting it",
            ),
            _ => ("error", "Error", "the request failed"),
        };
        Self::new(status, slug, title, detail)
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }
}
