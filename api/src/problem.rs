//! RFC 9457 problem details: the body of every error answer.

use actix_web::http::StatusCode;
use integra_domain::FieldError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The media type of every error answer.
pub const CONTENT_TYPE: &str = "application/problem+json";

/// Where the page of every kind of problem is served: a problem's `type` is
/// this path and its slug (a reference relative to the server that answered,
/// RFC 9457 §3.1.1), and the page explains the cause and the fix.
pub const TYPE_BASE: &str = "/problems/";

/// Declares the kinds of problem with their slugs; each has its page,
/// `docs/problems/<slug>.md`, compiled into the binary (a kind without a page
/// does not build).
macro_rules! problem_types {
    ($($variant:ident => $slug:literal),+ $(,)?) => {
        /// A kind of problem: its `type` URL is [`TYPE_BASE`] and its slug.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ProblemType {
            $($variant),+
        }

        impl ProblemType {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The last segment of the type URL (`validation`, `not-found`, ...).
            pub fn slug(self) -> &'static str {
                match self {
                    $(Self::$variant => $slug),+
                }
            }

            /// The page explaining this kind of problem (Markdown).
            pub fn page(self) -> &'static str {
                match self {
                    $(Self::$variant => include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"), "/../docs/problems/", $slug, ".md"
                    ))),+
                }
            }
        }
    };
}

problem_types! {
    BadRequest => "bad-request",
    Unauthorized => "unauthorized",
    Forbidden => "forbidden",
    NotFound => "not-found",
    MethodNotAllowed => "method-not-allowed",
    NotAcceptable => "not-acceptable",
    RequestTimeout => "request-timeout",
    Conflict => "conflict",
    PreconditionFailed => "precondition-failed",
    PayloadTooLarge => "payload-too-large",
    UriTooLong => "uri-too-long",
    UnsupportedMediaType => "unsupported-media-type",
    Validation => "validation",
    Unprocessable => "unprocessable",
    TooManyRequests => "too-many-requests",
    HeadersTooLarge => "headers-too-large",
    Internal => "internal",
    Unavailable => "unavailable",
    Error => "error",
}

impl ProblemType {
    /// The kind named by `slug`.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|kind| kind.slug() == slug)
    }

    /// The page's title: its first line, without the `# ` and the status
    /// after it (`# Conflict (`409`)`: `Conflict`).
    pub fn title(self) -> &'static str {
        let first = self.page().lines().next().unwrap_or_default();
        let title = first.trim_start_matches('#').trim();
        match title.rsplit_once(" (`") {
            Some((title, _)) => title,
            None => title,
        }
    }
}

/// An error answer (RFC 9457).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"type": "/problems/validation",
    "title": "The request is not valid", "status": 422,
    "detail": "date_of_birth must not be in the future", "instance": "/api/v1/persons",
    "request_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4eff",
    "errors": [{"field": "date_of_birth", "code": "in_future",
        "message": "date_of_birth must not be in the future"}]}))]
pub struct Problem {
    /// The kind of problem: `/problems/<slug>`, a page on this server that
    /// explains its causes and fixes (relative to the server that answered).
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
    /// A problem of kind `kind`.
    pub fn new(
        status: StatusCode,
        kind: ProblemType,
        title: &str,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            problem_type: format!("{TYPE_BASE}{}", kind.slug()),
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
        let (kind, title, detail) = match status.as_u16() {
            400 => (
                ProblemType::BadRequest,
                "Bad request",
                "the request could not be understood",
            ),
            401 => (
                ProblemType::Unauthorized,
                "Not signed in",
                "a valid bearer token is needed",
            ),
            403 => (
                ProblemType::Forbidden,
                "Not allowed",
                "the token does not allow this",
            ),
            404 => (
                ProblemType::NotFound,
                "Not found",
                "no resource at this path",
            ),
            405 => (
                ProblemType::MethodNotAllowed,
                "Method not allowed",
                "the resource does not answer this method",
            ),
            406 => (
                ProblemType::NotAcceptable,
                "Not acceptable",
                "no representation matches the Accept header",
            ),
            408 => (
                ProblemType::RequestTimeout,
                "Request timeout",
                "the request took too long to arrive",
            ),
            413 => (
                ProblemType::PayloadTooLarge,
                "Payload too large",
                "the request body is larger than allowed",
            ),
            414 => (
                ProblemType::UriTooLong,
                "URI too long",
                "the request URI is longer than allowed",
            ),
            415 => (
                ProblemType::UnsupportedMediaType,
                "Unsupported media type",
                "the Content-Type is not accepted here",
            ),
            431 => (
                ProblemType::HeadersTooLarge,
                "Request header fields too large",
                "the request headers are larger than allowed",
            ),
            503 => (
                ProblemType::Unavailable,
                "Service unavailable",
                "the service cannot answer now; try again shortly",
            ),
            s if s >= 500 => (
                ProblemType::Internal,
                "Internal error",
                "the server failed; quote the request_id when reporting it",
            ),
            _ => (ProblemType::Error, "Error", "the request failed"),
        };
        Self::new(status, kind, title, detail)
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }
}
