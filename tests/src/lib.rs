//! Test support only: failing loudly (expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

//! The test world: the real `integra` server on a random port, against a fresh
//! database of its own (a temporary SQLite file, or a new PostgreSQL database).

use std::path::PathBuf;

use diesel::{Connection, RunQueryDsl};
use integra_api::auth::password;
use integra_api::auth::tokens::Claims;
use integra_api::auth::Tokens;
use integra_api::config::{ServeConfig, SignInLimit};
use integra_api::server;
pub use integra_domain::access::Role;
use integra_domain::organisation::MINISTRY_ID;
use integra_persistence::users::{self, NewUser};
use integra_persistence::{DatabaseUrl, Db};
use reqwest::{Method, RequestBuilder, Response};
use serde_json::Value;
use uuid::Uuid;

pub use reqwest::StatusCode;
pub use serde_json::json;

/// The PostgreSQL server tests create their databases on.
pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

pub const ADMIN_PASSWORD: &str = "admin password for tests";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each test body once on SQLite and once on PostgreSQL.
///
/// ```text
/// both_backends! {
///     async fn creates_a_person(app) { ... }
/// }
/// ```
#[macro_export]
macro_rules! both_backends {
    ($(async fn $name:ident($app:ident) $body:block)+) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($app: $crate::TestApp) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    if let Some(app) = $crate::TestApp::spawn($crate::Backend::Sqlite).await {
                        run(app).await;
                    }
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = $crate::TestApp::spawn($crate::Backend::Postgres).await {
                        run(app).await;
                    }
                }
            }
        )+
    };
}

/// A fresh database, removed when dropped.
pub struct TestDatabase {
    pub url: DatabaseUrl,
    cleanup: Cleanup,
}

enum Cleanup {
    Folder(PathBuf),
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    /// A new, empty database; `None` when PostgreSQL tests are skipped on this machine.
    pub fn create(backend: Backend) -> Option<Self> {
        match backend {
            Backend::Sqlite => {
                let folder =
                    std::env::temp_dir().join(format!("integra-test-{}", Uuid::now_v7().simple()));
                std::fs::create_dir_all(&folder).expect("temp folder");
                Some(Self {
                    url: DatabaseUrl::Sqlite(folder.join("integra.db")),
                    cleanup: Cleanup::Folder(folder),
                })
            }
            Backend::Postgres => {
                let admin_url = postgres_url()?;
                let name = format!("integra_t_{}", Uuid::now_v7().simple());
                let mut conn =
                    diesel::pg::PgConnection::establish(&admin_url).unwrap_or_else(|e| {
                        panic!(
                            "PostgreSQL is unreachable at {admin_url}: {e}\n\
                         Start it, point INTEGRA_TEST_POSTGRES_URL at one, or (outside CI) set \
                         INTEGRA_TEST_SKIP_POSTGRES=1 to skip the PostgreSQL tests."
                        )
                    });
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .expect("create test database");
                let url = replace_database(&admin_url, &name);
                Some(Self {
                    url: DatabaseUrl::Postgres(url),
                    cleanup: Cleanup::Postgres { admin_url, name },
                })
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Folder(folder) => {
                let _ = std::fs::remove_dir_all(folder);
            }
            Cleanup::Postgres { admin_url, name } => {
                if let Ok(mut conn) = diesel::pg::PgConnection::establish(admin_url) {
                    let _ =
                        diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                            .execute(&mut conn);
                }
            }
        }
    }
}

/// The PostgreSQL URL of the test server, or `None` when skipping is allowed and asked for.
fn postgres_url() -> Option<String> {
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let skip = std::env::var("INTEGRA_TEST_SKIP_POSTGRES").is_ok_and(|v| !v.is_empty() && v != "0");
    if skip && !in_ci {
        eprintln!("SKIPPED on PostgreSQL: INTEGRA_TEST_SKIP_POSTGRES is set");
        return None;
    }
    let url = std::env::var("INTEGRA_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned());
    Some(without_tls(url))
}

/// The URL with `sslmode=disable` unless it names an `sslmode`: the test server
/// is local, and OpenSSL's clean-up when the test process exits races with the
/// connections still open in other threads (a double free, now and then, after
/// every test has passed).
fn without_tls(url: String) -> String {
    if url.contains("sslmode=") {
        url
    } else if url.contains('?') {
        format!("{url}&sslmode=disable")
    } else {
        format!("{url}?sslmode=disable")
    }
}

/// `postgres://user@host:port/db?x` with another database name.
pub fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{host_part}/{name}?{query}"),
        None => format!("{host_part}/{name}"),
    }
}

/// A running server with its own database and an admin token.
pub struct TestApp {
    pub backend: Backend,
    /// `http://127.0.0.1:PORT`
    pub address: String,
    pub client: reqwest::Client,
    pub admin_token: String,
    pub jwt_secret: String,
    pub db: Db,
    handle: actix_web::dev::ServerHandle,
    // Dropped last: the database outlives the server.
    pub database: TestDatabase,
}

impl TestApp {
    /// Starts a server on a fresh database; `None` when this backend is skipped.
    pub async fn spawn(backend: Backend) -> Option<Self> {
        Self::spawn_with(backend, Vec::new()).await
    }

    /// Starts a server that lets browser pages of `cors_origins` call it.
    pub async fn spawn_with(backend: Backend, cors_origins: Vec<String>) -> Option<Self> {
        Self::spawn_configured(backend, move |config| config.cors_origins = cors_origins).await
    }

    /// Starts a server whose configuration `tweak` changes first (an EdDSA key file,
    /// another sign-in limit, ...). The database, bind address and admin password are
    /// set before `tweak` runs.
    pub async fn spawn_configured(
        backend: Backend,
        tweak: impl FnOnce(&mut ServeConfig),
    ) -> Option<Self> {
        capture_log();
        let database = TestDatabase::create(backend)?;
        let jwt_secret = format!("test secret {}", Uuid::now_v7().simple());
        let mut config = ServeConfig {
            database_url: database.url.clone(),
            bind: "127.0.0.1:0".to_owned(),
            jwt_secret: Some(jwt_secret.clone()),
            jwt_key_file: None,
            jwt_verify_key_files: Vec::new(),
            sign_in_limit: SignInLimit::default(),
            password_hash_concurrency: 64,
            trusted_proxies: Default::default(),
            bootstrap_admin_password: Some(ADMIN_PASSWORD.to_owned()),
            token_ttl_seconds: 900,
            workers: 2,
            pool_size: 4,
            cors_origins: Vec::new(),
            idempotency_retention_seconds: 86_400,
            import_body_limit: 2 * 1024 * 1024,
            webhooks: Default::default(),
        };
        tweak(&mut config);
        let cors_origins = config.cors_origins.clone();
        let (state, _) = tokio::task::spawn_blocking(move || server::prepare(&config))
            .await
            .expect("prepare task")
            .expect("server prepares");
        let db = state.db.clone();
        let listen = server::Listen {
            bind: "127.0.0.1:0".to_owned(),
            workers: 2,
            cors_origins,
        };
        let running = server::start(state, &listen).expect("server starts");
        let handle = running.server.handle();
        tokio::spawn(running.server);
        let address = format!("http://{}", running.address);
        let client = reqwest::Client::builder().build().expect("client");
        let mut app = Self {
            backend,
            address,
            client,
            admin_token: String::new(),
            jwt_secret,
            db,
            handle,
            database,
        };
        app.admin_token = app.sign_in("admin", ADMIN_PASSWORD).await;
        Some(app)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Signs in and returns the access token.
    pub async fn sign_in(&self, username: &str, password: &str) -> String {
        let response = self
            .client
            .post(self.url("/api/v1/auth/token"))
            .json(&json!({"grant_type": "password", "username": username, "password": password}))
            .send()
            .await
            .expect("token request");
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {username}");
        let body: Value = response.json().await.expect("token json");
        body["access_token"]
            .as_str()
            .expect("access_token")
            .to_owned()
    }

    /// Creates a user with `role` straight in the database and returns a token of theirs.
    pub async fn user_token(&self, username: &str, role: Role) -> String {
        self.user_token_in(username, role, MINISTRY_ID).await
    }

    /// Creates a user with `role` in `organisation` and returns a token of theirs.
    pub async fn user_token_in(&self, username: &str, role: Role, organisation: Uuid) -> String {
        let db = self.db.clone();
        let name = username.to_owned();
        tokio::task::spawn_blocking(move || {
            let hash = password::hash("user password for tests").expect("hash");
            let user = NewUser {
                username: &name,
                password_hash: &hash,
                role,
                organisation_id: organisation,
                display_name: None,
            };
            db.write(|c| users::insert(c, Uuid::now_v7(), &user, chrono::Utc::now()))
        })
        .await
        .expect("task")
        .expect("user created");
        self.sign_in(username, "user password for tests").await
    }

    /// Signs claims with the server's key (to forge expired tokens and the like).
    pub fn forge(&self, claims: &Claims) -> String {
        Tokens::hs256(self.jwt_secret.as_bytes(), 900)
            .sign(claims)
            .expect("sign")
    }

    /// A request with the admin's token.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client
            .request(method, self.url(path))
            .bearer_auth(&self.admin_token)
    }

    /// A request as the holder of `token` (none when empty), with an optional JSON body.
    pub async fn send(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Response {
        let mut request = self.client.request(method, self.url(path));
        if !token.is_empty() {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        request.send().await.expect("request")
    }

    /// Sends as the holder of `token` and expects `status`; gives back the JSON
    /// answer (`null` when there is none).
    pub async fn call(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
        status: StatusCode,
    ) -> Value {
        let response = self.send(token, method, path, body.as_ref()).await;
        let actual = response.status();
        let text = response.text().await.expect("answer");
        assert_eq!(actual, status, "{path}: {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    pub async fn get_as(&self, token: &str, path: &str) -> Response {
        self.send(token, Method::GET, path, None).await
    }

    pub async fn post_as(&self, token: &str, path: &str, body: &Value) -> Response {
        self.send(token, Method::POST, path, Some(body)).await
    }

    /// PATCH with a merge patch as the holder of `token`, with `If-Match` when given.
    pub async fn patch_as(
        &self,
        token: &str,
        path: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Response {
        let mut request = self
            .client
            .patch(self.url(path))
            .bearer_auth(token)
            .header("content-type", "application/merge-patch+json")
            .body(body.to_string());
        if let Some(tag) = if_match {
            request = request.header("if-match", tag);
        }
        request.send().await.expect("request")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.get_as(&self.admin_token, path).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Response {
        self.post_as(&self.admin_token, path, body).await
    }

    /// PATCH with a merge patch, as the admin.
    pub async fn patch(&self, path: &str, body: &Value, if_match: Option<&str>) -> Response {
        self.patch_as(&self.admin_token, path, body, if_match).await
    }

    /// PUT as the admin, with `If-Match` when given.
    pub async fn put(&self, path: &str, body: &Value, if_match: Option<&str>) -> Response {
        with_if_match(self.request(Method::PUT, path).json(body), if_match).await
    }

    /// DELETE as the admin, with `If-Match` when given.
    pub async fn delete(&self, path: &str, if_match: Option<&str>) -> Response {
        with_if_match(self.request(Method::DELETE, path), if_match).await
    }

    /// `POST /api/v1/auth/token` with `body`, without a token.
    pub async fn token_response(&self, body: &Value) -> Response {
        self.send("", Method::POST, "/api/v1/auth/token", Some(body))
            .await
    }

    /// Registers a person and returns it.
    pub async fn create_person(&self, body: &Value) -> Value {
        let response = self.post("/api/v1/persons", body).await;
        assert_eq!(response.status(), StatusCode::CREATED, "create person");
        response.json().await.expect("person json")
    }

    /// Counts rows of a table, straight from the database.
    pub async fn count(&self, table: &'static str) -> i64 {
        self.count_where(table, "TRUE").await
    }

    /// Counts the rows of a table that meet an SQL condition, straight from the database.
    pub async fn count_where(&self, table: &'static str, condition: &'static str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            db.read(|c| {
                Ok(diesel::sql_query(format!(
                    "SELECT COUNT(*) AS n FROM {table} WHERE {condition}"
                ))
                .get_result::<Count>(c)?
                .n)
            })
        })
        .await
        .expect("task")
        .expect("count")
    }

    /// Stops the server (also done, less gracefully, when the test ends).
    pub async fn stop(&self) {
        self.handle.stop(false).await;
    }
}

async fn with_if_match(request: RequestBuilder, if_match: Option<&str>) -> Response {
    let request = match if_match {
        Some(tag) => request.header("if-match", tag),
        None => request,
    };
    request.send().await.expect("request")
}

/// base64url without padding (RFC 7515), as in JWTs.
pub fn b64url_encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes base64url without padding.
pub fn b64url_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .expect("base64url")
}

/// The `integra` binary of this workspace, built once per test run so that it
/// matches the code (it is not a target of this package, so Cargo does not build it
/// for the tests).
pub fn integra_binary() -> &'static std::path::Path {
    use std::path::Path;
    use std::process::{Command, Stdio};
    static BINARY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BINARY.get_or_init(|| {
        // target/debug/deps/api-HASH -> target/debug/integra
        let exe = std::env::current_exe().expect("test binary");
        let folder = exe.parent().and_then(Path::parent).expect("target folder");
        let binary = folder.join(format!("integra{}", std::env::consts::EXE_SUFFIX));
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("workspace");
        let output = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "-p", "integra-api", "--bin", "integra"])
            .current_dir(workspace)
            .stdin(Stdio::null())
            .output()
            .expect("cargo build");
        assert!(
            output.status.success(),
            "cargo build --bin integra failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(binary.exists(), "{} is missing", binary.display());
        binary
    })
}

/// The `id` of a record.
pub fn id_of(record: &Value) -> String {
    record["id"].as_str().expect("an id").to_owned()
}

/// The `ETag` of an answer.
pub fn etag(response: &Response) -> String {
    response.headers()["etag"]
        .to_str()
        .expect("an ETag")
        .to_owned()
}

/// Expects `status`; gives back the JSON answer (`null` when there is none).
pub async fn expect(response: Response, status: StatusCode) -> Value {
    let got = response.status();
    let text = response.text().await.expect("answer");
    assert_eq!(got, status, "{text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// A person body with a unique personal number.
pub fn person_body(given: &str, family: &str) -> Value {
    json!({
        "personal_number": unique_personal_number(),
        "given_name": given,
        "family_name": family,
        "date_of_birth": "1988-04-12",
        "sex": "female",
        "citizenship": "GE",
        "residence_status": "citizen",
        "region": "GE-IM",
        "phone": "+995 555 12 34 56"
    })
}

/// Eleven digits, different on every call.
pub fn unique_personal_number() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let seed = u64::from(Uuid::now_v7().as_u128() as u32);
    format!("{:011}", (seed * 1000 + n) % 100_000_000_000)
}

/// Reads a problem answer and checks its shape.
pub async fn problem(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "application/problem+json");
    let has_request_id = response.headers().contains_key("x-request-id");
    let body: Value = response.json().await.expect("problem json");
    assert_eq!(body["status"], status.as_u16());
    assert!(
        body["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("/problems/")),
        "{body}"
    );
    assert!(
        body["title"].is_string() && body["detail"].is_string(),
        "{body}"
    );
    assert!(has_request_id && body["request_id"].is_string(), "{body}");
    body
}

/// The field-level error codes of a validation problem, as (field, code).
pub fn field_errors(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap_or_default().to_owned(),
                        e["code"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Where a searched value was found: `table.column`, and the value searched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub table: String,
    pub column: String,
    pub value: String,
}

impl TestApp {
    /// Every (table, column) of the database, from its catalogue (`sqlite_master`
    /// and `pragma_table_info` on SQLite, `information_schema.columns` on
    /// PostgreSQL), with whether the column holds bytes.
    pub async fn columns(&self) -> Vec<(String, String, bool)> {
        #[derive(diesel::QueryableByName)]
        struct Column {
            #[diesel(sql_type = diesel::sql_types::Text)]
            table_name: String,
            #[diesel(sql_type = diesel::sql_types::Text)]
            column_name: String,
            #[diesel(sql_type = diesel::sql_types::Text)]
            data_type: String,
        }
        let query = match self.backend {
            Backend::Sqlite => {
                "SELECT m.name AS table_name, c.name AS column_name, lower(c.type) AS data_type \
                 FROM sqlite_master m, pragma_table_info(m.name) c \
                 WHERE m.type = 'table' ORDER BY m.name, c.cid"
            }
            Backend::Postgres => {
                "SELECT table_name::text AS table_name, column_name::text AS column_name, \
                 data_type::text AS data_type FROM information_schema.columns \
                 WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
            }
        };
        let db = self.db.clone();
        let columns = tokio::task::spawn_blocking(move || {
            db.read(|c| Ok(diesel::sql_query(query).load::<Column>(c)?))
        })
        .await
        .expect("task")
        .expect("catalogue");
        assert!(
            columns.iter().any(|c| c.table_name == "persons"),
            "the catalogue lists the tables"
        );
        columns
            .into_iter()
            .map(|c| {
                let bytes = c.data_type == "bytea" || c.data_type == "blob";
                (c.table_name, c.column_name, bytes)
            })
            .collect()
    }

    /// Searches every column of every table (as text; bytes as text too) for each
    /// of `values`, ignoring case; where each was found.
    pub async fn search_database(&self, values: &[String]) -> Vec<Found> {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let columns = self.columns().await;
        let backend = self.backend;
        let values = values.to_vec();
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            db.read(|c| {
                let mut found = Vec::new();
                for (table, column, bytes) in &columns {
                    for value in &values {
                        let literal = value.to_lowercase().replace('\'', "''");
                        let text = match (backend, bytes) {
                            (Backend::Sqlite, _) => format!("CAST(\"{column}\" AS TEXT)"),
                            (Backend::Postgres, true) => format!("encode(\"{column}\", 'escape')"),
                            (Backend::Postgres, false) => format!("\"{column}\"::text"),
                        };
                        let query = format!(
                            "SELECT COUNT(*) AS n FROM \"{table}\" \
                             WHERE position('{literal}' in lower({text})) > 0"
                        );
                        let query = match backend {
                            // SQLite spells position() instr(), arguments swapped.
                            Backend::Sqlite => format!(
                                "SELECT COUNT(*) AS n FROM \"{table}\" \
                                 WHERE instr(lower({text}), '{literal}') > 0"
                            ),
                            Backend::Postgres => query,
                        };
                        if diesel::sql_query(query).get_result::<Count>(c)?.n > 0 {
                            found.push(Found {
                                table: table.clone(),
                                column: column.clone(),
                                value: value.clone(),
                            });
                        }
                    }
                }
                Ok(found)
            })
        })
        .await
        .expect("task")
        .expect("search")
    }
}

/// Every log line the servers of this test process wrote (all levels to debug,
/// every target but the test client's), in the order written.
pub fn server_log() -> Vec<String> {
    CAPTURE.lines.lock().map(|l| l.clone()).unwrap_or_default()
}

struct Capture {
    lines: std::sync::Mutex<Vec<String>>,
}

static CAPTURE: Capture = Capture {
    lines: std::sync::Mutex::new(Vec::new()),
};

/// The test client's own crates, whose lines are not the server's.
const CLIENT_TARGETS: [&str; 4] = ["reqwest", "hyper", "h2", "rustls"];

impl log::Log for Capture {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::Level::Debug
            && !CLIENT_TARGETS
                .iter()
                .any(|t| metadata.target().starts_with(t))
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            let mut line = format!("{} {} {}", record.level(), record.target(), record.args());
            // As the server's own log writes it: the request a line is written for.
            if let Some(id) = integra_api::logging::request_id() {
                line.push_str(" request_id=");
                line.push_str(&id);
            }
            if let Ok(mut lines) = self.lines.lock() {
                lines.push(line);
            }
        }
    }

    fn flush(&self) {}
}

/// Captures the log of the servers the tests start (once per process).
fn capture_log() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if log::set_logger(&CAPTURE).is_ok() {
            log::set_max_level(log::LevelFilter::Debug);
        }
    });
}
