//! An answer that contains personal data needs read permission and is audited
//! as a read (issue 11, items 1 and 10): writes answer a write-only caller with
//! the id and version alone, conflicts name their holder only to callers who may
//! read it, household reads show in the members' access logs, and reading the
//! audit log is audited.

use integra_tests::{
    both_backends, etag, expect, json, person_body, problem, Role, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;

use crate::reintegration_fixtures::organisation;

const DEFAULT_PROGRAMME: &str = "00000000-0000-7000-8000-000000000201";

/// A token of a new service account holding `scopes`, and the account's id.
async fn service(app: &TestApp, client_id: &str, scopes: &[&str]) -> (String, String) {
    let created = app
        .post(
            "/api/v1/service-accounts",
            &json!({"client_id": client_id, "organisation_id": integra_domain::organisation::MINISTRY_ID,
                "scopes": scopes}),
        )
        .await;
    let body = expect(created, StatusCode::CREATED).await;
    let secret = body["client_secret"]["secret"].as_str().unwrap();
    let token = app
        .token_response(
            &json!({"grant_type": "client_credentials", "client_id": client_id,
            "client_secret": secret}),
        )
        .await;
    let token = expect(token, StatusCode::OK).await;
    let token = token["access_token"].as_str().unwrap().to_owned();
    (token.clone(), me(app, &token).await)
}

/// The caller's id.
async fn me(app: &TestApp, token: &str) -> String {
    let me = app
        .call(token, Method::GET, "/api/v1/auth/me", None, StatusCode::OK)
        .await;
    me["id"].as_str().unwrap().to_owned()
}

/// The actions of the audit entries of `actor` about the record `id`, oldest first.
async fn actions_of(app: &TestApp, actor: &str, id: &str) -> Vec<String> {
    let page = expect(
        app.get(&format!(
            "/api/v1/audit-log?actor_id={actor}&record_id={id}&limit=500"
        ))
        .await,
        StatusCode::OK,
    )
    .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

/// The keys of a JSON object, sorted.
fn keys(body: &Value) -> Vec<String> {
    let mut keys: Vec<String> = body.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

fn written() -> Vec<String> {
    vec!["id".to_owned(), "version".to_owned()]
}

both_backends! {
    async fn a_write_only_service_account_learns_ids_and_versions_only(app) {
        let (writer, writer_id) = service(&app, "writer", &["persons:write"]).await;
        let (reader, reader_id) = service(&app, "reader-writer", &["persons:read", "persons:write"]).await;
        let held = person_body("Nino", "Beridze");
        let person = app.create_person(&held).await;
        let id = person["id"].as_str().unwrap().to_owned();
        let path = format!("/api/v1/persons/{id}");

        // PATCH with `{}`: the id, the version and the ETag, nothing personal;
        // audited as the update it is, never as a read.
        let response = app.patch_as(&writer, &path, &json!({}), None).await;
        let tag = etag(&response);
        let body = expect(response, StatusCode::OK).await;
        assert_eq!(keys(&body), written(), "{body}");
        assert_eq!(body["id"], id.as_str());
        assert_eq!(tag, format!("\"{}\"", body["version"]));
        assert_eq!(actions_of(&app, &writer_id, &id).await, vec!["person.updated"]);

        // Registering: the same.
        let response = app.send(&writer, Method::POST, "/api/v1/persons", Some(&person_body("Giorgi", "Kapanadze"))).await;
        assert!(response.headers().contains_key("location"));
        let created = expect(response, StatusCode::CREATED).await;
        assert_eq!(keys(&created), written(), "{created}");

        // A guessed personal number: a conflict that names no one, and no read.
        let mut guess = person_body("Eka", "Guessing");
        guess["personal_number"] = held["personal_number"].clone();
        let response = app.send(&writer, Method::POST, "/api/v1/persons", Some(&guess)).await;
        let conflict = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "duplicate_personal_number");
        assert!(conflict.get("existing").is_none_or(Value::is_null), "{conflict}");
        assert_eq!(actions_of(&app, &writer_id, &id).await, vec!["person.updated"]);
        // ... which names the holder to a caller who may read persons, as a read.
        let response = app.send(&reader, Method::POST, "/api/v1/persons", Some(&guess)).await;
        let conflict = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(conflict["existing"], path.as_str());
        assert_eq!(actions_of(&app, &reader_id, &id).await, vec!["person.read"]);

        // Upsert by another system's id: created and replaced, ids only.
        let upsert = "/api/v1/persons/by-external-id/readmission-db/RA-1";
        let body = person_body("Levan", "Upserted");
        let response = app.send(&writer, Method::PUT, upsert, Some(&body)).await;
        let created = expect(response, StatusCode::CREATED).await;
        assert_eq!(keys(&created), written(), "{created}");
        let response = app.send(&writer, Method::PUT, upsert, Some(&body)).await;
        let replaced = expect(response, StatusCode::OK).await;
        assert_eq!(keys(&replaced), written(), "{replaced}");

        // Stays abroad and households: the same rule.
        let stays = format!("{path}/stays-abroad");
        let stay = json!({"country": "DE", "start_date": "2019-03-01", "end_date": "2024-05-20",
            "legal_status": "irregular", "return_type": "assisted_voluntary_return"});
        let response = app.send(&writer, Method::POST, &stays, Some(&stay)).await;
        let created = expect(response, StatusCode::CREATED).await;
        assert_eq!(keys(&created), written(), "{created}");
        let response = app.send(&writer, Method::POST, "/api/v1/households", Some(&json!({"name": "Beridze family"}))).await;
        let household = expect(response, StatusCode::CREATED).await;
        assert_eq!(keys(&household), written(), "{household}");
        let members = format!("/api/v1/households/{}/members", household["id"].as_str().unwrap());
        let response = app.send(&writer, Method::POST, &members, Some(&json!({"person_id": id}))).await;
        let added = expect(response, StatusCode::OK).await;
        assert_eq!(keys(&added), written(), "{added}");
        // Adding the member to another household: the conflict names neither.
        let response = app.send(&writer, Method::POST, "/api/v1/households", Some(&json!({"name": "Other"}))).await;
        let other = expect(response, StatusCode::CREATED).await;
        let members = format!("/api/v1/households/{}/members", other["id"].as_str().unwrap());
        let response = app.send(&writer, Method::POST, &members, Some(&json!({"person_id": id}))).await;
        let conflict = problem(response, StatusCode::CONFLICT).await;
        assert!(conflict.get("existing").is_none_or(Value::is_null), "{conflict}");

        // A caller who may read gets the record, and the answer is a read, after the change.
        let worker = app.user_token("disclosure.worker", Role::CaseWorker).await;
        let worker_id = me(&app, &worker).await;
        let response = app.patch_as(&worker, &path, &json!({"region": "GE-TB"}), None).await;
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!(changed["region"], "GE-TB");
        assert_eq!(changed["given_name"], "Nino");
        assert_eq!(actions_of(&app, &worker_id, &id).await, vec!["person.updated", "person.read"]);
    }

    async fn a_conflict_names_another_organisations_case_only_to_who_sees_it(app) {
        let own = organisation(&app, "Own").await;
        let other = organisation(&app, "Other").await;
        let first = app.user_token_in("own.worker", Role::CaseWorker, own).await;
        let second = app.user_token_in("other.worker", Role::CaseWorker, other).await;
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let body = json!({"person_id": person["id"], "programme_id": DEFAULT_PROGRAMME});
        let case = app.call(&first, Method::POST, "/api/v1/cases", Some(body.clone()), StatusCode::CREATED).await;
        let case_id = case["id"].as_str().unwrap();
        // The other organisation's case worker learns there is an open case, not which.
        let response = app.send(&second, Method::POST, "/api/v1/cases", Some(&body)).await;
        let conflict = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "open_case_exists");
        assert!(conflict.get("existing").is_none_or(Value::is_null), "{conflict}");
        let second_id = me(&app, &second).await;
        assert!(actions_of(&app, &second_id, case_id).await.is_empty());
        // The case's own organisation is told which, and that is a read of the case.
        let response = app.send(&first, Method::POST, "/api/v1/cases", Some(&body)).await;
        let conflict = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(conflict["existing"], format!("/api/v1/cases/{case_id}"));
        let first_id = me(&app, &first).await;
        assert_eq!(
            actions_of(&app, &first_id, case_id).await,
            vec!["case.created", "case.read", "case.read"]
        );
    }

    async fn a_household_read_is_a_read_of_each_member(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = person["id"].as_str().unwrap().to_owned();
        let household = app.call(&app.admin_token, Method::POST, "/api/v1/households",
            Some(json!({"name": "Beridze family"})), StatusCode::CREATED).await;
        let path = format!("/api/v1/households/{}", household["id"].as_str().unwrap());
        app.call(&app.admin_token, Method::POST, &format!("{path}/members"),
            Some(json!({"person_id": id})), StatusCode::OK).await;
        let counsellor = app.user_token("household.reader", Role::EmploymentCounsellor).await;
        let household = app.call(&counsellor, Method::GET, &path, None, StatusCode::OK).await;
        assert_eq!(household["member_ids"], json!([id]));
        let reader = me(&app, &counsellor).await;
        let log = expect(app.get(&format!("/api/v1/persons/{id}/access-log?limit=500")).await, StatusCode::OK).await;
        let reads: Vec<&Value> = log["items"].as_array().unwrap().iter()
            .filter(|e| e["actor_id"] == reader.as_str())
            .collect();
        assert_eq!(reads.len(), 1, "{log}");
        assert_eq!(reads[0]["action"], "person.read");
    }

    async fn reading_the_audit_log_and_an_access_log_is_audited(app) {
        let admin = me(&app, &app.admin_token).await;
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = person["id"].as_str().unwrap().to_owned();
        let log = format!("/api/v1/persons/{id}/access-log?limit=500");
        let page = expect(app.get(&log).await, StatusCode::OK).await;
        let actions: Vec<&str> = page["items"].as_array().unwrap().iter()
            .map(|e| e["action"].as_str().unwrap()).collect();
        assert_eq!(actions, vec!["person.created", "person.read"]);
        // Recorded in the audit log with the person's id (the person's own log
        // does not grow with every read of it).
        let reads = format!("/api/v1/audit-log?record_id={id}&action=person.access_log_read");
        let page = expect(app.get(&reads).await, StatusCode::OK).await;
        let items = page["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{page}");
        assert_eq!(items[0]["actor_id"], admin.as_str());
        assert_eq!(items[0]["record_type"], "audit_log");
        let page = expect(app.get(&log).await, StatusCode::OK).await;
        assert_eq!(page["items"].as_array().unwrap().len(), 2, "{page}");
        let audit = "/api/v1/audit-log?action=audit_log.read&limit=500";
        let page = expect(app.get(audit).await, StatusCode::OK).await;
        let before = page["items"].as_array().unwrap().len();
        let page = expect(app.get(audit).await, StatusCode::OK).await;
        let items = page["items"].as_array().unwrap();
        assert_eq!(items.len(), before + 1, "{page}");
        let last = items.last().unwrap();
        assert_eq!(last["actor_id"], admin.as_str());
        assert_eq!(last["record_type"], "audit_log");
        assert!(last["request_id"].is_string());
    }
}
