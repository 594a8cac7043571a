//! The privacy scan: the whole journey with recognisable personal values, then
//! every line the server logged, every metric, every stored idempotency answer
//! and, after erasure, every column of every table are searched for them.

use integra_tests::{both_backends, json, server_log, StatusCode, TestApp};
use reqwest::Method;

use crate::erasure::recognisable;
use crate::journey::walk;

/// The lines of `text` that hold one of `values` (ignoring case).
fn holding(lines: &[String], values: &[String]) -> Vec<String> {
    let values: Vec<String> = values.iter().map(|v| v.to_lowercase()).collect();
    lines
        .iter()
        .filter(|line| {
            let line = line.to_lowercase();
            values.iter().any(|v| line.contains(v))
        })
        .cloned()
        .collect()
}

/// Every stored idempotency answer (status, headers and body), as text.
async fn stored_answers(app: &TestApp) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct Answer {
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        response_headers: Option<String>,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Binary>)]
        response_body: Option<Vec<u8>>,
    }
    use diesel::RunQueryDsl;
    let db = app.db.clone();
    let answers = tokio::task::spawn_blocking(move || {
        db.read(|c| {
            Ok(
                diesel::sql_query("SELECT response_headers, response_body FROM idempotency_keys")
                    .load::<Answer>(c)?,
            )
        })
    })
    .await
    .unwrap()
    .unwrap();
    answers
        .into_iter()
        .map(|a| {
            format!(
                "{} {}",
                a.response_headers.unwrap_or_default(),
                String::from_utf8_lossy(&a.response_body.unwrap_or_default())
            )
        })
        .collect()
}

both_backends! {
    async fn personal_values_are_in_no_log_line_metric_kept_answer_or_column(app) {
        let who = recognisable();
        let values = who.values();
        let walked = walk(&app, &who).await;
        let person = format!("/api/v1/persons/{}", walked.person_id);

        // Personal values in paths, queries and bad bodies, where a careless log would take them.
        let admin = app.admin_token.clone();
        app.call(&admin, Method::GET, &format!("/api/v1/persons?name={}", who.family_name), None, StatusCode::OK).await;
        app.call(&admin, Method::GET, &format!("/api/v1/persons/by-external-id/readmission-db/{}", who.external_id), None, StatusCode::OK).await;
        app.call(&admin, Method::GET, &format!("/api/v1/{}/{}", who.given_name, who.phone.replace(' ', "")), None, StatusCode::NOT_FOUND).await;
        let response = app.client.post(app.url("/api/v1/persons")).bearer_auth(&admin)
            .header("content-type", "application/json")
            .body(format!(r#"{{"given_name": "{}", "personal_number": "{}""#, who.given_name, who.personal_number))
            .send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        app.call(&admin, Method::POST, "/api/v1/persons", Some(json!({
            "given_name": who.given_name, "family_name": who.family_name,
            "personal_number": who.personal_number, "date_of_birth": who.date_of_birth
        })), StatusCode::CONFLICT).await;

        // Metrics.
        let metrics = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
        assert!(metrics.contains("/api/v1/persons"), "metrics are served: {metrics}");
        let lines: Vec<String> = metrics.lines().map(str::to_owned).collect();
        let leaked = holding(&lines, &values);
        assert!(leaked.is_empty(), "personal values in metrics: {leaked:?}");

        // Stored answers before erasure hold her data (kept for retries, checked
        // again on each); erasure withholds them.
        let before = stored_answers(&app).await;
        assert!(!holding(&before, &values).is_empty(), "the search finds stored answers");

        app.call(&admin, Method::POST, &format!("{person}/erase"),
            Some(json!({"reason": "Request of the data subject, letter 2026/145"})), StatusCode::OK).await;

        let answers = stored_answers(&app).await;
        let leaked = holding(&answers, &values);
        assert!(leaked.is_empty(), "personal values in stored answers after erasure: {leaked:?}");
        let left = app.search_database(&values).await;
        assert!(left.is_empty(), "personal values left in the database after erasure: {left:?}");

        // Every line the server logged (this process's servers, all of them).
        let log = server_log();
        assert!(log.iter().any(|l| l.contains("integra::access") && l.contains("/api/v1/persons/{id}/erase")),
            "the server's log is captured");
        let leaked = holding(&log, &values);
        assert!(leaked.is_empty(), "personal values in the server log: {leaked:?}");
    }
}
