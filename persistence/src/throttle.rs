//! Sign-in throttling: sign-in attempts are counted per key (an account, an
//! address) in the database, so every API node sees the same counts.
//!
//! An attempt is counted *before* its credentials are checked, in one conditional
//! update per key (`failures < limit`), so that parallel guesses cannot all pass
//! the check before any failure is counted: at most `limit` attempts per window
//! reach the password check, and the one after the limit blocks the key. A
//! successful sign-in takes its attempt back ([`clear`], [`refund`]).

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

/// Counts one sign-in attempt against each of `keys` (in this order, the same in
/// every call, so that concurrent attempts lock the rows in one order), before the
/// credentials are checked. Returns until when sign-in is blocked if a key is
/// blocked already or has used up its attempts of the window (it is blocked now);
/// then nothing stays counted. Must run in a transaction.
pub fn attempt(
    conn: &mut DbConnection,
    keys: &[(String, Limit)],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    let stamp = now.naive_utc();
    for (key, limit) in keys {
        let insert = diesel::insert_into(sign_in_failures::table)
            .values((
                sign_in_failures::key.eq(key),
                sign_in_failures::failures.eq(0),
                sign_in_failures::window_started_at.eq(stamp),
            ))
            .on_conflict_do_nothing();
        // Two nodes counting the first attempt of a key at once: one row.
        match conn {
            DbConnection::Postgres(c) => insert.execute(c)?,
            DbConnection::Sqlite(c) => insert.execute(c)?,
        };
        // A window that has passed (and no block in force) starts again.
        diesel::update(
            sign_in_failures::table
                .find(key)
                .filter(sign_in_failures::window_started_at.le((now - limit.window).naive_utc()))
                .filter(
                    sign_in_failures::blocked_until
                        .is_null()
                        .or(sign_in_failures::blocked_until.le(stamp)),
                ),
        )
        .set((
            sign_in_failures::failures.eq(0),
            sign_in_failures::window_started_at.eq(stamp),
            sign_in_failures::blocked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    }
    let names: Vec<String> = keys.iter().map(|(key, _)| key.clone()).collect();
    if let Some(until) = blocked_until(conn, &names, now)? {
        return Ok(Some(until));
    }
    for (counted, (key, limit)) in keys.iter().enumerate() {
        // One statement: under concurrency the database lets at most `failures`
        // attempts through.
        let passed = diesel::update(
            sign_in_failures::table
                .find(key)
                .filter(sign_in_failures::failures.lt(limit.failures)),
        )
        .set(sign_in_failures::failures.eq(sign_in_failures::failures + 1))
        .execute(conn)?;
        if passed == 0 {
            let until = now + limit.block;
            diesel::update(sign_in_failures::table.find(key))
                .set(sign_in_failures::blocked_until.eq(until.naive_utc()))
                .execute(conn)?;
            for (key, _) in &keys[..counted] {
                refund(conn, key)?;
            }
            return Ok(Some(until));
        }
    }
    Ok(None)
}

/// Takes back one counted attempt of `key` (it signed in).
pub fn refund(conn: &mut DbConnection, key: &str) -> Result<(), StoreError> {
    diesel::update(
        sign_in_failures::table
            .find(key)
            .filter(sign_in_failures::failures.gt(0)),
    )
    .set(sign_in_failures::failures.eq(sign_in_failures::failures - 1))
    .execute(conn)?;
    Ok(())
}

/// Forgets the failures of `key` (after a successful sign-in of the account).
pub fn clear(conn: &mut DbConnection, key: &str) -> Result<(), StoreError> {
    diesel::delete(sign_in_failures::table.find(key)).execute(conn)?;
    Ok(())
}

/// Removes the rows of keys whose window began at or before `window_started_before`
/// and that are not blocked at `now`: they count nothing any more. Returns how
/// many were removed.
pub fn purge(
    conn: &mut DbConnection,
    window_started_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    Ok(diesel::delete(
        sign_in_failures::table
            .filter(sign_in_failures::window_started_at.le(window_started_before.naive_utc()))
            .filter(
                sign_in_failures::blocked_until
                    .is_null()
                    .or(sign_in_failures::blocked_until.le(now.naive_utc())),
            ),
    )
    .execute(conn)?)
}
