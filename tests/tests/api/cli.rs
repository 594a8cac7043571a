//! The `integra` binary, run as a user would run it.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use integra_tests::{json, StatusCode};
use serde_json::Value;

const JWT_SECRET: &str = "a signing secret for the cli tests, long enough";
const NINO_PASSWORD: &str = "nino's long password";

/// A command of the binary with none of the caller's `INTEGRA_*` settings.
pub(crate) fn integra() -> Command {
    let mut command = Command::new(integra_tests::integra_binary());
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("INTEGRA_") {
            command.env_remove(name);
        }
    }
    command.env_remove("RUST_LOG").env_remove("RUST_BACKTRACE");
    command.stdin(Stdio::null());
    command
}

/// A temporary folder, removed when dropped.
pub(crate) struct TempDir(pub(crate) PathBuf);

impl TempDir {
    pub(crate) fn new() -> Self {
        let path =
            std::env::temp_dir().join(format!("integra-cli-{}", uuid::Uuid::now_v7().simple()));
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    pub(crate) fn database_url(&self) -> String {
        format!("sqlite://{}", self.0.join("x.db").display())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Checks a failed run: non-zero exit, exactly one line on standard error, no panic.
fn assert_one_line_error(output: &Output) -> String {
    let stderr = text(&output.stderr);
    assert!(
        !output.status.success(),
        "expected a failure; stderr: {stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "exactly one line on stderr: {stderr:?}");
    assert!(lines[0].starts_with("integra: error:"), "{stderr:?}");
    stderr
}

/// Runs `integra user create` with `password` on standard input.
fn create_user(database_url: &str, username: &str, role: &str, password: &str) -> Output {
    let mut child = integra()
        .args([
            "user",
            "create",
            "--username",
            username,
            "--role",
            role,
            "--password-stdin",
        ])
        .args(["--database-url", database_url])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// `integra serve` as a child process; killed when dropped, whatever happened.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) address: String,
    /// What it has printed on standard output so far.
    printed: Arc<Mutex<String>>,
    stdout: Option<JoinHandle<String>>,
    stderr: Option<JoinHandle<String>>,
}

impl Server {
    /// Starts on a free port and waits until it says where it serves.
    fn start(database_url: &str, admin_password: Option<&str>) -> Self {
        let mut command = integra();
        command
            .args(["serve", "--bind", "127.0.0.1:0", "--workers", "1"])
            .env("INTEGRA_DATABASE_URL", database_url)
            .env("INTEGRA_JWT_SECRET", JWT_SECRET)
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(password) = admin_password {
            command.env("INTEGRA_BOOTSTRAP_ADMIN_PASSWORD", password);
        }
        let mut child = command.spawn().unwrap();
        let printed = Arc::new(Mutex::new(String::new()));
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let stdout = std::thread::spawn({
            let printed = Arc::clone(&printed);
            move || {
                for line in stdout.lines() {
                    let Ok(line) = line else { break };
                    let mut printed = printed.lock().unwrap();
                    printed.push_str(&line);
                    printed.push('\n');
                }
                printed.lock().unwrap().clone()
            }
        });
        let (lines, found) = mpsc::channel::<String>();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let stderr = std::thread::spawn(move || {
            let mut all = String::new();
            for line in stderr.lines() {
                let Ok(line) = line else { break };
                let _ = lines.send(line.clone());
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        let mut server = Self {
            child,
            address: String::new(),
            printed,
            stdout: Some(stdout),
            stderr: Some(stderr),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            match found.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) => {
                    if let Some(rest) = line.split("serving on http://").nth(1) {
                        server.address =
                            format!("http://{}", rest.split_whitespace().next().unwrap());
                        break;
                    }
                }
                Err(_) => {
                    let (out, err) = server.stop();
                    panic!("integra serve did not start:\nstdout:\n{out}\nstderr:\n{err}");
                }
            }
        }
        server
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Kills the server and returns everything it wrote (stdout, stderr).
    pub(crate) fn stop(&mut self) -> (String, String) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let out = self
            .stdout
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        let err = self
            .stderr
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        (out, err)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits until the server is ready.
pub(crate) async fn wait_ready(client: &reqwest::Client, server: &Server) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(response) = client.get(server.url("/health/ready")).send().await {
            if response.status() == StatusCode::OK {
                return;
            }
        }
        assert!(Instant::now() < deadline, "the server did not get ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn sign_in(
    client: &reqwest::Client,
    server: &Server,
    username: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(server.url("/api/v1/auth/token"))
        .json(&json!({"grant_type": "password", "username": username, "password": password}))
        .send()
        .await
        .unwrap()
}

/// Starts a server without blocking the test's runtime.
pub(crate) async fn start_server(database_url: &str, admin_password: Option<&str>) -> Server {
    let (url, password) = (database_url.to_owned(), admin_password.map(str::to_owned));
    tokio::task::spawn_blocking(move || Server::start(&url, password.as_deref()))
        .await
        .unwrap()
}

async fn stop_server(mut server: Server) -> (String, String) {
    tokio::task::spawn_blocking(move || server.stop())
        .await
        .unwrap()
}

#[test]
fn help_names_the_commands() {
    let output = integra().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = text(&output.stdout);
    for command in ["serve", "migrate", "openapi", "user"] {
        assert!(
            help.contains(command),
            "--help does not mention {command}:\n{help}"
        );
    }
    let output = integra().arg("--version").output().unwrap();
    assert!(output.status.success());
    assert!(text(&output.stdout).starts_with("integra "));
}

#[test]
fn serve_help_lists_its_settings() {
    let output = integra().args(["serve", "--help"]).output().unwrap();
    assert!(output.status.success());
    let help = text(&output.stdout);
    for variable in [
        "INTEGRA_DATABASE_URL",
        "INTEGRA_BIND",
        "INTEGRA_JWT_SECRET",
        "INTEGRA_BOOTSTRAP_ADMIN_PASSWORD",
    ] {
        assert!(
            help.contains(variable),
            "serve --help does not mention {variable}:\n{help}"
        );
    }
    // Secrets set in the environment are not shown.
    let output = integra()
        .args(["serve", "--help"])
        .env("INTEGRA_JWT_SECRET", JWT_SECRET)
        .env("INTEGRA_BOOTSTRAP_ADMIN_PASSWORD", NINO_PASSWORD)
        .output()
        .unwrap();
    let help = text(&output.stdout);
    assert!(
        !help.contains(JWT_SECRET) && !help.contains(NINO_PASSWORD),
        "{help}"
    );
}

#[test]
fn a_bad_database_url_is_a_one_line_error() {
    let output = integra()
        .arg("migrate")
        .env("INTEGRA_DATABASE_URL", "mysql://x")
        .output()
        .unwrap();
    let stderr = assert_one_line_error(&output);
    assert!(
        stderr.contains("sqlite://") && stderr.contains("postgres://"),
        "{stderr}"
    );

    let output = integra()
        .args(["migrate", "--database-url", "sqlite://"])
        .output()
        .unwrap();
    assert_one_line_error(&output);
}

#[test]
fn an_unreachable_postgres_is_a_one_line_error_with_the_cause() {
    // Nothing listens on port 1; the password in the URL is never shown.
    let output = integra()
        .args([
            "migrate",
            "--database-url",
            "postgres://someone:hunter2-secret@127.0.0.1:1/nothing",
        ])
        .output()
        .unwrap();
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("hunter2-secret"), "{stderr}");
    assert!(
        stderr.to_lowercase().contains("refused"),
        "the cause is named: {stderr}"
    );
    assert_one_line_error(&output);
}

#[test]
fn migrate_creates_a_database_and_then_finds_it_up_to_date() {
    let dir = TempDir::new();
    let output = integra()
        .args(["migrate", "--database-url", &dir.database_url()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let first = text(&output.stdout);
    assert!(first.contains("applied migrations"), "{first}");
    assert!(dir.0.join("x.db").exists());

    let output = integra()
        .arg("migrate")
        .env("INTEGRA_DATABASE_URL", dir.database_url())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("up to date"),
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn openapi_prints_the_document() {
    let output = integra()
        .args(["openapi", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/api/v1/persons"].is_object());
    let generated: Value = integra_api::server::openapi();
    assert_eq!(doc, generated);

    // YAML by default, the same as openapi.yaml of the repository.
    let output = integra().arg("openapi").output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        text(&output.stdout),
        integra_api::server::openapi_yaml().unwrap()
    );
}

#[test]
fn a_too_short_password_is_refused() {
    let dir = TempDir::new();
    let output = create_user(&dir.database_url(), "nino", "monitor", "short");
    let stderr = assert_one_line_error(&output);
    assert!(
        !stderr.contains("short\n") && !text(&output.stdout).contains("short"),
        "{stderr}"
    );

    // A bad user name likewise.
    let output = create_user(
        &dir.database_url(),
        "Nino Beridze",
        "monitor",
        NINO_PASSWORD,
    );
    assert_one_line_error(&output);
    // And an unknown role is clap's usage error, not a panic.
    let output = create_user(&dir.database_url(), "nino", "superuser", NINO_PASSWORD);
    assert!(!output.status.success());
    assert!(!text(&output.stderr).contains("panicked"));
}

#[test]
fn roles_are_spelt_as_in_the_api() {
    // The API, its documents and this command's own output say `case_worker`.
    let dir = TempDir::new();
    for (username, role) in [("nino", "case_worker"), ("giorgi", "employment_counsellor")] {
        let output = create_user(&dir.database_url(), username, role, NINO_PASSWORD);
        assert!(
            output.status.success(),
            "--role {role}: {}",
            text(&output.stderr)
        );
        let stdout = text(&output.stdout);
        assert!(
            stdout.contains(&format!("created user {username} ({role})")),
            "{stdout}"
        );
    }
}

#[test]
fn a_duplicate_user_is_a_one_line_error() {
    let dir = TempDir::new();
    let output = create_user(&dir.database_url(), "nino", "monitor", NINO_PASSWORD);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = create_user(&dir.database_url(), "nino", "admin", NINO_PASSWORD);
    assert_one_line_error(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_created_on_the_command_line_can_sign_in() {
    let dir = TempDir::new();
    let url = dir.database_url();
    let output = tokio::task::spawn_blocking({
        let url = url.clone();
        // A role spelt the same in every convention (see `roles_are_spelt_as_in_the_api`).
        move || create_user(&url, "nino", "monitor", NINO_PASSWORD)
    })
    .await
    .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("created user nino (monitor)"), "{stdout}");
    assert!(
        !stdout.contains(NINO_PASSWORD),
        "a password given on stdin is not printed: {stdout}"
    );

    let server = start_server(&url, Some("the admin's own password")).await;
    let client = reqwest::Client::new();
    wait_ready(&client, &server).await;
    let response = sign_in(&client, &server, "nino", NINO_PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    let token: Value = response.json().await.unwrap();
    let me: Value = client
        .get(server.url("/api/v1/auth/me"))
        .bearer_auth(token["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["username"], "nino");
    assert_eq!(me["role"], "monitor");
    // Users existed: no admin was made.
    let response = sign_in(&client, &server, "admin", "the admin's own password").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let (_, log) = stop_server(server).await;
    assert!(!log.contains(NINO_PASSWORD), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_start_prints_a_generated_admin_password_once() {
    let dir = TempDir::new();
    let url = dir.database_url();
    let client = reqwest::Client::new();

    let server = start_server(&url, None).await;
    wait_ready(&client, &server).await;
    // The banner is printed before the server listens; give the reader a moment.
    let deadline = Instant::now() + Duration::from_secs(10);
    let password = loop {
        let printed = server.printed.lock().unwrap().clone();
        if let Some(password) = printed
            .lines()
            .find_map(|l| l.trim().strip_prefix("password:"))
        {
            break password.trim().to_owned();
        }
        assert!(
            Instant::now() < deadline,
            "no password on stdout:\n{printed}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(password.len(), 24, "{password:?}");
    let response = sign_in(&client, &server, "admin", &password).await;
    assert_eq!(response.status(), StatusCode::OK);
    let token: Value = response.json().await.unwrap();
    assert_eq!(token["token_type"], "Bearer");
    let (stdout, log) = stop_server(server).await;
    assert_eq!(
        stdout.matches(&password).count(),
        1,
        "printed once: {stdout}"
    );
    assert!(
        !log.contains(&password),
        "the password is never in the log: {log}"
    );

    // A second start on the same database prints none; the password still works.
    let server = start_server(&url, None).await;
    wait_ready(&client, &server).await;
    let response = sign_in(&client, &server, "admin", &password).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (stdout, log) = stop_server(server).await;
    assert!(
        !stdout.contains("password") && !stdout.contains(&password),
        "{stdout}"
    );
    assert!(!log.contains(&password), "{log}");
}

#[test]
fn demo_data_fills_an_empty_registry_once() {
    let dir = TempDir::new();
    let url = dir.database_url();
    let first = integra()
        .args(["--database-url", &url, "demo-data"])
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("loaded 10 demo persons"),
        "{}",
        text(&first.stdout)
    );
    let second = integra()
        .args(["--database-url", &url, "demo-data"])
        .output()
        .unwrap();
    assert!(second.status.success(), "{}", text(&second.stderr));
    assert!(
        text(&second.stdout).contains("no demo data loaded"),
        "{}",
        text(&second.stdout)
    );

    let url = integra_persistence::DatabaseUrl::parse(&url).unwrap();
    let db = integra_persistence::Db::open(&url, Default::default()).unwrap();
    let persons = db
        .read(|c| integra_persistence::persons::list(c, &Default::default(), None, 500))
        .unwrap();
    assert_eq!(persons.len(), 10);
    let in_household = persons.iter().filter(|p| p.household_id.is_some()).count();
    assert_eq!(in_household, 2, "the Beridze couple share a household");
    let with_stays = persons
        .iter()
        .filter(|p| {
            !db.read(|c| integra_persistence::stays::list(c, p.id))
                .unwrap()
                .is_empty()
        })
        .count();
    assert_eq!(with_stays, 6);
}

/// With PostgreSQL several nodes may serve one database: a secret each node made
/// for itself would make its tokens fail on the others, so a server without a
/// configured key refuses to start, naming the setting, and leaves the database alone.
#[test]
fn postgres_without_a_signing_key_refuses_to_start() {
    use integra_persistence::DatabaseUrl;
    use integra_tests::{Backend, TestDatabase};
    let Some(database) = TestDatabase::create(Backend::Postgres) else {
        return;
    };
    let DatabaseUrl::Postgres(url) = &database.url else {
        panic!("not a PostgreSQL database");
    };
    let dir = TempDir::new();
    let mut child = integra()
        .args(["serve", "--bind", "127.0.0.1:0", "--workers", "1"])
        .env("INTEGRA_DATABASE_URL", url)
        .env(
            "INTEGRA_BOOTSTRAP_ADMIN_PASSWORD",
            "admin password for tests",
        )
        .current_dir(&dir.0)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().unwrap();
            panic!(
                "integra serve started on PostgreSQL without a signing key:\n{}",
                text(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    let stderr = assert_one_line_error(&output);
    assert!(
        stderr.contains("INTEGRA_JWT_SECRET") && stderr.contains("INTEGRA_JWT_KEY_FILE"),
        "the setting is named: {stderr}"
    );
    assert!(
        !dir.0.join("data").exists(),
        "no secret of its own was generated"
    );
    // Nothing was migrated or created.
    let db =
        integra_persistence::Db::open(&database.url, integra_persistence::PoolOptions::default())
            .unwrap();
    assert!(
        db.migrate().unwrap().len() > 1,
        "the database was left alone"
    );

    // `serve --help` says so too.
    let output = integra()
        .args(["serve", "--bind", "127.0.0.1:0", "--workers", "1", "--help"])
        .output()
        .unwrap();
    assert!(
        text(&output.stdout).contains("PostgreSQL"),
        "the help names the rule"
    );
}

/// SQLite still starts with nothing configured: the secret is generated once and
/// kept beside the database file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_without_a_signing_key_keeps_one_beside_the_database() {
    use integra_persistence::DatabaseUrl;
    use integra_tests::{Backend, TestApp};
    let app = TestApp::spawn_configured(Backend::Sqlite, |config| config.jwt_secret = None)
        .await
        .unwrap();
    let DatabaseUrl::Sqlite(path) = &app.database.url else {
        panic!("not a SQLite database");
    };
    let kept = std::fs::read_to_string(path.parent().unwrap().join("jwt-secret")).unwrap();
    assert!(kept.trim().len() >= 32);
    let response = app.get("/api/v1/auth/me").await;
    assert_eq!(response.status(), StatusCode::OK);
    app.stop().await;
}

/// The schema of a SQLite database: its tables, indexes and triggers.
fn sqlite_schema(db: &integra_persistence::Db) -> Vec<(String, String, Option<String>)> {
    #[derive(diesel::QueryableByName)]
    struct Entry {
        #[diesel(sql_type = diesel::sql_types::Text)]
        kind: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        sql: Option<String>,
    }
    db.read(|c| {
        Ok(diesel::RunQueryDsl::load::<Entry>(
            diesel::sql_query(
                "SELECT type AS kind, name, sql FROM sqlite_master ORDER BY type, name",
            ),
            c,
        )?)
    })
    .unwrap()
    .into_iter()
    .map(|e| (e.kind, e.name, e.sql))
    .collect()
}

/// `demo-data --persons N` on a file nobody else has open loads through a
/// rollback journal with its indexes set aside: afterwards the file is in
/// write-ahead-log mode again, with every index and trigger of a freshly
/// migrated database, sound, and its name search filled.
#[test]
fn a_generated_population_leaves_the_schema_as_migrated() {
    let dir = TempDir::new();
    let url = dir.database_url();
    let generated = integra()
        .args([
            "--database-url",
            &url,
            "demo-data",
            "--persons",
            "300",
            "--seed",
            "5",
        ])
        .args(["--as-of", "2026-11-30"])
        .output()
        .unwrap();
    assert!(generated.status.success(), "{}", text(&generated.stderr));
    assert!(
        text(&generated.stdout).contains("generated 300 persons"),
        "{}",
        text(&generated.stdout)
    );
    let fresh = TempDir::new();
    let fresh_url = fresh.database_url();
    let migrated = integra()
        .args(["--database-url", &fresh_url, "migrate"])
        .output()
        .unwrap();
    assert!(migrated.status.success(), "{}", text(&migrated.stderr));

    let open = |url: &str| {
        let url = integra_persistence::DatabaseUrl::parse(url).unwrap();
        integra_persistence::Db::open(&url, Default::default()).unwrap()
    };
    let (db, fresh_db) = (open(&url), open(&fresh_url));
    assert_eq!(sqlite_schema(&db), sqlite_schema(&fresh_db));
    #[derive(diesel::QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::Text)]
        found: String,
    }
    let ask = |sql: &'static str| {
        db.read(move |c| {
            Ok(diesel::RunQueryDsl::load::<Found>(
                diesel::sql_query(sql),
                c,
            )?)
        })
        .unwrap()
        .into_iter()
        .map(|f| f.found)
        .collect::<Vec<_>>()
    };
    assert_eq!(
        ask("SELECT journal_mode AS found FROM pragma_journal_mode"),
        ["wal"]
    );
    assert_eq!(
        ask("SELECT integrity_check AS found FROM pragma_integrity_check"),
        ["ok"]
    );
    // Every person can be found by a word of their name, as one registered
    // through the API can.
    assert_eq!(
        ask("SELECT CAST(COUNT(*) AS TEXT) AS found FROM persons p \
             JOIN person_name_keys k ON k.person_id = p.id \
             WHERE k.key IN (SELECT rowid FROM person_name_fts WHERE person_name_fts \
             MATCH '\"' || replace(p.name_search, '\"', '\"\"') || '\"')"),
        ["300"]
    );
}
