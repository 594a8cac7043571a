//! The budget under concurrent approvals: a programme whose budget holds
//! exactly ten items, fifty proposed items approved at once. On PostgreSQL the
//! approvals are spread over two `integra serve` processes on one database;
//! on SQLite one in-process server takes them all. Exactly ten succeed, forty
//! are `409 budget_exceeded`, and the committed total is the budget exactly.
//!
//! Corrections under concurrent approvals (issue 11, item 4): twenty
//! corrections of -100 against one delivered item of 1000, approved at once:
//! exactly ten succeed, ten are `409 correction_below_zero`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use integra_persistence::DatabaseUrl;
use integra_tests::expect;
use integra_tests::{json, Backend, StatusCode, TestApp};
use serde_json::Value;

use crate::reintegration_fixtures::{self as fx, case_worker, committed, gel, ministry};

const ITEMS: usize = 50;
/// 1000 GEL each; the budget holds ten.
const ITEM_TETRI: i64 = 100_000;
const BUDGET_TETRI: i64 = 10 * ITEM_TETRI;

/// `integra serve` as a child process, killed when dropped.
pub(crate) struct Node {
    child: Child,
    pub(crate) address: String,
}

impl Node {
    pub(crate) fn start(database_url: &str, jwt_secret: &str) -> Self {
        Self::start_with(database_url, jwt_secret, &[])
    }

    /// A node with more settings (`INTEGRA_*` variables).
    pub(crate) fn start_with(
        database_url: &str,
        jwt_secret: &str,
        settings: &[(&str, &str)],
    ) -> Self {
        let mut command = Command::new(integra_tests::integra_binary());
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("INTEGRA_") {
                command.env_remove(name);
            }
        }
        command.envs(settings.iter().copied());
        let mut child = command
            .args(["serve", "--bind", "127.0.0.1:0", "--workers", "2"])
            .env("INTEGRA_DATABASE_URL", database_url)
            .env("INTEGRA_JWT_SECRET", jwt_secret)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (lines, found) = mpsc::channel::<String>();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            for line in stderr.lines() {
                let Ok(line) = line else { break };
                let _ = lines.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut seen = String::new();
        loop {
            match found.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) => {
                    if let Some(rest) = line.split("serving on http://").nth(1) {
                        let address = format!("http://{}", rest.split_whitespace().next().unwrap());
                        return Self { child, address };
                    }
                    seen.push_str(&line);
                    seen.push('\n');
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("integra serve did not start:\n{seen}");
                }
            }
        }
    }
}

impl Node {
    /// Two nodes on `app`'s PostgreSQL database, with its signing secret (its
    /// tokens work on them).
    pub(crate) async fn two_on(app: &TestApp) -> [Node; 2] {
        let DatabaseUrl::Postgres(url) = app.database.url.clone() else {
            panic!("a PostgreSQL test database");
        };
        let secret = app.jwt_secret.clone();
        tokio::task::spawn_blocking(move || {
            [Node::start(&url, &secret), Node::start(&url, &secret)]
        })
        .await
        .unwrap()
    }

    /// The JSON answer of `GET path` on this node, as the holder of `token`.
    pub(crate) async fn read(
        &self,
        client: &reqwest::Client,
        token: &str,
        path: &str,
    ) -> serde_json::Value {
        client
            .get(format!("{}{path}", self.address))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sets up the programme and fifty proposed items; returns the programme, the
/// item ids and the approver's token.
async fn fifty_proposals(app: &TestApp) -> (uuid::Uuid, Vec<String>, String) {
    let programme = fx::programme(
        app,
        BUDGET_TETRI,
        BUDGET_TETRI,
        &[("micro_business", None, None)],
    )
    .await;
    let person = fx::person(app).await;
    let case = fx::case(app, person, programme, "assisting", ministry()).await;
    let proposer = case_worker(app, "proposer").await;
    let approver = case_worker(app, "approver").await;
    let mut items = Vec::with_capacity(ITEMS);
    for _ in 0..ITEMS {
        let body = json!({"type": "micro_business", "amount": gel("1000.00")});
        let item = expect(
            app.post_as(
                &proposer,
                &format!("/api/v1/cases/{case}/assistance"),
                &body,
            )
            .await,
            StatusCode::CREATED,
        )
        .await;
        items.push(item["id"].as_str().unwrap().to_owned());
    }
    (programme, items, approver)
}

/// Approves every item at once, item `i` on `bases[i % bases.len()]`; returns
/// (200s, 409s), each 409 with `code`.
async fn approve_all(
    bases: &[String],
    items: &[String],
    token: &str,
    code: &'static str,
) -> (usize, usize) {
    let paths: Vec<String> = items
        .iter()
        .map(|item| format!("/api/v1/assistance/{item}/approve"))
        .collect();
    post_all_at_once(bases, &paths, token, code).await
}

/// Posts `{}` to every path at once, path `i` on `bases[i % bases.len()]`;
/// returns (200s, 409s), each 409 with `code`.
pub(crate) async fn post_all_at_once(
    bases: &[String],
    paths: &[String],
    token: &str,
    code: &'static str,
) -> (usize, usize) {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(paths.len()));
    let mut tasks = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let url = format!("{}{path}", bases[i % bases.len()]);
        let (client, token, barrier) = (client.clone(), token.to_owned(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let response = client
                .post(url)
                .bearer_auth(token)
                .json(&json!({}))
                .send()
                .await
                .unwrap();
            let status = response.status();
            let body: Value = response.json().await.unwrap_or(Value::Null);
            if status == StatusCode::CONFLICT {
                assert_eq!(body["code"], code, "{body}");
            }
            status
        }));
    }
    let (mut ok, mut conflict) = (0, 0);
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::OK => ok += 1,
            StatusCode::CONFLICT => conflict += 1,
            other => panic!("unexpected {other}"),
        }
    }
    (ok, conflict)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_two_nodes_never_overspend() {
    // With CI=true an unreachable PostgreSQL fails here rather than skipping.
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return;
    };
    let (programme, items, approver) = fifty_proposals(&app).await;
    let nodes = Node::two_on(&app).await;
    let bases: Vec<String> = nodes.iter().map(|n| n.address.clone()).collect();
    assert_ne!(bases[0], bases[1]);
    let (ok, conflict) = approve_all(&bases, &items, &approver, "budget_exceeded").await;
    assert_eq!((ok, conflict), (10, 40));
    assert_eq!(committed(&app, programme).await, BUDGET_TETRI);
    assert_eq!(app.count("assistance_actions").await, 60);
    drop(nodes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_one_node_never_overspends() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (programme, items, approver) = fifty_proposals(&app).await;
    let (ok, conflict) = approve_all(
        std::slice::from_ref(&app.address),
        &items,
        &approver,
        "budget_exceeded",
    )
    .await;
    assert_eq!((ok, conflict), (10, 40));
    assert_eq!(committed(&app, programme).await, BUDGET_TETRI);
}

/// Twenty corrections of -100 GEL against one delivered item of 1000 GEL,
/// each of which fits when proposed; returns the programme, the corrections
/// and the approver's token. Another person's grant of 5000 GEL keeps the
/// programme's committed total above zero, so only the corrected item's own
/// total can refuse them.
async fn twenty_corrections(app: &TestApp) -> (uuid::Uuid, Vec<String>, String) {
    let programme = fx::programme(
        app,
        BUDGET_TETRI,
        BUDGET_TETRI,
        &[("micro_business", None, None)],
    )
    .await;
    let proposer = case_worker(app, "proposer").await;
    let approver = case_worker(app, "approver").await;
    let approve = |item: String| {
        let approver = approver.clone();
        async move {
            let path = format!("/api/v1/assistance/{item}/approve");
            expect(
                app.post_as(&approver, &path, &json!({})).await,
                StatusCode::OK,
            )
            .await;
        }
    };
    let propose = |case: uuid::Uuid, body: Value| {
        let proposer = proposer.clone();
        async move {
            let path = format!("/api/v1/cases/{case}/assistance");
            let item = expect(
                app.post_as(&proposer, &path, &body).await,
                StatusCode::CREATED,
            )
            .await;
            item["id"].as_str().unwrap().to_owned()
        }
    };
    let someone = fx::person(app).await;
    let their_case = fx::case(app, someone, programme, "assisting", ministry()).await;
    let anchor = propose(
        their_case,
        json!({"type": "micro_business", "amount": gel("5000.00")}),
    )
    .await;
    approve(anchor).await;

    let person = fx::person(app).await;
    let case = fx::case(app, person, programme, "assisting", ministry()).await;
    let given = propose(
        case,
        json!({"type": "micro_business", "amount": gel("1000.00")}),
    )
    .await;
    approve(given.clone()).await;
    let deliver = format!("/api/v1/assistance/{given}/deliver");
    expect(
        app.post_as(&proposer, &deliver, &json!({"delivered_on": "2026-02-15"}))
            .await,
        StatusCode::OK,
    )
    .await;
    let mut corrections = Vec::with_capacity(20);
    for _ in 0..20 {
        let body =
            json!({"type": "micro_business", "amount": gel("-100.00"), "corrects_id": given});
        corrections.push(propose(case, body).await);
    }
    (programme, corrections, approver)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_two_nodes_never_correct_below_zero() {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return;
    };
    let (programme, corrections, approver) = twenty_corrections(&app).await;
    let nodes = Node::two_on(&app).await;
    let bases: Vec<String> = nodes.iter().map(|n| n.address.clone()).collect();
    let (ok, conflict) =
        approve_all(&bases, &corrections, &approver, "correction_below_zero").await;
    assert_eq!((ok, conflict), (10, 10));
    // 5000 + 1000 - 10 x 100: the delivered item is corrected to nothing, no further.
    assert_eq!(committed(&app, programme).await, 500_000);
    drop(nodes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_one_node_never_corrects_below_zero() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (programme, corrections, approver) = twenty_corrections(&app).await;
    let bases = std::slice::from_ref(&app.address);
    let (ok, conflict) = approve_all(bases, &corrections, &approver, "correction_below_zero").await;
    assert_eq!((ok, conflict), (10, 10));
    assert_eq!(committed(&app, programme).await, 500_000);
}
