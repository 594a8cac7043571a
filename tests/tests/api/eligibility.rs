//! Eligibility checks: by a person of the registry, by given facts.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use integra_tests::{both_backends, field_errors, json, person_body, problem, Role, StatusCode};
use reqwest::Method;
use serde_json::Value;

use crate::cases::{add_stay, months_ago, returnee, today, DEFAULT_PROGRAMME};

const DEFAULT_RULE_SET: &str = "00000000-0000-7000-8000-000000000101";

fn outcomes(answer: &Value) -> Vec<(String, String)> {
    answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule_id"].as_str().unwrap().to_owned(),
                r["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn outcome_of(answer: &Value, rule: &str) -> String {
    outcomes(answer)
        .into_iter()
        .find(|(id, _)| id == rule)
        .map(|(_, o)| o)
        .unwrap()
}

/// Facts of a returnee who passes every rule.
fn passing_facts() -> Value {
    json!({"citizenship": "GE", "residence_status": "citizen", "date_of_birth": "1988-04-12",
        "stays_abroad": [{"country": "DE", "start_date": "2019-03-01", "end_date": "2025-11-20",
            "legal_status": "irregular"}],
        "application_date": "2026-01-31", "grants_received": 0})
}

both_backends! {
    async fn checks_a_person_of_the_registry(app) {
        let counsellor = app.user_token("counsellor", Role::EmploymentCounsellor).await;
        let person = returnee(&app).await;
        let before = (app.count("assessments").await, app.count("cases").await);
        let response = app.send(&counsellor, Method::POST, "/api/v1/eligibility/check", Some(&json!({"programme_id": DEFAULT_PROGRAMME, "person_id": person["id"],
                "on": today().to_string()}))).await;
        assert_eq!(response.status(), StatusCode::OK);
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["eligible"], true, "{answer}");
        assert_eq!(answer["rule_set"], json!({"id": DEFAULT_RULE_SET, "version": 1}));
        assert_eq!(outcomes(&answer).len(), 5);
        assert!(outcomes(&answer).iter().all(|(_, o)| o == "passed"));
        assert!(answer["results"][0]["reason"]["ka"].is_string());
        assert_eq!(before, (app.count("assessments").await, app.count("cases").await));

        // A person who came back long ago applies too late.
        let late = app.create_person(&person_body("Late", "Returnee")).await;
        add_stay(&app, &late, &months_ago(60), Some(&months_ago(20)), "irregular").await;
        let answer: Value = app.post("/api/v1/eligibility/check",
            &json!({"programme_id": DEFAULT_PROGRAMME, "person_id": late["id"]})).await.json().await.unwrap();
        assert_eq!(answer["eligible"], false);
        assert_eq!(outcome_of(&answer, "timely_application"), "failed");

        // Missing birth date: not evaluable, and not eligible.
        let mut body = person_body("No", "Birthday");
        body.as_object_mut().unwrap().remove("date_of_birth");
        let unknown = app.create_person(&body).await;
        add_stay(&app, &unknown, &months_ago(40), Some(&months_ago(2)), "irregular").await;
        let answer: Value = app.post("/api/v1/eligibility/check",
            &json!({"programme_id": DEFAULT_PROGRAMME, "person_id": unknown["id"]})).await.json().await.unwrap();
        assert_eq!(outcome_of(&answer, "adult"), "not_evaluable");
        assert_eq!(answer["eligible"], false);

        let monitor = app.user_token("monitor", Role::Monitor).await;
        problem(app.send(&monitor, Method::POST, "/api/v1/eligibility/check", Some(&json!({"programme_id": DEFAULT_PROGRAMME, "person_id": person["id"]}))).await,
            StatusCode::FORBIDDEN).await;
        let response = app.post("/api/v1/eligibility/check",
            &json!({"programme_id": DEFAULT_PROGRAMME, "person_id": uuid::Uuid::now_v7()})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("person_id".to_owned(), "not_found".to_owned())]);
    }

    async fn checks_given_facts_rule_by_rule(app) {
        let check = |facts: Value| {
            let app = &app;
            async move {
                let response = app.post("/api/v1/eligibility/check",
                    &json!({"rule_set_id": DEFAULT_RULE_SET, "rule_set_version": 1, "facts": facts})).await;
                assert_eq!(response.status(), StatusCode::OK);
                response.json::<Value>().await.unwrap()
            }
        };
        let answer = check(passing_facts()).await;
        assert_eq!(answer["eligible"], true, "{answer}");
        let by_programme: Value = app.post("/api/v1/eligibility/check",
            &json!({"programme_id": DEFAULT_PROGRAMME, "facts": passing_facts()})).await.json().await.unwrap();
        assert_eq!(by_programme["eligible"], true);

        let failing = [
            ("citizenship", json!({"citizenship": "DE"})),
            ("migration_history", json!({"stays_abroad": [{"country": "DE", "start_date": "2025-03-01",
                "end_date": "2025-11-20", "legal_status": "irregular"}]})),
            ("timely_application", json!({"application_date": "2027-01-31"})),
            ("adult", json!({"date_of_birth": "2010-01-01"})),
            ("not_already_assisted", json!({"grants_received": 1})),
        ];
        for (rule, change) in failing {
            let mut facts = passing_facts();
            for (k, v) in change.as_object().unwrap() {
                facts[k] = v.clone();
            }
            let answer = check(facts).await;
            assert_eq!(answer["eligible"], false, "{rule}: {answer}");
            assert_eq!(outcome_of(&answer, rule), "failed", "{rule}: {answer}");
            let others_pass = outcomes(&answer).iter().filter(|(id, _)| id != rule).all(|(_, o)| o == "passed");
            assert!(others_pass, "{rule}: {answer}");
        }
        let mut facts = passing_facts();
        facts.as_object_mut().unwrap().remove("date_of_birth");
        let answer = check(facts).await;
        assert_eq!(outcome_of(&answer, "adult"), "not_evaluable");
        assert_eq!(answer["eligible"], false);

        // Wrong requests name the field.
        let response = app.post("/api/v1/eligibility/check",
            &json!({"rule_set_id": DEFAULT_RULE_SET, "rule_set_version": 9, "facts": passing_facts()})).await;
        problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let response = app.post("/api/v1/eligibility/check", &json!({"facts": passing_facts()})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("programme_id".to_owned(), "required".to_owned())]);
        let response = app.post("/api/v1/eligibility/check",
            &json!({"programme_id": DEFAULT_PROGRAMME, "facts": {"shoe_size": 42}})).await;
        problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
}
