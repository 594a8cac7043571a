//! The audit log: who did what to which record, and when. Written, never changed.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::audit_log;

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// The user or service account; `None` for the system itself.
    pub actor_id: Option<Uuid>,
    /// `person.read`, `person.created`, ...
    pub action: &'static str,
    pub record_type: &'static str,
    pub record_id: Option<Uuid>,
    pub request_id: Option<String>,
}

/// Appends entries to the log, in the caller's transaction.
pub fn record(
    conn: &mut DbConnection,
    entries: &[AuditEntry],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let stamp = now.naive_utc();
    let rows: Vec<_> = entries
        .iter()
        .map(|entry| {
            (
                audit_log::id.eq(Uuid::now_v7().to_string()),
                audit_log::occurred_at.eq(stamp),
                audit_log::actor_id.eq(entry.actor_id.map(|a| a.to_string())),
                audit_log::action.eq(entry.action),
                audit_log::record_type.eq(entry.record_type),
                audit_log::record_id.eq(entry.record_id.map(|r| r.to_string())),
                audit_log::request_id.eq(entry.request_id.as_deref()),
            )
        })
        .collect();
    match conn {
        // One statement for all the entries: a page of 500 persons is one round trip.
        // (Multi-row inserts are not expressible over both backends at once, so this
        // runs on the backend's own connection type.)
        DbConnection::Postgres(c) => {
            if !rows.is_empty() {
                diesel::insert_into(audit_log::table)
                    .values(rows)
                    .execute(c)?;
            }
        }
        // SQLite has no round trips to save. One prepared single-row statement, run
        // per entry, is cheaper than compiling a multi-row statement of each size
        // (which also needs a statement journal).
        DbConnection::Sqlite(c) => {
            for row in rows {
                diesel::insert_into(audit_log::table)
                    .values(row)
                    .execute(c)?;
            }
        }
    }
    Ok(())
}

/// How many entries name this record with this action (for tests and reports).
pub fn count_for(
    conn: &mut DbConnection,
    record_id: Uuid,
    action: &str,
) -> Result<i64, StoreError> {
    Ok(audit_log::table
        .filter(audit_log::record_id.eq(record_id.to_string()))
        .filter(audit_log::action.eq(action))
        .count()
        .get_result(conn)?)
}
