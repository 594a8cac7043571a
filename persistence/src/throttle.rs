//! Sign-in throttling: failed sign-ins are counted per key (an account, an
//! address) in the database, so every API node sees the same counts.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::sign_in_failures;

/// How many failures a key may have within a window before it is blocked, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub failures: i32,
    pub window: Duration,
    pub block: Duration,
}

/// Until when the first blocked key of `keys` is blocked, if any is.
pub fn blocked_until(
    conn: &mut DbConnection,
    keys: &[String],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    let until: Option<NaiveDateTime> = sign_in_failures::table
        .filter(sign_in_failures::key.eq_any(keys))
        .filter(sign_in_failures::blocked_until.gt(now.naive_utc()))
        .select(diesel::dsl::max(sign_in_failures::blocked_until))
        .first::<Option<NaiveDateTime>>(conn)?;
    Ok(until.map(|u| u.and_utc()))
}

/// Counts one failure of `key`; blocks the key once it reaches the limit within the window.
/// Must run in a transaction: the count update holds the row's lock until commit.
pub fn record_failure(
    conn: &mut DbConnection,
    key: &str,
    limit: Limit,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let stamp = now.naive_utc();
    let insert = diesel::insert_into(sign_in_failures::table)
        .values((
            sign_in_failures::key.eq(key),
            sign_in_failures::failures.eq(0),
            sign_in_failures::window_started_at.eq(stamp),
        ))
        .on_conflict_do_nothing();
    // Two nodes counting the first failure of a key at once: one row, both counted.
    match conn {
        DbConnection::Postgres(c) => insert.execute(c)?,
        DbConnection::Sqlite(c) => insert.execute(c)?,
    };
    let row = sign_in_failures::table.find(key);
    diesel::update(row)
        .set(sign_in_failures::failures.eq(sign_in_failures::failures + 1))
        .execute(conn)?;
    let (failures, started): (i32, NaiveDateTime) = row
        .select((
            sign_in_failures::failures,
            sign_in_failures::window_started_at,
        ))
        .first(conn)?;
    if started.and_utc() + limit.window <= now {
        // The window has passed: this failure starts a new one.
        diesel::update(row)
            .set((
                sign_in_failures::failures.eq(1),
                sign_in_failures::window_started_at.eq(stamp),
                sign_in_failures::blocked_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
    } else if failures >= limit.failures {
        diesel::update(row)
            .set(sign_in_failures::blocked_until.eq((now + limit.block).naive_utc()))
            .execute(conn)?;
    }
    Ok(())
}

/// Forgets the failures of `key` (after a successful sign-in of the account).
pub fn clear(conn: &mut DbConnection, key: &str) -> Result<(), StoreError> {
    diesel::delete(sign_in_failures::table.find(key)).execute(conn)?;
    Ok(())
}
