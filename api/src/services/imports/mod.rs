//! Bulk import (`POST /imports`, `GET /imports/{id}`): a file of records read
//! into rows ([`integra_domain::import`]), each row written as the same record
//! sent one at a time is (the same validation, uniqueness checks, audit
//! entries and change-feed events, by the importer), upserted by its key.
//!
//! `mode=validate` runs every row and rolls all of it back: the report of a
//! commit, nothing written. `atomic=all` runs the file in one transaction,
//! kept only when no row failed; `atomic=row` keeps each good row (in
//! transactions of [`CHUNK`] rows). Rows go a chunk at a time: persons are
//! read and written together ([`persons::chunk`]: who holds the chunk's keys
//! in two statements, the new persons in a few more), other kinds a row at a
//! time, each row in a savepoint of its own.
//!
//! Every import is a job: the request waits up to [`ANSWER_WITHIN`] for it and
//! answers its report (200), or answers 202 with where to find it. A job
//! beats while it runs; one whose node stopped beating is failed as
//! interrupted (with `atomic=all` nothing of it was written: its transaction
//! never committed).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::events::NewEvent;
use integra_domain::import::{
    self, Atomicity, Counts, Format, ImportKind, ImportMode, Outcome, Row, RowReport,
};
use integra_domain::{Error, FieldError, ValidationErrors};
use integra_persistence::imports::{self as jobs, Job, NewJob};
use integra_persistence::{savepoint, Db, DbConnection, StoreError};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::{self, Actor, Call, ReadSize};

mod assistance;
mod contacts;
mod holder;
mod persons;
mod stays;

/// What became of a row: created, updated or unchanged, with the change-feed
/// events of its write; or why it failed.
type RowOutcome = Result<(Outcome, Vec<NewEvent>), Error>;

/// How long a request waits for its import before answering 202.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(2);
/// Rows per transaction with `atomic=row`.
pub const CHUNK: usize = 500;
/// How often a running job beats.
const BEAT: Duration = Duration::from_secs(5);
/// A running job that has not beaten for this long is taken for interrupted.
const STALE: chrono::TimeDelta = chrono::TimeDelta::seconds(30);

/// The jobs running on this node, with the rows each has done.
#[derive(Debug, Default)]
pub struct Running(Mutex<BTreeMap<Uuid, Arc<AtomicI64>>>);

impl Running {
    fn add(&self, id: Uuid) -> Arc<AtomicI64> {
        let done = Arc::new(AtomicI64::new(0));
        if let Ok(mut running) = self.0.lock() {
            running.insert(id, done.clone());
        }
        done
    }

    fn remove(&self, id: Uuid) {
        if let Ok(mut running) = self.0.lock() {
            running.remove(&id);
        }
    }

    fn done(&self, id: Uuid) -> Option<i64> {
        self.0
            .lock()
            .ok()
            .and_then(|running| running.get(&id).map(|d| d.load(Ordering::Relaxed)))
    }
}

/// `POST /imports`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// What the file holds (required).
    #[param(value_type = ImportKind)]
    kind: Option<String>,
    /// `validate` (a dry run: the report, nothing written; when absent) or `commit`.
    #[param(value_type = Option<ImportMode>)]
    mode: Option<String>,
    /// `all` (when absent): any failed row and nothing is written; `row`:
    /// the good rows are written, the bad ones reported.
    #[param(value_type = Option<Atomicity>)]
    atomic: Option<String>,
}

/// An import job and, once finished, its report.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff0", "kind": "persons",
    "mode": "commit", "atomic": "row", "status": "succeeded", "rows_total": 3, "rows_done": 3,
    "written": true, "counts": {"created": 1, "updated": 1, "unchanged": 0, "failed": 1},
    "failures": [{"line": 4, "key": "personal_number=01001012345", "outcome": "failed",
        "errors": [{"field": "date_of_birth", "code": "in_future",
            "message": "date_of_birth must not be in the future"}]}],
    "error": null, "created_at": "2026-03-02T10:00:00Z", "finished_at": "2026-03-02T10:00:01Z"}))]
pub struct ImportJob {
    pub id: Uuid,
    pub kind: String,
    pub mode: String,
    pub atomic: String,
    /// `running`, `succeeded` (ran to the end: see `counts`), or `failed`
    /// (could not run to the end: see `error`).
    pub status: String,
    pub rows_total: i64,
    pub rows_done: i64,
    /// Whether the rows counted created and updated were written: false for
    /// `validate`, and for `atomic=all` when a row failed.
    pub written: bool,
    /// Once finished: rows created, updated, unchanged and failed (what a
    /// dry run would have done).
    pub counts: Option<Counts>,
    /// Once finished: each failed row, its line, key and errors.
    pub failures: Option<Vec<RowReport>>,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

/// What a job's report holds (stored as JSON with the job).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub written: bool,
    pub counts: Counts,
    pub failures: Vec<RowReport>,
}

impl ImportJob {
    fn of(job: Job, running_done: Option<i64>) -> Result<Self, Error> {
        let report: Option<Report> = job
            .report
            .map(serde_json::from_value)
            .transpose()
            .map_err(|e| Error::Internal(format!("an import report cannot be read: {e}")))?;
        Ok(Self {
            id: job.id,
            kind: job.kind,
            mode: job.mode,
            atomic: job.atomic,
            status: job.status,
            rows_total: job.rows_total,
            rows_done: running_done.unwrap_or(job.rows_done),
            written: report.as_ref().is_some_and(|r| r.written),
            counts: report.as_ref().map(|r| r.counts),
            failures: report.map(|r| r.failures),
            error: job.error,
            created_at: job.created_at,
            finished_at: job.finished_at,
        })
    }

    pub fn finished(&self) -> bool {
        self.status != "running"
    }
}

/// The checked query: kind, mode, atomicity.
fn validate(query: &ImportQuery) -> Result<(ImportKind, ImportMode, Atomicity), Error> {
    let mut errors = ValidationErrors::new();
    let kind = match query.kind.as_deref() {
        Some(kind) => errors.check(ImportKind::parse("kind", kind)),
        None => {
            errors.add("kind", "required", "kind is required");
            None
        }
    };
    let mode = errors.check(ImportMode::parse(
        "mode",
        query.mode.as_deref().unwrap_or("validate"),
    ));
    let atomic = errors.check(Atomicity::parse(
        "atomic",
        query.atomic.as_deref().unwrap_or("all"),
    ));
    match (kind, mode, atomic) {
        (Some(kind), Some(mode), Some(atomic)) if errors.is_empty() => Ok((kind, mode, atomic)),
        _ => Err(errors.into()),
    }
}

/// The file's format from its media type; `None` for one not taken.
pub fn format(media_type: &str) -> Option<Format> {
    match media_type {
        "text/csv" => Some(Format::Csv),
        "application/x-ndjson" | "application/ndjson" => Some(Format::Ndjson),
        _ => None,
    }
}

/// Checks that `actor` may import `kind`: `imports:write` (or a role that
/// imports), and the kind's own write permission.
pub fn allowed(actor: &Actor, kind: ImportKind) -> Result<(), Error> {
    actor.reach(RecordKind::Import, Access::Write)?;
    match kind {
        ImportKind::Persons => actor.reach(RecordKind::Person, Access::Write)?,
        ImportKind::StaysAbroad => actor.reach(RecordKind::Stay, Access::Write)?,
        ImportKind::Contacts => actor.reach(RecordKind::Contact, Access::Write)?,
        ImportKind::AssistanceHistory => actor.reach(RecordKind::Assistance, Access::Write)?,
    };
    Ok(())
}

/// Starts an import of `body` (a file of `format`, `None` when its media type
/// is not one taken) and gives its job: finished when it took less than
/// [`ANSWER_WITHIN`], running otherwise.
pub async fn start(
    call: &Call,
    query: ImportQuery,
    body: Result<(Format, Vec<u8>), Error>,
) -> Result<ImportJob, Error> {
    call.reach(RecordKind::Import, Access::Write)?;
    let (kind, mode, atomic) = validate(&query)?;
    allowed(&call.actor, kind)?;
    let (format, bytes) = body?;
    let rows = services::blocking(move || {
        import::read(&bytes, format, kind.columns())
            .map_err(|e| StoreError::from(Error::Invalid(ValidationErrors(vec![e.field_error()]))))
    })
    .await?;
    let id = Uuid::now_v7();
    let total = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    let by = call.id;
    let entry = call.entry("import.started", RecordKind::Import, id);
    services::write(call, vec![entry], move |c, now| {
        let job = NewJob {
            id,
            kind: kind.as_str(),
            mode: mode.as_str(),
            atomic: atomic.as_str(),
            rows_total: total,
            created_by: by,
        };
        Ok(jobs::start(c, job, now)?)
    })
    .await?;
    let done = call.app.imports.add(id);
    let app = call.app.clone();
    let actor = call.actor.clone();
    let task = tokio::spawn(run_job(app, actor, id, kind, mode, atomic, rows, done));
    // Waited for a while; the job goes on if the wait ends first.
    let _ = tokio::time::timeout(ANSWER_WITHIN, task).await;
    let app = call.app.clone();
    services::read(&call.app, move |c| {
        ImportJob::of(jobs::get(c, id)?, app.imports.done(id))
    })
    .await
}

/// Runs a job to its end, beating meanwhile, and records how it ended.
#[allow(clippy::too_many_arguments)]
async fn run_job(
    app: Arc<crate::state::AppState>,
    actor: Actor,
    id: Uuid,
    kind: ImportKind,
    mode: ImportMode,
    atomic: Atomicity,
    rows: Vec<Row>,
    done: Arc<AtomicI64>,
) {
    let _running = app.metrics.import_started();
    let beating = {
        let (db, done) = (app.db.clone(), done.clone());
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(BEAT).await;
                let (db, count) = (db.clone(), done.load(Ordering::Relaxed));
                // A beat that cannot be written (SQLite's writer busy with the
                // import itself) is skipped: this node knows the job runs.
                let _ = services::blocking(move || {
                    db.write(|c| jobs::beat(c, id, count, services::now()))
                })
                .await;
            }
        })
    };
    let db = app.db.clone();
    let today = services::today();
    let progress = done.clone();
    let ran = services::blocking(move || {
        Ok(run(
            &db, &actor, kind, mode, atomic, &rows, today, &progress,
        ))
    })
    .await
    .and_then(|r| r);
    beating.abort();
    app.metrics
        .import_ended(kind, mode, ran.as_ref().ok().map(|report| &report.counts));
    let count = done.load(Ordering::Relaxed);
    let db = app.db.clone();
    let finished = services::blocking(move || {
        db.write(|c| match &ran {
            Ok(report) => {
                let value = serde_json::to_value(report)
                    .map_err(|e| StoreError::Internal(e.to_string()))?;
                jobs::finish(
                    c,
                    id,
                    "succeeded",
                    count,
                    Some(&value),
                    None,
                    services::now(),
                )
            }
            Err(error) => {
                log::warn!("import {id} failed: {error}");
                let reason = match error {
                    Error::Unavailable(_) => {
                        "the database became unavailable; nothing of it was written with atomic=all"
                    }
                    _ => "an internal error stopped it; nothing of it was written with atomic=all",
                };
                jobs::finish(c, id, "failed", count, None, Some(reason), services::now())
            }
        })
    })
    .await;
    if let Err(error) = finished {
        log::error!("import {id}: cannot record its end: {error}");
    }
    app.imports.remove(id);
}

/// Runs `work`, which adds persons when `kind` is persons, with the names it
/// adds indexed once at its end ([`integra_persistence::persons::defer_name_index`]).
fn names_indexed_at_end<T, E: From<StoreError>>(
    c: &mut DbConnection,
    kind: ImportKind,
    work: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E> {
    if kind != ImportKind::Persons {
        return work(c);
    }
    integra_persistence::persons::defer_name_index(c)?;
    let done = work(c)?;
    integra_persistence::persons::index_deferred_names(c)?;
    Ok(done)
}

/// Imports `rows`: every row's report, and whether the good ones were written.
#[allow(clippy::too_many_arguments)]
pub fn run(
    db: &Db,
    actor: &Actor,
    kind: ImportKind,
    mode: ImportMode,
    atomic: Atomicity,
    rows: &[Row],
    today: NaiveDate,
    done: &AtomicI64,
) -> Result<Report, Error> {
    let commit = mode == ImportMode::Commit;
    let mut reports = Vec::with_capacity(rows.len());
    let written = match atomic {
        Atomicity::All => {
            // The file in one transaction, rolled back unless every row went
            // well and it commits. (Not in a savepoint of its own: on SQLite
            // every statement's savepoint would grow with the whole file.)
            let mut kept = None;
            let ran = db.write(|c| {
                let now = services::now();
                let mut events = Vec::new();
                let mut reports = Vec::with_capacity(rows.len());
                names_indexed_at_end(c, kind, |c| {
                    for part in rows.chunks(CHUNK) {
                        let (found, more) = chunk(c, actor, kind, part, today, now, true, done)?;
                        events.extend(more);
                        reports.extend(found);
                    }
                    Ok::<_, Error>(())
                })?;
                let written = commit && reports.iter().all(|r| r.outcome != Outcome::Failed);
                if written {
                    services::finish_write(c, &events, now)?;
                }
                kept = Some((reports, written));
                if written {
                    Ok(())
                } else {
                    Err(StoreError::RolledBack)
                }
            });
            match ran {
                Ok(()) | Err(StoreError::RolledBack) => {}
                Err(error) => return Err(error.into()),
            }
            let written;
            (reports, written) =
                kept.ok_or_else(|| Error::Internal("the import ran no rows".to_owned()))?;
            written
        }
        Atomicity::Row => {
            for part in rows.chunks(CHUNK) {
                let found = db.write(|c| {
                    let now = services::now();
                    let (reports, events) = names_indexed_at_end(c, kind, |c| {
                        chunk(c, actor, kind, part, today, now, commit, done)
                    })?;
                    services::finish_write(c, &events, now)?;
                    Ok(reports)
                })?;
                reports.extend(found);
            }
            commit
        }
    };
    let mut counts = Counts::default();
    for report in &reports {
        counts.add(report.outcome);
    }
    let failures = reports
        .into_iter()
        .filter(|r| r.outcome == Outcome::Failed)
        .collect();
    Ok(Report {
        written,
        counts,
        failures,
    })
}

/// A chunk of rows: each row's report and the change-feed events of what
/// was kept (written at the end of the transaction). A row is kept when it
/// did not fail and `keep`. Persons are read and written a chunk at a time
/// ([`persons::chunk`]); the other kinds a row at a time, each in a
/// savepoint of its own. A row that fails for the system's sake (the
/// database gone) is an error of the whole import.
#[allow(clippy::too_many_arguments)]
fn chunk(
    c: &mut DbConnection,
    actor: &Actor,
    kind: ImportKind,
    rows: &[Row],
    today: NaiveDate,
    now: DateTime<Utc>,
    keep: bool,
    done: &AtomicI64,
) -> Result<(Vec<RowReport>, Vec<NewEvent>), Error> {
    let outcomes = match kind {
        ImportKind::Persons => persons::chunk(c, actor, rows, today, now, keep)?,
        ImportKind::StaysAbroad | ImportKind::Contacts | ImportKind::AssistanceHistory => {
            let mut outcomes = Vec::with_capacity(rows.len());
            for row in rows {
                let outcome = savepoint(
                    c,
                    |c| match kind {
                        ImportKind::StaysAbroad => stays::row(c, actor, row, today, now),
                        ImportKind::Contacts => contacts::row(c, actor, row, today, now),
                        _ => assistance::row(c, actor, row, today, now),
                    },
                    |outcome| keep && outcome.is_ok(),
                )?;
                outcomes.push(outcome);
                done.fetch_add(1, Ordering::Relaxed);
            }
            outcomes
        }
    };
    if kind == ImportKind::Persons {
        done.fetch_add(i64::try_from(rows.len()).unwrap_or(0), Ordering::Relaxed);
    }
    let mut reports = Vec::with_capacity(rows.len());
    let mut events = Vec::new();
    for (row, outcome) in rows.iter().zip(outcomes) {
        let key = row.keys(kind.columns()).into_iter().next();
        let (outcome, errors) = match outcome {
            Ok((outcome, kept)) => {
                if keep {
                    events.extend(kept);
                }
                (outcome, Vec::new())
            }
            Err(error @ (Error::Unavailable(_) | Error::Internal(_))) => return Err(error),
            Err(error) => (Outcome::Failed, field_errors(error)),
        };
        reports.push(RowReport {
            line: row.line,
            key,
            outcome,
            errors,
        });
    }
    Ok((reports, events))
}

/// A row's failure as field errors, with the codes the API gives for the same record.
fn field_errors(error: Error) -> Vec<FieldError> {
    match error {
        Error::Invalid(errors) => errors.0,
        Error::Conflict(conflict) => vec![FieldError::new("row", conflict.code, conflict.detail)],
        Error::Denied { code, detail } | Error::Unprocessable { code, detail } => {
            vec![FieldError::new("row", code, detail)]
        }
        Error::IllegalMove(refused) => vec![FieldError::new("row", refused.code, refused.detail)],
        other => vec![FieldError::new("row", "refused", other.to_string())],
    }
}

/// Reads an import job: its creator's, or any for an administrator (the
/// report names rows by their keys: the read of a report is recorded). A job
/// left running by a node that stopped is failed as interrupted first.
pub async fn get(call: &Call, id: Uuid) -> Result<ImportJob, Error> {
    call.reach(RecordKind::Import, Access::Read)?;
    let (caller, admin) = (call.id, call.is_admin());
    let here = call.app.imports.done(id);
    let db = call.app.db.clone();
    if here.is_none() {
        // Not running here: if its node stopped beating, it was interrupted.
        services::blocking(move || {
            let now = services::now();
            db.write(|c| jobs::fail_stale(c, now - STALE, now).map(|_| ()))
        })
        .await?;
    }
    let job = services::read(&call.app, move |c| Ok(jobs::get(c, id)?)).await?;
    if !admin && job.created_by != caller {
        return Err(Error::NotFound);
    }
    if job.report.is_none() {
        // Running (or stopped before its report): it names no row yet, and
        // on SQLite the writer may be busy with it, so nothing is recorded.
        return ImportJob::of(job, here);
    }
    let entry = call.entry(RecordKind::Import.read_action(), RecordKind::Import, id);
    services::audited_read(call, ReadSize::Short, move |_| {
        Ok((ImportJob::of(job, here)?, vec![entry]))
    })
    .await
}

/// The failed rows of a finished job as CSV (none while it runs).
pub fn failures_csv(job: &ImportJob) -> String {
    import::failures_csv(job.failures.as_deref().unwrap_or_default())
}

/// Fails every job left running, at the start of a server on SQLite (one
/// node: whatever ran, ran here, and stopped with it).
pub fn fail_interrupted(db: &Db) -> Result<usize, StoreError> {
    let now = services::now();
    db.write(|c| jobs::fail_stale(c, now + chrono::TimeDelta::seconds(1), now))
}
