//! Permission is checked before the body is read (issue 11, item 11): a caller
//! without permission gets `403` whatever it sends, never a `415`, `413`, `400`
//! or a `422` that describes what the operation takes.

use integra_tests::{both_backends, problem, Role, StatusCode, TestApp};
use reqwest::Method;
use uuid::Uuid;

/// Bad bodies: (content type, body).
fn bad_bodies() -> Vec<(&'static str, String)> {
    vec![
        ("text/plain", "hello".to_owned()),
        ("application/xml", "<person/>".to_owned()),
        ("application/json", "{not json".to_owned()),
        ("application/json", "[1, 2, 3]".to_owned()),
        ("application/json", r#"{"unknown_field": 1}"#.to_owned()),
        ("application/json", "{}".to_owned()),
        (
            "application/json",
            format!(r#"{{"x": "{}"}}"#, "a".repeat(100 * 1024)),
        ),
    ]
}

async fn send(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    content_type: &str,
    body: &str,
) -> reqwest::Response {
    app.client
        .request(method, app.url(path))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap()
}

both_backends! {
    async fn a_caller_without_permission_gets_403_whatever_the_body(app) {
        let monitor = app.user_token("order.monitor", Role::Monitor).await;
        let counsellor = app.user_token("order.counsellor", Role::EmploymentCounsellor).await;
        let partner = app.user_token("order.partner", Role::Partner).await;
        let worker = app.user_token("order.worker", Role::CaseWorker).await;
        let id = Uuid::now_v7();
        let operations = [
            (&monitor, Method::POST, "/api/v1/persons".to_owned()),
            (&counsellor, Method::PATCH, format!("/api/v1/persons/{id}")),
            (&counsellor, Method::PUT, "/api/v1/persons/by-external-id/sea/S-1".to_owned()),
            (&partner, Method::POST, format!("/api/v1/persons/{id}/stays-abroad")),
            (&partner, Method::POST, format!("/api/v1/households/{id}/members")),
            (&counsellor, Method::POST, "/api/v1/cases".to_owned()),
            (&counsellor, Method::POST, format!("/api/v1/cases/{id}/transitions")),
            (&counsellor, Method::POST, format!("/api/v1/cases/{id}/assign")),
            (&counsellor, Method::POST, format!("/api/v1/assistance/{id}/deliver")),
            (&worker, Method::POST, format!("/api/v1/referrals/{id}/accept")),
            (&worker, Method::POST, format!("/api/v1/persons/{id}/erase")),
            (&worker, Method::POST, "/api/v1/users".to_owned()),
            (&worker, Method::PATCH, format!("/api/v1/programmes/{id}")),
            (&worker, Method::POST, "/api/v1/service-accounts".to_owned()),
            (&monitor, Method::POST, "/api/v1/eligibility/check".to_owned()),
            (&monitor, Method::POST, "/api/v1/outreach-events".to_owned()),
            (&partner, Method::PATCH, format!("/api/v1/outreach-events/{id}")),
            (&monitor, Method::POST, "/api/v1/counselling-sessions".to_owned()),
            (&partner, Method::PATCH, format!("/api/v1/counselling-sessions/{id}")),
        ];
        let persons = app.count("persons").await;
        for (token, method, path) in &operations {
            for (content_type, body) in bad_bodies() {
                let response = send(&app, token, method.clone(), path, content_type, &body).await;
                let status = response.status();
                let answer = problem(response, StatusCode::FORBIDDEN).await;
                assert!(answer.get("errors").is_none(), "{method} {path} {content_type}: {status} {answer}");
            }
        }
        assert_eq!(app.count("persons").await, persons);

        // Who may carry the operation out is told what is wrong with the body.
        let admin = &app.admin_token;
        let unsupported = send(&app, admin, Method::POST, "/api/v1/persons", "text/plain", "hello").await;
        problem(unsupported, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        let malformed = send(&app, admin, Method::POST, "/api/v1/persons", "application/json", "{not json").await;
        problem(malformed, StatusCode::BAD_REQUEST).await;
        let large = format!(r#"{{"x": "{}"}}"#, "a".repeat(100 * 1024));
        let large = send(&app, admin, Method::POST, "/api/v1/persons", "application/json", &large).await;
        problem(large, StatusCode::PAYLOAD_TOO_LARGE).await;
        let unknown = send(&app, admin, Method::POST, "/api/v1/persons", "application/json", r#"{"unknown_field": 1}"#).await;
        let answer = problem(unknown, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(answer["errors"].is_array(), "{answer}");
        let array = send(&app, &worker, Method::PATCH, &format!("/api/v1/persons/{id}"), "application/merge-patch+json", "[1]").await;
        let answer = problem(array, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(answer["errors"][0]["code"], "not_an_object");
    }
}
