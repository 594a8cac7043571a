//! Conversions between stored values and domain values.

use chrono::{DateTime, NaiveDateTime, Utc};
use uuid::Uuid;

use crate::error::StoreError;

pub(crate) fn uuid(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|_| StoreError::corrupt("id", text))
}

pub(crate) fn optional_uuid(text: Option<&str>) -> Result<Option<Uuid>, StoreError> {
    text.map(uuid).transpose()
}

pub(crate) fn utc(stamp: NaiveDateTime) -> DateTime<Utc> {
    stamp.and_utc()
}

/// Parses a stored enum value with the enum's own parser.
pub(crate) fn parse<T, E>(
    what: &str,
    text: &str,
    parse: impl Fn(&str, &str) -> Result<T, E>,
) -> Result<T, StoreError> {
    parse(what, text).map_err(|_| StoreError::corrupt(what, text))
}
