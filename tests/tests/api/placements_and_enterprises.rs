//! Monitoring records of issue 12, records 4 to 6: job placements, social
//! enterprises (partners, beneficiaries, job places) and movement assistance
//! for foreign migrants. Create (idempotent), read (audited), list with
//! filters and cursor pages, merge patch with `If-Match`, field validation,
//! who reaches which record, the foreigner rule.

use integra_tests::{
    both_backends, etag, expect, field_errors, id_of, json, person_body, problem, Role, StatusCode,
    TestApp,
};
use reqwest::{Method, Response};
use serde_json::Value;
use uuid::Uuid;

use crate::authorization::service_token;

pub(crate) fn today() -> chrono::NaiveDate {
    integra_domain::time::tbilisi_date(chrono::Utc::now())
}

pub(crate) fn days_ago(days: u64) -> String {
    (today() - chrono::Days::new(days)).to_string()
}

pub(crate) fn in_days(days: u64) -> String {
    (today() + chrono::Days::new(days)).to_string()
}

pub(crate) fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect()
}

/// An organisation of `kind`, added by the admin through the API.
pub(crate) async fn organisation(app: &TestApp, name: &str, kind: &str) -> String {
    let name = format!("{name} {}", &Uuid::now_v7().simple().to_string()[20..]);
    let created = app
        .call(
            &app.admin_token,
            Method::POST,
            "/api/v1/organisations",
            Some(json!({"name": name, "kind": kind, "country": "GE"})),
            StatusCode::CREATED,
        )
        .await;
    id_of(&created)
}

/// A person registered by the admin; their id.
pub(crate) async fn person(app: &TestApp, given: &str, family: &str) -> String {
    id_of(&app.create_person(&person_body(given, family)).await)
}

/// A foreigner (an Armenian citizen living in Georgia); their id.
pub(crate) async fn foreigner(app: &TestApp) -> String {
    let mut body = person_body("Anahit", "Petrosyan");
    body["personal_number"] = Value::Null;
    body["citizenship"] = json!("AM");
    body["residence_status"] = json!("temporary_resident");
    id_of(&app.create_person(&body).await)
}

/// `POST path` as `token` with an `Idempotency-Key`.
pub(crate) async fn keyed(
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

/// How many `action` entries of the audit log name the record `id`.
pub(crate) async fn audited(app: &TestApp, id: &str, action: &'static str) -> i64 {
    let db = app.db.clone();
    let id = Uuid::parse_str(id).unwrap();
    tokio::task::spawn_blocking(move || {
        db.read(|c| integra_persistence::audit::count_for(c, id, action))
    })
    .await
    .unwrap()
    .unwrap()
}

/// The ids of a page's items.
pub(crate) fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect()
}

/// Every id of a list, page by page of `limit`.
pub(crate) async fn all_pages(app: &TestApp, token: &str, path: &str, limit: usize) -> Vec<String> {
    let separator = if path.contains('?') { '&' } else { '?' };
    let mut found = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(c) => format!("{path}{separator}limit={limit}&cursor={c}"),
            None => format!("{path}{separator}limit={limit}"),
        };
        let page = expect(app.get_as(token, &url).await, StatusCode::OK).await;
        let items = ids(&page);
        assert!(items.len() <= limit, "{page}");
        found.extend(items);
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    found
}

/// Two organisations with a case worker and a counsellor each, a monitor and a
/// partner of A, an employer and a social enterprise.
pub(crate) struct World {
    pub(crate) org_a: String,
    pub(crate) worker_a: String,
    pub(crate) counsellor_a: String,
    pub(crate) worker_b: String,
    pub(crate) counsellor_b: String,
    pub(crate) monitor: String,
    pub(crate) partner: String,
    pub(crate) employer: String,
    pub(crate) enterprise: String,
}

pub(crate) async fn world(app: &TestApp) -> World {
    let org_a = organisation(app, "Agency A", "state_agency").await;
    let org_b = organisation(app, "Agency B", "state_agency").await;
    let in_org = |org: &str| Uuid::parse_str(org).unwrap();
    World {
        worker_a: app
            .user_token_in("worker.a", Role::CaseWorker, in_org(&org_a))
            .await,
        counsellor_a: app
            .user_token_in("counsellor.a", Role::EmploymentCounsellor, in_org(&org_a))
            .await,
        worker_b: app
            .user_token_in("worker.b", Role::CaseWorker, in_org(&org_b))
            .await,
        counsellor_b: app
            .user_token_in("counsellor.b", Role::EmploymentCounsellor, in_org(&org_b))
            .await,
        monitor: app
            .user_token_in("monitor", Role::Monitor, in_org(&org_a))
            .await,
        partner: app
            .user_token_in("partner.a", Role::Partner, in_org(&org_a))
            .await,
        employer: organisation(app, "Tbilisi Hotels", "employer").await,
        enterprise: organisation(app, "Bakery of Hope", "social_enterprise").await,
        org_a,
    }
}

fn placement(person: &str, employer: &str) -> Value {
    json!({"person_id": person, "location": "abroad", "country": "DE",
        "employer_organisation_id": employer, "term": "temporary",
        "starts_on": days_ago(30), "ends_on": in_days(60), "note": "Seasonal harvest work"})
}

both_backends! {
    async fn a_placement_is_recorded_read_and_changed(app) {
        let w = world(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let body = placement(&nino, &w.employer);

        // An employment counsellor records it, with an Idempotency-Key.
        let response = keyed(&app, &w.counsellor_a, "/api/v1/job-placements", "placement-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("/api/v1/job-placements/{id}"));
        for field in ["person_id", "location", "country", "employer_organisation_id", "term", "starts_on", "ends_on", "note"] {
            assert_eq!(created[field], body[field], "{field}");
        }
        assert_eq!(created["organisation_id"], w.org_a.as_str());
        assert_eq!(created["programme_id"], Value::Null);
        assert_eq!(created["version"], 1);
        assert_eq!(audited(&app, &id, "job_placement.created").await, 1);

        // The same key and body again: the first answer, nothing new written.
        let replay = keyed(&app, &w.counsellor_a, "/api/v1/job-placements", "placement-1", &body).await;
        assert_eq!(replay.status(), StatusCode::CREATED);
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(replay.json::<Value>().await.unwrap(), created);
        assert_eq!(app.count("job_placements").await, 1);
        // The same key with another body is refused.
        let mut other = body.clone();
        other["term"] = json!("permanent");
        problem(keyed(&app, &w.counsellor_a, "/api/v1/job-placements", "placement-1", &other).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;

        // A read is recorded.
        let reads = audited(&app, &id, "job_placement.read").await;
        let read = app.get_as(&w.worker_a, &location).await;
        assert_eq!(etag(&read), "\"1\"");
        assert_eq!(expect(read, StatusCode::OK).await, created);
        assert_eq!(audited(&app, &id, "job_placement.read").await, reads + 1);

        // A merge patch with If-Match: the end date moves, nothing else.
        let changed = app.patch_as(&w.worker_a, &location, &json!({"ends_on": in_days(90), "note": null}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        let changed = expect(changed, StatusCode::OK).await;
        assert_eq!(changed["ends_on"], in_days(90));
        assert_eq!(changed["note"], Value::Null);
        assert_eq!(changed["version"], 2);
        assert_eq!(changed["starts_on"], created["starts_on"]);
        assert_eq!(audited(&app, &id, "job_placement.updated").await, 1);
        // A stale version is refused and changes nothing.
        let stale = problem(app.patch_as(&w.worker_a, &location, &json!({"term": "permanent"}), Some("\"1\"")).await,
            StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 2, "{stale}");
        // Without If-Match the change applies to the version read.
        let home = expect(app.patch_as(&w.worker_a, &location,
            &json!({"location": "domestic", "country": null, "term": "permanent", "ends_on": null}), None).await,
            StatusCode::OK).await;
        assert_eq!((home["location"].as_str(), home["country"].as_str(), home["version"].as_i64()), (Some("domestic"), None, Some(3)));
        // The record's own fields are not the client's to change; the rules hold on a patch.
        let own = problem(app.patch_as(&w.worker_a, &location, &json!({"organisation_id": Uuid::now_v7()}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&own), pairs(&[("organisation_id", "read_only")]));
        let abroad = problem(app.patch_as(&w.worker_a, &location, &json!({"location": "abroad"}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&abroad), pairs(&[("country", "required")]));
        let unknown = problem(app.patch_as(&w.worker_a, &location, &json!({"salary": 900}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), pairs(&[("salary", "unknown_field")]));
    }

    async fn placement_fields_are_checked(app) {
        let w = world(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let cases: Vec<(Value, Vec<(&str, &str)>)> = vec![
            (json!({"person_id": Uuid::now_v7()}), vec![("person_id", "not_found")]),
            (json!({"employer_organisation_id": Uuid::now_v7()}), vec![("employer_organisation_id", "not_found")]),
            (json!({"programme_id": Uuid::now_v7()}), vec![("programme_id", "not_found")]),
            (json!({"country": null}), vec![("country", "required")]),
            (json!({"country": "GE"}), vec![("country", "not_abroad")]),
            (json!({"country": "ZZ"}), vec![("country", "invalid_country")]),
            (json!({"location": "domestic"}), vec![("country", "not_allowed")]),
            (json!({"location": "orbit", "term": "seasonal"}), vec![("location", "invalid_value"), ("term", "invalid_value")]),
            (json!({"starts_on": in_days(2), "ends_on": null}), vec![("starts_on", "in_future")]),
            (json!({"ends_on": days_ago(40)}), vec![("ends_on", "before_start")]),
            (json!({"starts_on": "2026-2-1"}), vec![("starts_on", "invalid_date")]),
            (json!({"note": " "}), vec![("note", "required")]),
            (json!({"salary": 900}), vec![("salary", "unknown_field")]),
        ];
        for (change, expected) in cases {
            let mut body = placement(&nino, &w.employer);
            for (key, value) in change.as_object().unwrap() {
                body[key] = value.clone();
            }
            let refused = problem(app.post_as(&w.worker_a, "/api/v1/job-placements", &body).await,
                StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{change}");
        }
        let mut missing = placement(&nino, &w.employer);
        missing.as_object_mut().unwrap().remove("term");
        let refused = problem(app.post_as(&w.worker_a, "/api/v1/job-placements", &missing).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("term", "required")]));
        assert_eq!(app.count("job_placements").await, 0, "nothing is written");
        // A domestic job without a country, with a programme, is fine.
        let programme = "00000000-0000-7000-8000-000000000201";
        let domestic = json!({"person_id": nino, "location": "domestic", "employer_organisation_id": w.employer,
            "term": "permanent", "starts_on": today().to_string(), "programme_id": programme});
        let created = expect(app.post_as(&w.worker_a, "/api/v1/job-placements", &domestic).await, StatusCode::CREATED).await;
        assert_eq!(created["programme_id"], programme);
        assert_eq!(created["ends_on"], Value::Null);
    }

    async fn placements_are_listed_with_filters_and_pages(app) {
        let w = world(&app).await;
        let (nino, levan) = (person(&app, "Nino", "Beridze").await, person(&app, "Levan", "Kapanadze").await);
        let programme = "00000000-0000-7000-8000-000000000201";
        let mut made = Vec::new();
        for (who, location, term, started, with_programme) in [
            (&nino, "abroad", "temporary", 100, false),
            (&nino, "domestic", "permanent", 50, true),
            (&levan, "abroad", "permanent", 40, false),
            (&levan, "domestic", "temporary", 20, true),
            (&levan, "domestic", "permanent", 10, false),
        ] {
            let mut body = json!({"person_id": who, "location": location, "employer_organisation_id": w.employer,
                "term": term, "starts_on": days_ago(started)});
            if location == "abroad" {
                body["country"] = json!("IL");
            }
            if with_programme {
                body["programme_id"] = json!(programme);
            }
            made.push(id_of(&expect(app.post_as(&w.worker_a, "/api/v1/job-placements", &body).await, StatusCode::CREATED).await));
        }
        // Another organisation's placement is in no list of A's.
        let theirs = id_of(&expect(app.post_as(&w.worker_b, "/api/v1/job-placements", &placement(&nino, &w.employer)).await, StatusCode::CREATED).await);

        let list = |query: &str| format!("/api/v1/job-placements{query}");
        let page = expect(app.get_as(&w.counsellor_a, &list("")).await, StatusCode::OK).await;
        assert_eq!(ids(&page), made, "in the order recorded");
        assert_eq!(page["next_cursor"], Value::Null);
        let pick = |indexes: &[usize]| indexes.iter().map(|i| made[*i].clone()).collect::<Vec<_>>();
        for (query, expected) in [
            (format!("?person_id={nino}"), pick(&[0, 1])),
            (format!("?from={}", days_ago(40)), pick(&[2, 3, 4])),
            (format!("?from={}&to={}", days_ago(50), days_ago(20)), pick(&[1, 2, 3])),
            (format!("?to={}", days_ago(100)), pick(&[0])),
            ("?location=abroad".to_owned(), pick(&[0, 2])),
            ("?term=permanent&location=domestic".to_owned(), pick(&[1, 4])),
            (format!("?programme_id={programme}"), pick(&[1, 3])),
            (format!("?person_id={levan}&term=temporary"), pick(&[3])),
        ] {
            let page = expect(app.get_as(&w.worker_a, &list(&query)).await, StatusCode::OK).await;
            assert_eq!(ids(&page), expected, "{query}");
        }
        // Pages of two, then of one, give every placement once, in order.
        assert_eq!(all_pages(&app, &w.worker_a, &list(""), 2).await, made);
        assert_eq!(all_pages(&app, &w.worker_a, &list("?location=domestic"), 1).await, pick(&[1, 3, 4]));
        // Every placement listed is a read.
        for id in &made {
            assert!(audited(&app, id, "job_placement.read").await >= 1, "{id}");
        }
        assert_eq!(audited(&app, &theirs, "job_placement.read").await, 1, "only B's own answer");
        // B sees its own only; the admin sees all.
        let b_page = expect(app.get_as(&w.worker_b, &list("")).await, StatusCode::OK).await;
        assert_eq!(ids(&b_page), [theirs.as_str()]);
        let all = expect(app.get(&list("?limit=500")).await, StatusCode::OK).await;
        assert_eq!(ids(&all).len(), 6);
        // Bad filters: every error at once.
        let bad = problem(app.get_as(&w.worker_a, &list("?from=yesterday&location=moon&person_id=7&limit=0")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("person_id", "invalid_uuid"), ("from", "invalid_date"),
            ("location", "invalid_value"), ("limit", "out_of_range")]));
        let backwards = problem(app.get_as(&w.worker_a, &list(&format!("?from={}&to={}", days_ago(1), days_ago(2)))).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&backwards), pairs(&[("to", "before_start")]));
    }

    async fn a_placement_is_its_organisations(app) {
        let w = world(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let body = placement(&nino, &w.employer);
        let created = expect(app.post_as(&w.worker_a, "/api/v1/job-placements", &body).await, StatusCode::CREATED).await;
        let path = format!("/api/v1/job-placements/{}", id_of(&created));
        // Another organisation's staff find nothing, and learn nothing.
        for token in [&w.worker_b, &w.counsellor_b] {
            problem(app.get_as(token, &path).await, StatusCode::NOT_FOUND).await;
            problem(app.patch_as(token, &path, &json!({"term": "permanent"}), None).await, StatusCode::NOT_FOUND).await;
        }
        // Monitors, partners and service accounts may not touch placements at all.
        let service = service_token(&app, "placements-reader", &["persons:read", "persons:write"]).await;
        for token in [&w.monitor, &w.partner, &service] {
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, "/api/v1/job-placements").await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, "/api/v1/job-placements", &body).await, StatusCode::FORBIDDEN).await;
            // The body is not read before the permission check.
            problem(app.post_as(token, "/api/v1/job-placements", &json!({"nonsense": true})).await, StatusCode::FORBIDDEN).await;
            problem(app.patch_as(token, &path, &json!({"term": "permanent"}), None).await, StatusCode::FORBIDDEN).await;
        }
        // The recording organisation's counsellor changes it; the admin reads it.
        expect(app.patch_as(&w.counsellor_a, &path, &json!({"term": "permanent"}), None).await, StatusCode::OK).await;
        let read = expect(app.get(&path).await, StatusCode::OK).await;
        assert_eq!(read["term"], "permanent");
    }

    async fn social_enterprises_have_partners(app) {
        let w = world(&app).await;
        let (caritas, iom) = (organisation(&app, "Caritas", "ngo").await, organisation(&app, "IOM", "international_org").await);
        let second = organisation(&app, "Green Laundry", "social_enterprise").await;
        let partners = format!("/api/v1/social-enterprises/{}/partners", w.enterprise);

        // Before partners are set: none, version 0.
        let none = app.get_as(&w.counsellor_a, &partners).await;
        assert_eq!(etag(&none), "\"0\"");
        let none = expect(none, StatusCode::OK).await;
        assert_eq!(none["partners"], json!([]));
        assert_eq!((none["version"].as_i64(), none["updated_at"].as_str()), (Some(0), None));

        let set = app.put(&partners, &json!({"partner_ids": [iom, caritas]}), Some("\"0\"")).await;
        assert_eq!(etag(&set), "\"1\"");
        let set = expect(set, StatusCode::OK).await;
        let names: Vec<&str> = set["partners"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
        assert_eq!(names.len(), 2);
        assert!(names.contains(&caritas.as_str()) && names.contains(&iom.as_str()));
        assert_eq!(set["partners"][0]["kind"], "ngo", "by name: Caritas first");
        assert!(set["updated_at"].is_string());
        assert_eq!(expect(app.get_as(&w.worker_a, &partners).await, StatusCode::OK).await, set);
        // A stale version, the enterprise itself, an unknown or repeated partner.
        let stale = problem(app.put(&partners, &json!({"partner_ids": []}), Some("\"0\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 1);
        let wrong = problem(app.put(&partners, &json!({"partner_ids": [w.enterprise, caritas, caritas]}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&wrong), pairs(&[("partner_ids[0]", "not_allowed"), ("partner_ids[2]", "duplicate")]));
        let unknown = problem(app.put(&partners, &json!({"partner_ids": [caritas, Uuid::now_v7()]}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), pairs(&[("partner_ids[1]", "not_found")]));
        // Without If-Match: the whole set is replaced.
        let only = expect(app.put(&partners, &json!({"partner_ids": [caritas]}), None).await, StatusCode::OK).await;
        assert_eq!(only["version"], 2);
        assert_eq!(only["partners"].as_array().unwrap().len(), 1);

        // Only administrators set partners; monitors and partners see none.
        for token in [&w.worker_a, &w.counsellor_a, &w.monitor, &w.partner] {
            let refused = app.client.put(app.url(&partners)).bearer_auth(token)
                .json(&json!({"partner_ids": []})).send().await.unwrap();
            problem(refused, StatusCode::FORBIDDEN).await;
        }
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &partners).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, "/api/v1/social-enterprises").await, StatusCode::FORBIDDEN).await;
        }
        // Not an organisation: 404; an organisation of another kind: 422.
        problem(app.get(&format!("/api/v1/social-enterprises/{}/partners", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
        let ngo = problem(app.get(&format!("/api/v1/social-enterprises/{caritas}/partners")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(ngo["code"], "not_a_social_enterprise", "{ngo}");
        let ngo = problem(app.put(&format!("/api/v1/social-enterprises/{caritas}/partners"), &json!({"partner_ids": []}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(ngo["code"], "not_a_social_enterprise", "{ngo}");

        // The list: social enterprises only, with their partners, in pages.
        let list = expect(app.get_as(&w.counsellor_a, "/api/v1/social-enterprises").await, StatusCode::OK).await;
        assert_eq!(ids(&list), [w.enterprise.clone(), second.clone()]);
        assert_eq!(list["items"][0]["partners"][0]["id"], caritas.as_str());
        assert_eq!(list["items"][0]["partners_version"], 2);
        assert_eq!(list["items"][1]["partners"], json!([]));
        assert_eq!(list["items"][1]["partners_version"], 0);
        assert_eq!(all_pages(&app, &w.worker_a, "/api/v1/social-enterprises", 1).await, [w.enterprise.clone(), second.clone()]);
        app.patch(&format!("/api/v1/organisations/{second}"), &json!({"active": false}), None).await;
        let active = expect(app.get_as(&w.worker_a, "/api/v1/social-enterprises?active=true").await, StatusCode::OK).await;
        assert_eq!(ids(&active), [w.enterprise.as_str()]);
        assert_eq!(audited(&app, &w.enterprise, "social_enterprise.partners_set").await, 2);
    }

    async fn beneficiaries_are_enrolled_read_listed_and_changed(app) {
        let w = world(&app).await;
        let (nino, levan) = (person(&app, "Nino", "Beridze").await, person(&app, "Levan", "Kapanadze").await);
        let path = format!("/api/v1/social-enterprises/{}/beneficiaries", w.enterprise);
        let body = json!({"person_id": nino, "programme": "rehabilitation", "started_on": days_ago(60),
            "note": "Works mornings in the bakery"});
        let response = keyed(&app, &w.counsellor_a, &path, "enrol-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("{path}/{id}"));
        assert_eq!(created["social_enterprise_id"], w.enterprise.as_str());
        assert_eq!(created["organisation_id"], w.org_a.as_str());
        assert_eq!(created["programme"], "rehabilitation");
        assert_eq!(created["completed_on"], Value::Null);
        let replay = keyed(&app, &w.counsellor_a, &path, "enrol-1", &body).await;
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(id_of(&replay.json::<Value>().await.unwrap()), id);
        assert_eq!(app.count("social_enterprise_beneficiaries").await, 1);

        // Read, recorded.
        let reads = audited(&app, &id, "social_enterprise_beneficiary.read").await;
        assert_eq!(expect(app.get_as(&w.worker_a, &location).await, StatusCode::OK).await, created);
        assert_eq!(audited(&app, &id, "social_enterprise_beneficiary.read").await, reads + 1);

        // Completion by merge patch, with If-Match.
        let done = app.patch_as(&w.worker_a, &location, &json!({"completed_on": days_ago(1)}), Some("\"1\"")).await;
        assert_eq!(etag(&done), "\"2\"");
        assert_eq!(expect(done, StatusCode::OK).await["completed_on"], days_ago(1));
        problem(app.patch_as(&w.worker_a, &location, &json!({"completed_on": null}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let early = problem(app.patch_as(&w.worker_a, &location, &json!({"completed_on": days_ago(61)}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&early), pairs(&[("completed_on", "before_start")]));
        let moved = problem(app.patch_as(&w.worker_a, &location, &json!({"social_enterprise_id": Uuid::now_v7()}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&moved), pairs(&[("social_enterprise_id", "read_only")]));

        // Field checks.
        for (change, expected) in [
            (json!({"person_id": Uuid::now_v7()}), vec![("person_id", "not_found")]),
            (json!({"programme": "sports"}), vec![("programme", "invalid_value")]),
            (json!({"started_on": in_days(2)}), vec![("started_on", "in_future")]),
            (json!({"completed_on": in_days(2)}), vec![("completed_on", "in_future")]),
            (json!({"completed_on": days_ago(61)}), vec![("completed_on", "before_start")]),
        ] {
            let mut wrong = body.clone();
            for (key, value) in change.as_object().unwrap() {
                wrong[key] = value.clone();
            }
            let refused = problem(app.post_as(&w.worker_a, &path, &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{change}");
        }
        // Only at a social enterprise.
        let ngo = organisation(&app, "Caritas", "ngo").await;
        let refused = problem(app.post_as(&w.worker_a, &format!("/api/v1/social-enterprises/{ngo}/beneficiaries"), &body).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(refused["code"], "not_a_social_enterprise");
        problem(app.post_as(&w.worker_a, &format!("/api/v1/social-enterprises/{}/beneficiaries", Uuid::now_v7()), &body).await,
            StatusCode::NOT_FOUND).await;

        // The list: the caller's organisation's enrolments at this enterprise, with filters and pages.
        let mut made = vec![id.clone()];
        for (who, programme, started) in [(&levan, "employment", 30), (&nino, "training", 10), (&levan, "other", 5)] {
            let body = json!({"person_id": who, "programme": programme, "started_on": days_ago(started)});
            made.push(id_of(&expect(app.post_as(&w.worker_a, &path, &body).await, StatusCode::CREATED).await));
        }
        let theirs = id_of(&expect(app.post_as(&w.worker_b, &path, &json!({"person_id": nino, "programme": "other",
            "started_on": days_ago(3)})).await, StatusCode::CREATED).await);
        let elsewhere = organisation(&app, "Green Laundry", "social_enterprise").await;
        expect(app.post_as(&w.worker_a, &format!("/api/v1/social-enterprises/{elsewhere}/beneficiaries"),
            &json!({"person_id": nino, "programme": "other", "started_on": days_ago(3)})).await, StatusCode::CREATED).await;
        let listed = |query: &str| format!("{path}{query}");
        assert_eq!(ids(&expect(app.get_as(&w.counsellor_a, &path).await, StatusCode::OK).await), made);
        for (query, expected) in [
            (format!("?person_id={levan}"), vec![made[1].clone(), made[3].clone()]),
            ("?programme=training".to_owned(), vec![made[2].clone()]),
            (format!("?from={}&to={}", days_ago(30), days_ago(10)), vec![made[1].clone(), made[2].clone()]),
        ] {
            assert_eq!(ids(&expect(app.get_as(&w.worker_a, &listed(&query)).await, StatusCode::OK).await), expected, "{query}");
        }
        assert_eq!(all_pages(&app, &w.worker_a, &path, 3).await, made);
        assert!(audited(&app, &made[3], "social_enterprise_beneficiary.read").await >= 1);
        assert_eq!(ids(&expect(app.get_as(&w.worker_b, &path).await, StatusCode::OK).await), [theirs]);
        let bad = problem(app.get_as(&w.worker_a, &listed("?programme=sports&to=soon")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("programme", "invalid_value"), ("to", "invalid_date")]));
        let not_se = problem(app.get_as(&w.worker_a, &format!("/api/v1/social-enterprises/{ngo}/beneficiaries")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(not_se["code"], "not_a_social_enterprise");

        // Another organisation's enrolment is not found; the wrong roles are refused.
        problem(app.get_as(&w.worker_b, &location).await, StatusCode::NOT_FOUND).await;
        problem(app.patch_as(&w.counsellor_b, &location, &json!({"programme": "other"}), None).await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&w.worker_a, &format!("/api/v1/social-enterprises/{elsewhere}/beneficiaries/{id}")).await,
            StatusCode::NOT_FOUND).await;
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &location).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, &path, &body).await, StatusCode::FORBIDDEN).await;
        }
    }

    async fn job_places_are_recorded_and_counted(app) {
        let w = world(&app).await;
        let path = format!("/api/v1/social-enterprises/{}/job-places", w.enterprise);
        let response = keyed(&app, &w.counsellor_a, &path, "places-1", &json!({"term": "permanent", "created_on": days_ago(20)})).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let one: Value = response.json().await.unwrap();
        assert_eq!((one["places"].as_i64(), one["term"].as_str()), (Some(1), Some("permanent")), "one place by default");
        assert_eq!(one["organisation_id"], w.org_a.as_str());
        let replay = keyed(&app, &w.counsellor_a, &path, "places-1", &json!({"term": "permanent", "created_on": days_ago(20)})).await;
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(app.count("job_places").await, 1);
        let three = expect(app.post_as(&w.worker_a, &path, &json!({"term": "temporary", "created_on": days_ago(5), "places": 3})).await,
            StatusCode::CREATED).await;

        for (body, expected) in [
            (json!({"term": "temporary", "created_on": days_ago(1), "places": 0}), vec![("places", "out_of_range")]),
            (json!({"term": "seasonal", "created_on": in_days(2)}), vec![("term", "invalid_value"), ("created_on", "in_future")]),
            (json!({"term": "temporary", "created_on": days_ago(1), "places": "two"}), vec![("places", "invalid_type")]),
        ] {
            let refused = problem(app.post_as(&w.worker_a, &path, &body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{body}");
        }
        // Read (not personal: not recorded), listed with filters, changed.
        let log = app.count("audit_log").await;
        let read = app.get_as(&w.worker_a, &location).await;
        assert_eq!(etag(&read), "\"1\"");
        assert_eq!(expect(read, StatusCode::OK).await, one);
        assert_eq!(app.count("audit_log").await, log, "a read of job places is not recorded");
        let all = vec![id_of(&one), id_of(&three)];
        assert_eq!(ids(&expect(app.get_as(&w.counsellor_a, &path).await, StatusCode::OK).await), all);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &format!("{path}?term=temporary")).await, StatusCode::OK).await), [id_of(&three)]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &format!("{path}?to={}", days_ago(6))).await, StatusCode::OK).await), [id_of(&one)]);
        assert_eq!(all_pages(&app, &w.worker_a, &path, 1).await, all);
        let changed = app.patch_as(&w.worker_a, &location, &json!({"places": 2}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        assert_eq!(expect(changed, StatusCode::OK).await["places"], 2);
        problem(app.patch_as(&w.worker_a, &location, &json!({"places": 4}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let zero = problem(app.patch_as(&w.worker_a, &location, &json!({"places": 0}), None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&zero), pairs(&[("places", "out_of_range")]));
        assert_eq!(audited(&app, &id_of(&one), "job_place.updated").await, 1);

        // Another organisation's: not found; monitors and partners: refused.
        problem(app.get_as(&w.worker_b, &location).await, StatusCode::NOT_FOUND).await;
        problem(app.patch_as(&w.worker_b, &location, &json!({"places": 9}), None).await, StatusCode::NOT_FOUND).await;
        assert_eq!(ids(&expect(app.get_as(&w.counsellor_b, &path).await, StatusCode::OK).await), Vec::<String>::new());
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, &path, &json!({"term": "temporary", "created_on": days_ago(1)})).await, StatusCode::FORBIDDEN).await;
        }
    }

    async fn movement_assistance_is_for_foreigners(app) {
        let w = world(&app).await;
        let helper = organisation(&app, "IOM Georgia", "international_org").await;
        let anahit = foreigner(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let path = format!("/api/v1/persons/{anahit}/movements");
        let body = json!({"departed_on": days_ago(3), "destination_country": "AM", "kind": "voluntary_return",
            "help": ["travel_documents", "ticket"], "organisation_id": helper, "note": "Left by bus from Sadakhlo"});

        // A Georgian citizen is not helped to leave.
        let georgian = problem(app.post_as(&w.worker_a, &format!("/api/v1/persons/{nino}/movements"), &body).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(georgian["code"], "not_a_foreigner", "{georgian}");
        problem(app.post_as(&w.worker_a, &format!("/api/v1/persons/{}/movements", Uuid::now_v7()), &body).await, StatusCode::NOT_FOUND).await;

        let response = keyed(&app, &w.worker_a, &path, "move-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("{path}/{id}"));
        assert_eq!(created["help"], json!(["ticket", "travel_documents"]), "in a fixed order");
        assert_eq!(created["person_id"], anahit.as_str());
        assert_eq!(created["organisation_id"], helper.as_str());
        let replay = keyed(&app, &w.worker_a, &path, "move-1", &body).await;
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(app.count("movements").await, 1);

        // Field checks.
        for (change, expected) in [
            (json!({"destination_country": "GE"}), vec![("destination_country", "not_abroad")]),
            (json!({"departed_on": in_days(2)}), vec![("departed_on", "in_future")]),
            (json!({"help": []}), vec![("help", "empty")]),
            (json!({"help": ["ticket", "ticket", "flight"]}), vec![("help[1]", "duplicate"), ("help[2]", "invalid_value")]),
            (json!({"kind": "deportation"}), vec![("kind", "invalid_value")]),
            (json!({"organisation_id": Uuid::now_v7()}), vec![("organisation_id", "not_found")]),
        ] {
            let mut wrong = body.clone();
            for (key, value) in change.as_object().unwrap() {
                wrong[key] = value.clone();
            }
            let refused = problem(app.post_as(&w.worker_a, &path, &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{change}");
        }

        // Reads are recorded; whoever reads persons reads it (a counsellor too).
        let reads = audited(&app, &id, "movement_assistance.read").await;
        assert_eq!(expect(app.get_as(&w.counsellor_b, &location).await, StatusCode::OK).await, created);
        assert_eq!(audited(&app, &id, "movement_assistance.read").await, reads + 1);
        let onward = expect(app.post_as(&w.worker_b, &path, &json!({"departed_on": days_ago(1), "destination_country": "TR",
            "kind": "onward_movement", "help": ["escort"], "organisation_id": helper})).await, StatusCode::CREATED).await;
        let page = expect(app.get_as(&w.counsellor_a, &path).await, StatusCode::OK).await;
        assert_eq!(ids(&page), [id.clone(), id_of(&onward)]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &format!("{path}?kind=onward_movement")).await, StatusCode::OK).await), [id_of(&onward)]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &format!("{path}?to={}", days_ago(2))).await, StatusCode::OK).await), [id.as_str()]);
        assert_eq!(all_pages(&app, &w.worker_a, &path, 1).await, [id.clone(), id_of(&onward)]);
        assert!(audited(&app, &anahit, "person.movements_read").await >= 1);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &format!("/api/v1/persons/{nino}/movements")).await, StatusCode::OK).await), Vec::<String>::new());
        problem(app.get_as(&w.worker_a, &format!("/api/v1/persons/{nino}/movements/{id}")).await, StatusCode::NOT_FOUND).await;

        // A merge patch with If-Match.
        let changed = app.patch_as(&w.worker_a, &location, &json!({"help": ["escort", "reception_arranged"]}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        assert_eq!(expect(changed, StatusCode::OK).await["help"], json!(["escort", "reception_arranged"]));
        problem(app.patch_as(&w.worker_a, &location, &json!({"kind": "onward_movement"}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let home = problem(app.patch_as(&w.worker_a, &location, &json!({"destination_country": "GE"}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&home), pairs(&[("destination_country", "not_abroad")]));
        // Once the person is known to be Georgian, their movements are not changed.
        let person_path = format!("/api/v1/persons/{anahit}");
        expect(app.patch(&person_path, &json!({"citizenship": "GE", "residence_status": "citizen"}), None).await, StatusCode::OK).await;
        let now_georgian = problem(app.patch_as(&w.worker_a, &location, &json!({"note": "Corrected"}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(now_georgian["code"], "not_a_foreigner");
        expect(app.patch(&person_path, &json!({"citizenship": "stateless", "residence_status": "permanent_resident"}), None).await, StatusCode::OK).await;
        expect(app.patch_as(&w.worker_a, &location, &json!({"note": "Corrected"}), None).await, StatusCode::OK).await;

        // Who may: persons writers record, persons readers read; a writer who may not read gets the id only.
        problem(app.post_as(&w.counsellor_a, &path, &body).await, StatusCode::FORBIDDEN).await;
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &location).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, &path, &body).await, StatusCode::FORBIDDEN).await;
        }
        let writer = service_token(&app, "movement-writer", &["persons:write"]).await;
        let written = expect(app.post_as(&writer, &path, &body).await, StatusCode::CREATED).await;
        assert_eq!(written.as_object().unwrap().keys().collect::<Vec<_>>(), ["id", "version"], "{written}");
        problem(app.get_as(&writer, &path).await, StatusCode::FORBIDDEN).await;
        let reader = service_token(&app, "movement-reader", &["persons:read"]).await;
        expect(app.get_as(&reader, &location).await, StatusCode::OK).await;
    }

    async fn the_export_and_access_log_include_the_records(app) {
        let w = world(&app).await;
        let helper = organisation(&app, "IOM Georgia", "international_org").await;
        let anahit = foreigner(&app).await;
        let placed = expect(app.post_as(&w.worker_a, "/api/v1/job-placements", &placement(&anahit, &w.employer)).await, StatusCode::CREATED).await;
        let enrolled = expect(app.post_as(&w.worker_a, &format!("/api/v1/social-enterprises/{}/beneficiaries", w.enterprise),
            &json!({"person_id": anahit, "programme": "employment", "started_on": days_ago(5)})).await, StatusCode::CREATED).await;
        let moved = expect(app.post_as(&w.worker_a, &format!("/api/v1/persons/{anahit}/movements"),
            &json!({"departed_on": days_ago(1), "destination_country": "AM", "kind": "voluntary_return",
                "help": ["ticket"], "organisation_id": helper})).await, StatusCode::CREATED).await;
        let export = expect(app.get(&format!("/api/v1/persons/{anahit}/export")).await, StatusCode::OK).await;
        assert_eq!(export["job_placements"], json!([placed]));
        assert_eq!(export["social_enterprise_enrolments"], json!([enrolled]));
        assert_eq!(export["movements"], json!([moved]));
        let log = expect(app.get(&format!("/api/v1/persons/{anahit}/access-log?limit=500")).await, StatusCode::OK).await;
        let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        for action in ["job_placement.created", "social_enterprise_beneficiary.enrolled", "movement_assistance.created",
            "job_placement.read", "movement_assistance.read"] {
            assert!(actions.contains(&action), "{action} is not in {actions:?}");
        }
    }

    async fn an_erased_persons_records_are_kept_and_frozen(app) {
        let w = world(&app).await;
        let helper = organisation(&app, "IOM Georgia", "international_org").await;
        let anahit = foreigner(&app).await;
        let placed = expect(app.post_as(&w.worker_a, "/api/v1/job-placements", &placement(&anahit, &w.employer)).await, StatusCode::CREATED).await;
        let beneficiaries = format!("/api/v1/social-enterprises/{}/beneficiaries", w.enterprise);
        let enrolled = expect(app.post_as(&w.worker_a, &beneficiaries,
            &json!({"person_id": anahit, "programme": "employment", "started_on": days_ago(5), "note": "Baker"})).await, StatusCode::CREATED).await;
        let movements = format!("/api/v1/persons/{anahit}/movements");
        let moved = expect(app.post_as(&w.worker_a, &movements,
            &json!({"departed_on": days_ago(1), "destination_country": "AM", "kind": "voluntary_return",
                "help": ["ticket"], "organisation_id": helper, "note": "By bus"})).await, StatusCode::CREATED).await;
        expect(app.post(&format!("/api/v1/persons/{anahit}/erase"), &json!({"reason": "Request of the data subject"})).await,
            StatusCode::OK).await;

        let placement_path = format!("/api/v1/job-placements/{}", id_of(&placed));
        let kept = expect(app.get_as(&w.worker_a, &placement_path).await, StatusCode::OK).await;
        assert_eq!(kept["note"], "[erased]");
        for field in ["starts_on", "ends_on", "term", "location", "country", "employer_organisation_id"] {
            assert_eq!(kept[field], placed[field], "{field}");
        }
        let enrolment_path = format!("{beneficiaries}/{}", id_of(&enrolled));
        let kept = expect(app.get_as(&w.worker_a, &enrolment_path).await, StatusCode::OK).await;
        assert_eq!((kept["note"].as_str(), kept["programme"].as_str()), (Some("[erased]"), Some("employment")));
        let movement_path = format!("{movements}/{}", id_of(&moved));
        let kept = expect(app.get_as(&w.worker_a, &movement_path).await, StatusCode::OK).await;
        assert_eq!(kept["note"], "[erased]");
        assert_eq!((kept["destination_country"].clone(), kept["help"].clone()), (moved["destination_country"].clone(), moved["help"].clone()));

        // Nothing about the erased person changes, and nothing new is recorded.
        for (path, patch) in [(&placement_path, json!({"term": "permanent"})), (&enrolment_path, json!({"programme": "other"})),
            (&movement_path, json!({"kind": "onward_movement"}))] {
            let refused = problem(app.patch_as(&w.worker_a, path, &patch, None).await, StatusCode::CONFLICT).await;
            assert_eq!(refused["code"], "erased", "{path}: {refused}");
        }
        problem(app.post_as(&w.worker_a, "/api/v1/job-placements", &placement(&anahit, &w.employer)).await, StatusCode::CONFLICT).await;
        problem(app.post_as(&w.worker_a, &beneficiaries, &json!({"person_id": anahit, "programme": "other", "started_on": days_ago(1)})).await,
            StatusCode::CONFLICT).await;
        problem(app.post_as(&w.worker_a, &movements, &json!({"departed_on": days_ago(1), "destination_country": "AM",
            "kind": "voluntary_return", "help": ["ticket"], "organisation_id": helper})).await, StatusCode::CONFLICT).await;
        // Nor a contact about a programme, nor a case of one.
        let programme = crate::reports::programme(&app, "ERASED-PERSON").await;
        let contact = json!({"person_id": anahit, "programme_id": programme, "contacted_on": days_ago(1),
            "channel": "phone", "outcome": "informed"});
        let refused = problem(app.post_as(&w.worker_a, "/api/v1/contacts", &contact).await, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased");
        let refused = problem(app.post_as(&w.worker_a, "/api/v1/cases", &json!({"person_id": anahit, "programme_id": programme})).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased");
        // Nor joins a household.
        let household = expect(app.post("/api/v1/households", &json!({"name": "Hakobyan"})).await, StatusCode::CREATED).await;
        let members = format!("/api/v1/households/{}/members", id_of(&household));
        let refused = problem(app.post(&members, &json!({"person_id": anahit})).await, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased");
    }
}
