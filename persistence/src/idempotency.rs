//! Idempotency keys: a retried POST gets the first answer instead of a second effect.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::idempotency_keys;

/// How long a key is remembered.
pub const RETENTION: Duration = Duration::hours(24);

/// A stored answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// (request hash, status, headers, body) of a stored key.
type KeyRow = (String, Option<i32>, Option<String>, Option<Vec<u8>>);

/// What a request with a key may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The key is new and now held by this request: run it, then complete or release.
    New,
    /// The same request ran before: answer as then.
    Replay(StoredResponse),
    /// The same key is being used by a request that has not finished.
    InProgress,
    /// The key was used with a different request.
    Mismatch,
}

/// Claims `key` of `principal` for a request whose method, path and body hash to `request_hash`.
pub fn claim(
    conn: &mut DbConnection,
    principal: &str,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<Claim, StoreError> {
    let this = idempotency_keys::table
        .filter(idempotency_keys::principal_id.eq(principal))
        .filter(idempotency_keys::key.eq(key));
    diesel::delete(this.filter(idempotency_keys::created_at.lt((now - RETENTION).naive_utc())))
        .execute(conn)?;
    let existing: Option<KeyRow> = this
        .select((
            idempotency_keys::request_hash,
            idempotency_keys::status,
            idempotency_keys::response_headers,
            idempotency_keys::response_body,
        ))
        .first(conn)
        .optional()?;
    match existing {
        Some((hash, _, _, _)) if hash != request_hash => Ok(Claim::Mismatch),
        Some((_, None, _, _)) => Ok(Claim::InProgress),
        Some((_, Some(status), headers, body)) => {
            let headers = headers
                .map(|h| serde_json::from_str(&h))
                .transpose()
                .map_err(|e| StoreError::Internal(format!("stored headers: {e}")))?
                .unwrap_or_default();
            Ok(Claim::Replay(StoredResponse {
                status: u16::try_from(status)
                    .map_err(|_| StoreError::corrupt("status", &status.to_string()))?,
                headers,
                body: body.unwrap_or_default(),
            }))
        }
        None => {
            let insert = diesel::insert_into(idempotency_keys::table)
                .values((
                    idempotency_keys::principal_id.eq(principal),
                    idempotency_keys::key.eq(key),
                    idempotency_keys::request_hash.eq(request_hash),
                    idempotency_keys::created_at.eq(now.naive_utc()),
                ))
                .on_conflict_do_nothing();
            // Two requests with one key at the same moment: the one whose insert lands
            // runs; the other is told the key is in use. ON CONFLICT is spelt per backend.
            let inserted = match conn {
                DbConnection::Postgres(c) => insert.execute(c)?,
                DbConnection::Sqlite(c) => insert.execute(c)?,
            };
            if inserted == 0 {
                return Ok(Claim::InProgress);
            }
            Ok(Claim::New)
        }
    }
}

/// Stores the answer of a claimed key.
pub fn complete(
    conn: &mut DbConnection,
    principal: &str,
    key: &str,
    response: &StoredResponse,
) -> Result<(), StoreError> {
    let headers = serde_json::to_string(&response.headers)
        .map_err(|e| StoreError::Internal(format!("headers: {e}")))?;
    diesel::update(
        idempotency_keys::table
            .filter(idempotency_keys::principal_id.eq(principal))
            .filter(idempotency_keys::key.eq(key)),
    )
    .set((
        idempotency_keys::status.eq(i32::from(response.status)),
        idempotency_keys::response_headers.eq(headers),
        idempotency_keys::response_body.eq(&response.body),
    ))
    .execute(conn)?;
    Ok(())
}

/// Forgets a claimed key whose request failed on our side, so that a retry runs again.
pub fn release(conn: &mut DbConnection, principal: &str, key: &str) -> Result<(), StoreError> {
    diesel::delete(
        idempotency_keys::table
            .filter(idempotency_keys::principal_id.eq(principal))
            .filter(idempotency_keys::key.eq(key)),
    )
    .execute(conn)?;
    Ok(())
}
