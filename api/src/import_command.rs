//! `integra import`: a file of records into integra, straight into the
//! database (as a user of it, through the same use-case code as the API) or
//! through a server's API; a progress bar with rows per second, the report's
//! summary and its failed rows; a non-zero exit when any row failed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use integra_domain::access::Caller;
use integra_domain::import::{self, Atomicity, Counts, Format, ImportKind, ImportMode, RowReport};
use integra_persistence::{users, DatabaseUrl, Db};

use crate::services::imports::{self as imports, Report};
use crate::services::Actor;

/// What `integra import` was asked.
#[derive(Debug, Clone)]
pub struct ImportArgs {
    pub kind: ImportKind,
    pub file: PathBuf,
    pub validate: bool,
    pub atomic: Atomicity,
    /// A server's base URL (`http://host:port`), with `token`; straight into
    /// the database when absent.
    pub server: Option<String>,
    pub token: Option<String>,
    /// Straight into the database: the user it imports as (its audit entries name them).
    pub user: String,
}

/// The file's format from its name: `.ndjson` / `.jsonl` or CSV.
fn format_of(path: &Path) -> Format {
    match path.extension().and_then(|e| e.to_str()) {
        Some("ndjson" | "jsonl") => Format::Ndjson,
        _ => Format::Csv,
    }
}

fn bar(total: u64) -> Result<indicatif::ProgressBar, String> {
    Ok(indicatif::ProgressBar::new(total).with_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows, {per_sec}, {eta} left")
            .map_err(|e| e.to_string())?,
    ))
}

/// Runs the import; the process's exit: failure when any row failed.
pub fn run(args: &ImportArgs, database: Option<&DatabaseUrl>) -> Result<bool, String> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let format = format_of(&args.file);
    let mode = if args.validate {
        ImportMode::Validate
    } else {
        ImportMode::Commit
    };
    let started = Instant::now();
    let (total, report) = match &args.server {
        Some(server) => through_server(args, server, format, mode, bytes)?,
        None => {
            let url = database.ok_or("INTEGRA_DATABASE_URL is not set (or give --server)")?;
            straight(args, url, format, mode, &bytes)?
        }
    };
    print_report(&report, total, mode, started.elapsed());
    Ok(report.counts.failed == 0)
}

/// Straight into the database, as `args.user`.
fn straight(
    args: &ImportArgs,
    url: &DatabaseUrl,
    format: Format,
    mode: ImportMode,
    bytes: &[u8],
) -> Result<(u64, Report), String> {
    let db = Db::open(url, integra_persistence::PoolOptions::default())
        .map_err(|e| format!("cannot open the database {}: {e}", url.redacted()))?;
    db.migrate().map_err(|e| e.to_string())?;
    let user = db
        .read(|c| {
            let id = users::username_holder(c, &args.user)?
                .ok_or(integra_persistence::StoreError::NotFound)?;
            users::get(c, id)
        })
        .map_err(|_| format!("no user {} to import as (--as)", args.user))?;
    let actor = Actor {
        caller: Caller {
            id: user.id,
            role: user.role,
            organisation_id: Some(user.organisation_id),
            scopes: Vec::new(),
        },
        request_id: None,
        trace: crate::services::idempotency::Trace::default(),
    };
    imports::allowed(&actor, args.kind)
        .map_err(|_| format!("the user {} may not import {}", args.user, args.kind))?;
    let rows = import::read(bytes, format, args.kind.columns())
        .map_err(|e| format!("{}: {}", args.file.display(), e.message))?;
    let total = rows.len() as u64;
    let progress = bar(total)?;
    let done = AtomicI64::new(0);
    let today = crate::services::today();
    let report = std::thread::scope(|scope| {
        let worker = scope.spawn(|| {
            imports::run(
                &db,
                &actor,
                args.kind,
                mode,
                args.atomic,
                &rows,
                today,
                &done,
            )
        });
        while !worker.is_finished() {
            progress.set_position(u64::try_from(done.load(Ordering::Relaxed)).unwrap_or(0));
            std::thread::sleep(Duration::from_millis(100));
        }
        worker.join()
    })
    .map_err(|_| "the import stopped unexpectedly".to_owned())?
    .map_err(|e| format!("the import failed: {e}"))?;
    progress.finish_and_clear();
    Ok((total, report))
}

/// Through a server's API: `POST /imports`, then its job followed to the end.
fn through_server(
    args: &ImportArgs,
    server: &str,
    format: Format,
    mode: ImportMode,
    bytes: Vec<u8>,
) -> Result<(u64, Report), String> {
    let token = args.token.as_deref().ok_or("--server needs --token")?;
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(600))
        .build()
        .map_err(|e| e.to_string())?;
    let base = server.trim_end_matches('/');
    let media = match format {
        Format::Csv => "text/csv",
        Format::Ndjson => "application/x-ndjson",
    };
    let url = format!(
        "{base}/api/v1/imports?kind={}&mode={}&atomic={}",
        args.kind, mode, args.atomic
    );
    let answer = client
        .post(url)
        .bearer_auth(token)
        .header("Content-Type", media)
        .body(bytes)
        .send()
        .map_err(|e| format!("cannot reach {base}: {e}"))?;
    let mut job = job_of(answer)?;
    let total = job["rows_total"].as_u64().unwrap_or(0);
    let progress = bar(total)?;
    while job["status"] == "running" {
        progress.set_position(job["rows_done"].as_u64().unwrap_or(0));
        std::thread::sleep(Duration::from_millis(500));
        let id = job["id"].as_str().unwrap_or_default().to_owned();
        let answer = client
            .get(format!("{base}/api/v1/imports/{id}"))
            .bearer_auth(token)
            .send()
            .map_err(|e| format!("cannot reach {base}: {e}"))?;
        job = job_of(answer)?;
    }
    progress.finish_and_clear();
    if job["status"] != "succeeded" {
        return Err(format!(
            "the import failed: {}",
            job["error"].as_str().unwrap_or("no reason given")
        ));
    }
    let report = Report {
        written: job["written"].as_bool().unwrap_or(false),
        counts: serde_json::from_value(job["counts"].clone()).map_err(|e| e.to_string())?,
        failures: serde_json::from_value(job["failures"].clone()).map_err(|e| e.to_string())?,
    };
    Ok((total, report))
}

/// The job of an answer, or the problem it reports as an error.
fn job_of(answer: reqwest::blocking::Response) -> Result<serde_json::Value, String> {
    let status = answer.status();
    let body: serde_json::Value = answer
        .json()
        .map_err(|e| format!("the server's answer ({status}) is not JSON: {e}"))?;
    if status.is_success() {
        Ok(body)
    } else {
        let errors: Vec<String> = body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        Err(format!(
            "{status}: {}{}",
            body["detail"].as_str().unwrap_or_default(),
            if errors.is_empty() {
                String::new()
            } else {
                format!(" ({})", errors.join("; "))
            }
        ))
    }
}

/// The summary, and the failed rows (the first hundred).
fn print_report(report: &Report, total: u64, mode: ImportMode, took: Duration) {
    let Counts {
        created,
        updated,
        unchanged,
        failed,
    } = report.counts;
    let seconds = took.as_secs_f64().max(0.001);
    #[allow(clippy::cast_precision_loss)]
    let rate = total as f64 / seconds;
    let written = match (mode, report.written) {
        (ImportMode::Validate, _) => "a dry run: nothing written",
        (_, true) => "written",
        (_, false) => "nothing written: a row failed (atomic=all)",
    };
    println!(
        "{total} rows in {seconds:.1} s ({rate:.0} a second): {created} created, {updated} updated, {unchanged} unchanged, {failed} failed; {written}"
    );
    for row in report.failures.iter().take(100) {
        print_failure(row);
    }
    if report.failures.len() > 100 {
        println!("... and {} more failed rows", report.failures.len() - 100);
    }
}

fn print_failure(row: &RowReport) {
    for error in &row.errors {
        println!(
            "line {}{}: {} ({}: {})",
            row.line,
            row.key
                .as_deref()
                .map(|k| format!(" [{k}]"))
                .unwrap_or_default(),
            error.message,
            error.field,
            error.code
        );
    }
}
