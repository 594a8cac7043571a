//! Service records of issue 12 (records 2 and 3): outreach events and
//! counselling sessions. Each is kept by the organisation that recorded it;
//! a session with a person is personal data (its reads are audited), an event
//! or an anonymous session is not.

use integra_persistence::audit;
use integra_tests::{
    both_backends, etag, expect, field_errors, json, problem, Role, StatusCode, TestApp,
};
use reqwest::{Method, Response};
use serde_json::Value;
use uuid::Uuid;

use crate::authorization::service_token;
use crate::cases::{days_ago, today, DEFAULT_PROGRAMME};
use crate::reintegration_fixtures::{self as fx, ministry, organisation};

const EVENTS: &str = "/api/v1/outreach-events";
const SESSIONS: &str = "/api/v1/counselling-sessions";

fn id(value: &Value) -> String {
    value["id"].as_str().unwrap().to_owned()
}

fn tomorrow() -> String {
    today().succ_opt().unwrap().to_string()
}

/// How many `action` entries of the audit log name the record `id`.
async fn entries(app: &TestApp, id: &str, action: &'static str) -> i64 {
    let db = app.db.clone();
    let id = Uuid::parse_str(id).unwrap();
    tokio::task::spawn_blocking(move || db.read(|c| audit::count_for(c, id, action)))
        .await
        .unwrap()
        .unwrap()
}

/// Every entry of the audit log that names the record `id` (any action).
async fn all_entries(app: &TestApp, id: &str) -> Vec<String> {
    let log = expect(
        app.get(&format!("/api/v1/audit-log?record_id={id}&limit=500"))
            .await,
        StatusCode::OK,
    )
    .await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

/// The ids of a page's items.
fn ids(page: &Value) -> Vec<String> {
    page["items"].as_array().unwrap().iter().map(id).collect()
}

/// Every item of a list, page by page (`limit` at a time); the ids in order.
async fn all_pages(app: &TestApp, token: &str, path: &str, limit: usize) -> Vec<String> {
    let mut found = Vec::new();
    let mut cursor: Option<String> = None;
    let join = if path.contains('?') { '&' } else { '?' };
    loop {
        let url = match &cursor {
            Some(c) => format!("{path}{join}limit={limit}&cursor={c}"),
            None => format!("{path}{join}limit={limit}"),
        };
        let page = expect(app.get_as(token, &url).await, StatusCode::OK).await;
        let items = ids(&page);
        assert!(items.len() <= limit, "{page}");
        found.extend(items);
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return found,
        }
        assert!(found.len() < 1000, "paging does not end");
    }
}

async fn post_with_key(
    app: &TestApp,
    token: &str,
    path: &str,
    key: &str,
    body: &Value,
) -> Response {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

fn event(held_on: &str, region: &str, kind: &str, reached: i64) -> Value {
    json!({"held_on": held_on, "region": region, "kind": kind, "people_reached": reached})
}

fn session(held_on: &str, stream: &str, topic: &str, person: Option<&str>) -> Value {
    json!({"held_on": held_on, "stream": stream, "topic": topic, "person_id": person})
}

/// The (field, code) pairs of a 422 answer to `body` sent to `path`.
async fn refused(app: &TestApp, token: &str, path: &str, body: Value) -> Vec<(String, String)> {
    let answer = problem(
        app.post_as(token, path, &body).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    field_errors(&answer)
}

fn pair(field: &str, code: &str) -> (String, String) {
    (field.to_owned(), code.to_owned())
}

both_backends! {
    async fn outreach_events_are_recorded_read_listed_and_changed(app) {
        let org_b = organisation(&app, "Regional office").await;
        let worker = app.user_token("outreach.worker", Role::CaseWorker).await;
        let counsellor = app.user_token("outreach.counsellor", Role::EmploymentCounsellor).await;
        let stranger = app.user_token_in("outreach.stranger", Role::CaseWorker, org_b).await;
        let programme = fx::programme(&app, 500_000, 300_000, &[]).await.to_string();

        // Recorded for the recorder's organisation, with Location and ETag.
        let mut body = event(&days_ago(10), "GE-IM", "information_session", 45);
        body["programme_id"] = json!(programme);
        body["title"] = json!("  Information day, Kutaisi ");
        let response = app.post_as(&worker, EVENTS, &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let first: Value = response.json().await.unwrap();
        assert_eq!(location, format!("{EVENTS}/{}", id(&first)));
        assert_eq!(first["organisation_id"], ministry().to_string());
        assert_eq!(first["held_on"], days_ago(10));
        assert_eq!((first["region"].as_str(), first["kind"].as_str()), (Some("GE-IM"), Some("information_session")));
        assert_eq!(first["people_reached"], 45);
        assert_eq!(first["programme_id"], programme.as_str());
        assert_eq!(first["title"], "Information day, Kutaisi");
        assert_eq!(first["version"], 1);
        assert!(first["recorded_by"].is_string());

        // Counsellors record too; a count of zero and today are fine.
        let second = expect(app.post_as(&counsellor, EVENTS, &event(&days_ago(3), "GE-TB", "media", 1200)).await, StatusCode::CREATED).await;
        let third = expect(app.post_as(&worker, EVENTS, &event(&today().to_string(), "GE-IM", "school", 0)).await, StatusCode::CREATED).await;
        let fourth = expect(app.post_as(&worker, EVENTS, &event(&days_ago(40), "GE-AJ", "border_point", 300)).await, StatusCode::CREATED).await;
        let theirs = expect(app.post_as(&stranger, EVENTS, &event(&days_ago(5), "GE-IM", "community", 20)).await, StatusCode::CREATED).await;
        assert_eq!(theirs["organisation_id"], org_b.to_string());
        let ours = [id(&first), id(&second), id(&third), id(&fourth)];

        // Read, with its ETag.
        let response = app.get_as(&counsellor, &location).await;
        assert_eq!(etag(&response), "\"1\"");
        assert_eq!(expect(response, StatusCode::OK).await, first);

        // Lists: the organisation's own, in the order recorded, filtered.
        let list = |query: &str| {
            let (app, worker, path) = (&app, worker.clone(), format!("{EVENTS}{query}"));
            async move { ids(&expect(app.get_as(&worker, &path).await, StatusCode::OK).await) }
        };
        assert_eq!(list("").await, ours);
        assert_eq!(list("?region=GE-IM").await, [id(&first), id(&third)]);
        assert_eq!(list("?kind=media").await, [id(&second)]);
        assert_eq!(list(&format!("?programme_id={programme}")).await, [id(&first)]);
        assert_eq!(list(&format!("?from={}", days_ago(10))).await, [id(&first), id(&second), id(&third)]);
        assert_eq!(list(&format!("?to={}", days_ago(10))).await, [id(&first), id(&fourth)]);
        assert_eq!(list(&format!("?from={}&to={}&region=GE-TB", days_ago(30), days_ago(1))).await, [id(&second)]);
        assert_eq!(all_pages(&app, &worker, EVENTS, 1).await, ours);
        assert_eq!(all_pages(&app, &worker, &format!("{EVENTS}?region=GE-IM"), 1).await, [id(&first), id(&third)]);
        let everything = all_pages(&app, &app.admin_token, EVENTS, 2).await;
        assert_eq!(everything.len(), 5, "an administrator sees every organisation's");

        // Another organisation's event is not found, in lists or alone.
        assert_eq!(all_pages(&app, &stranger, EVENTS, 50).await, [id(&theirs)]);
        problem(app.get_as(&stranger, &location).await, StatusCode::NOT_FOUND).await;
        problem(app.patch_as(&stranger, &location, &json!({"people_reached": 1}), None).await, StatusCode::NOT_FOUND).await;

        // Changes: a merge patch; If-Match must match; without it the current version is changed.
        let stale = problem(app.patch_as(&worker, &location, &json!({"people_reached": 50}), Some("\"7\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert!(stale["detail"].is_string());
        let response = app.patch_as(&worker, &location, &json!({"people_reached": 50, "title": null}), Some("\"1\"")).await;
        assert_eq!(etag(&response), "\"2\"");
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!((changed["people_reached"].as_i64(), changed["version"].as_i64()), (Some(50), Some(2)));
        assert_eq!(changed["title"], Value::Null);
        assert_eq!(changed["region"], "GE-IM", "what the patch leaves out stays");
        let changed = expect(app.patch_as(&counsellor, &location, &json!({"kind": "community", "programme_id": null}), None).await, StatusCode::OK).await;
        assert_eq!((changed["kind"].as_str(), changed["version"].as_i64()), (Some("community"), Some(3)));
        assert_eq!(changed["programme_id"], Value::Null);
        // Sending back what was read is fine; changing what may not change is not.
        let mut whole = changed.clone();
        whole["people_reached"] = json!(51);
        let whole = expect(app.patch_as(&worker, &location, &whole, Some("\"3\"")).await, StatusCode::OK).await;
        assert_eq!(whole["people_reached"], 51);
        for (patch, field, code) in [
            (json!({"organisation_id": org_b}), "organisation_id", "read_only"),
            (json!({"recorded_by": Uuid::now_v7()}), "recorded_by", "read_only"),
            (json!({"people_reached": -1}), "people_reached", "negative"),
            (json!({"people_reached": null}), "people_reached", "required"),
            (json!({"held_on": tomorrow()}), "held_on", "in_future"),
            (json!({"region": "GE-XX"}), "region", "invalid_region"),
            (json!({"programme_id": Uuid::now_v7()}), "programme_id", "not_found"),
            (json!({"colour": "red"}), "colour", "unknown_field"),
        ] {
            let answer = problem(app.patch_as(&worker, &location, &patch, Some("\"4\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&answer), [pair(field, code)], "{patch}");
        }
        let read = expect(app.get_as(&worker, &location).await, StatusCode::OK).await;
        assert_eq!(read, whole, "refused patches change nothing");

        // No person, no personal data: writes are in the audit log, reads are not.
        let first_id = id(&first);
        assert_eq!(entries(&app, &first_id, "outreach_event.read").await, 0);
        assert_eq!(entries(&app, &first_id, "outreach_event.created").await, 1);
        assert_eq!(entries(&app, &first_id, "outreach_event.updated").await, 3);
    }

    async fn outreach_events_refuse_bad_input_field_by_field(app) {
        let worker = app.user_token("outreach.checker", Role::CaseWorker).await;
        let before = app.count("outreach_events").await;
        let ok = || event(&days_ago(1), "GE-IM", "school", 30);
        let with = |field: &str, value: Value| {
            let mut body = ok();
            body[field] = value;
            body
        };
        let cases = [
            (with("held_on", json!(tomorrow())), vec![pair("held_on", "in_future")]),
            (with("held_on", json!("2026-2-1")), vec![pair("held_on", "invalid_date")]),
            (with("region", json!("GE-XX")), vec![pair("region", "invalid_region")]),
            (with("region", json!("ge-im")), vec![pair("region", "invalid_region")]),
            (with("kind", json!("concert")), vec![pair("kind", "invalid_value")]),
            (with("people_reached", json!(-5)), vec![pair("people_reached", "negative")]),
            (with("people_reached", json!(5_000_001)), vec![pair("people_reached", "out_of_range")]),
            (with("people_reached", json!(2.5)), vec![pair("people_reached", "invalid_type")]),
            (with("programme_id", json!(Uuid::now_v7())), vec![pair("programme_id", "not_found")]),
            (with("title", json!("x".repeat(201))), vec![pair("title", "too_long")]),
            (json!({"held_on": days_ago(1), "region": "GE-IM", "kind": "school"}), vec![pair("people_reached", "required")]),
            (with("persons", json!([])), vec![pair("persons", "unknown_field")]),
        ];
        for (body, expected) in cases {
            assert_eq!(refused(&app, &worker, EVENTS, body.clone()).await, expected, "{body}");
        }
        // Every invalid field at once.
        let all = json!({"held_on": tomorrow(), "region": "XX", "kind": "x", "people_reached": -1});
        assert_eq!(refused(&app, &worker, EVENTS, all).await.len(), 4);
        assert_eq!(app.count("outreach_events").await, before, "nothing refused is stored");

        // The list's filters are checked too.
        for (query, field, code) in [
            (format!("from={}&to={}", days_ago(1), days_ago(2)), "to", "before_from"),
            ("from=yesterday".to_owned(), "from", "invalid_date"),
            ("region=GE-XX".to_owned(), "region", "invalid_region"),
            ("kind=concert".to_owned(), "kind", "invalid_value"),
            ("programme_id=42".to_owned(), "programme_id", "invalid_uuid"),
            ("limit=501".to_owned(), "limit", "out_of_range"),
        ] {
            let answer = problem(app.get_as(&worker, &format!("{EVENTS}?{query}")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&answer), [pair(field, code)], "{query}");
        }
    }

    async fn counselling_sessions_are_recorded_read_listed_and_changed(app) {
        let org_b = organisation(&app, "Regional office").await;
        let worker = app.user_token("counselling.worker", Role::CaseWorker).await;
        let counsellor = app.user_token("counselling.counsellor", Role::EmploymentCounsellor).await;
        let stranger = app.user_token_in("counselling.stranger", Role::CaseWorker, org_b).await;
        let nino = fx::person(&app).await.to_string();
        let levan = fx::person(&app).await.to_string();

        let mut body = session(&days_ago(20), "reintegration", "reintegration_assistance", Some(&nino));
        body["programme_id"] = json!(DEFAULT_PROGRAMME);
        let response = app.post_as(&worker, SESSIONS, &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let first: Value = response.json().await.unwrap();
        assert_eq!(location, format!("{SESSIONS}/{}", id(&first)));
        assert_eq!(first["organisation_id"], ministry().to_string());
        assert_eq!((first["stream"].as_str(), first["topic"].as_str()), (Some("reintegration"), Some("reintegration_assistance")));
        assert_eq!(first["person_id"], nino.as_str());
        assert_eq!(first["programme_id"], DEFAULT_PROGRAMME);
        // Anonymous sessions: no person at all, or an explicit null.
        let anonymous = expect(app.post_as(&counsellor, SESSIONS,
            &json!({"held_on": days_ago(5), "stream": "labour_migration", "topic": "safe_migration"})).await, StatusCode::CREATED).await;
        assert_eq!(anonymous["person_id"], Value::Null);
        let third = expect(app.post_as(&counsellor, SESSIONS, &session(&days_ago(2), "labour_migration", "employment", Some(&levan))).await, StatusCode::CREATED).await;
        let fourth = expect(app.post_as(&worker, SESSIONS, &session(&today().to_string(), "integration", "legal", None)).await, StatusCode::CREATED).await;
        let fifth = expect(app.post_as(&worker, SESSIONS, &session(&days_ago(1), "reintegration", "psychosocial", Some(&nino))).await, StatusCode::CREATED).await;
        let theirs = expect(app.post_as(&stranger, SESSIONS, &session(&days_ago(1), "reintegration", "housing", Some(&nino))).await, StatusCode::CREATED).await;
        assert_eq!(theirs["organisation_id"], org_b.to_string());
        let ours = [id(&first), id(&anonymous), id(&third), id(&fourth), id(&fifth)];

        let read = app.get_as(&counsellor, &location).await;
        assert_eq!(etag(&read), "\"1\"");
        assert_eq!(expect(read, StatusCode::OK).await, first);

        let list = |query: String| {
            let (app, worker, path) = (&app, worker.clone(), format!("{SESSIONS}{query}"));
            async move { ids(&expect(app.get_as(&worker, &path).await, StatusCode::OK).await) }
        };
        assert_eq!(list(String::new()).await, ours);
        assert_eq!(list("?stream=labour_migration".into()).await, [id(&anonymous), id(&third)]);
        assert_eq!(list("?topic=legal".into()).await, [id(&fourth)]);
        assert_eq!(list(format!("?person_id={nino}")).await, [id(&first), id(&fifth)]);
        assert_eq!(list(format!("?programme_id={DEFAULT_PROGRAMME}")).await, [id(&first)]);
        assert_eq!(list(format!("?from={}", days_ago(2))).await, [id(&third), id(&fourth), id(&fifth)]);
        assert_eq!(list(format!("?from={}&to={}", days_ago(5), days_ago(1))).await, [id(&anonymous), id(&third), id(&fifth)]);
        assert_eq!(list(format!("?to={}&stream=reintegration", days_ago(1))).await, [id(&first), id(&fifth)]);
        assert_eq!(all_pages(&app, &worker, SESSIONS, 2).await, ours);
        assert_eq!(all_pages(&app, &worker, &format!("{SESSIONS}?person_id={nino}"), 1).await, [id(&first), id(&fifth)]);
        assert_eq!(all_pages(&app, &app.admin_token, SESSIONS, 500).await.len(), 6);

        // Another organisation's session is not found.
        assert_eq!(all_pages(&app, &stranger, SESSIONS, 50).await, [id(&theirs)]);
        problem(app.get_as(&stranger, &location).await, StatusCode::NOT_FOUND).await;
        problem(app.patch_as(&stranger, &location, &json!({"topic": "other"}), None).await, StatusCode::NOT_FOUND).await;

        // Changes: If-Match as everywhere; an anonymous session may be found to be
        // someone's, and a person removed again.
        problem(app.patch_as(&worker, &location, &json!({"topic": "legal"}), Some("\"2\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let response = app.patch_as(&worker, &location, &json!({"topic": "legal"}), Some("\"1\"")).await;
        assert_eq!(etag(&response), "\"2\"");
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!((changed["topic"].as_str(), changed["stream"].as_str()), (Some("legal"), Some("reintegration")));
        let anonymous_path = format!("{SESSIONS}/{}", id(&anonymous));
        let named = expect(app.patch_as(&counsellor, &anonymous_path, &json!({"person_id": levan}), None).await, StatusCode::OK).await;
        assert_eq!((named["person_id"].as_str(), named["version"].as_i64()), (Some(levan.as_str()), Some(2)));
        let unnamed = expect(app.patch_as(&counsellor, &anonymous_path, &json!({"person_id": null}), Some("\"2\"")).await, StatusCode::OK).await;
        assert_eq!(unnamed["person_id"], Value::Null);
        for (patch, field, code) in [
            (json!({"person_id": Uuid::now_v7()}), "person_id", "not_found"),
            (json!({"programme_id": Uuid::now_v7()}), "programme_id", "not_found"),
            (json!({"held_on": tomorrow()}), "held_on", "in_future"),
            (json!({"stream": "return"}), "stream", "invalid_value"),
            (json!({"topic": null}), "topic", "required"),
            (json!({"organisation_id": org_b}), "organisation_id", "read_only"),
        ] {
            let answer = problem(app.patch_as(&worker, &location, &patch, None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&answer), [pair(field, code)], "{patch}");
        }
        assert_eq!(expect(app.get_as(&worker, &location).await, StatusCode::OK).await, changed);
    }

    async fn reads_of_sessions_with_a_person_are_audited_and_others_not(app) {
        let worker = app.user_token("audit.worker", Role::CaseWorker).await;
        let nino = fx::person(&app).await.to_string();
        let named = id(&expect(app.post_as(&worker, SESSIONS, &session(&days_ago(3), "reintegration", "employment", Some(&nino))).await, StatusCode::CREATED).await);
        let anonymous = id(&expect(app.post_as(&worker, SESSIONS, &session(&days_ago(3), "reintegration", "employment", None)).await, StatusCode::CREATED).await);
        let event = id(&expect(app.post_as(&worker, EVENTS, &event(&days_ago(3), "GE-KA", "community", 12)).await, StatusCode::CREATED).await);
        // The answer of the write is a read of what it shows.
        assert_eq!(entries(&app, &named, "counselling_session.read").await, 1);
        assert_eq!(entries(&app, &named, "counselling_session.created").await, 1);
        assert_eq!(entries(&app, &anonymous, "counselling_session.created").await, 1);

        // One read each: alone, and in a list (per record listed).
        expect(app.get_as(&worker, &format!("{SESSIONS}/{named}")).await, StatusCode::OK).await;
        expect(app.get_as(&worker, &format!("{SESSIONS}/{anonymous}")).await, StatusCode::OK).await;
        assert_eq!(entries(&app, &named, "counselling_session.read").await, 2);
        expect(app.get_as(&worker, SESSIONS).await, StatusCode::OK).await;
        expect(app.get_as(&worker, &format!("{SESSIONS}?person_id={nino}")).await, StatusCode::OK).await;
        assert_eq!(entries(&app, &named, "counselling_session.read").await, 4);
        // A list that does not show it does not read it.
        expect(app.get_as(&worker, &format!("{SESSIONS}?topic=legal")).await, StatusCode::OK).await;
        assert_eq!(entries(&app, &named, "counselling_session.read").await, 4);

        // Nobody's data: nothing recorded but the writes.
        expect(app.get_as(&worker, &format!("{EVENTS}/{event}")).await, StatusCode::OK).await;
        expect(app.get_as(&worker, EVENTS).await, StatusCode::OK).await;
        assert_eq!(all_entries(&app, &anonymous).await, ["counselling_session.created"]);
        assert_eq!(all_entries(&app, &event).await, ["outreach_event.created"]);

        // The person's access log and export show the sessions.
        let log = expect(app.get(&format!("/api/v1/persons/{nino}/access-log?limit=500")).await, StatusCode::OK).await;
        let about_session: Vec<&str> = log["items"].as_array().unwrap().iter()
            .filter(|e| e["record_id"] == named.as_str())
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(about_session.iter().filter(|a| **a == "counselling_session.read").count(), 4, "{about_session:?}");
        assert!(about_session.contains(&"counselling_session.created"), "{about_session:?}");
        let export = expect(app.get(&format!("/api/v1/persons/{nino}/export")).await, StatusCode::OK).await;
        let exported: Vec<String> = export["counselling_sessions"].as_array().unwrap().iter().map(id).collect();
        assert_eq!(exported, [named]);
    }

    async fn sessions_name_only_existing_persons_and_programmes(app) {
        let worker = app.user_token("sessions.checker", Role::CaseWorker).await;
        let before = app.count("counselling_sessions").await;
        let ok = || session(&days_ago(1), "integration", "legal", None);
        let with = |field: &str, value: Value| {
            let mut body = ok();
            body[field] = value;
            body
        };
        let cases = [
            (with("held_on", json!(tomorrow())), vec![pair("held_on", "in_future")]),
            (with("stream", json!("return")), vec![pair("stream", "invalid_value")]),
            (with("topic", json!("gossip")), vec![pair("topic", "invalid_value")]),
            (with("person_id", json!(Uuid::now_v7())), vec![pair("person_id", "not_found")]),
            (with("person_id", json!("nobody")), vec![pair("person_id", "invalid_value")]),
            (with("programme_id", json!(Uuid::now_v7())), vec![pair("programme_id", "not_found")]),
            (with("note", json!("Talked about her family")), vec![pair("note", "unknown_field")]),
        ];
        for (body, expected) in cases {
            assert_eq!(refused(&app, &worker, SESSIONS, body.clone()).await, expected, "{body}");
        }
        let both = json!({"held_on": days_ago(1), "stream": "integration", "topic": "legal",
            "person_id": Uuid::now_v7(), "programme_id": Uuid::now_v7()});
        assert_eq!(refused(&app, &worker, SESSIONS, both).await, [pair("person_id", "not_found"), pair("programme_id", "not_found")]);
        for (query, field, code) in [
            ("stream=return", "stream", "invalid_value"),
            ("topic=gossip", "topic", "invalid_value"),
            ("person_id=nobody", "person_id", "invalid_uuid"),
            ("to=2026-13-01", "to", "invalid_date"),
            ("cursor=not-a-cursor", "cursor", "invalid_cursor"),
        ] {
            let answer = problem(app.get_as(&worker, &format!("{SESSIONS}?{query}")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&answer), [pair(field, code)], "{query}");
        }
        assert_eq!(app.count("counselling_sessions").await, before);
    }

    async fn only_staff_record_and_only_for_their_organisation(app) {
        let org_b = organisation(&app, "Regional office").await;
        let worker = app.user_token("staff.worker", Role::CaseWorker).await;
        let partner = app.user_token_in("staff.partner", Role::Partner, org_b).await;
        let monitor = app.user_token("staff.monitor", Role::Monitor).await;
        let reader = service_token(&app, "staff-reader", &["persons:read", "persons:write"]).await;
        let event_id = id(&expect(app.post_as(&worker, EVENTS, &event(&days_ago(1), "GE-GU", "media", 5)).await, StatusCode::CREATED).await);
        let session_id = id(&expect(app.post_as(&worker, SESSIONS, &session(&days_ago(1), "reintegration", "other", None)).await, StatusCode::CREATED).await);
        for token in [&partner, &monitor, &reader] {
            for (method, path, body) in [
                (Method::POST, EVENTS.to_owned(), Some(event(&days_ago(1), "GE-GU", "media", 5))),
                (Method::GET, EVENTS.to_owned(), None),
                (Method::GET, format!("{EVENTS}/{event_id}"), None),
                (Method::POST, SESSIONS.to_owned(), Some(session(&days_ago(1), "reintegration", "other", None))),
                (Method::GET, SESSIONS.to_owned(), None),
                (Method::GET, format!("{SESSIONS}/{session_id}"), None),
            ] {
                problem(app.send(token, method, &path, body.as_ref()).await, StatusCode::FORBIDDEN).await;
            }
            problem(app.patch_as(token, &format!("{EVENTS}/{event_id}"), &json!({"people_reached": 9}), None).await, StatusCode::FORBIDDEN).await;
            problem(app.patch_as(token, &format!("{SESSIONS}/{session_id}"), &json!({"topic": "legal"}), None).await, StatusCode::FORBIDDEN).await;
        }

        // Staff record for their own organisation; naming another is for administrators.
        let mut elsewhere = event(&days_ago(1), "GE-GU", "media", 5);
        elsewhere["organisation_id"] = json!(org_b);
        assert_eq!(refused(&app, &worker, EVENTS, elsewhere.clone()).await, [pair("organisation_id", "not_allowed")]);
        let mut own = elsewhere.clone();
        own["organisation_id"] = json!(ministry());
        expect(app.post_as(&worker, EVENTS, &own).await, StatusCode::CREATED).await;
        let recorded = expect(app.post(EVENTS, &elsewhere).await, StatusCode::CREATED).await;
        assert_eq!(recorded["organisation_id"], org_b.to_string());
        let mut for_b = session(&days_ago(1), "integration", "legal", None);
        for_b["organisation_id"] = json!(org_b);
        assert_eq!(refused(&app, &worker, SESSIONS, for_b.clone()).await, [pair("organisation_id", "not_allowed")]);
        let recorded = expect(app.post(SESSIONS, &for_b).await, StatusCode::CREATED).await;
        assert_eq!(recorded["organisation_id"], org_b.to_string());
        let staff_of_b = app.user_token_in("staff.b", Role::EmploymentCounsellor, org_b).await;
        expect(app.get_as(&staff_of_b, &format!("{SESSIONS}/{}", id(&recorded))).await, StatusCode::OK).await;
        problem(app.get_as(&worker, &format!("{SESSIONS}/{}", id(&recorded))).await, StatusCode::NOT_FOUND).await;
        for_b["organisation_id"] = json!(Uuid::now_v7());
        assert_eq!(refused(&app, &app.admin_token, SESSIONS, for_b).await, [pair("organisation_id", "not_found")]);
    }

    async fn a_retried_create_gets_the_first_answer(app) {
        let worker = app.user_token("retry.worker", Role::CaseWorker).await;
        let nino = fx::person(&app).await.to_string();
        for (path, body, table) in [
            (EVENTS, event(&days_ago(2), "GE-SZ", "community", 80), "outreach_events"),
            (SESSIONS, session(&days_ago(2), "reintegration", "housing", Some(&nino)), "counselling_sessions"),
        ] {
            let before = app.count(table).await;
            let key = format!("retry-{table}");
            let first = post_with_key(&app, &worker, path, &key, &body).await;
            assert_eq!(first.status(), StatusCode::CREATED);
            let location = first.headers()["location"].to_str().unwrap().to_owned();
            let first: Value = first.json().await.unwrap();
            let again = post_with_key(&app, &worker, path, &key, &body).await;
            assert_eq!(again.status(), StatusCode::CREATED);
            assert_eq!(again.headers()["idempotent-replayed"], "true");
            assert_eq!(again.headers()["location"].to_str().unwrap(), location);
            assert_eq!(again.json::<Value>().await.unwrap(), first);
            assert_eq!(app.count(table).await, before + 1, "{path}");
            let mut other = body.clone();
            other["held_on"] = json!(days_ago(3));
            problem(post_with_key(&app, &worker, path, &key, &other).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(app.count(table).await, before + 1, "{path}");
            // A replay shows the record again: a read of a session with a person,
            // nothing for an event.
            let reads = match path {
                EVENTS => entries(&app, &id(&first), "outreach_event.read").await,
                _ => entries(&app, &id(&first), "counselling_session.read").await,
            };
            assert_eq!(reads, if path == EVENTS { 0 } else { 2 }, "{path}");
        }
    }

    async fn an_erased_persons_sessions_stay_counted_and_unchanged(app) {
        let worker = app.user_token("erasure.worker", Role::CaseWorker).await;
        let nino = fx::person(&app).await.to_string();
        let kept = expect(app.post_as(&worker, SESSIONS, &session(&days_ago(9), "reintegration", "psychosocial", Some(&nino))).await, StatusCode::CREATED).await;
        expect(app.post(&format!("/api/v1/persons/{nino}/erase"), &json!({"reason": "Request of the data subject"})).await, StatusCode::OK).await;

        let path = format!("{SESSIONS}/{}", id(&kept));
        let read = expect(app.get_as(&worker, &path).await, StatusCode::OK).await;
        assert_eq!(read, kept, "dates, stream, topic and the link stay");
        let listed = expect(app.get_as(&worker, &format!("{SESSIONS}?person_id={nino}")).await, StatusCode::OK).await;
        assert_eq!(ids(&listed), [id(&kept)]);
        let refused = problem(app.patch_as(&worker, &path, &json!({"topic": "other"}), None).await, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased", "{refused}");
        let refused = problem(app.post_as(&worker, SESSIONS, &session(&days_ago(1), "reintegration", "other", Some(&nino))).await, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased", "{refused}");
        let export = expect(app.get(&format!("/api/v1/persons/{nino}/export")).await, StatusCode::OK).await;
        assert_eq!(export["counselling_sessions"][0]["held_on"], days_ago(9));
        assert_eq!(export["counselling_sessions"][0]["stream"], "reintegration");
    }
}
