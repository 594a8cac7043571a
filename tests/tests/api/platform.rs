//! What every endpoint shares: strict bodies, problem answers for unknown routes and
//! methods, request ids, health, the OpenAPI document and Swagger UI, and error answers
//! that never leak internals.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use diesel::{Connection, RunQueryDsl};
use integra_persistence::DatabaseUrl;
use integra_tests::{both_backends, json, person_body, problem, Backend, StatusCode, TestApp};
use reqwest::Method;
use serde_json::Value;

/// A request id the server must honour as it is.
const SANE_ID: &str = "client-42_a.b:c";

/// Fails when an error answer shows how the server is built inside.
fn assert_no_internals(text: &str) {
    for sql in [
        "SELECT ",
        "INSERT ",
        "UPDATE ",
        "DELETE FROM",
        " WHERE ",
        "CREATE ",
    ] {
        assert!(
            !text.contains(sql),
            "SQL text {sql:?} in an error answer: {text}"
        );
    }
    let lower = text.to_lowercase();
    for needle in [
        "panicked",
        "backtrace",
        "stack",
        ".rs:",
        "diesel",
        "r2d2",
        "sqlite",
        "postgres",
        "constraint",
        "database error",
        "integra_t_",
    ] {
        assert!(
            !lower.contains(needle),
            "{needle:?} in an error answer: {text}"
        );
    }
}

/// The text of an answer, after checking that it is a problem of `status`.
async fn problem_text(response: reqwest::Response, status: StatusCode) -> (Value, String) {
    let body = problem(response, status).await;
    let text = body.to_string();
    assert_no_internals(&text);
    (body, text)
}

fn is_uuid(text: &str) -> bool {
    uuid::Uuid::parse_str(text).is_ok() && text.len() == 36
}

/// A JSON body larger than the 64 KiB limit.
fn oversized_body() -> String {
    json!({"given_name": "x".repeat(70 * 1024), "family_name": "Beridze"}).to_string()
}

/// Sends `head` and then `chunks` as a chunked body over a plain socket; returns the
/// status code and the whole answer as text.
fn raw_chunked_request(address: &str, head: &str, chunks: &[Vec<u8>]) -> (u16, String) {
    let host = address.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut message = head.as_bytes().to_vec();
    for chunk in chunks {
        message.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        message.extend_from_slice(chunk);
        message.extend_from_slice(b"\r\n");
    }
    message.extend_from_slice(b"0\r\n\r\n");
    // The server may answer and close before it has read everything: that is allowed.
    let _ = stream.write_all(&message);
    let _ = stream.flush();
    let mut received = Vec::new();
    let mut buffer = [0_u8; 8192];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => {
                received.extend_from_slice(&buffer[..n]);
                let text = String::from_utf8_lossy(&received);
                // Stop once a whole answer with a body has arrived.
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().to_owned())
                        })
                        .and_then(|v| v.parse::<usize>().ok());
                    if length.is_some_and(|n| body.len() >= n) {
                        break;
                    }
                }
            }
            Err(_) => break,
        }
    }
    let text = String::from_utf8_lossy(&received).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .unwrap_or_else(|| panic!("no HTTP answer: {text:?}"));
    (status, text)
}

both_backends! {
    async fn malformed_json_is_a_400_problem(app) {
        let before = app.count("persons").await;
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json")
            .body(r#"{"given_name": "Nino", "#)
            .send()
            .await
            .unwrap();
        let (body, _) = problem_text(response, StatusCode::BAD_REQUEST).await;
        assert_eq!(body["type"], "/problems/bad-request");
        assert_eq!(body["instance"], "/api/v1/persons");
        assert!(body["detail"].as_str().unwrap().contains("JSON"), "{body}");

        // Not JSON at all.
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json")
            .body("given_name=Nino")
            .send()
            .await
            .unwrap();
        problem_text(response, StatusCode::BAD_REQUEST).await;
        assert_eq!(app.count("persons").await, before);
    }

    async fn a_wrong_or_missing_content_type_is_a_415_problem(app) {
        let before = app.count("persons").await;
        let valid = person_body("Nino", "Beridze").to_string();
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "text/plain")
            .body(valid.clone())
            .send()
            .await
            .unwrap();
        let (body, _) = problem_text(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        assert_eq!(body["type"], "/problems/unsupported-media-type");
        assert!(body["detail"].as_str().unwrap().contains("application/json"), "{body}");

        let response = app.request(Method::POST, "/api/v1/persons").body(valid.clone()).send().await.unwrap();
        assert!(!response.status().is_success());
        problem_text(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;

        // Form posts are no JSON either.
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/x-www-form-urlencoded")
            .body("given_name=Nino")
            .send()
            .await
            .unwrap();
        problem_text(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;

        // A parameter on the right media type is fine.
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json; charset=utf-8")
            .body(valid)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(app.count("persons").await, before + 1);
    }

    async fn a_body_over_64_kib_is_a_413_problem(app) {
        let before = app.count("persons").await;
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json")
            .body(oversized_body())
            .send()
            .await
            .unwrap();
        let (body, _) = problem_text(response, StatusCode::PAYLOAD_TOO_LARGE).await;
        assert_eq!(body["type"], "/problems/payload-too-large");
        assert_eq!(body["instance"], "/api/v1/persons");

        // Through the idempotency layer, which reads the body itself.
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json")
            .header("idempotency-key", "too-large")
            .body(oversized_body())
            .send()
            .await
            .unwrap();
        problem_text(response, StatusCode::PAYLOAD_TOO_LARGE).await;

        // On sign-in, which needs no token.
        let response = app
            .client
            .post(app.url("/api/v1/auth/token"))
            .header("content-type", "application/json")
            .body(json!({"grant_type": "password", "username": "admin", "password": "p".repeat(70 * 1024)}).to_string())
            .send()
            .await
            .unwrap();
        problem_text(response, StatusCode::PAYLOAD_TOO_LARGE).await;

        // Just under the limit is read (and refused for what it says, not for its size).
        let mut body = person_body("Nino", "Beridze");
        body["given_name"] = json!("x".repeat(60 * 1024));
        let response = app.post("/api/v1/persons", &body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.count("persons").await, before);
    }

    async fn a_chunked_body_over_64_kib_is_a_413_problem(app) {
        let before = app.count("persons").await;
        let text = oversized_body().into_bytes();
        let chunks: Vec<Vec<u8>> = text.chunks(8 * 1024).map(<[u8]>::to_vec).collect();
        for key in [None, Some("chunked-key")] {
            let mut head = format!(
                "POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\n\
                 Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n",
                app.admin_token
            );
            if let Some(key) = key {
                head.push_str(&format!("Idempotency-Key: {key}\r\n"));
            }
            head.push_str("\r\n");
            let address = app.address.clone();
            let chunks = chunks.clone();
            let (status, answer) =
                tokio::task::spawn_blocking(move || raw_chunked_request(&address, &head, &chunks)).await.unwrap();
            assert_eq!(status, 413, "{answer}");
            assert!(answer.to_lowercase().contains("content-type: application/problem+json"), "{answer}");
            assert!(answer.contains("payload-too-large"), "{answer}");
        }
        assert_eq!(app.count("persons").await, before);
    }

    async fn an_unknown_route_is_a_404_problem_naming_the_path(app) {
        for path in ["/api/v1/nothing-here", "/nothing", "/api/v2/persons", "/api/v1/persons/"] {
            let (body, _) = problem_text(app.get(path).await, StatusCode::NOT_FOUND).await;
            assert_eq!(body["instance"], path, "{body}");
            assert_eq!(body["type"], "/problems/not-found");
        }
        // Without a token too, and the query string is not echoed.
        let response = app.client.get(app.url("/api/v1/nothing-here?secret=1")).send().await.unwrap();
        let (body, text) = problem_text(response, StatusCode::NOT_FOUND).await;
        assert_eq!(body["instance"], "/api/v1/nothing-here");
        assert!(!text.contains("secret"), "{text}");
        // A person id that is not a UUID names nothing.
        let (body, _) = problem_text(app.get("/api/v1/persons/not-a-uuid").await, StatusCode::NOT_FOUND).await;
        assert_eq!(body["instance"], "/api/v1/persons/not-a-uuid");
    }

    async fn a_wrong_method_is_a_405_problem_with_allow(app) {
        let before = app.count("persons").await;
        let response = app.request(Method::DELETE, "/api/v1/persons").send().await.unwrap();
        let allow = response.headers().get("allow").map(|v| v.to_str().unwrap().to_owned());
        let (body, _) = problem_text(response, StatusCode::METHOD_NOT_ALLOWED).await;
        let allow = allow.expect("an Allow header");
        let mut methods: Vec<&str> = allow.split(',').map(str::trim).collect();
        methods.sort_unstable();
        assert_eq!(methods, ["GET", "POST"], "{allow}");
        assert_eq!(body["type"], "/problems/method-not-allowed");
        assert_eq!(body["instance"], "/api/v1/persons");
        let mut listed: Vec<&str> =
            body["allowed_methods"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
        listed.sort_unstable();
        assert_eq!(listed, ["GET", "POST"]);

        // A single person answers GET and PATCH.
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", person["id"].as_str().unwrap());
        let response = app.request(Method::PUT, &path).json(&json!({})).send().await.unwrap();
        let allow = response.headers()["allow"].to_str().unwrap().to_owned();
        problem_text(response, StatusCode::METHOD_NOT_ALLOWED).await;
        assert!(allow.contains("GET") && allow.contains("PATCH"), "{allow}");
        assert!(!allow.contains("PUT"), "{allow}");
        let response = app.request(Method::DELETE, &path).send().await.unwrap();
        problem_text(response, StatusCode::METHOD_NOT_ALLOWED).await;
        assert_eq!(app.count("persons").await, before + 1);

        // Health answers GET only.
        let response = app.client.post(app.url("/health/live")).send().await.unwrap();
        let allow = response.headers()["allow"].to_str().unwrap().to_owned();
        problem_text(response, StatusCode::METHOD_NOT_ALLOWED).await;
        assert_eq!(allow, "GET");
    }

    async fn a_sane_request_id_is_echoed(app) {
        let response = app.request(Method::GET, "/api/v1/nothing").header("x-request-id", SANE_ID).send().await.unwrap();
        assert_eq!(response.headers()["x-request-id"], SANE_ID);
        let (body, _) = problem_text(response, StatusCode::NOT_FOUND).await;
        assert_eq!(body["request_id"], SANE_ID);

        // On successful answers as well.
        let response = app.client.get(app.url("/health/live")).header("x-request-id", SANE_ID).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["x-request-id"], SANE_ID);

        // And on answers the framework makes (a 401 from an extractor).
        let response = app.client.get(app.url("/api/v1/persons")).header("x-request-id", SANE_ID).send().await.unwrap();
        assert_eq!(response.headers()["x-request-id"], SANE_ID);
        let (body, _) = problem_text(response, StatusCode::UNAUTHORIZED).await;
        assert_eq!(body["request_id"], SANE_ID);
    }

    async fn an_absent_request_id_is_generated(app) {
        let response = app.get("/api/v1/nothing").await;
        let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert!(is_uuid(&id), "{id}");
        let (body, _) = problem_text(response, StatusCode::NOT_FOUND).await;
        assert_eq!(body["request_id"], id.as_str());

        let other = app.get("/health/live").await;
        let other = other.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert!(is_uuid(&other), "{other}");
        assert_ne!(id, other, "each request gets its own id");
    }

    async fn an_insane_request_id_is_replaced(app) {
        let too_long = "a".repeat(300);
        for insane in [too_long.as_str(), "two words", "semi;colon", "<script>", "a/b"] {
            let response =
                app.request(Method::GET, "/api/v1/nothing").header("x-request-id", insane).send().await.unwrap();
            let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
            assert_ne!(id, insane);
            assert!(is_uuid(&id), "{insane:?} was replaced by {id:?}");
            let (body, text) = problem_text(response, StatusCode::NOT_FOUND).await;
            assert_eq!(body["request_id"], id.as_str());
            assert!(!text.contains(insane), "{text}");
        }
        // 128 characters is the longest honoured.
        let longest = "b".repeat(128);
        let response = app.request(Method::GET, "/health/live").header("x-request-id", &longest).send().await.unwrap();
        assert_eq!(response.headers()["x-request-id"], longest.as_str());
    }

    async fn liveness_and_readiness(app) {
        let response = app.client.get(app.url("/health/live")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
        let body: Value = response.json().await.unwrap();
        assert_eq!(body, json!({"status": "ok"}));

        let response = app.client.get(app.url("/health/ready")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        let database = match app.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        };
        assert_eq!(body, json!({"status": "ok", "database": database}));
    }

    async fn the_openapi_document_is_served(app) {
        let response = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
        let doc: Value = response.json().await.unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        let paths = doc["paths"].as_object().unwrap();
        for path in ["/api/v1/persons", "/api/v1/auth/token", "/api/v1/auth/me", "/health/ready"] {
            assert!(paths.contains_key(path), "{path} is missing from the document");
        }
        assert!(paths["/api/v1/persons"]["post"].is_object());
        assert!(paths["/api/v1/auth/token"]["post"].is_object());
        // The served document is the one the code generates.
        let generated: Value = integra_api::server::openapi();
        assert_eq!(doc, generated);
    }

    async fn every_problem_type_is_a_page_that_explains_it(app) {
        // A real problem's type, resolved against the server that answered.
        let response = app
            .client
            .post(app.url("/api/v1/persons"))
            .bearer_auth(&app.admin_token)
            .json(&serde_json::json!({"given_name": "A", "family_name": "B", "date_of_birth": "2999-01-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = response.json().await.unwrap();
        let page_url = reqwest::Url::parse(&app.url("/api/v1/persons"))
            .unwrap()
            .join(body["type"].as_str().unwrap())
            .unwrap();
        let page = app.client.get(page_url).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = page.text().await.unwrap();
        assert!(html.contains("<h1>The request is not valid (<code>422</code>)</h1>"), "{html}");
        assert!(html.contains("<h2>How to fix</h2>"), "{html}");

        // Every kind the code has, and the index linking them all.
        let index = app.client.get(app.url("/problems/")).send().await.unwrap();
        assert_eq!(index.status(), StatusCode::OK);
        let index = index.text().await.unwrap();
        for kind in integra_api::problem::ProblemType::ALL {
            let path = format!("/problems/{}", kind.slug());
            let page = app.client.get(app.url(&path)).send().await.unwrap();
            assert_eq!(page.status(), StatusCode::OK, "{path}");
            assert!(index.contains(&format!("href=\"{}\"", kind.slug())), "the index lacks {path}");
        }
        // Markdown for whoever asks for it; an unknown kind is a 404 problem.
        let markdown = app
            .client
            .get(app.url("/problems/conflict"))
            .header("Accept", "text/markdown")
            .send()
            .await
            .unwrap();
        assert!(markdown.headers()["content-type"].to_str().unwrap().starts_with("text/markdown"));
        assert!(markdown.text().await.unwrap().starts_with("# Conflict (`409`)"));
        let unknown = app.client.get(app.url("/problems/no-such-thing")).send().await.unwrap();
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
        let unknown: Value = unknown.json().await.unwrap();
        assert_eq!(unknown["type"], "/problems/not-found");
        let posted = app.client.post(app.url("/problems/conflict")).send().await.unwrap();
        assert_eq!(posted.status(), StatusCode::METHOD_NOT_ALLOWED);
    }

    async fn problems_speak_georgian_to_whoever_asks(app) {
        let invalid = serde_json::json!({"given_name": "A", "family_name": "B", "date_of_birth": "2999-01-01"});
        let ask = |language: Option<&'static str>| {
            let mut request = app
                .client
                .post(app.url("/api/v1/persons"))
                .bearer_auth(&app.admin_token)
                .json(&invalid);
            if let Some(language) = language {
                request = request.header("Accept-Language", language);
            }
            request.send()
        };
        let georgian = |text: &str| text.chars().any(|c| ('\u{10D0}'..='\u{10FF}').contains(&c));
        // English unless Georgian is preferred.
        for language in [None, Some("en-GB, ka;q=0.5"), Some("de")] {
            let response = ask(language).await.unwrap();
            assert_eq!(response.headers()["content-language"], "en");
            let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(body["title"], "The request is not valid");
            assert_eq!(body["errors"][0]["message"], "date_of_birth must not be in the future");
        }
        let response = ask(Some("ka-GE, en;q=0.8")).await.unwrap();
        assert_eq!(response.headers()["content-language"], "ka");
        assert!(response.headers()["vary"].to_str().unwrap().contains("Accept-Language"));
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        for text in [&body["title"], &body["detail"], &body["errors"][0]["message"]] {
            assert!(georgian(text.as_str().unwrap()), "{body}");
        }
        // The codes and fields programs read stay as they are.
        assert_eq!(body["errors"][0]["code"], "in_future");
        assert_eq!(body["errors"][0]["field"], "date_of_birth");
        assert_eq!(body["type"], "/problems/validation");
        // The framework's own answers too (a path no route takes).
        let response = app
            .client
            .get(app.url("/api/v1/no-such-thing"))
            .header("Accept-Language", "ka")
            .send()
            .await
            .unwrap();
        let body = problem(response, StatusCode::NOT_FOUND).await;
        assert!(georgian(body["title"].as_str().unwrap()) && georgian(body["detail"].as_str().unwrap()), "{body}");
    }

    async fn swagger_ui_is_served_from_the_binary(app) {
        let response = app.client.get(app.url("/docs/")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = response.text().await.unwrap();
        assert!(html.to_lowercase().contains("<html"), "{html}");
        assert!(html.contains("swagger-ui"), "{html}");
        // Its script and the configuration pointing at our document come from the server itself.
        let response = app.client.get(app.url("/docs/swagger-ui-bundle.js")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.bytes().await.unwrap().len() > 10_000);
        let config = app.client.get(app.url("/docs/swagger-initializer.js")).send().await.unwrap();
        assert_eq!(config.status(), StatusCode::OK);
        assert!(config.text().await.unwrap().contains("/api/v1/openapi.json"));
    }

    async fn docs_without_the_trailing_slash_leads_to_swagger_ui(app) {
        // API.md names the Swagger UI `/docs`.
        let response = app.client.get(app.url("/docs")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "GET /docs");
        assert!(response.text().await.unwrap().contains("swagger-ui"));
    }

    async fn error_answers_never_show_sql_traces_or_personal_data(app) {
        // A duplicate personal number: a conflict that comes from the database.
        let body = person_body("Tamar", "Kapanadze");
        app.create_person(&body).await;
        let mut again = person_body("Tamar", "Kapanadze");
        again["personal_number"] = body["personal_number"].clone();
        let (problem, text) = problem_text(app.post("/api/v1/persons", &again).await, StatusCode::CONFLICT).await;
        assert_eq!(problem["code"], "duplicate_personal_number");
        assert!(!text.contains(body["personal_number"].as_str().unwrap()), "{text}");
        assert!(!text.contains("Tamar") && !text.contains("Kapanadze"), "{text}");

        // Wrong types and unknown fields.
        let mut wrong = person_body("Tamar", "Kapanadze");
        wrong["date_of_birth"] = json!(12);
        wrong["favourite_sql"] = json!("SELECT * FROM persons");
        let (_, text) = problem_text(app.post("/api/v1/persons", &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(!text.contains("Tamar"), "{text}");

        // Bad query parameters and cursors.
        let response = app.get("/api/v1/persons?limit=abc").await;
        let status = response.status();
        assert!(status == StatusCode::BAD_REQUEST || status == StatusCode::UNPROCESSABLE_ENTITY, "{status}");
        problem_text(response, status).await;
        let response = app.get("/api/v1/persons?cursor=%27%3B%20DROP%20TABLE%20persons%3B--").await;
        let status = response.status();
        assert!(status == StatusCode::BAD_REQUEST || status == StatusCode::UNPROCESSABLE_ENTITY, "{status}");
        problem_text(response, status).await;
        let response = app.get("/api/v1/persons?limit=100000").await;
        problem_text(response, StatusCode::UNPROCESSABLE_ENTITY).await;

        // A person that does not exist, and garbage ids.
        let missing = format!("/api/v1/persons/{}", uuid::Uuid::now_v7());
        problem_text(app.get(&missing).await, StatusCode::NOT_FOUND).await;
        problem_text(app.get("/api/v1/persons/'%20OR%201=1--").await, StatusCode::NOT_FOUND).await;
        problem_text(
            app.patch(&missing, &json!({"given_name": "Nino"}), Some("\"1\"")).await,
            StatusCode::NOT_FOUND,
        )
        .await;

        // Malformed and oversized bodies.
        let response = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json")
            .body("{\"a\": [1, 2,")
            .send()
            .await
            .unwrap();
        problem_text(response, StatusCode::BAD_REQUEST).await;
        assert_eq!(app.count("persons").await, 1);
    }
}

/// PostgreSQL only: when the database disappears, readiness (and the API) answers 503
/// promptly, as a problem, and the process stays alive; when it is back, so is the API.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_is_503_while_the_database_is_gone() {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return;
    };
    let DatabaseUrl::Postgres(url) = &app.database.url else {
        panic!("a PostgreSQL test database");
    };
    let name = url
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    assert!(name.starts_with("integra_t_"), "{name}");
    let admin_url = integra_tests::replace_database(url, "postgres");
    let run_admin = |sql: String| {
        let admin_url = admin_url.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = diesel::pg::PgConnection::establish(&admin_url).unwrap();
            diesel::sql_query(sql).execute(&mut conn).unwrap();
        })
    };
    let ready = app
        .client
        .get(app.url("/health/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), StatusCode::OK);

    run_admin(format!("DROP DATABASE {name} WITH (FORCE)"))
        .await
        .unwrap();

    let started = Instant::now();
    let response = app
        .client
        .get(app.url("/health/ready"))
        .timeout(Duration::from_secs(15))
        .send()
        .await
        .unwrap();
    let took = started.elapsed();
    assert!(
        response.headers().contains_key("retry-after"),
        "a 503 says when to retry"
    );
    let (body, text) = problem_text(response, StatusCode::SERVICE_UNAVAILABLE).await;
    assert_eq!(body["type"], "/problems/unavailable");
    assert_eq!(body["instance"], "/health/ready");
    assert!(!text.contains(&name), "{text}");
    assert!(took < Duration::from_secs(6), "readiness took {took:?}");

    // The process is alive, and the API says 503 rather than 500.
    let live = app
        .client
        .get(app.url("/health/live"))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), StatusCode::OK);
    let started = Instant::now();
    let response = app
        .request(Method::GET, "/api/v1/persons")
        .timeout(Duration::from_secs(20))
        .send()
        .await
        .unwrap();
    problem_text(response, StatusCode::SERVICE_UNAVAILABLE).await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );

    // Back again: readiness recovers without a restart.
    run_admin(format!("CREATE DATABASE {name}")).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let response = app
            .client
            .get(app.url("/health/ready"))
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .unwrap();
        if response.status() == StatusCode::OK {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "readiness did not recover: {}",
            response.status()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

both_backends! {
    async fn metrics_count_requests_by_route_pattern_never_by_path(app) {
        let id = uuid::Uuid::now_v7();
        let response = app.get(&format!("/api/v1/persons/{id}")).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        let response = app.client.get(app.url("/metrics")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
        assert!(content_type.starts_with("text/plain"), "{content_type}");
        let text = response.text().await.unwrap();
        assert!(
            text.contains(
                "integra_http_requests_total{method=\"GET\",route=\"/api/v1/persons/{id}\",status=\"404\"} 1"
            ),
            "{text}"
        );
        assert!(text.contains("integra_http_request_duration_seconds_bucket"), "{text}");
        assert!(text.contains("integra_db_pool_connections"), "{text}");
        assert!(!text.contains(&id.to_string()), "a concrete path leaked into the metrics");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_browser_origins_may_call_the_api() {
    let origin = "https://app.example.ge";
    let app = TestApp::spawn_with(Backend::Sqlite, vec![origin.to_owned()])
        .await
        .unwrap();
    let preflight = app
        .client
        .request(Method::OPTIONS, app.url("/api/v1/persons"))
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization, content-type, idempotency-key",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(preflight.status(), StatusCode::OK);
    assert_eq!(preflight.headers()["access-control-allow-origin"], origin);

    let response = app
        .request(Method::GET, "/api/v1/persons")
        .header("origin", origin)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["access-control-allow-origin"], origin);
    let exposed = response.headers()["access-control-expose-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    for header in ["etag", "location", "x-request-id"] {
        assert!(exposed.contains(header), "{exposed}");
    }

    let other = app
        .request(Method::GET, "/api/v1/persons")
        .header("origin", "https://elsewhere.example")
        .send()
        .await
        .unwrap();
    // The browser enforces the policy: another origin is simply not granted access.
    assert!(!other.headers().contains_key("access-control-allow-origin"));
    let preflight = app
        .client
        .request(Method::OPTIONS, app.url("/api/v1/persons"))
        .header("origin", "https://elsewhere.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert!(!preflight
        .headers()
        .contains_key("access-control-allow-origin"));
}

both_backends! {
    async fn without_configured_origins_no_cross_origin_access_is_granted(app) {
        let response = app
            .request(Method::GET, "/api/v1/persons")
            .header("origin", "https://app.example.ge")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(!response.headers().contains_key("access-control-allow-origin"));
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    }
}
