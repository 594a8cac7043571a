//! The change feed's rows: written at the end of the transaction of their
//! change, read in `seq` order.
//!
//! The order of `seq` is the order of commits. On SQLite one writer commits
//! at a time. On PostgreSQL the events of a transaction are written under a
//! transaction-scoped advisory lock ([`FEED_LOCK`]) taken just before them,
//! at the end of the transaction: `seq` is drawn under the lock, and the lock
//! is released only once the transaction has committed. So a reader that
//! sees the event `seq` sees every event before it, whichever node wrote
//! them, and an empty page means nothing after the cursor has committed.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::events::{Codes, Event, NewEvent};

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::events;

/// The advisory lock that orders the feed's writers (PostgreSQL).
pub const FEED_LOCK: i64 = 0x0069_6e74_6567_7261; // "integra"

/// Writes `found` in the current transaction, at `now`: the transaction's
/// last statements (on PostgreSQL, every writer of events waits here for the
/// one before it to commit).
pub fn record(
    conn: &mut DbConnection,
    found: &[NewEvent],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    if found.is_empty() {
        return Ok(());
    }
    if let DbConnection::Postgres(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
            .bind::<diesel::sql_types::BigInt, _>(FEED_LOCK)
            .execute(c)?;
    }
    let stamp = now.naive_utc();
    let rows = found
        .iter()
        .map(|e| {
            Ok((
                events::id.eq(e.id.to_string()),
                events::event_type.eq(e.event_type.clone()),
                events::occurred_at.eq(stamp),
                events::record_type.eq(e.record_type),
                events::record_id.eq(e.record_id.to_string()),
                events::version.eq(e.version),
                events::codes.eq(rows::stored(&e.codes)?),
            ))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    match conn {
        // A statement per 1,000 events (7 values each, within PostgreSQL's
        // 65,535): a bulk import's chunk is one round trip, not one per event.
        // `seq` follows the order of the rows.
        DbConnection::Postgres(c) => {
            for part in rows.chunks(1_000) {
                diesel::insert_into(events::table).values(part).execute(c)?;
            }
        }
        // SQLite has no round trips to save: one prepared single-row statement.
        DbConnection::Sqlite(c) => {
            for row in rows {
                diesel::insert_into(events::table).values(row).execute(c)?;
            }
        }
    }
    Ok(())
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = events)]
struct EventRow {
    seq: i64,
    id: String,
    event_type: String,
    occurred_at: NaiveDateTime,
    record_type: String,
    record_id: String,
    version: Option<i64>,
    codes: String,
}

/// The opaque cursor after the event `seq` (0: the start): base64url.
pub fn cursor(seq: i64) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(seq.to_be_bytes())
}

/// The `seq` of a cursor; `None` when it is not one.
pub fn position(cursor: &str) -> Option<i64> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()?;
    let bytes: [u8; 8] = bytes.try_into().ok()?;
    Some(i64::from_be_bytes(bytes)).filter(|seq| *seq >= 0)
}

impl EventRow {
    fn into_event(self) -> Result<Event, StoreError> {
        let codes: serde_json::Value = rows::json("codes", &self.codes)?;
        let code = |name: &str| codes.get(name).and_then(|v| v.as_str()).map(str::to_owned);
        Ok(Event {
            id: rows::uuid(&self.id)?,
            cursor: cursor(self.seq),
            event_type: self.event_type,
            occurred_at: rows::utc(self.occurred_at),
            record_type: self.record_type,
            record_id: rows::uuid(&self.record_id)?,
            version: self.version,
            codes: Codes {
                status: code("status"),
                kind: code("type"),
            },
        })
    }
}

/// Up to `limit` events after `after` (a `seq`), in order, of `types` when given.
pub fn after(
    conn: &mut DbConnection,
    after: i64,
    types: &[String],
    limit: i64,
) -> Result<Vec<Event>, StoreError> {
    Ok(positioned(conn, after, types, limit)?
        .into_iter()
        .map(|(_, event)| event)
        .collect())
}

/// The feed's last position (0 when empty): everything up to it has committed.
pub fn last(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(events::table
        .select(diesel::dsl::max(events::seq))
        .first::<Option<i64>>(conn)?
        .unwrap_or(0))
}

/// Up to `limit` events after `after` (a `seq`) with their positions, in
/// order, of `types` when given (for deliveries).
pub fn positioned(
    conn: &mut DbConnection,
    after: i64,
    types: &[String],
    limit: i64,
) -> Result<Vec<(i64, Event)>, StoreError> {
    let mut query = events::table.filter(events::seq.gt(after)).into_boxed();
    if !types.is_empty() {
        query = query.filter(events::event_type.eq_any(types.to_vec()));
    }
    query
        .order(events::seq.asc())
        .limit(limit)
        .select(EventRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| Ok((row.seq, row.into_event()?)))
        .collect()
}
