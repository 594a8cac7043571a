//! Cursor paging: `?limit=50&cursor=...` -> `{"items": [...], "next_cursor": ...}`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use integra_domain::ValidationErrors;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use integra_domain::Error;

/// `?limit=50&cursor=...`: the query of a list that has no filters.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl PageQuery {
    /// The page size and the record to continue after.
    pub fn validate(&self) -> Result<(i64, Option<Uuid>), Error> {
        params(self.limit, self.cursor.as_deref())
    }
}

/// The cursor that continues after the record `last`.
pub fn encode(last: Uuid) -> String {
    URL_SAFE_NO_PAD.encode(last.as_bytes())
}

/// The record a cursor continues after.
pub fn decode(cursor: &str) -> Result<Uuid, Error> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| Uuid::from_slice(&bytes).ok())
        .ok_or_else(|| {
            Error::field(
                "cursor",
                "invalid_cursor",
                "cursor must be a next_cursor given by this API",
            )
        })
}

/// The page size and the record to continue after, from `limit` and `cursor`;
/// the errors of both are reported together.
pub fn params(limit: Option<i64>, cursor: Option<&str>) -> Result<(i64, Option<Uuid>), Error> {
    finish(ValidationErrors::new(), limit, cursor)
}

/// As [`params`], after a query's other parameters were checked into `errors`:
/// the page, or every error of the query.
pub fn finish(
    mut errors: ValidationErrors,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> Result<(i64, Option<Uuid>), Error> {
    match check(&mut errors, limit, cursor)? {
        Some(page) if errors.is_empty() => Ok(page),
        _ => Err(Error::Invalid(errors)),
    }
}

/// As [`params`], for a route that checks other query parameters too: the errors
/// of `limit` and `cursor` are added to `errors`, and `None` stands for a page that
/// is not valid.
pub fn check(
    errors: &mut ValidationErrors,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> Result<Option<(i64, Option<Uuid>)>, Error> {
    let limit = errors.check(integra_domain::paging::limit(limit));
    let after = match cursor.map(decode).transpose() {
        Ok(after) => after,
        Err(Error::Invalid(e)) => {
            errors.0.extend(e.0);
            return Ok(None);
        }
        Err(other) => return Err(other),
    };
    Ok(limit.map(|limit| (limit, after)))
}

/// The next cursor of a page that was asked for `limit` items and got `ids`.
pub fn next_cursor(
    ids: impl DoubleEndedIterator<Item = Uuid> + ExactSizeIterator,
    limit: i64,
) -> Option<String> {
    let full = i64::try_from(ids.len()).is_ok_and(|n| n >= limit);
    if full {
        ids.last().map(encode)
    } else {
        None
    }
}

/// One page of a list ranked in memory (matches, candidates): the `limit`
/// items after the one whose id (by `id`) is `after`; none when `after` is
/// not in the list any more.
pub fn ranked_page<T>(
    ranked: Vec<T>,
    after: Option<Uuid>,
    limit: i64,
    id: impl Fn(&T) -> Uuid,
) -> Vec<T> {
    let start = match after {
        Some(after) => ranked
            .iter()
            .position(|item| id(item) == after)
            .map_or(ranked.len(), |i| i + 1),
        None => 0,
    };
    ranked
        .into_iter()
        .skip(start)
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let id = Uuid::now_v7();
        assert_eq!(decode(&encode(id)).unwrap(), id);
        assert!(decode("not a cursor").is_err());
        assert!(decode("").is_err());
    }
}
