//! Rule sets (versioned, published versions immutable) and programmes.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::RunQueryDsl;
use integra_domain::eligibility::DEFAULT_RULE_SET_JSON;
use integra_tests::{both_backends, field_errors, json, problem, Role, StatusCode, TestApp};
use reqwest::Method;
use serde_json::Value;

use crate::cases::DEFAULT_PROGRAMME;

fn document() -> Value {
    serde_json::from_str(DEFAULT_RULE_SET_JSON).unwrap()
}

async fn published_rule_set(app: &TestApp) -> Value {
    let response = app
        .post(
            "/api/v1/rule-sets",
            &json!({"name": "Rules 2027", "document": document()}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let set: Value = response.json().await.unwrap();
    let id = set["id"].as_str().unwrap();
    let response = app
        .post(
            &format!("/api/v1/rule-sets/{id}/versions/1/publish"),
            &json!({}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    set
}

fn programme_body(rule_set: &str) -> Value {
    json!({"code": "REINT-2027",
        "name": {"ka": "რეინტეგრაცია 2027", "en": "Reintegration 2027"},
        "stream": "reintegration", "starts_on": "2027-01-01", "ends_on": "2027-12-31",
        "budget": {"amount": "450000.00", "currency": "GEL"},
        "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
        "rule_set_id": rule_set, "status": "open",
        "catalogue": [{"type": "micro_business",
            "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null},
            {"type": "counselling_referral"}]})
}

both_backends! {
    async fn rule_sets_are_versioned_and_published_versions_immutable(app) {
        let response = app.post("/api/v1/rule-sets", &json!({"name": "Rules", "document": document()})).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let set: Value = response.json().await.unwrap();
        let id = set["id"].as_str().unwrap().to_owned();
        assert_eq!(set["versions"][0]["status"], "draft");
        assert_eq!(set["latest_published_version"], Value::Null);
        let v1 = format!("/api/v1/rule-sets/{id}/versions/1");
        // A draft may change.
        let response = app.put(&v1, &json!({"document": document()}), None).await;
        assert_eq!(response.status(), StatusCode::OK);
        let response = app.post(&format!("{v1}/publish"), &json!({})).await;
        assert_eq!(response.status(), StatusCode::OK);
        let published: Value = response.json().await.unwrap();
        assert_eq!(published["status"], "published");
        assert!(published["published_at"].is_string());
        // A published one never does.
        problem(app.put(&v1, &json!({"document": document()}), None).await, StatusCode::CONFLICT).await;
        problem(app.patch(&v1, &json!({"document": {"rules": []}}), None).await, StatusCode::CONFLICT).await;
        problem(app.post(&format!("{v1}/publish"), &json!({})).await, StatusCode::CONFLICT).await;
        // A new draft version.
        let response = app.post(&format!("/api/v1/rule-sets/{id}/versions"), &json!({"document": document()})).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let v2: Value = response.json().await.unwrap();
        assert_eq!(v2["number"], 2);
        assert_eq!(v2["status"], "draft");
        let read: Value = app.get(&format!("/api/v1/rule-sets/{id}")).await.json().await.unwrap();
        assert_eq!(read["latest_published_version"], 1);
        assert_eq!(read["versions"].as_array().unwrap().len(), 2);
        let list: Value = app.get("/api/v1/rule-sets").await.json().await.unwrap();
        // The default one, the four seeded schemes' conditions, and ours.
        assert_eq!(list["items"].as_array().unwrap().len(), 6);
        // Invalid documents name the fields under document.
        let response = app.post("/api/v1/rule-sets", &json!({"name": "Bad", "document": {"rules": [{"id": "x"}]}})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields = field_errors(&body);
        assert!(!fields.is_empty() && fields.iter().all(|(f, _)| f.starts_with("document")), "{fields:?}");
        let response = app.put(&format!("/api/v1/rule-sets/{id}/versions/2"), &json!({"document": {"rules": "no"}}), None).await;
        problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        // Only admins write rule sets; case workers read them.
        let worker = app.user_token("worker", Role::CaseWorker).await;
        problem(app.send(&worker, Method::POST, "/api/v1/rule-sets", Some(&json!({"name": "Mine", "document": document()}))).await, StatusCode::FORBIDDEN).await;
        assert_eq!(app.send(&worker, Method::GET, &v1, None).await.status(), StatusCode::OK);
    }

    async fn programmes_are_validated_and_repointed(app) {
        // The seeded default programme.
        let default: Value = app.get(&format!("/api/v1/programmes/{DEFAULT_PROGRAMME}")).await.json().await.unwrap();
        assert_eq!(default["code"], "REINT-DEFAULT");
        assert_eq!(default["status"], "open");
        assert_eq!(default["budget"], json!({"amount": "500000.00", "currency": "GEL"}));
        assert_eq!(default["catalogue"].as_array().unwrap().len(), 8);
        assert_eq!(default["rule_set_version"], 1);

        let set = published_rule_set(&app).await;
        let set_id = set["id"].as_str().unwrap().to_owned();
        let mut bad = programme_body(&set_id);
        bad["code"] = json!("lower case");
        bad["ends_on"] = json!("2026-01-01");
        bad["budget"] = json!({"amount": "-1.00", "currency": "GEL"});
        let body = problem(app.post("/api/v1/programmes", &bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields: Vec<String> = field_errors(&body).into_iter().map(|(f, _)| f).collect();
        for field in ["code", "ends_on", "budget"] {
            assert!(fields.iter().any(|f| f.starts_with(field)), "{field} in {fields:?}");
        }
        // A rule set without a published version is refused.
        let draft: Value = app.post("/api/v1/rule-sets", &json!({"name": "Draft", "document": document()}))
            .await.json().await.unwrap();
        let body = problem(app.post("/api/v1/programmes", &programme_body(draft["id"].as_str().unwrap())).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("rule_set_id".to_owned(), "no_published_version".to_owned())]);

        let response = app.post("/api/v1/programmes", &programme_body(&set_id)).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let programme: Value = response.json().await.unwrap();
        assert_eq!(programme["rule_set_version"], 1);
        assert_eq!(programme["committed"], json!({"amount": "0.00", "currency": "GEL"}));
        problem(app.post("/api/v1/programmes", &programme_body(&set_id)).await, StatusCode::CONFLICT).await;
        let path = format!("/api/v1/programmes/{}", programme["id"].as_str().unwrap());

        // Publish version 2 and repoint the programme to it.
        app.post(&format!("/api/v1/rule-sets/{set_id}/versions"), &json!({"document": document()})).await;
        let body = problem(app.patch(&path, &json!({"rule_set_version": 2}), Some("\"1\"")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("rule_set_version".to_owned(), "not_published".to_owned())]);
        app.post(&format!("/api/v1/rule-sets/{set_id}/versions/2/publish"), &json!({})).await;
        problem(app.patch(&path, &json!({"rule_set_version": 2}), Some("\"7\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let response = app.patch(&path, &json!({"rule_set_version": 2}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let changed: Value = response.json().await.unwrap();
        assert_eq!(changed["rule_set_version"], 2);
        assert_eq!(changed["version"], 2);

        // Status moves: open -> draft is refused with the allowed moves.
        let body = problem(app.patch(&path, &json!({"status": "draft"}), None).await, StatusCode::CONFLICT).await;
        assert_eq!(body["allowed"], json!(["closed"]));

        // The budget never drops below what is committed.
        let db = app.db.clone();
        let id = programme["id"].as_str().unwrap().to_owned();
        tokio::task::spawn_blocking(move || {
            db.write(|c| {
                diesel::sql_query(format!("UPDATE programmes SET committed_tetri = 10000000 WHERE id = '{id}'"))
                    .execute(c)?;
                Ok(())
            })
        }).await.unwrap().unwrap();
        let body = problem(app.patch(&path, &json!({"budget": {"amount": "99999.99", "currency": "GEL"}}), None).await,
            StatusCode::CONFLICT).await;
        assert_eq!(body["code"], "budget_below_committed");
        let response = app.patch(&path, &json!({"budget": {"amount": "100000.00", "currency": "GEL"}}), None).await;
        assert_eq!(response.status(), StatusCode::OK);

        // Lists and filters.
        let list: Value = app.get("/api/v1/programmes?stream=reintegration&status=open").await.json().await.unwrap();
        assert_eq!(list["items"].as_array().unwrap().len(), 2);
        let list: Value = app.get("/api/v1/programmes?status=draft").await.json().await.unwrap();
        assert_eq!(list["items"], json!([]));
        let worker = app.user_token("worker", Role::CaseWorker).await;
        assert_eq!(app.send(&worker, Method::GET, &path, None).await.status(), StatusCode::OK);
        problem(app.send(&worker, Method::POST, "/api/v1/programmes", Some(&programme_body(&set_id))).await,
            StatusCode::FORBIDDEN).await;
    }
}
