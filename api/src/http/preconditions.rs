//! Versions as ETags, and `If-Match`.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{FromRequest, HttpRequest, HttpResponseBuilder};

use integra_domain::version::Precondition;

use crate::error::ApiError;

/// The ETag of a version: `"3"`.
pub fn etag(version: i64) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// Sets the `ETag` of a version on an answer.
pub fn with_etag(builder: &mut HttpResponseBuilder, version: i64) -> &mut HttpResponseBuilder {
    builder.insert_header(etag(version))
}

/// The `If-Match` precondition of a write, for the use cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IfMatch(pub Precondition);

impl IfMatch {
    fn parse(value: Option<&HeaderValue>) -> Precondition {
        let Some(value) = value else {
            return Precondition::Absent;
        };
        let Ok(text) = value.to_str() else {
            return Precondition::Never;
        };
        let text = text.trim();
        if text == "*" {
            return Precondition::Any;
        }
        let tag = text.strip_prefix("W/").unwrap_or(text);
        tag.strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .and_then(|t| t.parse::<i64>().ok())
            .map_or(Precondition::Never, Precondition::Version)
    }
}

/// `params(IfMatch)` documents the header on an operation (and so its `412`,
/// see [`crate::openapi::complete`]).
impl utoipa::IntoParams for IfMatch {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        vec![crate::openapi::header(
            "If-Match",
            "The ETag of the version being changed",
        )]
    }
}

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self(Self::parse(req.headers().get(header::IF_MATCH)))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Precondition {
        IfMatch::parse(Some(&HeaderValue::from_str(text).unwrap()))
    }

    #[test]
    fn parsing() {
        assert_eq!(IfMatch::parse(None), Precondition::Absent);
        assert_eq!(parse("*"), Precondition::Any);
        assert_eq!(parse("\"3\""), Precondition::Version(3));
        assert_eq!(parse("W/\"3\""), Precondition::Version(3));
        assert_eq!(parse("3"), Precondition::Never);
        assert_eq!(parse("\"abc\""), Precondition::Never);
    }
}
