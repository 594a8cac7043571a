//! The audit of reads: many concurrent reads share commits, yet each leaves exactly
//! one entry, and a read whose entry cannot be written shows nothing.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::connection::SimpleConnection;
use integra_persistence::audit;
use integra_tests::{both_backends, person_body, problem, StatusCode, TestApp};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

/// How many `action` entries name the record `id`.
async fn count_for(app: &TestApp, id: Uuid, action: &'static str) -> i64 {
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || db.read(|c| audit::count_for(c, id, action)))
        .await
        .unwrap()
        .unwrap()
}

/// Distinct request ids among the `person.read` entries of the concurrent reads.
async fn distinct_read_requests(app: &TestApp) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.read(|c| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query(
                "SELECT COUNT(DISTINCT request_id) AS n FROM audit_log \
                 WHERE action = 'person.read' AND request_id LIKE 'concurrent-read-%'",
            )
            .get_result::<Count>(c)?
            .n)
        })
    })
    .await
    .unwrap()
    .unwrap()
}

/// The audit log is gone: no entry can be written any more.
async fn drop_audit_log(app: &TestApp) {
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || db.write(|c| Ok(c.batch_execute("DROP TABLE audit_log")?)))
        .await
        .unwrap()
        .unwrap();
}

const PERSONS: usize = 20;
const READS_EACH: usize = 10;

both_backends! {
    async fn concurrent_reads_each_leave_exactly_one_entry(app) {
        let mut ids = Vec::new();
        for _ in 0..PERSONS {
            let person = app.create_person(&person_body("Nino", "Beridze")).await;
            ids.push(Uuid::parse_str(person["id"].as_str().unwrap()).unwrap());
        }
        let log_before = app.count("audit_log").await;

        // 200 reads at once, each with its own request id.
        let mut tasks = Vec::new();
        for (n, id) in ids.iter().cycle().take(PERSONS * READS_EACH).enumerate() {
            let request = app
                .request(Method::GET, &format!("/api/v1/persons/{id}"))
                .header("x-request-id", format!("concurrent-read-{n}"));
            let id = *id;
            tasks.push(tokio::spawn(async move {
                let response = request.send().await.unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                let body: Value = response.json().await.unwrap();
                assert_eq!(body["id"], id.to_string());
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }

        let reads = i64::try_from(PERSONS * READS_EACH).unwrap();
        assert_eq!(app.count("audit_log").await, log_before + reads);
        assert_eq!(distinct_read_requests(&app).await, reads);
        // Each person was read once more: the answer of their registration.
        for id in ids {
            assert_eq!(count_for(&app, id, "person.read").await, i64::try_from(READS_EACH + 1).unwrap());
        }
    }

    async fn a_read_whose_entry_cannot_be_written_shows_nothing(app) {
        let mut body = person_body("Nino", "Beridze");
        body["external_ids"] = serde_json::json!([{"system": "sea", "value": "S-1"}]);
        let person = app.create_person(&body).await;
        let id = person["id"].as_str().unwrap().to_owned();
        let number = person["personal_number"].as_str().unwrap().to_owned();
        assert_eq!(app.get(&format!("/api/v1/persons/{id}")).await.status(), StatusCode::OK);

        drop_audit_log(&app).await;

        for path in [
            format!("/api/v1/persons/{id}"),
            "/api/v1/persons".to_owned(),
            "/api/v1/persons/by-external-id/sea/S-1".to_owned(),
            format!("/api/v1/persons/{id}/stays-abroad"),
        ] {
            let answer = problem(app.get(&path).await, StatusCode::SERVICE_UNAVAILABLE).await;
            let text = answer.to_string();
            assert!(!text.contains("Beridze") && !text.contains(&number) && !text.contains("audit"), "{path}: {text}");
            // The server logged why, on a line that names the request.
            let id = answer["request_id"].as_str().unwrap();
            let logged = integra_tests::server_log();
            assert!(
                logged.iter().any(|line| line.starts_with("WARN integra_api::error unavailable: ")
                    && line.ends_with(&format!(" request_id={id}"))),
                "{path}: no line names request {id}"
            );
        }
    }
}
