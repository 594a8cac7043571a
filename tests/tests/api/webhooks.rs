//! Webhooks (issue 15, item 9): a receiver started by the test gets the
//! feed's events POSTed in order, signed (checked here with the HMAC
//! computed independently), retried after failures with the attempt
//! counted, logged per attempt; a subscription failing past the give-up time
//! is disabled and enabled again by hand from a cursor; URLs and addresses
//! are checked; subscriptions are their owner's; and on PostgreSQL two
//! `integra serve` processes deliver every event once between them.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use hmac::{Hmac, Mac};
use integra_domain::access::Role;
use integra_persistence::DatabaseUrl;
use integra_tests::{
    both_backends, etag, expect, field_errors, id_of, json, person_body, problem, Backend,
    StatusCode, TestApp,
};
use serde_json::Value;

use crate::authorization::service_token;
use crate::budget_race::Node;
use crate::events::{spawn_writers, written_by};

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

impl Received {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }
}

/// An HTTP receiver on a random port that keeps what it gets and answers
/// with the status it is set to.
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Received>>>,
    status: Arc<AtomicU16>,
    handle: actix_web::dev::ServerHandle,
}

impl Receiver {
    async fn start() -> Self {
        let got = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(204));
        let (kept, answer) = (got.clone(), status.clone());
        let server = HttpServer::new(move || {
            let (kept, answer) = (kept.clone(), answer.clone());
            App::new().default_service(web::to(move |req: HttpRequest, body: web::Bytes| {
                let (kept, answer) = (kept.clone(), answer.clone());
                async move {
                    let headers = req
                        .headers()
                        .iter()
                        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
                        .collect();
                    kept.lock().unwrap().push(Received {
                        headers,
                        body: body.to_vec(),
                    });
                    let code = actix_web::http::StatusCode::from_u16(answer.load(Ordering::SeqCst))
                        .unwrap();
                    HttpResponse::build(code).finish()
                }
            }))
        })
        .workers(1)
        .bind("127.0.0.1:0")
        .unwrap();
        let url = format!("http://{}/hooks/integra", server.addrs()[0]);
        let running = server.run();
        let handle = running.handle();
        tokio::spawn(running);
        Self {
            url,
            got,
            status,
            handle,
        }
    }

    fn answer(&self, status: u16) {
        self.status.store(status, Ordering::SeqCst);
    }

    fn received(&self) -> Vec<Received> {
        self.got.lock().unwrap().clone()
    }

    /// What it got once it has at least `n` requests (within 15 s).
    async fn wait_for(&self, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "the receiver got {} of {n} requests",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    async fn stop(&self) {
        self.handle.stop(false).await;
    }
}

/// A server that may deliver to local `http` receivers, retrying after
/// `retry_ms` and giving up after `give_up`.
async fn server(backend: Backend, retry_ms: u64, give_up: Duration) -> Option<TestApp> {
    TestApp::spawn_configured(backend, move |config| {
        config.webhooks.destinations.allow_insecure = true;
        config.webhooks.retry_base = Duration::from_millis(retry_ms);
        config.webhooks.give_up_after = give_up;
        config.webhooks.timeout = Duration::from_secs(5);
    })
    .await
}

/// `X-Integra-Signature` checked with the secret: `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`.
fn assert_signed(received: &Received, secret: &str) {
    let header = received.header("x-integra-signature");
    let (t, v1) = header
        .split_once(',')
        .and_then(|(t, v)| Some((t.strip_prefix("t=")?, v.strip_prefix("v1=")?)))
        .unwrap_or_else(|| panic!("signature header {header:?}"));
    let t: i64 = t.parse().unwrap();
    assert!(
        (chrono::Utc::now().timestamp() - t).abs() < 300,
        "timestamp {t}"
    );
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(&received.body);
    assert_eq!(hex::encode(mac.finalize().into_bytes()), v1, "signature");
    let mut wrong = Hmac::<sha2::Sha256>::new_from_slice(b"another secret").unwrap();
    wrong.update(format!("{t}.").as_bytes());
    wrong.update(&received.body);
    assert_ne!(hex::encode(wrong.finalize().into_bytes()), v1);
}

/// Subscribes `url` as the holder of `token`; the answer's body.
async fn subscribe(app: &TestApp, token: &str, body: &Value) -> Value {
    let response = app.post_as(token, "/api/v1/webhooks", body).await;
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .map(|v| v.to_str().unwrap()),
        Some("no-store")
    );
    let created = expect(response, StatusCode::CREATED).await;
    assert!(created["secret"].as_str().unwrap().starts_with("whsec_"));
    created
}

/// The subscription as its owner reads it.
async fn webhook(app: &TestApp, token: &str, id: &str) -> Value {
    expect(
        app.get_as(token, &format!("/api/v1/webhooks/{id}")).await,
        StatusCode::OK,
    )
    .await
}

/// Waits (15 s at most) until the subscription satisfies `done`.
async fn until(app: &TestApp, token: &str, id: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let found = webhook(app, token, id).await;
        if done(&found) {
            return found;
        }
        assert!(
            Instant::now() < deadline,
            "webhook never got there: {found}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn deliveries(app: &TestApp, token: &str, id: &str) -> Vec<Value> {
    let page = expect(
        app.get_as(
            token,
            &format!("/api/v1/webhooks/{id}/deliveries?limit=500"),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    page["items"].as_array().unwrap().clone()
}

/// The feed's end, as a cursor.
async fn feed_end(app: &TestApp, token: &str) -> String {
    let mut cursor = String::new();
    loop {
        let query = if cursor.is_empty() {
            "limit=10000".to_owned()
        } else {
            format!("limit=10000&after={cursor}")
        };
        let page = expect(
            app.get_as(token, &format!("/api/v1/events?{query}")).await,
            StatusCode::OK,
        )
        .await;
        let next = page["next_cursor"].as_str().unwrap().to_owned();
        if page["items"].as_array().unwrap().is_empty() {
            return next;
        }
        cursor = next;
    }
}

both_backends! {
    async fn a_receiver_gets_signed_events_in_order_and_failures_are_retried(app) {
        let backend = app.backend;
        drop(app);
        let Some(app) = server(backend, 150, Duration::from_secs(600)).await else { return };
        let receiver = Receiver::start().await;
        let system = service_token(&app, "registry-hooks", &["events:read"]).await;
        let start = feed_end(&app, &system).await;
        let created = subscribe(&app, &system, &json!({"url": receiver.url,
            "event_types": ["person.created", "person.updated"], "description": "Registry"})).await;
        let (id, secret) = (id_of(&created["webhook"]), created["secret"].as_str().unwrap().to_owned());
        assert_eq!(created["webhook"]["status"], "active");
        assert_eq!(created["webhook"]["cursor"], start.as_str(), "from the feed's end");
        // The secret is never shown again.
        let read = webhook(&app, &system, &id).await;
        assert!(!read.to_string().contains(&secret));
        assert!(read.get("secret").is_none());

        let mut body = person_body("Tinatin", "Hookqx");
        body["personal_number"] = json!("27182818284");
        let person = id_of(&app.create_person(&body).await);
        let path = format!("/api/v1/persons/{person}");
        expect(app.patch(&path, &json!({"phone": "+995 555 12 34 56"}), Some("\"1\"")).await, StatusCode::OK).await;
        // Not followed: a stay abroad.
        expect(app.post(&format!("{path}/stays-abroad"), &json!({"country": "DE",
            "start_date": "2019-01-01", "end_date": "2025-12-01", "legal_status": "irregular",
            "return_type": "assisted_voluntary_return"})).await, StatusCode::CREATED).await;

        let got = receiver.wait_for(2).await;
        // What the feed says, in its order, and nothing else.
        let feed = expect(app.get_as(&system, &format!("/api/v1/events?after={start}&types=person.created,person.updated")).await, StatusCode::OK).await;
        let expected: Vec<Value> = feed["items"].as_array().unwrap().clone();
        assert_eq!(expected.len(), 2);
        let bodies: Vec<Value> = got.iter().map(Received::json).collect();
        assert_eq!(bodies, expected);
        for (received, event) in got.iter().zip(&expected) {
            assert_signed(received, &secret);
            assert_eq!(received.header("content-type"), "application/json");
            assert_eq!(received.header("x-integra-event-id"), event["id"].as_str().unwrap());
            assert_eq!(received.header("x-integra-event-type"), event["type"].as_str().unwrap());
            assert_eq!(received.header("x-integra-delivery-attempt"), "1");
            let text = String::from_utf8(received.body.clone()).unwrap();
            for personal in ["Tinatin", "Hookqx", "27182818284", "555 12 34 56"] {
                assert!(!text.contains(personal), "{personal} delivered");
            }
        }
        assert_eq!(bodies[0]["type"], "person.created");
        assert_eq!(bodies[1]["type"], "person.updated");
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert_eq!(receiver.received().len(), 2, "a stay's event is not followed");
        let read = until(&app, &system, &id, |w| w["cursor"] == expected[1]["cursor"]).await;
        assert!(read["failing_since"].is_null());

        // The receiver fails: the event is retried, counted, logged.
        receiver.answer(503);
        let second = id_of(&app.create_person(&person_body("Retry", "Hookqx")).await);
        let got = receiver.wait_for(5).await;
        let tries: Vec<&Received> = got[2..].iter().collect();
        for (n, tried) in tries.iter().enumerate() {
            assert_eq!(tried.json()["record_id"], second.as_str());
            assert_eq!(tried.header("x-integra-delivery-attempt"), (n + 1).to_string());
            assert_signed(tried, &secret);
        }
        let failing = webhook(&app, &system, &id).await;
        assert!(failing["failing_since"].is_string(), "{failing}");
        assert_eq!(failing["status"], "active");
        receiver.answer(200);
        let back = until(&app, &system, &id, |w| w["failing_since"].is_null()).await;
        let got = receiver.received();
        let last = got.last().unwrap();
        assert_eq!(last.json()["record_id"], second.as_str());
        assert_eq!(back["cursor"], last.json()["cursor"]);
        // Every request for it carried the same event id (deduplicate by it).
        let ids: BTreeSet<&str> = got[2..].iter().map(|r| r.header("x-integra-event-id")).collect();
        assert_eq!(ids.len(), 1);

        // The log: newest first, each attempt with its outcome.
        let log = deliveries(&app, &system, &id).await;
        assert_eq!(log.len(), got.len());
        assert_eq!(log[0]["outcome"], "delivered");
        assert_eq!(log[0]["status_code"], 200);
        assert!(log[0]["error"].is_null());
        let attempts = log[0]["attempt"].as_i64().unwrap();
        assert!(attempts >= 4, "{attempts} attempts");
        for failed in &log[1..log.len() - 2] {
            assert_eq!(failed["outcome"], "failed");
            assert_eq!(failed["status_code"], 503);
            assert_eq!(failed["error"], "the receiver answered 503");
            assert_eq!(failed["event_id"], log[0]["event_id"]);
            assert!(failed["latency_ms"].as_i64().unwrap() >= 0);
        }
        assert_eq!(log[log.len() - 1]["event_type"], "person.created");
        assert_eq!(log[log.len() - 1]["status_code"], 204);
        // The backoff doubles: the gaps between the attempts grow.
        let times: Vec<chrono::DateTime<chrono::Utc>> = log[1..log.len() - 2].iter().rev()
            .map(|d| d["attempted_at"].as_str().unwrap().parse().unwrap()).collect();
        assert!(times.windows(2).all(|w| w[1] >= w[0]));
        // A new URL while failing: the next attempts go there, none to the old one.
        receiver.answer(503);
        let third = id_of(&app.create_person(&person_body("Moved", "Hookqx")).await);
        let before = receiver.wait_for(receiver.received().len() + 1).await.len();
        let moved = Receiver::start().await;
        let current = webhook(&app, &system, &id).await;
        let response = app.patch_as(&system, &format!("/api/v1/webhooks/{id}"), &json!({"url": moved.url}),
            Some(&format!("\"{}\"", current["version"]))).await;
        expect(response, StatusCode::OK).await;
        let there = moved.wait_for(1).await;
        assert_eq!(there[0].json()["record_id"], third.as_str());
        assert_signed(&there[0], &secret);
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(receiver.received().len() <= before + 1, "the old URL kept getting attempts");
        moved.stop().await;
        receiver.stop().await;
    }

    async fn a_subscription_failing_too_long_is_disabled_and_enabled_by_hand_from_a_cursor(app) {
        let backend = app.backend;
        drop(app);
        let Some(app) = server(backend, 100, Duration::from_millis(800)).await else { return };
        let receiver = Receiver::start().await;
        receiver.answer(500);
        let start = feed_end(&app, &app.admin_token).await;
        let created = subscribe(&app, &app.admin_token, &json!({"url": receiver.url,
            "event_types": ["person.created"]})).await;
        let id = id_of(&created["webhook"]);
        let first = id_of(&app.create_person(&person_body("Fails", "Hookqy")).await);
        let disabled = until(&app, &app.admin_token, &id, |w| w["status"] == "disabled").await;
        assert_eq!(disabled["disabled_reason"], "failing");
        assert!(disabled["disabled_at"].is_string());
        let log = deliveries(&app, &app.admin_token, &id).await;
        assert!(log.len() >= 2, "{log:?}");
        assert!(log.iter().all(|d| d["outcome"] == "failed" && d["status_code"] == 500));
        // Disabled: nothing more is tried.
        let tried = receiver.received().len();
        let second = id_of(&app.create_person(&person_body("Waits", "Hookqy")).await);
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(receiver.received().len(), tried);

        // Enabled by hand: a cursor that is not one is refused; then from the
        // cursor before both events, each is delivered, in order.
        let path = format!("/api/v1/webhooks/{id}/enable");
        let refused = problem(app.post(&path, &json!({"after": "not a cursor"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), [("after".to_owned(), "invalid_cursor".to_owned())]);
        let enable = |body: Value, tag: String| {
            let request = app.request(reqwest::Method::POST, &path).json(&body).header("if-match", tag);
            async move { request.send().await.unwrap() }
        };
        let stale = problem(enable(json!({}), "\"1\"".to_owned()).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["status"], 412);
        receiver.answer(200);
        let enabled = expect(enable(json!({"after": start}), format!("\"{}\"", disabled["version"])).await, StatusCode::OK).await;
        assert_eq!(enabled["status"], "active");
        assert!(enabled["disabled_reason"].is_null());
        assert_eq!(enabled["cursor"], start.as_str());
        let got = receiver.wait_for(tried + 2).await;
        let delivered: Vec<Value> = got[tried..].iter().map(|r| r.json()["record_id"].clone()).collect();
        assert_eq!(delivered, [json!(first), json!(second)]);
        until(&app, &app.admin_token, &id, |w| w["failing_since"].is_null() && w["status"] == "active").await;
        receiver.stop().await;
    }

    async fn subscriptions_are_checked_and_kept_to_their_owner(app) {
        // The default setting: https only, public addresses only.
        let path = "/api/v1/webhooks";
        let refused = |body: Value| {
            let app = &app;
            async move { field_errors(&problem(app.post(path, &body).await, StatusCode::UNPROCESSABLE_ENTITY).await) }
        };
        assert_eq!(refused(json!({"url": "http://registry.example.ge/hook"})).await, [("url".to_owned(), "insecure_url".to_owned())]);
        for private in ["https://127.0.0.1/hook", "https://10.0.0.7/hook", "https://169.254.169.254/latest", "https://[::1]/hook"] {
            assert_eq!(refused(json!({"url": private})).await, [("url".to_owned(), "private_address".to_owned())], "{private}");
        }
        assert_eq!(refused(json!({"url": "https://x.example.ge/", "event_types": ["Case Opened"]})).await,
            [("event_types[0]".to_owned(), "invalid_event_type".to_owned())]);
        assert_eq!(refused(json!({"url": "https://x.example.ge/", "after": "nope"})).await,
            [("after".to_owned(), "invalid_cursor".to_owned())]);
        problem(app.post(path, &json!({"url": "https://x.example.ge/", "secret": "mine"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(app.count("webhooks").await, 0);

        // Who may subscribe: administrators and service accounts with events:read.
        let worker = app.user_token("nino.hooks", Role::CaseWorker).await;
        problem(app.post_as(&worker, path, &json!({"url": "https://x.example.ge/"})).await, StatusCode::FORBIDDEN).await;
        let persons_only = service_token(&app, "persons-only", &["persons:read"]).await;
        problem(app.get_as(&persons_only, path).await, StatusCode::FORBIDDEN).await;

        // Host names are checked when delivering: localhost is refused then.
        let mine = service_token(&app, "hooks-a", &["events:read"]).await;
        let theirs = service_token(&app, "hooks-b", &["events:read"]).await;
        let a = id_of(&subscribe(&app, &mine, &json!({"url": "https://localhost:9/hook"})).await["webhook"]);
        let b = id_of(&subscribe(&app, &theirs, &json!({"url": "https://registry.example.ge/hook"})).await["webhook"]);
        let listed = |token: String| {
            let app = &app;
            async move {
                let page = expect(app.get_as(&token, path).await, StatusCode::OK).await;
                page["items"].as_array().unwrap().iter().map(id_of).collect::<Vec<_>>()
            }
        };
        assert_eq!(listed(mine.clone()).await, std::slice::from_ref(&a));
        assert_eq!(listed(theirs.clone()).await, std::slice::from_ref(&b));
        assert_eq!(listed(app.admin_token.clone()).await, [a.clone(), b.clone()]);
        // Another's subscription is not found, whatever is done to it.
        let other = format!("{path}/{b}");
        problem(app.get_as(&mine, &other).await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&mine, &format!("{other}/deliveries")).await, StatusCode::NOT_FOUND).await;
        problem(app.patch_as(&mine, &other, &json!({"url": "https://evil.example.ge/"}), Some("\"1\"")).await, StatusCode::NOT_FOUND).await;
        problem(app.send(&mine, reqwest::Method::POST, &format!("{other}/enable"), Some(&json!({}))).await, StatusCode::NOT_FOUND).await;
        problem(app.send(&mine, reqwest::Method::DELETE, &other, None).await, StatusCode::NOT_FOUND).await;
        assert_eq!(webhook(&app, &theirs, &b).await["url"], "https://registry.example.ge/hook");

        // A change: If-Match guards it, the URL is checked again.
        let own = format!("{path}/{a}");
        let response = app.patch_as(&mine, &own, &json!({"url": "https://10.1.1.1/"}), Some("\"1\"")).await;
        assert_eq!(field_errors(&problem(response, StatusCode::UNPROCESSABLE_ENTITY).await), [("url".to_owned(), "private_address".to_owned())]);
        let response = app.patch_as(&mine, &own, &json!({"event_types": ["person.created"]}), Some("\"1\"")).await;
        assert_eq!(etag(&response), "\"2\"");
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!(changed["event_types"], json!(["person.created"]));
        problem(app.patch_as(&mine, &own, &json!({"description": "late"}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        problem(app.patch_as(&mine, &own, &json!({"status": "disabled"}), Some("\"2\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;

        // The delivery to localhost is refused by the address check, and logged.
        app.create_person(&person_body("Local", "Hookqz")).await;
        let deadline = Instant::now() + Duration::from_secs(15);
        let log = loop {
            let log = deliveries(&app, &mine, &a).await;
            if !log.is_empty() {
                break log;
            }
            assert!(Instant::now() < deadline, "no attempt logged");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(log[0]["outcome"], "failed");
        assert!(log[0]["status_code"].is_null());
        let error = log[0]["error"].as_str().unwrap();
        assert!(error.contains("the destination is not a public address"), "{error}");
        assert!(!error.contains("127.0.0.1") && !error.contains("::1"), "{error}");

        // An owner who may no longer read the feed: the subscription is disabled.
        let accounts = expect(app.get("/api/v1/service-accounts?limit=500").await, StatusCode::OK).await;
        let account = accounts["items"].as_array().unwrap().iter().find(|a| a["client_id"] == "hooks-b").unwrap().clone();
        expect(app.post(&format!("/api/v1/service-accounts/{}/deactivate", id_of(&account)), &json!({})).await, StatusCode::OK).await;
        app.create_person(&person_body("Owner", "Hookqz")).await;
        let disabled = until(&app, &app.admin_token, &b, |w| w["status"] == "disabled").await;
        assert_eq!(disabled["disabled_reason"], "owner_cannot_read_events");

        // Deleted: gone with its log.
        let of_deleted: &'static str = Box::leak(format!("webhook_id = '{a}'").into_boxed_str());
        assert!(app.count_where("webhook_deliveries", of_deleted).await > 0);
        let response = app.send(&mine, reqwest::Method::DELETE, &own, None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        problem(app.get_as(&mine, &own).await, StatusCode::NOT_FOUND).await;
        assert_eq!(app.count_where("webhook_deliveries", of_deleted).await, 0, "its delivery log went with it");
        // Subscriptions are not events of the feed.
        let feed = expect(app.get("/api/v1/events?limit=10000&types=webhook.created,webhook.deleted").await, StatusCode::OK).await;
        assert_eq!(feed["items"], json!([]));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_two_nodes_deliver_every_event_once() {
    // With CI=true an unreachable PostgreSQL fails here rather than skipping.
    let Some(app) = server(Backend::Postgres, 100, Duration::from_secs(600)).await else {
        return;
    };
    let DatabaseUrl::Postgres(url) = app.database.url.clone() else {
        panic!("a PostgreSQL test database");
    };
    let secret = app.jwt_secret.clone();
    let other = tokio::task::spawn_blocking(move || {
        Node::start_with(&url, &secret, &[("INTEGRA_WEBHOOK_ALLOW_INSECURE", "true")])
    })
    .await
    .unwrap();
    let receiver = Receiver::start().await;
    let created = subscribe(
        &app,
        &app.admin_token,
        &json!({"url": receiver.url,
        "event_types": ["person.created"]}),
    )
    .await;
    let id = id_of(&created["webhook"]);

    // Thirty persons on each node, five writers at a time per node.
    const EACH: usize = 30;
    let bases = [app.address.clone(), other.address.clone()];
    let written = written_by(spawn_writers(&app, &bases, 5, EACH, "Hook")).await;
    let got = receiver.wait_for(2 * EACH).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let got_now = receiver.received();
    assert_eq!(
        got_now.len(),
        got.len().max(2 * EACH),
        "an event delivered twice"
    );
    let delivered: Vec<String> = got_now
        .iter()
        .map(|r| r.json()["record_id"].as_str().unwrap().to_owned())
        .collect();
    let unique: BTreeSet<String> = delivered.iter().cloned().collect();
    assert_eq!(unique, written);
    // In feed order.
    let feed = expect(
        app.get("/api/v1/events?limit=10000&types=person.created")
            .await,
        StatusCode::OK,
    )
    .await;
    let order: Vec<String> = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["record_id"].as_str().unwrap().to_owned())
        .filter(|r| written.contains(r))
        .collect();
    assert_eq!(delivered, order);
    let log = deliveries(&app, &app.admin_token, &id).await;
    assert_eq!(log.len(), 2 * EACH);
    assert!(log.iter().all(|d| d["outcome"] == "delivered"));
    drop(other);
    receiver.stop().await;
}

/// Delivery survives a crash: a SQLite node killed (`kill -9`) while its
/// receiver fails leaves the events to deliver in the database; started
/// again, it delivers every one of them, in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_node_killed_while_delivering_delivers_the_rest_when_started_again() {
    let Some(app) = server(Backend::Sqlite, 100, Duration::from_secs(600)).await else {
        return;
    };
    let DatabaseUrl::Sqlite(path) = app.database.url.clone() else {
        panic!("a SQLite test database");
    };
    let receiver = Receiver::start().await;
    receiver.answer(500);
    let created = subscribe(
        &app,
        &app.admin_token,
        &json!({"url": receiver.url, "event_types": ["person.created"]}),
    )
    .await;
    let id = id_of(&created["webhook"]);
    // From here on the nodes deliver: the test's own server stops.
    app.stop().await;
    let url = format!("sqlite://{}", path.display());
    let settings = [
        ("INTEGRA_WEBHOOK_ALLOW_INSECURE", "true"),
        ("INTEGRA_WEBHOOK_RETRY_BASE_MS", "100"),
    ];
    let (first_url, secret) = (url.clone(), app.jwt_secret.clone());
    let node =
        tokio::task::spawn_blocking(move || Node::start_with(&first_url, &secret, &settings))
            .await
            .unwrap();
    let mut written = Vec::new();
    for n in 0..5 {
        let response = app
            .client
            .post(format!("{}/api/v1/persons", node.address))
            .bearer_auth(&app.admin_token)
            .json(&person_body("Crash", &format!("Hookq{n}")))
            .send()
            .await
            .unwrap();
        written.push(id_of(&expect(response, StatusCode::CREATED).await));
    }
    // Tried and failed at least twice, then killed.
    receiver.wait_for(2).await;
    drop(node);
    let tried = receiver.received().len();
    assert!(tried >= 2);
    assert!(receiver
        .received()
        .iter()
        .all(|r| r.json()["record_id"] == written[0].as_str()));

    // An attempt of long ago, which a starting node forgets (the log keeps 30 days).
    crate::idempotency::execute(&app, format!("INSERT INTO webhook_deliveries (id, webhook_id, event_id, \
        event_type, event_seq, attempt, attempted_at, outcome, status_code, latency_ms, error) VALUES \
        ('{}', '{id}', '{}', 'person.created', 0, 1, '2020-01-01 00:00:00', 'failed', 500, 1, 'long ago')",
        uuid::Uuid::now_v7(), uuid::Uuid::now_v7())).await;
    assert_eq!(
        app.count_where("webhook_deliveries", "error = 'long ago'")
            .await,
        1
    );
    receiver.answer(200);
    let secret = app.jwt_secret.clone();
    let again = tokio::task::spawn_blocking(move || Node::start_with(&url, &secret, &settings))
        .await
        .unwrap();
    let got = receiver.wait_for(tried + 5).await;
    let delivered: Vec<String> = got[tried..]
        .iter()
        .map(|r| r.json()["record_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(delivered, written);
    let webhook = again
        .read(
            &app.client,
            &app.admin_token,
            &format!("/api/v1/webhooks/{id}"),
        )
        .await;
    assert!(webhook["failing_since"].is_null(), "{webhook}");
    assert_eq!(webhook["cursor"], got.last().unwrap().json()["cursor"]);
    assert_eq!(
        app.count_where("webhook_deliveries", "error = 'long ago'")
            .await,
        0
    );
    drop(again);
    receiver.stop().await;
}
