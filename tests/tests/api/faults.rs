//! Faults, the quick part (`make test`): the binary killed with `SIGKILL`
//! under write load on SQLite, and stopped with `SIGTERM` under write load.
//! Nothing acknowledged is lost: every person that got a `201` is there
//! afterwards with its audit entry, and the database passes SQLite's
//! `PRAGMA integrity_check`.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::sql_types::Text;
use diesel::{Connection, QueryableByName, RunQueryDsl};
use integra_tests::{person_body, StatusCode};

use crate::cli::{sign_in, start_server, wait_ready, Server, TempDir};

pub(crate) const PASSWORD: &str = "the faults test's admin password";

/// The persons acknowledged with a `201`, the flag that stops the writers,
/// and the writers.
pub(crate) type Load = (
    Arc<Mutex<BTreeSet<String>>>,
    Arc<AtomicBool>,
    Vec<tokio::task::JoinHandle<()>>,
);

/// Writers POSTing persons until told to stop (or the server is gone).
pub(crate) async fn write_load(server: &Server, token: String, writers: usize) -> Load {
    let acknowledged = Arc::new(Mutex::new(BTreeSet::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..writers {
        let (url, token) = (server.url("/api/v1/persons"), token.clone());
        let (acknowledged, stop) = (Arc::clone(&acknowledged), Arc::clone(&stop));
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            while !stop.load(Ordering::Relaxed) {
                let sent = client
                    .post(&url)
                    .bearer_auth(&token)
                    .json(&person_body("Nino", "Beridze"))
                    .timeout(Duration::from_secs(15))
                    .send()
                    .await;
                let Ok(response) = sent else { break };
                if response.status() == StatusCode::CREATED {
                    if let Ok(body) = response.json::<serde_json::Value>().await {
                        if let Some(id) = body["id"].as_str() {
                            acknowledged.lock().unwrap().insert(id.to_owned());
                        }
                    }
                }
            }
        }));
    }
    (acknowledged, stop, tasks)
}

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// What an SQLite database holds of `ids` (persons and their creation's audit
/// entries), after `PRAGMA integrity_check` passed.
fn check_sqlite(path: &std::path::Path, ids: &BTreeSet<String>) -> (usize, usize) {
    let mut conn = diesel::SqliteConnection::establish(&path.display().to_string()).unwrap();
    let check: Vec<Line> =
        diesel::sql_query("SELECT integrity_check AS line FROM pragma_integrity_check")
            .load(&mut conn)
            .unwrap();
    let lines: Vec<&str> = check.iter().map(|l| l.line.as_str()).collect();
    assert_eq!(lines, ["ok"], "integrity_check");
    let persons: BTreeSet<String> = diesel::sql_query("SELECT id AS line FROM persons")
        .load::<Line>(&mut conn)
        .unwrap()
        .into_iter()
        .map(|l| l.line)
        .collect();
    let audited: BTreeSet<String> = diesel::sql_query(
        "SELECT record_id AS line FROM audit_log WHERE action = 'person.created' AND record_id IS NOT NULL",
    )
    .load::<Line>(&mut conn)
    .unwrap()
    .into_iter()
    .map(|l| l.line)
    .collect();
    (
        ids.intersection(&persons).count(),
        ids.intersection(&audited).count(),
    )
}

pub(crate) async fn admin_token(server: &Server) -> String {
    let client = reqwest::Client::new();
    wait_ready(&client, server).await;
    let response = sign_in(&client, server, "admin", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: serde_json::Value = response.json().await.unwrap();
    body["access_token"].as_str().unwrap().to_owned()
}

/// A server on a new SQLite database under the write load of 8 writers,
/// once 50 writes have been acknowledged.
async fn loaded() -> (TempDir, Server, Load) {
    let folder = TempDir::new();
    let server = start_server(&folder.database_url(), Some(PASSWORD)).await;
    let token = admin_token(&server).await;
    let load = write_load(&server, token, 8).await;
    let started = Instant::now();
    while load.0.lock().unwrap().len() < 50 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (folder, server, load)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_under_write_load_loses_nothing_acknowledged_on_sqlite() {
    let (folder, mut server, (acknowledged, stop, tasks)) = loaded().await;
    // The power goes.
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.child.kill().unwrap(); // SIGKILL
    let _ = server.child.wait();
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let ids = acknowledged.lock().unwrap().clone();
    assert!(
        ids.len() >= 50,
        "only {} writes were acknowledged",
        ids.len()
    );
    let (persons, audited) = check_sqlite(&folder.0.join("x.db"), &ids);
    assert_eq!(
        (persons, audited),
        (ids.len(), ids.len()),
        "acknowledged writes lost"
    );
    // And it starts again on the same database.
    let server = start_server(&folder.database_url(), None).await;
    admin_token(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_write_load_finishes_what_it_took() {
    let (folder, mut server, (acknowledged, stop, tasks)) = loaded().await;
    let pid = server.child.id().to_string();
    let terminated = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(terminated.success());
    // It stops by itself, within its shutdown timeout (10 s), and cleanly.
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "{status}");
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let ids = acknowledged.lock().unwrap().clone();
    let (_, stderr) = server.stop();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let (persons, audited) = check_sqlite(&folder.0.join("x.db"), &ids);
    assert_eq!(
        (persons, audited),
        (ids.len(), ids.len()),
        "acknowledged writes lost"
    );
}
