//! The one error type of the API: every failure becomes a problem+json answer.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use integra_domain::error::{Conflict, Holder, IllegalMove, Unreadable};
use integra_domain::{Error, FieldError, ValidationErrors};

use crate::problem::{self, Problem, ProblemType};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("forbidden")]
    Forbidden,
    /// Not allowed for a reason of the rules rather than the role (four eyes, say).
    #[error("denied: {code}")]
    Denied { code: &'static str, detail: String },
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("validation failed: {0}")]
    Validation(ValidationErrors),
    #[error("conflict: {code}")]
    Conflict {
        code: &'static str,
        detail: String,
        existing: Option<String>,
    },
    /// A state change the record's current state does not allow; `allowed` lists the moves it does.
    #[error("illegal move: {detail}")]
    IllegalMove {
        code: &'static str,
        detail: String,
        allowed: Vec<String>,
    },
    /// A well-formed request that cannot be carried out as it stands.
    #[error("unprocessable: {code}")]
    Unprocessable { code: &'static str, detail: String },
    #[error("precondition failed")]
    PreconditionFailed { current: Option<i64> },
    /// Too many failed sign-ins: try again after this many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: i64 },
    #[error("unsupported media type")]
    UnsupportedMediaType(&'static str),
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Self::Validation(ValidationErrors::single(field, code, message))
    }

    /// The problem shown to the client; internal details stay in the server log.
    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        match self {
            Self::Unauthorized(detail) => {
                Problem::new(status, ProblemType::Unauthorized, "Not signed in", *detail)
            }
            Self::Forbidden => Problem::new(
                status,
                ProblemType::Forbidden,
                "Not allowed",
                "your role (or, for a service account, its scopes) does not allow this operation",
            ),
            Self::Denied { code, detail } => Problem::new(
                status,
                ProblemType::Forbidden,
                "Not allowed",
                detail.clone(),
            )
            .with_code(*code),
            Self::NotFound => Problem::new(
                status,
                ProblemType::NotFound,
                "Not found",
                "no such resource",
            ),
            Self::BadRequest(detail) => Problem::new(
                status,
                ProblemType::BadRequest,
                "Bad request",
                detail.clone(),
            ),
            Self::Validation(errors) => {
                let count = errors.0.len();
                let detail = match errors.0.first() {
                    Some(FieldError { message, .. }) if count == 1 => message.clone(),
                    _ => format!("{count} fields are not valid"),
                };
                let mut problem = Problem::new(
                    status,
                    ProblemType::Validation,
                    "The request is not valid",
                    detail,
                );
                problem.errors = Some(errors.0.clone());
                problem
            }
            Self::Conflict {
                code,
                detail,
                existing,
            } => {
                let mut problem =
                    Problem::new(status, ProblemType::Conflict, "Conflict", detail.clone())
                        .with_code(*code);
                problem.existing = existing.clone();
                problem
            }
            Self::IllegalMove {
                code,
                detail,
                allowed,
            } => {
                let mut problem =
                    Problem::new(status, ProblemType::Conflict, "Conflict", detail.clone())
                        .with_code(*code);
                problem.allowed = Some(allowed.clone());
                problem
            }
            Self::Unprocessable { code, detail } => Problem::new(
                status,
                ProblemType::Unprocessable,
                "Cannot be carried out",
                detail.clone(),
            )
            .with_code(*code),
            Self::PreconditionFailed { current } => {
                let mut problem = Problem::new(
                    status,
                    ProblemType::PreconditionFailed,
                    "Version mismatch",
                    "the resource has changed since the version given in If-Match; read it again",
                );
                problem.current_version = *current;
                problem
            }
            Self::TooManyRequests { retry_after } => Problem::new(
                status,
                ProblemType::TooManyRequests,
                "Too many failed sign-ins",
                format!("sign-in is blocked for {retry_after} seconds after repeated failures"),
            ),
            Self::UnsupportedMediaType(expected) => Problem::new(
                status,
                ProblemType::UnsupportedMediaType,
                "Unsupported media type",
                format!("the body must be sent as {expected}"),
            ),
            Self::PayloadTooLarge | Self::Unavailable(_) | Self::Internal(_) => {
                Problem::for_status(status)
            }
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::Denied { .. } => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Validation(_) | Self::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict { .. } | Self::IllegalMove { .. } => StatusCode::CONFLICT,
            Self::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(detail) => log::error!("internal error: {detail}"),
            Self::Unavailable(detail) => log::warn!("unavailable: {detail}"),
            _ => {}
        }
        let mut response = problem_response(self.problem());
        if let Self::Unauthorized(_) = self {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"integra\""),
            );
        }
        if let Self::TooManyRequests { retry_after } = self {
            if let Ok(value) = header::HeaderValue::from_str(&retry_after.max(&1).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        if let Self::Unavailable(_) = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
        }
        response
    }
}

/// An answer carrying `problem`; the request context completes `instance` and `request_id`
/// (from the copy kept in the answer's extensions).
pub fn problem_response(problem: Problem) -> HttpResponse {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, problem::CONTENT_TYPE))
        .body(serde_json::to_vec(&problem).unwrap_or_default());
    response.extensions_mut().insert(problem);
    response
}

/// The one mapping of the use cases' errors to answers.
impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        match error {
            Error::NotFound => Self::NotFound,
            Error::Forbidden => Self::Forbidden,
            Error::Denied { code, detail } => Self::Denied { code, detail },
            Error::Invalid(errors) => Self::Validation(errors),
            Error::Conflict(Conflict {
                code,
                detail,
                holder,
            }) => Self::Conflict {
                code,
                detail,
                existing: holder.map(|h| location(&h)),
            },
            Error::IllegalMove(IllegalMove {
                code,
                detail,
                allowed,
            }) => Self::IllegalMove {
                code,
                detail,
                allowed: allowed.into_iter().map(str::to_owned).collect(),
            },
            Error::PreconditionFailed { current } => Self::PreconditionFailed { current },
            Error::Unprocessable { code, detail } => Self::Unprocessable { code, detail },
            Error::Unreadable(Unreadable::MediaType(expected)) => {
                Self::UnsupportedMediaType(expected)
            }
            Error::Unreadable(Unreadable::TooLarge) => Self::PayloadTooLarge,
            Error::Unreadable(Unreadable::Malformed(detail)) => Self::BadRequest(detail),
            Error::Unavailable(detail) => Self::Unavailable(detail),
            Error::Internal(detail) => Self::Internal(detail),
        }
    }
}

/// The API path of the record a conflict names.
pub fn location(holder: &Holder) -> String {
    match holder {
        Holder::Record(kind, id) => format!("/api/v1/{}/{id}", kind.collection()),
        Holder::FollowUp { case, id } => format!("/api/v1/cases/{case}/follow-ups#{id}"),
        Holder::RuleSetVersion { rule_set, number } => {
            format!("/api/v1/rule-sets/{rule_set}/versions/{number}")
        }
        Holder::Participant { training, id } => {
            format!("/api/v1/trainings/{training}/participants/{id}")
        }
    }
}

impl From<ValidationErrors> for ApiError {
    fn from(errors: ValidationErrors) -> Self {
        Self::Validation(errors)
    }
}

impl From<FieldError> for ApiError {
    fn from(error: FieldError) -> Self {
        Self::Validation(ValidationErrors(vec![error]))
    }
}
