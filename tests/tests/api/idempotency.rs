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
        let problem = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(problem["code"], "duplicate_personal_number");
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
