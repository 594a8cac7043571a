//! Contacts with persons about a programme (issue 12, record 1): record, read,
//! list with filters and pages, change with If-Match; a service record of the
//! recording organisation; every read recorded.

use integra_tests::{
    both_backends, etag, field_errors, id_of, json, person_body, problem, Role, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

use crate::cases::{days_ago, today, DEFAULT_PROGRAMME};
use crate::reintegration_fixtures as fx;

fn pair(field: &str, code: &str) -> (String, String) {
    (field.to_owned(), code.to_owned())
}

fn body(person: &str, on: &str, channel: &str, outcome: &str) -> Value {
    json!({"person_id": person, "programme_id": DEFAULT_PROGRAMME, "contacted_on": on,
        "channel": channel, "outcome": outcome})
}

async fn record(app: &TestApp, token: &str, body: &Value) -> Value {
    app.call(
        token,
        Method::POST,
        "/api/v1/contacts",
        Some(body.clone()),
        StatusCode::CREATED,
    )
    .await
}

/// A page of contacts as `token` lists them with `query`.
async fn list(app: &TestApp, token: &str, query: &str) -> Value {
    app.call(
        token,
        Method::GET,
        &format!("/api/v1/contacts?{query}"),
        None,
        StatusCode::OK,
    )
    .await
}

/// The ids of a list's items.
fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect()
}

both_backends! {
    async fn a_contact_is_recorded_read_and_changed(app) {
        let worker = app.user_token("contacts.worker", Role::CaseWorker).await;
        let person = id_of(&app.create_person(&person_body("Nino", "Beridze")).await);
        // The fixed shape, with a date long past.
        let sent = json!({"person_id": person, "programme_id": DEFAULT_PROGRAMME,
            "contacted_on": "2015-03-02", "channel": "readmission_notice", "outcome": "informed"});
        let response = app.post_as(&worker, "/api/v1/contacts", &sent).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("/api/v1/contacts/{id}"));
        for field in ["person_id", "programme_id", "contacted_on", "channel", "outcome"] {
            assert_eq!(created[field], sent[field], "{field}");
        }
        assert_eq!(created["organisation_id"], integra_domain::organisation::MINISTRY_ID.to_string());
        assert_eq!(created["version"], 1);

        let path = format!("/api/v1/contacts/{id}");
        let response = app.get_as(&worker, &path).await;
        assert_eq!(etag(&response), "\"1\"");
        let read: Value = response.json().await.unwrap();
        assert_eq!(read, created);

        // Changes with If-Match; a stale version is refused.
        let response = app.patch_as(&worker, &path, &json!({"outcome": "interested", "channel": "phone"}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"2\"");
        let changed: Value = response.json().await.unwrap();
        assert_eq!((changed["outcome"].as_str(), changed["channel"].as_str()), (Some("interested"), Some("phone")));
        assert_eq!(changed["contacted_on"], "2015-03-02");
        let stale = app.patch_as(&worker, &path, &json!({"outcome": "declined"}), Some("\"1\"")).await;
        let stale = problem(stale, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 2);
        // Without If-Match the version read is the one changed.
        let response = app.patch_as(&worker, &path, &json!({"outcome": "declined"}), None).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"3\"");
        // A contact stays with its person; the day is never in the future.
        let refused = problem(app.patch_as(&worker, &path, &json!({"person_id": Uuid::now_v7()}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), [pair("person_id", "read_only")]);
        let tomorrow = (today() + chrono::Days::new(1)).to_string();
        let refused = problem(app.patch_as(&worker, &path, &json!({"contacted_on": tomorrow}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), [pair("contacted_on", "in_future")]);
        let refused = problem(app.patch_as(&worker, &path, &json!({"programme_id": Uuid::now_v7()}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), [pair("programme_id", "not_found")]);

        // Every read is recorded.
        let log = app.call(&app.admin_token, Method::GET,
            &format!("/api/v1/audit-log?record_id={id}&action=contact.read"), None, StatusCode::OK).await;
        assert!(log["items"].as_array().unwrap().len() >= 4, "{log}");
        // And in the person's own access log.
        let access = app.call(&app.admin_token, Method::GET,
            &format!("/api/v1/persons/{person}/access-log?limit=500"), None, StatusCode::OK).await;
        assert!(access["items"].as_array().unwrap().iter().any(|e| e["action"] == "contact.recorded"), "{access}");
        // And in the export of their data.
        let export = app.call(&app.admin_token, Method::GET, &format!("/api/v1/persons/{person}/export"), None, StatusCode::OK).await;
        assert_eq!(export["contacts"][0]["id"], id.as_str());

        // A retry with the same Idempotency-Key answers the first contact.
        let retry = || app.client.post(app.url("/api/v1/contacts")).bearer_auth(&worker)
            .header("idempotency-key", "contact-retry").json(&sent).send();
        let first: Value = retry().await.unwrap().json().await.unwrap();
        let again = retry().await.unwrap();
        assert_eq!(again.status(), StatusCode::CREATED);
        assert!(again.headers().contains_key("idempotent-replayed"));
        let again: Value = again.json().await.unwrap();
        assert_eq!(again["id"], first["id"]);
    }

    async fn bad_contacts_are_refused_naming_the_fields(app) {
        let worker = app.user_token("contacts.worker", Role::CaseWorker).await;
        let person = id_of(&app.create_person(&person_body("Nino", "Beridze")).await);
        let tomorrow = (today() + chrono::Days::new(1)).to_string();
        for (sent, expected) in [
            (body(&person, &tomorrow, "phone", "informed"), vec![pair("contacted_on", "in_future")]),
            (body(&person, "2015-3-2", "email", "maybe"), vec![pair("contacted_on", "invalid_date"),
                pair("channel", "invalid_value"), pair("outcome", "invalid_value")]),
            (body(&Uuid::now_v7().to_string(), "2015-03-02", "visit", "informed"), vec![pair("person_id", "not_found")]),
            (json!({"person_id": person, "programme_id": Uuid::now_v7(), "contacted_on": "2015-03-02",
                "channel": "visit", "outcome": "informed"}), vec![pair("programme_id", "not_found")]),
            (json!({"person_id": person, "contacted_on": "2015-03-02", "channel": "visit", "outcome": "informed"}),
                vec![pair("programme_id", "required")]),
            (json!({"person_id": person, "programme_id": DEFAULT_PROGRAMME, "contacted_on": "2015-03-02",
                "channel": "visit", "outcome": "informed", "note": "x"}), vec![pair("note", "unknown_field")]),
        ] {
            let refused = problem(app.post_as(&worker, "/api/v1/contacts", &sent).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), expected, "{sent}");
        }
        assert_eq!(app.count("contacts").await, 0);
        // Today is not the future; every channel and outcome is taken.
        for (channel, outcome) in [("phone", "informed"), ("visit", "interested"), ("border_point", "declined"),
            ("info_session", "unreachable"), ("readmission_notice", "informed"), ("other", "informed")] {
            record(&app, &worker, &body(&person, &today().to_string(), channel, outcome)).await;
        }
    }

    async fn lists_filter_and_page_within_the_organisation(app) {
        let org_b = fx::organisation(&app, "Contacts B").await;
        let worker = app.user_token("contacts.worker.a", Role::CaseWorker).await;
        let counsellor = app.user_token("contacts.counsellor.a", Role::EmploymentCounsellor).await;
        let other = app.user_token_in("contacts.worker.b", Role::CaseWorker, org_b).await;
        let (nino, levan) = (
            id_of(&app.create_person(&person_body("Nino", "Beridze")).await),
            id_of(&app.create_person(&person_body("Levan", "Beridze")).await),
        );
        let a1 = id_of(&record(&app, &worker, &body(&nino, &days_ago(30), "phone", "informed")).await);
        let a2 = id_of(&record(&app, &counsellor, &body(&nino, &days_ago(10), "visit", "interested")).await);
        let a3 = id_of(&record(&app, &worker, &body(&levan, &days_ago(5), "phone", "declined")).await);
        let b1 = id_of(&record(&app, &other, &body(&nino, &days_ago(10), "phone", "informed")).await);

        assert_eq!(ids(&list(&app, &worker, "").await), [a1.clone(), a2.clone(), a3.clone()]);
        assert_eq!(ids(&list(&app, &counsellor, "").await), [a1.clone(), a2.clone(), a3.clone()]);
        assert_eq!(ids(&list(&app, &other, "").await), [b1.as_str()]);
        assert_eq!(ids(&list(&app, &app.admin_token, "").await).len(), 4);
        assert_eq!(ids(&list(&app, &worker, &format!("person_id={nino}")).await), [a1.clone(), a2.clone()]);
        assert_eq!(ids(&list(&app, &worker, "channel=phone").await), [a1.clone(), a3.clone()]);
        assert_eq!(ids(&list(&app, &worker, "outcome=interested").await), [a2.as_str()]);
        assert_eq!(ids(&list(&app, &worker, &format!("from={}&to={}", days_ago(20), days_ago(6))).await), [a2.as_str()]);
        assert_eq!(ids(&list(&app, &worker, &format!("programme_id={DEFAULT_PROGRAMME}&channel=phone&outcome=declined")).await), [a3.as_str()]);
        assert!(ids(&list(&app, &worker, &format!("programme_id={}", Uuid::now_v7())).await).is_empty());
        // Pages.
        let first = list(&app, &worker, "limit=2").await;
        assert_eq!(ids(&first), [a1.clone(), a2.clone()]);
        let next = first["next_cursor"].as_str().unwrap();
        let second = list(&app, &worker, &format!("limit=2&cursor={next}")).await;
        assert_eq!(ids(&second), [a3.as_str()]);
        assert!(second["next_cursor"].is_null());
        // Bad filters.
        let refused = problem(app.get_as(&worker, &format!("/api/v1/contacts?person_id=x&from={}&to={}&channel=fax&outcome=no&limit=0",
            days_ago(1), days_ago(2))).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), [pair("person_id", "invalid_uuid"), pair("to", "before_from"),
            pair("channel", "invalid_value"), pair("outcome", "invalid_value"), pair("limit", "out_of_range")]);

        // Another organisation's contact is not found, to read or to change.
        let b_path = format!("/api/v1/contacts/{b1}");
        problem(app.get_as(&worker, &b_path).await, StatusCode::NOT_FOUND).await;
        problem(app.patch_as(&worker, &b_path, &json!({"outcome": "declined"}), None).await, StatusCode::NOT_FOUND).await;
        // Partners and monitors keep no contacts.
        for role in [Role::Partner, Role::Monitor] {
            let token = app.user_token(&format!("contacts.{role}"), role).await;
            problem(app.get_as(&token, "/api/v1/contacts").await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(&token, &format!("/api/v1/contacts/{a1}")).await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(&token, "/api/v1/contacts", &json!({"x": 1})).await, StatusCode::FORBIDDEN).await;
        }
        // Each contact listed is a read of it.
        let log = app.call(&app.admin_token, Method::GET,
            &format!("/api/v1/audit-log?record_id={a3}&action=contact.read"), None, StatusCode::OK).await;
        assert!(!log["items"].as_array().unwrap().is_empty());
    }
}
