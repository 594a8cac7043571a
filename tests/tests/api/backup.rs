//! Backups taken under load restore to a whole database (issue 17, item 11):
//! `integra backup` runs while writers POST persons; the backup is restored
//! the way `docs/operations.md` says (SQLite: the file in the database's
//! place; PostgreSQL: `pg_restore` into an empty database), and then
//! - it is consistent: SQLite's `integrity_check` and `foreign_key_check`
//!   find nothing (PostgreSQL checked every constraint as it restored);
//! - each person in it came with its audit entry and its change-feed event
//!   (they commit in one transaction: a backup holds all three or none);
//! - it holds every person acknowledged before the backup began, and none
//!   that was never acknowledged;
//! - a server starts on it, finds no migration to apply, signs the admin in
//!   and reads a person.

use std::collections::BTreeSet;
use std::process::Output;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use diesel::sql_types::Text;
use diesel::{QueryableByName, RunQueryDsl};
use integra_persistence::{DatabaseUrl, Db, PoolOptions};
use integra_tests::{Backend, StatusCode, TestDatabase};

use crate::cli::{integra, start_server, TempDir};
use crate::faults::{admin_token, write_load, PASSWORD};

fn url_text(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        DatabaseUrl::Postgres(url) => url.clone(),
    }
}

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// The lines a query gives (its one column named `line`).
pub(crate) fn lines(db: &Db, query: &'static str) -> BTreeSet<String> {
    db.read(|c| Ok(diesel::sql_query(query).load::<Line>(c)?))
        .unwrap()
        .into_iter()
        .map(|l| l.line)
        .collect()
}

async fn command(args: Vec<String>, database_url: Option<String>) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut command = integra();
        if let Some(url) = database_url {
            command.env("INTEGRA_DATABASE_URL", url);
        }
        command.args(args).output().unwrap()
    })
    .await
    .unwrap()
}

async fn backup_under_load_restores_whole(backend: Backend) {
    let Some(database) = TestDatabase::create(backend) else {
        return;
    };
    let source = url_text(&database.url);
    let server = start_server(&source, Some(PASSWORD)).await;
    let token = admin_token(&server).await;
    let (acknowledged, stop, tasks) = write_load(&server, token, 4).await;
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 50 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let before = acknowledged.lock().unwrap().clone();
    assert!(before.len() >= 50, "only {} writes", before.len());

    let folder = TempDir::new();
    let file = folder.0.join("backup");
    let args = vec![
        "backup".to_owned(),
        "--to".to_owned(),
        file.display().to_string(),
    ];
    let output = command(args.clone(), Some(source.clone())).await;
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("backed up"), "{stdout}");
    // The writers went on meanwhile; the backup never overwrites a file.
    let during = acknowledged.lock().unwrap().len() - before.len();
    let again = command(args, Some(source.clone())).await;
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let all = acknowledged.lock().unwrap().clone();
    assert!(
        all.len() > before.len(),
        "the load stopped during the backup"
    );
    drop(server);

    // Restore it as docs/operations.md says.
    let restored = match backend {
        Backend::Sqlite => {
            let target = TestDatabase::create(Backend::Sqlite).unwrap();
            let DatabaseUrl::Sqlite(path) = &target.url else {
                unreachable!()
            };
            std::fs::copy(&file, path).unwrap();
            target
        }
        Backend::Postgres => {
            let target = TestDatabase::create(Backend::Postgres).unwrap();
            let output = std::process::Command::new("pg_restore")
                .args(["--no-owner", "--exit-on-error", "--single-transaction"])
                .arg(format!("--dbname={}", url_text(&target.url)))
                .arg(&file)
                .output()
                .unwrap();
            assert!(output.status.success(), "pg_restore: {output:?}");
            target
        }
    };
    if let DatabaseUrl::Sqlite(_) = &restored.url {
        assert_eq!(
            integra_persistence::backup::integrity_problems(&restored.url).unwrap(),
            Vec::<String>::new()
        );
    }
    let db = Db::open(&restored.url, PoolOptions::default()).unwrap();
    if backend == Backend::Sqlite {
        let broken = lines(
            &db,
            "SELECT \"table\" || ' ' || parent AS line FROM pragma_foreign_key_check",
        );
        assert!(broken.is_empty(), "{broken:?}");
    }
    let persons = lines(&db, "SELECT CAST(id AS TEXT) AS line FROM persons");
    let audited = lines(
        &db,
        "SELECT record_id AS line FROM audit_log WHERE action = 'person.created' AND record_id IS NOT NULL",
    );
    let announced = lines(
        &db,
        "SELECT record_id AS line FROM events WHERE type = 'person.created'",
    );
    assert!(
        before.is_subset(&persons),
        "{} of the persons acknowledged before the backup are missing",
        before.difference(&persons).count()
    );
    assert!(
        persons.is_subset(&all),
        "the backup holds persons never acknowledged"
    );
    assert_eq!(persons, audited, "each person with its audit entry");
    assert_eq!(persons, announced, "each person with its event");
    eprintln!(
        "{backend:?}: {} persons before the backup, {during} written during it, {} in it",
        before.len(),
        persons.len()
    );
    drop(db);

    // A server serves it as it was.
    let output = command(vec!["migrate".to_owned()], Some(url_text(&restored.url))).await;
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("up to date"));
    let server = start_server(&url_text(&restored.url), None).await;
    let token = admin_token(&server).await;
    let id = before.iter().next().unwrap();
    let read = reqwest::Client::new()
        .get(server.url(&format!("/api/v1/persons/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_backup_taken_under_load_restores_whole() {
    backup_under_load_restores_whole(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_backup_taken_under_load_restores_whole() {
    backup_under_load_restores_whole(Backend::Postgres).await;
}
