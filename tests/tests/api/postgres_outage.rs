//! PostgreSQL stopped under load (issue 17, item 4), on the test's own
//! PostgreSQL: a server started by the test with `initdb` and `pg_ctl` on a
//! temporary folder and port, never the shared one.
//!
//! While it is down, requests are answered `503` problem+json within 5 s (no
//! hang) and `/health/ready` is `503`; once it is back, integra serves again
//! by itself within 5 s; every write that got a `2xx` is there afterwards,
//! with its audit entry.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use integra_tests::{person_body, StatusCode};
use serde_json::Value;

use integra_persistence::{DatabaseUrl, Db, PoolOptions};

use crate::backup::lines;
use crate::cli::{start_server, TempDir};
use crate::faults::{admin_token, write_load, PASSWORD};

/// A PostgreSQL server of the test's own, stopped and removed when dropped.
struct PrivatePostgres {
    bin: PathBuf,
    folder: TempDir,
    port: u16,
}

/// The folder of PostgreSQL's server programs (`initdb`, `pg_ctl`): the
/// newest under `/usr/lib/postgresql`, or `INTEGRA_TEST_POSTGRES_BIN`.
fn server_programs() -> Option<PathBuf> {
    if let Ok(bin) = std::env::var("INTEGRA_TEST_POSTGRES_BIN") {
        return Some(PathBuf::from(bin));
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let version = path.file_name()?.to_str()?.parse::<u32>().ok()?;
            Some((version, path.join("bin")))
        })
        .filter(|(_, bin)| bin.join("pg_ctl").exists() && bin.join("initdb").exists())
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl PrivatePostgres {
    /// A new cluster, started; `None` (said loudly) when this machine has no
    /// PostgreSQL server programs, which fails under CI.
    fn start() -> Option<Self> {
        let Some(bin) = server_programs() else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI: PostgreSQL's server programs (initdb, pg_ctl) are not installed"
            );
            eprintln!(
                "SKIPPED: no PostgreSQL server programs (initdb, pg_ctl) for the outage test"
            );
            return None;
        };
        let server = Self {
            bin,
            folder: TempDir::new(),
            port: free_port(),
        };
        // initdb refuses to run as root: the cluster belongs to `postgres` then.
        if is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres"])
                .arg(&server.folder.0)
                .status()
                .unwrap();
            assert!(status.success());
        }
        let data = server.data();
        let initdb = server.run(
            "initdb",
            &["-D", &data, "-U", "postgres", "--auth=trust", "-N"],
        );
        assert!(initdb.status.success(), "initdb: {initdb:?}");
        server.up();
        Some(server)
    }

    fn data(&self) -> String {
        self.folder.0.join("data").display().to_string()
    }

    /// Runs one of the server programs (as `postgres` when we are root).
    fn run(&self, program: &str, args: &[&str]) -> Output {
        let path = self.bin.join(program);
        let mut command = if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(&path);
            command
        } else {
            Command::new(&path)
        };
        command.args(args).output().unwrap()
    }

    /// Starts it, and waits until it takes connections.
    fn up(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.folder.0.display()
        );
        let log = self.folder.0.join("log").display().to_string();
        let started = self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-o",
                &options,
                "-l",
                &log,
                "-w",
                "start",
            ],
        );
        assert!(started.status.success(), "pg_ctl start: {started:?}");
    }

    /// Stops it at once, as a crash would (the next start recovers from its log).
    fn down(&self) {
        let stopped = self.run(
            "pg_ctl",
            &["-D", &self.data(), "-m", "immediate", "-w", "stop"],
        );
        assert!(stopped.status.success(), "pg_ctl stop: {stopped:?}");
    }

    fn url(&self, database: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{database}?sslmode=disable",
            self.port
        )
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = self.run("pg_ctl", &["-D", &self.data(), "-m", "immediate", "stop"]);
    }
}

/// Sends a request and says what came back and how long it took.
async fn timed(request: reqwest::RequestBuilder) -> (StatusCode, String, Value, Duration) {
    let started = Instant::now();
    let response = request
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .unwrap();
    let status = response.status();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = response.json::<Value>().await.unwrap_or(Value::Null);
    (status, media, body, started.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_stopped_under_load_is_503_then_recovers_by_itself() {
    let Some(postgres) = tokio::task::spawn_blocking(PrivatePostgres::start)
        .await
        .unwrap()
    else {
        return;
    };
    {
        use diesel::{Connection, RunQueryDsl};
        let mut admin = diesel::PgConnection::establish(&postgres.url("postgres")).unwrap();
        diesel::sql_query("CREATE DATABASE integra")
            .execute(&mut admin)
            .unwrap();
    }
    let server = start_server(&postgres.url("integra"), Some(PASSWORD)).await;
    let token = admin_token(&server).await;
    let client = reqwest::Client::new();
    let (status, _, person, _) = timed(
        client
            .post(server.url("/api/v1/persons"))
            .bearer_auth(&token)
            .json(&person_body("Nino", "Beridze")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let person_url = server.url(&format!(
        "/api/v1/persons/{}",
        person["id"].as_str().unwrap()
    ));

    let (acknowledged, stop, tasks) = write_load(&server, token.clone(), 4).await;
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 30 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(acknowledged.lock().unwrap().len() >= 30);

    // PostgreSQL goes away under the load.
    let postgres = tokio::task::spawn_blocking(move || {
        postgres.down();
        postgres
    })
    .await
    .unwrap();
    for round in 0..2 {
        let probes = [
            ("ready", client.get(server.url("/health/ready"))),
            ("read", client.get(&person_url).bearer_auth(&token)),
            (
                "write",
                client
                    .post(server.url("/api/v1/persons"))
                    .bearer_auth(&token)
                    .json(&person_body("Eka", "Lomidze")),
            ),
        ];
        for (what, request) in probes {
            let (status, media, body, took) = timed(request).await;
            eprintln!("down, round {round}: {what} {status} in {took:?}");
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{what}: {body}");
            assert!(took < Duration::from_secs(5), "{what} took {took:?}");
            if what != "ready" {
                assert!(
                    media.starts_with("application/problem+json"),
                    "{what}: {media}"
                );
                assert_eq!(body["status"], 503, "{body}");
            }
        }
    }

    // It comes back: integra serves again by itself within 5 s.
    let postgres = tokio::task::spawn_blocking(move || {
        postgres.up();
        postgres
    })
    .await
    .unwrap();
    let back = Instant::now();
    loop {
        let (status, _, _, _) = timed(client.get(&person_url).bearer_auth(&token)).await;
        if status == StatusCode::OK {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(5),
            "still {status} {:?} after PostgreSQL came back",
            back.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!(
        "served again {:?} after PostgreSQL came back",
        back.elapsed()
    );
    let (status, _, _, _) = timed(client.get(server.url("/health/ready"))).await;
    assert_eq!(status, StatusCode::OK);
    let before = acknowledged.lock().unwrap().len();
    while acknowledged.lock().unwrap().len() < before + 10
        && back.elapsed() < Duration::from_secs(30)
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }

    // Every write acknowledged, before, during or after, is there with its audit entry.
    let ids = acknowledged.lock().unwrap().clone();
    assert!(ids.len() >= before + 10, "the writers did not recover");
    let db = Db::open(
        &DatabaseUrl::Postgres(postgres.url("integra")),
        PoolOptions::default(),
    )
    .unwrap();
    let persons = lines(&db, "SELECT CAST(id AS TEXT) AS line FROM persons");
    let audited = lines(
        &db,
        "SELECT record_id AS line FROM audit_log WHERE action = 'person.created'",
    );
    assert!(
        ids.is_subset(&persons),
        "{} acknowledged writes lost",
        ids.difference(&persons).count()
    );
    assert!(
        ids.is_subset(&audited),
        "acknowledged writes without their audit entry"
    );
    drop(server);
}
