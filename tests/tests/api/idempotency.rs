//! `Idempotency-Key` on POST: a retry gets the first answer, never a second effect.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use integra_tests::{both_backends, json, person_body, problem, Role, StatusCode, TestApp};
use reqwest::{Method, Response};
use serde_json::Value;

async fn post_with_key(app: &TestApp, token: &str, key: &str, body: &Value) -> Response {
    app.client
        .post(app.url("/api/v1/persons"))
        .bearer_auth(token)
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

/// Status, the headers that matter, and the body of an answer.
async fn parts(
    response: Response,
) -> (
    StatusCode,
    Option<String>,
    Option<String>,
    Option<String>,
    Value,
) {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let (location, etag, replayed) = (
        header("location"),
        header("etag"),
        header("idempotent-replayed"),
    );
    let status = response.status();
    let body = response.json().await.unwrap();
    (status, location, etag, replayed, body)
}

both_backends! {
    async fn a_retry_with_the_same_key_and_body_gets_the_first_answer(app) {
        let before = app.count("persons").await;
        let body = person_body("Nino", "Beridze");
        let (status, location, etag, replayed, first) =
            parts(post_with_key(&app, &app.admin_token, "k1", &body).await).await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(replayed, None, "the first answer is not a replay");
        let location = location.unwrap();
        assert_eq!(location, format!("/api/v1/persons/{}", first["id"].as_str().unwrap()));

        let (status, location2, etag2, replayed, second) =
            parts(post_with_key(&app, &app.admin_token, "k1", &body).await).await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(replayed.as_deref(), Some("true"));
        assert_eq!(location2.as_deref(), Some(location.as_str()));
        assert_eq!(etag2, etag);
        assert_eq!(second, first);

        // A third time, still the same.
        let response = post_with_key(&app, &app.admin_token, "k1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(response.json::<Value>().await.unwrap(), first);

        assert_eq!(app.count("persons").await, before + 1);
        // The person exists once, as first answered.
        let read: Value = app.get(&location).await.json().await.unwrap();
        assert_eq!(read, first);
    }

    async fn the_same_key_with_another_body_is_a_422_and_writes_nothing(app) {
        let body = person_body("Nino", "Beridze");
        let response = post_with_key(&app, &app.admin_token, "k1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let persons = app.count("persons").await;
        let audit = app.count("audit_log").await;

        let other = person_body("Tamar", "Kapanadze");
        let response = post_with_key(&app, &app.admin_token, "k1", &other).await;
        assert!(response.headers().get("idempotent-replayed").is_none());
        let problem = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem["code"], "idempotency_key_reused");
        assert_eq!(problem["instance"], "/api/v1/persons");
        assert!(!problem.to_string().contains("Tamar"), "{problem}");

        // The same body on another path is "another request" as well.
        let response = app
            .request(Method::POST, "/api/v1/persons?x=1")
            .header("idempotency-key", "k1")
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = response.status();
        assert!(status.is_client_error(), "{status}");
        problem_code(response, status, "idempotency_key_reused").await;

        assert_eq!(app.count("persons").await, persons);
        assert_eq!(app.count("audit_log").await, audit);
    }

    async fn a_key_belongs_to_its_user(app) {
        let before = app.count("persons").await;
        let admins = person_body("Nino", "Beridze");
        let response = post_with_key(&app, &app.admin_token, "shared-key", &admins).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let admins: Value = response.json().await.unwrap();

        let case_worker = app.user_token("case.worker", Role::CaseWorker).await;
        let theirs = person_body("Tamar", "Kapanadze");
        let response = post_with_key(&app, &case_worker, "shared-key", &theirs).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert!(response.headers().get("idempotent-replayed").is_none());
        let created: Value = response.json().await.unwrap();
        assert_ne!(created["id"], admins["id"]);
        assert_eq!(created["given_name"], "Tamar");
        assert_eq!(app.count("persons").await, before + 2);

        // Nor does the same body under the same key replay another user's answer.
        let other = app.user_token("case.worker2", Role::CaseWorker).await;
        let mut same = person_body("Nino", "Beridze");
        same["personal_number"] = admins["personal_number"].clone();
        let response = post_with_key(&app, &other, "shared-key", &same).await;
        assert!(response.headers().get("idempotent-replayed").is_none());
        let refused = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "duplicate_personal_number");
        assert_eq!(app.count("persons").await, before + 2);
    }

    async fn a_failed_validation_is_replayed_as_the_same_problem(app) {
        let before = app.count("persons").await;
        let mut body = person_body("Nino", "Beridze");
        body["date_of_birth"] = json!("2999-01-01");
        let first = post_with_key(&app, &app.admin_token, "invalid-1", &body).await;
        assert!(first.headers().get("idempotent-replayed").is_none());
        let first = problem(first, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(first["errors"][0]["field"], "date_of_birth");

        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("idempotency-key", "invalid-1")
            .header("x-request-id", "the-retry")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["idempotent-replayed"], "true");
        let second = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        // The same problem; the request id is the retry's own.
        assert_eq!(second["request_id"], "the-retry");
        let strip = |mut v: Value| {
            v.as_object_mut().unwrap().remove("request_id");
            v
        };
        assert_eq!(strip(second), strip(first));
        assert_eq!(app.count("persons").await, before);
    }

    async fn a_malformed_key_is_a_400(app) {
        let before = app.count("persons").await;
        let keys = app.count("idempotency_keys").await;
        let response = post_with_key(&app, &app.admin_token, &"k".repeat(256), &person_body("Nino", "Beridze")).await;
        let problem = problem(response, StatusCode::BAD_REQUEST).await;
        assert!(problem["detail"].as_str().unwrap().contains("Idempotency-Key"), "{problem}");
        assert_eq!(problem["instance"], "/api/v1/persons");
        assert_eq!(app.count("persons").await, before);
        assert_eq!(app.count("idempotency_keys").await, keys);

        // 255 characters is the longest accepted.
        let response = post_with_key(&app, &app.admin_token, &"k".repeat(255), &person_body("Nino", "Beridze")).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(app.count("persons").await, before + 1);
    }

    async fn posts_without_a_key_work_as_usual(app) {
        let before = app.count("persons").await;
        let keys = app.count("idempotency_keys").await;
        let first = app.create_person(&person_body("Nino", "Beridze")).await;
        let second = app.create_person(&person_body("Tamar", "Kapanadze")).await;
        assert_ne!(first["id"], second["id"]);
        assert_eq!(app.count("persons").await, before + 2);
        assert_eq!(app.count("idempotency_keys").await, keys);
    }

    async fn a_request_without_a_valid_token_keeps_no_key(app) {
        let body = person_body("Nino", "Beridze");
        let keys = app.count("idempotency_keys").await;
        let response = app
            .client
            .post(app.url("/api/v1/persons"))
            .header("idempotency-key", "k-anon")
            .json(&body)
            .send()
            .await
            .unwrap();
        problem(response, StatusCode::UNAUTHORIZED).await;
        assert_eq!(app.count("idempotency_keys").await, keys);
        // The real request with the key then runs.
        let response = post_with_key(&app, &app.admin_token, "k-anon", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert!(response.headers().get("idempotent-replayed").is_none());
    }

    async fn concurrent_retries_create_one_person(app) {
        // Several rounds of simultaneous retries, to give a race room to show.
        for round in 0..8 {
            let before = app.count("persons").await;
            let body = person_body("Nino", "Beridze");
            let key = format!("concurrent-{round}");
            let mut tasks = Vec::new();
            for _ in 0..8 {
                let request = app
                    .client
                    .post(app.url("/api/v1/persons"))
                    .bearer_auth(&app.admin_token)
                    .header("idempotency-key", &key)
                    .json(&body);
                tasks.push(tokio::spawn(async move {
                    let response = request.send().await.unwrap();
                    let status = response.status();
                    let body: Value = response.json().await.unwrap();
                    (status, body)
                }));
            }
            let mut created = Vec::new();
            for task in tasks {
                let (status, body) = task.await.unwrap();
                match status {
                    StatusCode::CREATED => created.push(body["id"].clone()),
                    // Still running: the client retries later.
                    StatusCode::CONFLICT => {
                        assert_eq!(body["code"], "idempotency_key_in_progress", "round {round}: {body}");
                    }
                    other => panic!("round {round}: unexpected {other}: {body}"),
                }
            }
            assert!(!created.is_empty(), "round {round}");
            assert!(created.iter().all(|id| *id == created[0]), "{created:?}");
            assert_eq!(app.count("persons").await, before + 1);
        }
    }
}

async fn problem_code(response: Response, status: StatusCode, code: &str) {
    let body = problem(response, status).await;
    assert_eq!(body["code"], code, "{body}");
}

// ----------------------------------------------------------------------------
// Replays check the caller again, are audited, never give out secrets, expire.

use crate::reintegration_fixtures as fx;
use integra_tests::{b64url_decode, etag, expect, id_of};

/// `POST path` as `token` with an `Idempotency-Key`.
async fn keyed(app: &TestApp, token: &str, path: &str, key: &str, body: &Value) -> Response {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

/// The account id (`sub`) of a token.
fn subject(token: &str) -> String {
    let claims: Value =
        serde_json::from_slice(&b64url_decode(token.split('.').nth(1).unwrap())).unwrap();
    claims["sub"].as_str().unwrap().to_owned()
}

/// Changes an account with a merge patch, as the admin.
async fn change(app: &TestApp, path: &str, patch: &Value) {
    let current = app.get(path).await;
    let tag = etag(&current);
    let response = app.patch(path, patch, Some(&tag)).await;
    expect(response, StatusCode::OK).await;
}

async fn audit_count(app: &TestApp, record: &str, action: &'static str) -> i64 {
    let db = app.db.clone();
    let record = uuid::Uuid::parse_str(record).unwrap();
    tokio::task::spawn_blocking(move || {
        db.read(|c| integra_persistence::audit::count_for(c, record, action))
    })
    .await
    .unwrap()
    .unwrap()
}

/// Runs SQL straight on the test's database.
pub(crate) async fn execute(app: &TestApp, sql: String) {
    use diesel::RunQueryDsl;
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || db.write(|c| Ok(diesel::sql_query(sql).execute(c)?)))
        .await
        .unwrap()
        .unwrap();
}

async fn service_account(app: &TestApp, client_id: &str, scopes: &[&str]) -> (String, String) {
    let created = expect(
        app.post(
            "/api/v1/service-accounts",
            &json!({"client_id": client_id,
            "organisation_id": fx::ministry(), "display_name": "Sync", "scopes": scopes}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let id = id_of(&created["service_account"]);
    let secret = created["client_secret"]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    (id, secret)
}

async fn client_token(app: &TestApp, client_id: &str, secret: &str) -> String {
    let body = expect(
        app.token_response(&json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret})).await,
        StatusCode::OK,
    )
    .await;
    body["access_token"].as_str().unwrap().to_owned()
}

both_backends! {
    async fn a_replay_is_refused_to_a_caller_who_lost_the_permission(app) {
        let (account, secret) = service_account(&app, "registry-sync", &["persons:read", "persons:write"]).await;
        let token = client_token(&app, "registry-sync", &secret).await;
        let body = person_body("Nino", "Beridze");
        let first = keyed(&app, &token, "/api/v1/persons", "lost-1", &body).await;
        assert_eq!(first.status(), StatusCode::CREATED);

        // Write scope taken away: a new token, the same principal and key.
        change(&app, &format!("/api/v1/service-accounts/{account}"), &json!({"scopes": ["persons:read"]})).await;
        let token = client_token(&app, "registry-sync", &secret).await;
        let response = keyed(&app, &token, "/api/v1/persons", "lost-1", &body).await;
        assert!(response.headers().get("idempotent-replayed").is_none());
        let refused = problem(response, StatusCode::FORBIDDEN).await;
        assert!(!refused.to_string().contains("Beridze"), "{refused}");
    }

    async fn a_replay_is_not_found_for_a_caller_moved_to_another_organisation(app) {
        let programme = fx::programme(&app, 1_000_000, 300_000, &[("micro_business", None, None)]).await;
        let person = fx::person(&app).await;
        let token = app.user_token("mover", Role::CaseWorker).await;
        let user = subject(&token);
        let body = json!({"person_id": person, "programme_id": programme});
        let first = keyed(&app, &token, "/api/v1/cases", "move-1", &body).await;
        assert_eq!(first.status(), StatusCode::CREATED);
        // The same retry before the move is a replay.
        let again = keyed(&app, &token, "/api/v1/cases", "move-1", &body).await;
        assert_eq!(again.headers()["idempotent-replayed"], "true");
        assert_eq!(again.status(), StatusCode::CREATED);

        let elsewhere = fx::organisation(&app, "Another office").await;
        change(&app, &format!("/api/v1/users/{user}"), &json!({"organisation_id": elsewhere})).await;
        let token = app.sign_in("mover", "user password for tests").await;
        let response = keyed(&app, &token, "/api/v1/cases", "move-1", &body).await;
        assert!(response.headers().get("idempotent-replayed").is_none());
        problem(response, StatusCode::NOT_FOUND).await;
    }

    async fn a_replay_is_audited_as_a_read_of_the_record(app) {
        let body = person_body("Nino", "Beridze");
        let first = expect(keyed(&app, &app.admin_token, "/api/v1/persons", "read-1", &body).await, StatusCode::CREATED).await;
        let id = id_of(&first);
        let reads = audit_count(&app, &id, "person.read").await;
        let response = keyed(&app, &app.admin_token, "/api/v1/persons", "read-1", &body).await;
        assert_eq!(response.headers()["idempotent-replayed"], "true");
        assert_eq!(expect(response, StatusCode::CREATED).await, first);
        assert_eq!(audit_count(&app, &id, "person.read").await, reads + 1);
        assert_eq!(audit_count(&app, &id, "person.created").await, 1);
    }

    async fn a_secret_is_never_kept_for_a_replay(app) {
        let body = json!({"client_id": "keyed-sync", "organisation_id": fx::ministry(),
            "display_name": "Sync", "scopes": ["persons:read"]});
        let response = keyed(&app, &app.admin_token, "/api/v1/service-accounts", "sa-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(response.headers()["cache-control"], "no-store");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let secret = created["client_secret"]["secret"].as_str().unwrap().to_owned();
        let accounts = app.count("users").await;
        assert!(app.search_database(std::slice::from_ref(&secret)).await.is_empty(), "the secret is stored in the clear");

        let response = keyed(&app, &app.admin_token, "/api/v1/service-accounts", "sa-1", &body).await;
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert_eq!(response.headers()["idempotent-replayed"], "true");
        assert_eq!(response.headers()["location"].to_str().unwrap(), location);
        let refused = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "idempotency_answer_withheld");
        assert!(!refused.to_string().contains(&secret));
        assert_eq!(app.count("users").await, accounts, "no second account");

        // A rotation's new secret, likewise.
        let secrets = format!("{location}/secrets");
        let response = keyed(&app, &app.admin_token, &secrets, "rotate-1", &json!({})).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(response.headers()["cache-control"], "no-store");
        let new: Value = response.json().await.unwrap();
        let new_secret = new["secret"].as_str().unwrap().to_owned();
        let count = app.count("client_secrets").await;
        let response = keyed(&app, &app.admin_token, &secrets, "rotate-1", &json!({})).await;
        assert_eq!(response.headers()["cache-control"], "no-store");
        let refused = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "idempotency_answer_withheld");
        assert!(!refused.to_string().contains(&new_secret));
        assert_eq!(app.count("client_secrets").await, count, "no second secret");
        assert!(app.search_database(&[secret, new_secret]).await.is_empty());
    }

    async fn stored_answers_expire_and_are_purged(app) {
        let body = person_body("Nino", "Beridze");
        expect(keyed(&app, &app.admin_token, "/api/v1/persons", "old-1", &body).await, StatusCode::CREATED).await;
        expect(keyed(&app, &app.admin_token, "/api/v1/persons", "new-1", &person_body("Tamar", "Kapanadze")).await, StatusCode::CREATED).await;
        let past = (chrono::Utc::now() - chrono::Duration::hours(25)).naive_utc();
        execute(&app, format!("UPDATE idempotency_keys SET created_at = '{}' WHERE key = 'old-1'", past.format("%Y-%m-%d %H:%M:%S"))).await;

        // Past the 24 hours, the key is new again: no replay (here the personal number is taken).
        let response = keyed(&app, &app.admin_token, "/api/v1/persons", "old-1", &body).await;
        assert!(response.headers().get("idempotent-replayed").is_none());
        let refused = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "duplicate_personal_number");

        // Another node on the database, keeping answers one hour, purges the older ones when it starts.
        execute(&app, format!("UPDATE idempotency_keys SET created_at = '{}' WHERE key = 'old-1'", past.format("%Y-%m-%d %H:%M:%S"))).await;
        let keys = app.count("idempotency_keys").await;
        let mut config = integra_api::config::ServeConfig {
            database_url: app.database.url.clone(),
            bind: "127.0.0.1:0".to_owned(),
            jwt_secret: Some(app.jwt_secret.clone()),
            jwt_key_file: None,
            jwt_verify_key_files: Vec::new(),
            sign_in_limit: integra_api::config::SignInLimit::default(),
            bootstrap_admin_password: None,
            token_ttl_seconds: 900,
            workers: 1,
            pool_size: 2,
            cors_origins: Vec::new(),
            idempotency_retention_seconds: 86_400,
            import_body_limit: 2 * 1024 * 1024,
            password_hash_concurrency: 2,
            trusted_proxies: Default::default(),
            webhooks: Default::default(),
        };
        config.idempotency_retention_seconds = 3_600;
        let (state, _) = tokio::task::spawn_blocking(move || integra_api::server::prepare(&config)).await.unwrap().unwrap();
        let listen = integra_api::server::Listen { bind: "127.0.0.1:0".to_owned(), workers: 1, cors_origins: Vec::new() };
        let running = integra_api::server::start(state, &listen).unwrap();
        let handle = running.server.handle();
        tokio::spawn(running.server);
        let mut left = keys;
        for _ in 0..50 {
            left = app.count("idempotency_keys").await;
            if left < keys {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        handle.stop(false).await;
        assert_eq!(left, keys - 1, "the expired answer is purged, the recent one kept");
    }

    async fn an_erasure_withholds_the_stored_answers_about_the_person(app) {
        let body = person_body("Ketevanqx", "Zhghentiqx");
        let person = expect(keyed(&app, &app.admin_token, "/api/v1/persons", "erase-1", &body).await, StatusCode::CREATED).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));
        expect(app.post(&format!("{path}/erase"), &json!({"reason": "Request of the data subject"})).await, StatusCode::OK).await;
        let response = keyed(&app, &app.admin_token, "/api/v1/persons", "erase-1", &body).await;
        let refused = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "idempotency_answer_withheld");
        assert!(!refused.to_string().contains("Ketevanqx"));
        let found = app.search_database(&["Ketevanqx".to_owned(), "Zhghentiqx".to_owned()]).await;
        assert!(found.is_empty(), "{found:?}");
    }
}
