//! Bulk import jobs: rows only.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::imports;

/// A job as stored; the report is the service's JSON, kept as it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: Uuid,
    pub kind: String,
    pub mode: String,
    pub atomic: String,
    pub status: String,
    pub rows_total: i64,
    pub rows_done: i64,
    pub report: Option<serde_json::Value>,
    pub error: Option<String>,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub heartbeat_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = imports)]
struct JobRow {
    id: String,
    kind: String,
    mode: String,
    atomic: String,
    status: String,
    rows_total: i64,
    rows_done: i64,
    report: Option<String>,
    error: Option<String>,
    created_by: String,
    created_at: NaiveDateTime,
    heartbeat_at: NaiveDateTime,
    finished_at: Option<NaiveDateTime>,
}

impl JobRow {
    fn into_job(self) -> Result<Job, StoreError> {
        Ok(Job {
            id: rows::uuid(&self.id)?,
            kind: self.kind,
            mode: self.mode,
            atomic: self.atomic,
            status: self.status,
            rows_total: self.rows_total,
            rows_done: self.rows_done,
            report: self
                .report
                .as_deref()
                .map(|r| rows::json("report", r))
                .transpose()?,
            error: self.error,
            created_by: rows::uuid(&self.created_by)?,
            created_at: rows::utc(self.created_at),
            heartbeat_at: rows::utc(self.heartbeat_at),
            finished_at: self.finished_at.map(rows::utc),
        })
    }
}

/// What a new job is.
#[derive(Debug, Clone, Copy)]
pub struct NewJob<'a> {
    pub id: Uuid,
    pub kind: &'a str,
    pub mode: &'a str,
    pub atomic: &'a str,
    pub rows_total: i64,
    pub created_by: Uuid,
}

/// Records a running job.
pub fn start(
    conn: &mut DbConnection,
    job: NewJob<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(imports::table)
        .values((
            imports::id.eq(job.id.to_string()),
            imports::kind.eq(job.kind),
            imports::mode.eq(job.mode),
            imports::atomic.eq(job.atomic),
            imports::status.eq("running"),
            imports::rows_total.eq(job.rows_total),
            imports::rows_done.eq(0_i64),
            imports::created_by.eq(job.created_by.to_string()),
            imports::created_at.eq(stamp),
            imports::heartbeat_at.eq(stamp),
        ))
        .execute(conn)?;
    Ok(())
}

/// A running job is alive at `now`, `done` rows in.
pub fn beat(
    conn: &mut DbConnection,
    id: Uuid,
    done: i64,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::update(
        imports::table
            .find(id.to_string())
            .filter(imports::status.eq("running")),
    )
    .set((
        imports::rows_done.eq(done),
        imports::heartbeat_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    Ok(())
}

/// A running job is over: `succeeded` with its report, or `failed` with why
/// (and the report of what was found, when there is one).
pub fn finish(
    conn: &mut DbConnection,
    id: Uuid,
    status: &str,
    done: i64,
    report: Option<&serde_json::Value>,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let report = report.map(rows::stored).transpose()?;
    diesel::update(
        imports::table
            .find(id.to_string())
            .filter(imports::status.eq("running")),
    )
    .set((
        imports::status.eq(status),
        imports::rows_done.eq(done),
        imports::report.eq(report),
        imports::error.eq(error),
        imports::finished_at.eq(Some(now.naive_utc())),
        imports::heartbeat_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    Ok(())
}

/// Running jobs whose node has not beaten since `before` are failed as
/// interrupted; how many.
pub fn fail_stale(
    conn: &mut DbConnection,
    before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    Ok(diesel::update(
        imports::table
            .filter(imports::status.eq("running"))
            .filter(imports::heartbeat_at.lt(before.naive_utc())),
    )
    .set((
        imports::status.eq("failed"),
        imports::error.eq(Some("interrupted: the server stopped while the import ran; with atomic=all nothing of it was written")),
        imports::finished_at.eq(Some(now.naive_utc())),
    ))
    .execute(conn)?)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Job, StoreError> {
    imports::table
        .find(id.to_string())
        .select(JobRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_job()
}
