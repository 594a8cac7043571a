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

/// The answer of an update guarded by the record's expected version, given
/// how many rows it `changed` and the record as it now is: the record, or
/// [`StoreError::VersionMismatch`] with its current version when the guard
/// matched no row (someone changed it first).
pub(crate) fn versioned<T>(
    changed: usize,
    now: Result<T, StoreError>,
    version: impl Fn(&T) -> i64,
) -> Result<T, StoreError> {
    let now = now?;
    if changed == 0 {
        Err(StoreError::VersionMismatch {
            current: version(&now),
        })
    } else {
        Ok(now)
    }
}

/// A value stored as JSON text (a list, say); `what` names it when the text
/// is not such a value.
pub(crate) fn json<T: serde::de::DeserializeOwned>(
    what: &str,
    text: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|_| StoreError::corrupt(what, text))
}

/// A value as stored: JSON text.
pub(crate) fn stored<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Internal(e.to_string()))
}
