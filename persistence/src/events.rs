//! The change feed's rows: written in the transaction of the change, read in
//! `(tx, seq)` order (see the migration `events`).
//!
//! On PostgreSQL `tx` is the writing transaction's id, and a read returns
//! only events of transactions older than the oldest one still running (the
//! `xmin` of the reader's snapshot): every such transaction has ended, so
//! its events are all there and final, and any event still to come belongs
//! to a transaction at or above that `xmin`, after the cursor. On SQLite one
//! writer commits at a time, so `seq` alone is commit order (`tx` is 0).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use integra_domain::events::{Codes, Event, NewEvent};

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::events;

/// A position in the feed: after the event `(tx, seq)`; `(0, 0)` is the start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub tx: i64,
    pub seq: i64,
}

#[derive(QueryableByName)]
struct Number {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// The writing transaction's id (PostgreSQL); 0 on SQLite.
fn current_tx(conn: &mut DbConnection) -> Result<i64, StoreError> {
    match conn {
        DbConnection::Postgres(c) => Ok(diesel::sql_query(
            "SELECT pg_current_xact_id()::text::bigint AS n",
        )
        .get_result::<Number>(c)?
        .n),
        DbConnection::Sqlite(_) => Ok(0),
    }
}

/// The first transaction id that may still be running (PostgreSQL): events
/// of transactions below it are final. No bound on SQLite.
fn horizon(conn: &mut DbConnection) -> Result<i64, StoreError> {
    match conn {
        DbConnection::Postgres(c) => Ok(diesel::sql_query(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS n",
        )
        .get_result::<Number>(c)?
        .n),
        DbConnection::Sqlite(_) => Ok(i64::MAX),
    }
}

/// Writes `found` in the current transaction, at `now`.
pub fn record(
    conn: &mut DbConnection,
    found: &[NewEvent],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    if found.is_empty() {
        return Ok(());
    }
    let tx = current_tx(conn)?;
    let stamp = now.naive_utc();
    let rows: Vec<_> = found
        .iter()
        .map(|e| {
            Ok((
                events::tx.eq(tx),
                events::id.eq(e.id.to_string()),
                events::event_type.eq(e.event_type.clone()),
                events::occurred_at.eq(stamp),
                events::record_type.eq(e.record_type),
                events::record_id.eq(e.record_id.to_string()),
                events::version.eq(e.version),
                events::codes.eq(rows::stored(&e.codes)?),
            ))
        })
        .collect::<Result<_, StoreError>>()?;
    // One statement per row: a multi-row insert is not open to both backends
    // through the one connection type.
    for row in rows {
        diesel::insert_into(events::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = events)]
struct EventRow {
    seq: i64,
    tx: i64,
    id: String,
    event_type: String,
    occurred_at: NaiveDateTime,
    record_type: String,
    record_id: String,
    version: Option<i64>,
    codes: String,
}

/// The opaque cursor of a position: its two numbers, base64url.
pub fn cursor(position: Position) -> String {
    use base64::Engine;
    let mut bytes = [0_u8; 16];
    bytes[..8].copy_from_slice(&position.tx.to_be_bytes());
    bytes[8..].copy_from_slice(&position.seq.to_be_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The position of a cursor; `None` when it is not one.
pub fn position(cursor: &str) -> Option<Position> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()?;
    let bytes: [u8; 16] = bytes.try_into().ok()?;
    let number = |part: &[u8]| part.try_into().ok().map(i64::from_be_bytes);
    let position = Position {
        tx: number(&bytes[..8])?,
        seq: number(&bytes[8..])?,
    };
    (position.tx >= 0 && position.seq >= 0).then_some(position)
}

impl EventRow {
    fn into_event(self) -> Result<Event, StoreError> {
        let codes: serde_json::Value = rows::json("codes", &self.codes)?;
        let code = |name: &str| codes.get(name).and_then(|v| v.as_str()).map(str::to_owned);
        Ok(Event {
            id: rows::uuid(&self.id)?,
            cursor: cursor(Position {
                tx: self.tx,
                seq: self.seq,
            }),
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

/// Up to `limit` events after `after`, in feed order, of `types` when given;
/// only final ones (see the module).
pub fn after(
    conn: &mut DbConnection,
    after: Position,
    types: &[String],
    limit: i64,
) -> Result<Vec<Event>, StoreError> {
    let horizon = horizon(conn)?;
    let mut query = events::table
        .filter(
            events::tx
                .gt(after.tx)
                .or(events::tx.eq(after.tx).and(events::seq.gt(after.seq))),
        )
        .filter(events::tx.lt(horizon))
        .into_boxed();
    if !types.is_empty() {
        query = query.filter(events::event_type.eq_any(types.to_vec()));
    }
    query
        .order((events::tx.asc(), events::seq.asc()))
        .limit(limit)
        .select(EventRow::as_select())
        .load(conn)?
        .into_iter()
        .map(EventRow::into_event)
        .collect()
}
