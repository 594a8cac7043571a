//! Reintegration cases: opening, the life cycle, assessments, access by organisation.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{Days, Months, NaiveDate};
use integra_domain::organisation::{OrganisationFields, OrganisationKind};
use integra_tests::{
    both_backends, field_errors, json, person_body, problem, Role, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

/// The seeded default reintegration programme.
pub const DEFAULT_PROGRAMME: &str = "00000000-0000-7000-8000-000000000201";

pub fn today() -> NaiveDate {
    integra_domain::time::tbilisi_date(chrono::Utc::now())
}

pub fn months_ago(months: u32) -> String {
    today()
        .checked_sub_months(Months::new(months))
        .unwrap()
        .to_string()
}

pub fn days_ago(days: u64) -> String {
    today()
        .checked_sub_days(Days::new(days))
        .unwrap()
        .to_string()
}

/// A returnee who passes every default rule: Georgian, adult, three years abroad
/// irregularly, back two months ago.
pub async fn returnee(app: &TestApp) -> Value {
    let person = app.create_person(&person_body("Nino", "Beridze")).await;
    add_stay(
        app,
        &person,
        &months_ago(40),
        Some(&months_ago(2)),
        "irregular",
    )
    .await;
    person
}

pub async fn add_stay(
    app: &TestApp,
    person: &Value,
    start: &str,
    end: Option<&str>,
    status: &str,
) -> Value {
    let response = app
        .post(
            &format!(
                "/api/v1/persons/{}/stays-abroad",
                person["id"].as_str().unwrap()
            ),
            &json!({"country": "DE", "start_date": start, "end_date": end,
                "legal_status": status, "return_type": "assisted_voluntary_return"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn open_case(app: &TestApp, token: &str, person: &Value) -> Value {
    let response = app
        .send(
            token,
            Method::POST,
            "/api/v1/cases",
            Some(&json!({"person_id": person["id"], "programme_id": DEFAULT_PROGRAMME})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert!(response.headers().contains_key("location"));
    response.json().await.unwrap()
}

fn case_path(case: &Value) -> String {
    format!("/api/v1/cases/{}", case["id"].as_str().unwrap())
}

async fn move_case(app: &TestApp, token: &str, case: &Value, body: Value) -> reqwest::Response {
    app.send(
        token,
        Method::POST,
        &format!("{}/transitions", case_path(case)),
        Some(&body),
    )
    .await
}

async fn moved(app: &TestApp, token: &str, case: &Value, body: Value) -> Value {
    let response = move_case(app, token, case, body).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn assess(app: &TestApp, token: &str, case: &Value) -> Value {
    let response = app
        .send(
            token,
            Method::POST,
            &format!("{}/assessments", case_path(case)),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn organisation(app: &TestApp, name: &str) -> Uuid {
    let db = app.db.clone();
    let name = name.to_owned();
    tokio::task::spawn_blocking(move || {
        let fields = OrganisationFields {
            name,
            kind: OrganisationKind::Ngo,
            country: "GE".to_owned(),
        };
        db.write(|c| {
            integra_persistence::organisations::insert(
                c,
                Uuid::now_v7(),
                &fields,
                chrono::Utc::now(),
            )
        })
    })
    .await
    .unwrap()
    .unwrap()
    .id
}

both_backends! {
    async fn walks_the_life_cycle(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let person = returnee(&app).await;
        let case = open_case(&app, &worker, &person).await;
        assert_eq!(case["status"], "registered");
        assert_eq!(case["registered_on"], today().to_string());
        assert_eq!(case["plan_overdue"], false);
        assert_eq!(case["latest_assessment"], Value::Null);
        let case = moved(&app, &worker, &case, json!({"to": "screening", "reason": "documents complete"})).await;
        let assessment = assess(&app, &worker, &case).await;
        assert_eq!(assessment["eligible"], true, "{assessment}");
        assert_eq!(assessment["rule_set"]["version"], 1);
        assert_eq!(assessment["results"].as_array().unwrap().len(), 5);
        let read = app.get(&case_path(&case)).await;
        assert_eq!(read.status(), StatusCode::OK);
        let etag = read.headers()["etag"].to_str().unwrap().to_owned();
        let read: Value = read.json().await.unwrap();
        assert_eq!(read["latest_assessment"]["id"], assessment["id"]);
        assert_eq!(etag, format!("\"{}\"", read["version"]));
        let mut case = read;
        for to in ["eligible", "planning", "assisting", "monitoring"] {
            case = moved(&app, &worker, &case, json!({"to": to, "reason": format!("on to {to}")})).await;
            assert_eq!(case["status"], to);
        }
        let response = move_case(&app, &worker, &case, json!({"to": "closed", "reason": "done"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("outcome".to_owned(), "required".to_owned())]);
        case = moved(&app, &worker, &case, json!({"to": "closed", "reason": "done", "outcome": "completed"})).await;
        assert_eq!(case["status"], "closed");
        assert_eq!(case["outcome"], "completed");
        assert_eq!(case["closed_on"], today().to_string());
        let transitions: Value = app.get(&format!("{}/transitions", case_path(&case))).await.json().await.unwrap();
        let items = transitions["items"].as_array().unwrap();
        assert_eq!(items.len(), 6);
        assert_eq!(items[0]["from"], "registered");
        assert_eq!(items[0]["to"], "screening");
        assert_eq!(items[0]["reason"], "documents complete");
        assert_eq!(items[5]["outcome"], "completed");
        assert!(items.iter().all(|t| t["override"] == false && t["by"].is_string()));
        // A closed case frees the person for a new one.
        open_case(&app, &worker, &person).await;
        // Notes and assignment.
        let note = app.send(&worker, Method::POST, &format!("{}/notes", case_path(&case)), Some(&json!({"text": "Called; all good."}))).await;
        assert_eq!(note.status(), StatusCode::CREATED);
        let notes: Value = app.get(&format!("{}/notes", case_path(&case))).await.json().await.unwrap();
        assert_eq!(notes["items"][0]["text"], "Called; all good.");
    }

    async fn refuses_illegal_and_unassessed_moves(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let person = app.create_person(&person_body("Giorgi", "Kapanadze")).await;
        // No stays abroad: migration_history fails.
        let case = open_case(&app, &worker, &person).await;
        let response = move_case(&app, &worker, &case, json!({"to": "planning", "reason": "skip"})).await;
        let body = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(body["allowed"], json!(["screening", "closed"]));
        let case = moved(&app, &worker, &case, json!({"to": "screening", "reason": "start"})).await;
        let response = move_case(&app, &worker, &case, json!({"to": "eligible", "reason": "looks fine"})).await;
        let body = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(body["code"], "no_assessment");
        let assessment = assess(&app, &worker, &case).await;
        assert_eq!(assessment["eligible"], false);
        let response = move_case(&app, &worker, &case, json!({"to": "eligible", "reason": "looks fine"})).await;
        let body = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(body["code"], "assessment_disagrees");
        // Only an admin overrides.
        let response = move_case(&app, &worker, &case,
            json!({"to": "eligible", "reason": "x", "override": true})).await;
        problem(response, StatusCode::FORBIDDEN).await;
        let case = moved(&app, &app.admin_token, &case, json!({"to": "eligible",
            "reason": "Asylum papers seen in person; registry incomplete", "override": true})).await;
        assert_eq!(case["status"], "eligible");
        let transitions: Value = app.get(&format!("{}/transitions", case_path(&case))).await.json().await.unwrap();
        let last = transitions["items"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["override"], true);
        assert_eq!(last["reason"], "Asylum papers seen in person; registry incomplete");
        // A stale If-Match is a 412.
        let response = app.request(Method::POST, &format!("{}/transitions", case_path(&case)))
            .header("if-match", "\"1\"")
            .json(&json!({"to": "planning", "reason": "plan"}))
            .send().await.unwrap();
        problem(response, StatusCode::PRECONDITION_FAILED).await;
    }

    async fn one_open_case_per_person_and_programme(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let person = returnee(&app).await;
        let first = open_case(&app, &worker, &person).await;
        let response = app.send(&worker, Method::POST, "/api/v1/cases", Some(&json!({"person_id": person["id"], "programme_id": DEFAULT_PROGRAMME}))).await;
        let body = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(body["existing"], case_path(&first));
        // Ten at once for another person: exactly one is opened.
        let other = returnee(&app).await;
        let body = json!({"person_id": other["id"], "programme_id": DEFAULT_PROGRAMME});
        let handles: Vec<_> = (0..10)
            .map(|_| {
                let request = app.client.post(app.url("/api/v1/cases")).bearer_auth(&worker).json(&body);
                tokio::spawn(async move { request.send().await.unwrap().status() })
            })
            .collect();
        let mut statuses = Vec::new();
        for handle in handles {
            statuses.push(handle.await.unwrap());
        }
        let created = statuses.iter().filter(|s| **s == StatusCode::CREATED).count();
        let conflicts = statuses.iter().filter(|s| **s == StatusCode::CONFLICT).count();
        assert_eq!((created, conflicts), (1, 9), "{statuses:?}");
        // Missing person and programme name the fields.
        let response = app.send(&worker, Method::POST, "/api/v1/cases", Some(&json!({"person_id": Uuid::now_v7(), "programme_id": Uuid::now_v7()}))).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![
            ("person_id".to_owned(), "not_found".to_owned()),
            ("programme_id".to_owned(), "not_found".to_owned()),
        ]);
        let response = app.send(&worker, Method::POST, "/api/v1/cases", Some(&json!({"person_id": person["id"], "programme_id": DEFAULT_PROGRAMME,
                "registered_on": "2999-01-01"}))).await;
        problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    }

    async fn cases_are_seen_by_their_organisation_only(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let ngo = organisation(&app, "Partner NGO").await;
        let outsider = app.user_token_in("outsider", Role::CaseWorker, ngo).await;
        let person = returnee(&app).await;
        let case = open_case(&app, &worker, &person).await;
        let path = case_path(&case);
        problem(app.send(&outsider, Method::GET, &path, None).await, StatusCode::NOT_FOUND).await;
        problem(app.send(&outsider, Method::POST, &format!("{path}/transitions"), Some(&json!({"to": "screening", "reason": "x"}))).await, StatusCode::NOT_FOUND).await;
        let list: Value = app.send(&outsider, Method::GET, "/api/v1/cases", None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]));
        let list: Value = app.send(&worker, Method::GET, "/api/v1/cases", None).await.json().await.unwrap();
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        for role in [Role::Monitor, Role::Partner] {
            let token = app.user_token_in(&format!("{role}"), role, ngo).await;
            problem(app.send(&token, Method::GET, "/api/v1/cases", None).await, StatusCode::FORBIDDEN).await;
            problem(app.send(&token, Method::GET, &path, None).await, StatusCode::FORBIDDEN).await;
            problem(app.send(&token, Method::POST, "/api/v1/cases", Some(&json!({"person_id": person["id"], "programme_id": DEFAULT_PROGRAMME}))).await,
                StatusCode::FORBIDDEN).await;
        }
        // Assignment: only a case worker of the case's organisation.
        let me: Value = app.send(&worker, Method::GET, "/api/v1/auth/me", None).await.json().await.unwrap();
        let outsider_me: Value = app.send(&outsider, Method::GET, "/api/v1/auth/me", None).await.json().await.unwrap();
        let response = app.send(&worker, Method::POST, &format!("{path}/assign"), Some(&json!({"user_id": outsider_me["id"]}))).await;
        problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let response = app.send(&worker, Method::POST, &format!("{path}/assign"), Some(&json!({"user_id": me["id"]}))).await;
        assert_eq!(response.status(), StatusCode::OK);
        let assigned: Value = response.json().await.unwrap();
        assert_eq!(assigned["assigned_to"], me["id"]);
        let list: Value = app.get(&format!("/api/v1/cases?assigned_to={}", me["id"].as_str().unwrap())).await.json().await.unwrap();
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        // Reads are audited.
        assert!(app.count("audit_log").await > 0);
    }

    async fn lists_overdue_cases(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let late_person = returnee(&app).await;
        let late = app.send(&worker, Method::POST, "/api/v1/cases", Some(&json!({"person_id": late_person["id"], "programme_id": DEFAULT_PROGRAMME,
                "registered_on": days_ago(45)}))).await;
        assert_eq!(late.status(), StatusCode::CREATED);
        let late: Value = late.json().await.unwrap();
        assert_eq!(late["plan_overdue"], true);
        let fresh = open_case(&app, &worker, &returnee(&app).await).await;
        assert_eq!(fresh["plan_overdue"], false);
        let list: Value = app.get("/api/v1/cases?overdue=true").await.json().await.unwrap();
        let ids: Vec<&Value> = list["items"].as_array().unwrap().iter().map(|c| &c["id"]).collect();
        assert_eq!(ids, vec![&late["id"]]);
        let list: Value = app.get("/api/v1/cases?status=registered&limit=1").await.json().await.unwrap();
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        let next = list["next_cursor"].as_str().unwrap();
        let rest: Value = app.get(&format!("/api/v1/cases?status=registered&limit=1&cursor={next}")).await.json().await.unwrap();
        assert_eq!(rest["items"][0]["id"], fresh["id"]);
        problem(app.get("/api/v1/cases?status=open").await, StatusCode::UNPROCESSABLE_ENTITY).await;
    }

    async fn failed_requests_write_nothing(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let person = returnee(&app).await;
        let case = open_case(&app, &worker, &person).await;
        let tables = ["cases", "case_transitions", "case_notes", "assessments", "audit_log"];
        let mut before = Vec::new();
        for table in tables {
            before.push(app.count(table).await);
        }
        move_case(&app, &worker, &case, json!({"to": "monitoring", "reason": "jump"})).await;
        move_case(&app, &worker, &case, json!({"to": "screening", "reason": ""})).await;
        move_case(&app, &worker, &case, json!({"to": "closed", "reason": "x", "outcome": "completed"})).await;
        app.send(&worker, Method::POST, "/api/v1/cases", Some(&json!({"person_id": person["id"], "programme_id": DEFAULT_PROGRAMME}))).await;
        app.send(&worker, Method::POST, "/api/v1/cases", Some(&json!({"person_id": Uuid::now_v7(), "programme_id": DEFAULT_PROGRAMME}))).await;
        app.send(&worker, Method::POST, &format!("{}/notes", case_path(&case)), Some(&json!({"text": " "}))).await;
        app.send(&worker, Method::POST, &format!("/api/v1/cases/{}/assessments", Uuid::now_v7()), None).await;
        let mut after = Vec::new();
        for table in tables {
            after.push(app.count(table).await);
        }
        // The one conflict that names the open case is a read of it.
        before[4] += 1;
        assert_eq!(before, after);
    }

    async fn assessments_never_change(app) {
        let worker = app.user_token("worker", Role::CaseWorker).await;
        let person = returnee(&app).await;
        let case = open_case(&app, &worker, &person).await;
        let first = assess(&app, &worker, &case).await;
        assert_eq!(first["eligible"], true);
        // The stay turns out to have been regular: the next assessment fails.
        let stays: Value = app.get(&format!("/api/v1/persons/{}/stays-abroad", person["id"].as_str().unwrap()))
            .await.json().await.unwrap();
        let stay = stays["items"][0].clone();
        let response = app.patch(
            &format!("/api/v1/persons/{}/stays-abroad/{}", person["id"].as_str().unwrap(), stay["id"].as_str().unwrap()),
            &json!({"legal_status": "regular"}), None).await;
        assert_eq!(response.status(), StatusCode::OK);
        let second = assess(&app, &worker, &case).await;
        assert_eq!(second["eligible"], false);
        let again: Value = app.get(&format!("{}/assessments/{}", case_path(&case), first["id"].as_str().unwrap()))
            .await.json().await.unwrap();
        assert_eq!(again, first);
        let list: Value = app.get(&format!("{}/assessments", case_path(&case))).await.json().await.unwrap();
        assert_eq!(list["items"].as_array().unwrap().len(), 2);
        let read: Value = app.get(&case_path(&case)).await.json().await.unwrap();
        assert_eq!(read["latest_assessment"]["id"], second["id"]);
        assert_eq!(read["latest_assessment"]["eligible"], false);
    }
}
