//! Versions as ETags, and `If-Match`.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{FromRequest, HttpRequest, HttpResponseBuilder};

use crate::error::ApiError;

/// The ETag of a version: `"3"`.
pub fn etag(version: i64) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// Sets the `ETag` of a version on an answer.
pub fn with_etag(builder: &mut HttpResponseBuilder, version: i64) -> &mut HttpResponseBuilder {
    builder.insert_header(etag(version))
}

/// The `If-Match` precondition of a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfMatch {
    /// No header: the write applies to the version the server reads, and fails if that
    /// version changes before the write lands.
    Absent,
    /// `If-Match: *`: any current version.
    Any,
    /// `If-Match: "3"` (or `W/"3"`).
    Version(i64),
    /// A tag that cannot be one of ours: it never matches.
    Never,
}

impl IfMatch {
    fn parse(value: Option<&HeaderValue>) -> Self {
        let Some(value) = value else {
            return Self::Absent;
        };
        let Ok(text) = value.to_str() else {
            return Self::Never;
        };
        let text = text.trim();
        if text == "*" {
            return Self::Any;
        }
        let tag = text.strip_prefix("W/").unwrap_or(text);
        tag.strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .and_then(|t| t.parse::<i64>().ok())
            .map_or(Self::Never, Self::Version)
    }

    /// The version the write must find: the one asked for, or the one just read.
    pub fn expected(self, current: i64) -> Result<i64, ApiError> {
        match self {
            Self::Absent | Self::Any => Ok(current),
            Self::Version(v) if v == current => Ok(v),
            Self::Version(_) | Self::Never => Err(ApiError::PreconditionFailed {
                current: Some(current),
            }),
        }
    }

    /// The version to check in the database, when the client named one.
    pub fn version(self) -> Result<Option<i64>, ApiError> {
        match self {
            Self::Absent | Self::Any => Ok(None),
            Self::Version(v) => Ok(Some(v)),
            Self::Never => Err(ApiError::PreconditionFailed { current: None }),
        }
    }
}

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::parse(req.headers().get(header::IF_MATCH))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> IfMatch {
        IfMatch::parse(Some(&HeaderValue::from_str(text).unwrap()))
    }

    #[test]
    fn parsing() {
        assert_eq!(IfMatch::parse(None), IfMatch::Absent);
        assert_eq!(parse("*"), IfMatch::Any);
        assert_eq!(parse("\"3\""), IfMatch::Version(3));
        assert_eq!(parse("W/\"3\""), IfMatch::Version(3));
        assert_eq!(parse("3"), IfMatch::Never);
        assert_eq!(parse("\"abc\""), IfMatch::Never);
    }

    #[test]
    fn expectations() {
        assert_eq!(IfMatch::Absent.expected(4).unwrap(), 4);
        assert_eq!(IfMatch::Version(4).expected(4).unwrap(), 4);
        assert!(IfMatch::Version(3).expected(4).is_err());
        assert!(IfMatch::Never.expected(4).is_err());
    }
}
