//! Integration of immigrants (issue 13, items 7 and 8): residence permits on a
//! foreigner's record (one of a type at a time; the permits expiring soon) and
//! integration services delivered (a service record of the organisation that
//! recorded it). Create (idempotent), read (audited), list with filters and
//! cursor pages, merge patch with `If-Match`, field validation, who reaches
//! which record, export, access log and erasure.

use integra_tests::{both_backends, etag, expect, field_errors, id_of, json, problem, StatusCode};
use serde_json::Value;
use uuid::Uuid;

use crate::authorization::service_token;
use crate::placements_and_enterprises::{
    all_pages, audited, days_ago, foreigner, ids, in_days, keyed, organisation, pairs, person,
    world,
};

fn permit(kind: &str, issued: String, until: Option<String>) -> Value {
    json!({"type": kind, "number": "RP-2025-004211", "issued_on": issued, "valid_until": until,
        "issuing_authority": "Public Service Development Agency", "note": "Card collected in person"})
}

fn service(person: &str, provider: &str) -> Value {
    json!({"person_id": person, "type": "language", "provider_organisation_id": provider,
        "starts_on": days_ago(60), "ends_on": days_ago(5), "hours": 120.5, "outcome": "completed",
        "note": "Georgian A2 course"})
}

both_backends! {
    async fn a_foreigner_holds_one_residence_permit_of_a_type_at_a_time(app) {
        let w = world(&app).await;
        let anahit = foreigner(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let path = format!("/api/v1/persons/{anahit}/residence-permits");
        let body = permit("work", days_ago(300), Some(in_days(65)));

        // A Georgian citizen holds no residence permit; an unknown person is not found.
        let georgian = problem(app.post_as(&w.worker_a, &format!("/api/v1/persons/{nino}/residence-permits"), &body).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(georgian["code"], "not_a_foreigner", "{georgian}");
        problem(app.post_as(&w.worker_a, &format!("/api/v1/persons/{}/residence-permits", Uuid::now_v7()), &body).await,
            StatusCode::NOT_FOUND).await;

        let response = keyed(&app, &w.worker_a, &path, "permit-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("{path}/{id}"));
        for field in ["type", "number", "issued_on", "valid_until", "issuing_authority", "note"] {
            assert_eq!(created[field], body[field], "{field}");
        }
        assert_eq!(created["person_id"], anahit.as_str());
        assert_eq!(audited(&app, &id, "residence_permit.created").await, 1);
        let replay = keyed(&app, &w.worker_a, &path, "permit-1", &body).await;
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(replay.json::<Value>().await.unwrap(), created);
        assert_eq!(app.count("residence_permits").await, 1);

        // Field checks, every error at once; nothing is written.
        for (change, expected) in [
            (json!({"valid_until": null}), vec![("valid_until", "required")]),
            (json!({"issued_on": in_days(1)}), vec![("issued_on", "in_future")]),
            (json!({"valid_until": days_ago(400)}), vec![("valid_until", "before_start")]),
            (json!({"type": "tourist", "number": " ", "issuing_authority": ""}),
                vec![("type", "invalid_value"), ("number", "required"), ("issuing_authority", "required")]),
            (json!({"number": "x".repeat(51)}), vec![("number", "too_long")]),
        ] {
            let mut wrong = body.clone();
            for (key, value) in change.as_object().unwrap() {
                wrong[key] = value.clone();
            }
            let refused = problem(app.post_as(&w.worker_a, &path, &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{change}");
        }
        let unknown = problem(app.post_as(&w.worker_a, &path, &json!({"type": "work", "colour": "blue"})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(!field_errors(&unknown).is_empty(), "{unknown}");
        assert_eq!(app.count("residence_permits").await, 1);

        // One permit of a type at a time: validity is inclusive, so an earlier
        // permit that ends on the day this one was issued overlaps it; one that
        // ends the day before does not; another type may overlap.
        let overlapping = permit("work", days_ago(10), Some(in_days(400)));
        let refused = problem(app.post_as(&w.worker_a, &path, &overlapping).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("issued_on", "overlaps")]), "{refused}");
        assert!(refused.to_string().contains(&id), "the clash names the permit in the way: {refused}");
        let touching = permit("work", days_ago(800), Some(days_ago(300)));
        let refused = problem(app.post_as(&w.worker_a, &path, &touching).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("issued_on", "overlaps")]), "{refused}");
        let study = expect(app.post_as(&w.worker_b, &path, &permit("study", days_ago(30), Some(in_days(300)))).await,
            StatusCode::CREATED).await;
        let earlier = expect(app.post_as(&w.worker_a, &path, &permit("work", days_ago(800), Some(days_ago(301)))).await,
            StatusCode::CREATED).await;
        assert_eq!(app.count("residence_permits").await, 3);

        // Reads are recorded; whoever reads persons reads them (a counsellor of another organisation too).
        let reads = audited(&app, &id, "residence_permit.read").await;
        assert_eq!(expect(app.get_as(&w.counsellor_b, &location).await, StatusCode::OK).await, created);
        assert_eq!(audited(&app, &id, "residence_permit.read").await, reads + 1);
        let earlier_reads = audited(&app, &id_of(&earlier), "residence_permit.read").await;
        let list = expect(app.get_as(&w.counsellor_a, &path).await, StatusCode::OK).await;
        assert_eq!(ids(&list), [id.clone(), id_of(&study), id_of(&earlier)]);
        assert_eq!(list["next_cursor"], Value::Null);
        assert!(audited(&app, &anahit, "person.residence_permits_read").await >= 1);
        assert_eq!(audited(&app, &id_of(&earlier), "residence_permit.read").await, earlier_reads + 1);
        // Another person's path does not reach the permit.
        problem(app.get_as(&w.worker_a, &format!("/api/v1/persons/{nino}/residence-permits/{id}")).await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&w.worker_a, &format!("/api/v1/persons/{}/residence-permits", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;

        // A merge patch with If-Match: the renewal moves the end; overlap is checked on change too.
        let changed = app.patch_as(&w.worker_a, &location, &json!({"valid_until": in_days(120)}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        assert_eq!(expect(changed, StatusCode::OK).await["valid_until"], in_days(120));
        problem(app.patch_as(&w.worker_a, &location, &json!({"number": "RP-9"}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let clash = problem(app.patch_as(&w.worker_a, &location, &json!({"issued_on": days_ago(302)}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&clash), pairs(&[("issued_on", "overlaps")]));
        let permanent = expect(app.patch_as(&w.worker_a, &format!("{path}/{}", id_of(&study)),
            &json!({"type": "permanent", "valid_until": null}), None).await, StatusCode::OK).await;
        assert_eq!((permanent["type"].as_str(), permanent["valid_until"].clone()), (Some("permanent"), Value::Null));
        let read_only = problem(app.patch_as(&w.worker_a, &location, &json!({"person_id": nino}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&read_only), pairs(&[("person_id", "read_only")]));

        // Who may: persons writers record, persons readers read; a writer who may not read gets the id only.
        problem(app.post_as(&w.counsellor_a, &path, &body).await, StatusCode::FORBIDDEN).await;
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &location).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, "/api/v1/residence-permits/expiring").await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, &path, &body).await, StatusCode::FORBIDDEN).await;
        }
        let writer = service_token(&app, "permit-writer", &["persons:write"]).await;
        let family = permit("family", days_ago(10), Some(in_days(355)));
        let written = expect(app.post_as(&writer, &path, &family).await, StatusCode::CREATED).await;
        assert_eq!(written.as_object().unwrap().keys().collect::<Vec<_>>(), ["id", "version"], "{written}");
        problem(app.get_as(&writer, &path).await, StatusCode::FORBIDDEN).await;
        let reader = service_token(&app, "permit-reader", &["persons:read"]).await;
        expect(app.get_as(&reader, &location).await, StatusCode::OK).await;
    }

    async fn permits_expiring_soon_are_listed_soonest_first(app) {
        let w = world(&app).await;
        let mut expected = Vec::new();
        // Four foreigners: permits ending today, in 10 days (two of them) and in 40 days,
        // one that ended yesterday and a permanent one without an end.
        let mut by_end: Vec<(u64, String)> = Vec::new();
        for (n, ends) in [(0, Some(10)), (1, Some(0)), (2, Some(40)), (3, Some(10))] {
            let person = foreigner(&app).await;
            let path = format!("/api/v1/persons/{person}/residence-permits");
            let created = expect(app.post_as(&w.worker_a, &path,
                &permit("work", days_ago(100 + n), ends.map(in_days))).await, StatusCode::CREATED).await;
            by_end.push((ends.unwrap_or(u64::MAX), id_of(&created)));
            if n == 0 {
                expect(app.post_as(&w.worker_a, &path, &permit("permanent", days_ago(5), None)).await, StatusCode::CREATED).await;
                expect(app.post_as(&w.worker_a, &path, &permit("study", days_ago(400), Some(days_ago(1)))).await,
                    StatusCode::CREATED).await;
            }
        }
        by_end.sort();
        expected.extend(by_end.iter().map(|(_, id)| id.clone()));

        let within = |days: i64| format!("/api/v1/residence-permits/expiring?within_days={days}");
        let all = expect(app.get_as(&w.counsellor_b, &within(40)).await, StatusCode::OK).await;
        assert_eq!(ids(&all), expected, "soonest first, ties in the order recorded");
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &within(0)).await, StatusCode::OK).await), expected[..1]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &within(39)).await, StatusCode::OK).await), expected[..3]);
        // Thirty days when not given.
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, "/api/v1/residence-permits/expiring").await, StatusCode::OK).await),
            expected[..3]);
        // Page by page, the same order.
        assert_eq!(all_pages(&app, &w.worker_a, &within(40), 1).await, expected);
        assert_eq!(all_pages(&app, &w.worker_a, &within(40), 3).await, expected);
        // Each permit listed is a read.
        for id in &expected {
            assert!(audited(&app, id, "residence_permit.read").await >= 1, "{id}");
        }
        // Bad look-ahead or cursor: a clear 422 naming the field.
        let bad = problem(app.get_as(&w.worker_a, &format!("{}&limit=0", within(367))).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("within_days", "out_of_range"), ("limit", "out_of_range")]));
        let negative = problem(app.get_as(&w.worker_a, &within(-1)).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&negative), pairs(&[("within_days", "out_of_range")]));
        problem(app.get_as(&w.worker_a, "/api/v1/residence-permits/expiring?within_days=soon").await, StatusCode::BAD_REQUEST).await;
    }

    async fn integration_services_belong_to_the_recording_organisation(app) {
        let w = world(&app).await;
        let school = organisation(&app, "Tbilisi Language School", "ngo").await;
        let anahit = foreigner(&app).await;
        let body = service(&anahit, &school);

        let response = keyed(&app, &w.counsellor_a, "/api/v1/integration-services", "service-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("/api/v1/integration-services/{id}"));
        for field in ["person_id", "type", "provider_organisation_id", "starts_on", "ends_on", "hours", "outcome", "note"] {
            assert_eq!(created[field], body[field], "{field}");
        }
        assert_eq!(created["organisation_id"], w.org_a.as_str());
        let replay = keyed(&app, &w.counsellor_a, "/api/v1/integration-services", "service-1", &body).await;
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(app.count("integration_services").await, 1);

        // Field checks, every error at once; nothing is written.
        for (change, expected) in [
            (json!({"hours": 1.25}), vec![("hours", "invalid_step")]),
            (json!({"hours": 0}), vec![("hours", "out_of_range")]),
            (json!({"outcome": "ongoing"}), vec![("ends_on", "not_allowed")]),
            (json!({"ends_on": null}), vec![("ends_on", "required")]),
            (json!({"ends_on": in_days(1)}), vec![("ends_on", "in_future")]),
            (json!({"type": "sport", "starts_on": "2026-13-01"}), vec![("type", "invalid_value"), ("starts_on", "invalid_date")]),
            (json!({"person_id": Uuid::now_v7(), "provider_organisation_id": Uuid::now_v7()}),
                vec![("person_id", "not_found"), ("provider_organisation_id", "not_found")]),
        ] {
            let mut wrong = body.clone();
            for (key, value) in change.as_object().unwrap() {
                wrong[key] = value.clone();
            }
            let refused = problem(app.post_as(&w.counsellor_a, "/api/v1/integration-services", &wrong).await,
                StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{change}");
        }
        assert_eq!(app.count("integration_services").await, 1);

        // The recording organisation's staff see it; another organisation's do not learn it exists.
        let reads = audited(&app, &id, "integration_service.read").await;
        assert_eq!(expect(app.get_as(&w.worker_a, &location).await, StatusCode::OK).await, created);
        assert_eq!(audited(&app, &id, "integration_service.read").await, reads + 1);
        for token in [&w.worker_b, &w.counsellor_b] {
            problem(app.get_as(token, &location).await, StatusCode::NOT_FOUND).await;
            problem(app.patch_as(token, &location, &json!({"hours": 2}), None).await, StatusCode::NOT_FOUND).await;
            let theirs = expect(app.get_as(token, "/api/v1/integration-services").await, StatusCode::OK).await;
            assert_eq!(ids(&theirs), Vec::<String>::new());
        }
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &location).await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, "/api/v1/integration-services", &body).await, StatusCode::FORBIDDEN).await;
        }

        // Filters and pages.
        let legal = expect(app.post_as(&w.worker_a, "/api/v1/integration-services", &json!({"person_id": anahit,
            "type": "legal_counselling", "provider_organisation_id": w.org_a, "starts_on": days_ago(2), "hours": 1.5,
            "outcome": "ongoing"})).await, StatusCode::CREATED).await;
        assert_eq!(legal["hours"], 1.5);
        assert_eq!(legal["ends_on"], Value::Null);
        let list = |query: &str| format!("/api/v1/integration-services?{query}");
        assert_eq!(all_pages(&app, &w.counsellor_a, &list(&format!("person_id={anahit}")), 1).await, [id.clone(), id_of(&legal)]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &list("type=legal_counselling")).await, StatusCode::OK).await), [id_of(&legal)]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &list(&format!("provider_organisation_id={school}"))).await, StatusCode::OK).await),
            [id.as_str()]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &list(&format!("from={}", days_ago(10)))).await, StatusCode::OK).await),
            [id_of(&legal)]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, &list(&format!("to={}", days_ago(10)))).await, StatusCode::OK).await),
            [id.as_str()]);
        let bad = problem(app.get_as(&w.worker_a, &list(&format!("type=sport&from={}&to={}", days_ago(1), days_ago(3)))).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("type", "invalid_value"), ("to", "before_start")]));

        // A merge patch with If-Match: the course ends.
        let legal_path = format!("/api/v1/integration-services/{}", id_of(&legal));
        let ended = app.patch_as(&w.counsellor_a, &legal_path, &json!({"outcome": "completed", "ends_on": days_ago(1), "hours": 3}),
            Some("\"1\"")).await;
        assert_eq!(etag(&ended), "\"2\"");
        let ended = expect(ended, StatusCode::OK).await;
        assert_eq!((ended["outcome"].as_str(), ended["hours"].as_f64()), (Some("completed"), Some(3.0)));
        problem(app.patch_as(&w.counsellor_a, &legal_path, &json!({"hours": 4}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let owner = problem(app.patch_as(&w.counsellor_a, &legal_path, &json!({"organisation_id": Uuid::now_v7()}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&owner), pairs(&[("organisation_id", "read_only")]));
    }

    async fn export_access_log_and_erasure_cover_the_integration_records(app) {
        let w = world(&app).await;
        let school = organisation(&app, "Tbilisi Language School", "ngo").await;
        let anahit = foreigner(&app).await;
        let permits = format!("/api/v1/persons/{anahit}/residence-permits");
        // Recorded with Idempotency-Keys: the stored answers carry the personal data too.
        let held = keyed(&app, &w.worker_a, &permits, "erase-permit", &permit("work", days_ago(30), Some(in_days(300)))).await;
        let held = expect(held, StatusCode::CREATED).await;
        let served = keyed(&app, &w.worker_a, "/api/v1/integration-services", "erase-service", &service(&anahit, &school)).await;
        let served = expect(served, StatusCode::CREATED).await;
        let export = expect(app.get(&format!("/api/v1/persons/{anahit}/export")).await, StatusCode::OK).await;
        assert_eq!(export["residence_permits"], json!([held]));
        assert_eq!(export["integration_services"], json!([served]));
        let log = expect(app.get(&format!("/api/v1/persons/{anahit}/access-log?limit=500")).await, StatusCode::OK).await;
        let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        for action in ["residence_permit.created", "integration_service.created"] {
            assert!(actions.contains(&action), "{action} is not in {actions:?}");
        }

        expect(app.post(&format!("/api/v1/persons/{anahit}/erase"), &json!({"reason": "Request of the data subject"})).await,
            StatusCode::OK).await;
        let permit_path = format!("{permits}/{}", id_of(&held));
        let kept = expect(app.get_as(&w.worker_a, &permit_path).await, StatusCode::OK).await;
        assert_eq!((kept["number"].as_str(), kept["note"].as_str()), (Some("[erased]"), Some("[erased]")));
        for field in ["type", "issued_on", "valid_until", "issuing_authority"] {
            assert_eq!(kept[field], held[field], "{field}");
        }
        let service_path = format!("/api/v1/integration-services/{}", id_of(&served));
        let kept = expect(app.get_as(&w.worker_a, &service_path).await, StatusCode::OK).await;
        assert_eq!(kept["note"], "[erased]");
        for field in ["type", "starts_on", "ends_on", "hours", "outcome", "provider_organisation_id"] {
            assert_eq!(kept[field], served[field], "{field}");
        }
        // The erased values are nowhere in the database.
        let found = app.search_database(&["RP-2025-004211".to_owned(), "Georgian A2 course".to_owned()]).await;
        assert_eq!(found, Vec::new(), "stored answers of idempotent requests included");

        // Nothing about the erased person changes, and nothing new is recorded.
        for (path, patch) in [(&permit_path, json!({"note": "again"})), (&service_path, json!({"hours": 2}))] {
            let refused = problem(app.patch_as(&w.worker_a, path, &patch, None).await, StatusCode::CONFLICT).await;
            assert_eq!(refused["code"], "erased", "{path}: {refused}");
        }
        problem(app.post_as(&w.worker_a, &permits, &permit("study", days_ago(1), Some(in_days(30)))).await, StatusCode::CONFLICT).await;
        problem(app.post_as(&w.worker_a, "/api/v1/integration-services", &service(&anahit, &school)).await, StatusCode::CONFLICT).await;
    }
}

/// A foreigner of `citizenship` (none: not recorded), `sex` and `region`; their id.
async fn foreign(
    app: &integra_tests::TestApp,
    citizenship: Option<&str>,
    sex: &str,
    region: &str,
) -> String {
    let mut body = integra_tests::person_body("Foreign", "Resident");
    body["personal_number"] = Value::Null;
    body["citizenship"] = json!(citizenship);
    body["residence_status"] = json!("temporary_resident");
    body["sex"] = json!(sex);
    body["region"] = json!(region);
    id_of(&app.create_person(&body).await)
}

/// The value of figure `id` in a report.
pub(crate) fn figure(report: &Value, id: &str) -> Value {
    report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .map_or_else(|| panic!("no {id} in {report}"), |f| f["value"].clone())
}

/// Every figure of a report as (id, value), in order.
pub(crate) fn all_figures(report: &Value) -> Vec<(String, Value)> {
    report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["id"].as_str().unwrap().to_owned(), f["value"].clone()))
        .collect()
}

both_backends! {
    async fn the_integration_report_counts_permits_and_services_exactly(app) {
        let w = world(&app).await;
        let school = organisation(&app, "Tbilisi Language School", "ngo").await;
        let legal = organisation(&app, "Legal Aid Georgia", "ngo").await;
        let permit_of = |person: &str| format!("/api/v1/persons/{person}/residence-permits");
        let record = |token: String, path: String, body: Value| {
            let app = &app;
            async move { expect(app.post_as(&token, &path, &body).await, StatusCode::CREATED).await }
        };
        let served = |person: &str, kind: &str, provider: &str, start: u64, end: Option<u64>, hours: f64| {
            let mut body = json!({"person_id": person, "type": kind, "provider_organisation_id": provider,
                "starts_on": days_ago(start), "hours": hours, "outcome": "completed"});
            match end {
                Some(end) => body["ends_on"] = json!(days_ago(end)),
                None => body["outcome"] = json!("ongoing"),
            }
            body
        };
        // The period: the last 200 days.
        let period = format!("from={}&to={}", days_ago(200), days_ago(0));

        // A1 (AM, female, Tbilisi): a work permit valid through the period; a
        // language course and legal counselling recorded by A.
        let a1 = foreign(&app, Some("AM"), "female", "GE-TB").await;
        record(w.worker_a.clone(), permit_of(&a1), permit("work", days_ago(300), Some(in_days(20)))).await;
        record(w.counsellor_a.clone(), "/api/v1/integration-services".into(), served(&a1, "language", &school, 100, Some(10), 40.5)).await;
        record(w.counsellor_a.clone(), "/api/v1/integration-services".into(), served(&a1, "legal_counselling", &legal, 50, None, 2.0)).await;
        // A2 (AM, male): a study permit that ended in the period, then a work permit.
        let a2 = foreign(&app, Some("AM"), "male", "GE-TB").await;
        record(w.worker_a.clone(), permit_of(&a2), permit("study", days_ago(500), Some(days_ago(150)))).await;
        record(w.worker_b.clone(), permit_of(&a2), permit("work", days_ago(100), Some(in_days(265)))).await;
        // T1 (TR, male): a permanent permit without an end; nothing else.
        let t1 = foreign(&app, Some("TR"), "male", "GE-TB").await;
        record(w.worker_a.clone(), permit_of(&t1), permit("permanent", days_ago(1000), None)).await;
        // S1 (stateless, male, Imereti): a language course recorded by B, no permit.
        let s1 = foreign(&app, Some("stateless"), "male", "GE-IM").await;
        record(w.counsellor_b.clone(), "/api/v1/integration-services".into(), served(&s1, "language", &school, 20, Some(1), 10.0)).await;
        // U1 (citizenship not recorded, female): a family permit from the period's start.
        let u1 = foreign(&app, None, "female", "GE-IM").await;
        record(w.worker_a.clone(), permit_of(&u1), permit("family", days_ago(200), Some(in_days(100)))).await;
        // X (AM): a permit that ended and a course that started before the period.
        let x = foreign(&app, Some("AM"), "female", "GE-TB").await;
        record(w.worker_a.clone(), permit_of(&x), permit("work", days_ago(600), Some(days_ago(201)))).await;
        record(w.counsellor_a.clone(), "/api/v1/integration-services".into(), served(&x, "language", &school, 250, Some(220), 30.0)).await;
        // A Georgian with nothing of this stream.
        person(&app, "Nino", "Beridze").await;

        let report = |token: String, query: String| {
            let app = &app;
            async move {
                expect(app.get_as(&token, &format!("/api/v1/reports/integration?{query}")).await, StatusCode::OK).await
            }
        };
        let everyone = report(app.admin_token.clone(), period.clone()).await;
        let mut expected: Vec<(String, Value)> = vec![
            ("persons".into(), json!(5)),
            ("persons.nationality.AM".into(), json!(2)),
            ("persons.nationality.TR".into(), json!(1)),
            ("persons.nationality.stateless".into(), json!(1)),
            ("persons.nationality.unknown".into(), json!(1)),
            ("persons_with_permit".into(), json!(4)),
            ("persons_with_permit.work".into(), json!(2)),
            ("persons_with_permit.study".into(), json!(1)),
            ("persons_with_permit.family".into(), json!(1)),
            ("persons_with_permit.permanent".into(), json!(1)),
            ("persons_with_permit.investment".into(), json!(0)),
            ("persons_with_permit.other".into(), json!(0)),
            ("permits_expiring".into(), json!(1)),
            ("persons_served".into(), json!(2)),
            ("persons_served.language".into(), json!(2)),
            ("persons_served.civic_orientation".into(), json!(0)),
            ("persons_served.legal_counselling".into(), json!(1)),
            ("persons_served.employment_counselling".into(), json!(0)),
            ("persons_served.other".into(), json!(0)),
            ("services".into(), json!(3)),
            ("services.language".into(), json!(2)),
            ("services.civic_orientation".into(), json!(0)),
            ("services.legal_counselling".into(), json!(1)),
            ("services.employment_counselling".into(), json!(0)),
            ("services.other".into(), json!(0)),
            ("hours.language".into(), json!(50.5)),
            ("hours.civic_orientation".into(), json!(0)),
            ("hours.legal_counselling".into(), json!(2)),
            ("hours.employment_counselling".into(), json!(0)),
            ("hours.other".into(), json!(0)),
        ];
        let mut providers = [(school.clone(), 2, 2), (legal.clone(), 1, 1)];
        providers.sort();
        for (provider, services, persons) in &providers {
            expected.push((format!("services.provider.{provider}"), json!(services)));
            expected.push((format!("persons_served.provider.{provider}"), json!(persons)));
        }
        // (Sorted by key as the report sorts nationalities.)
        expected[1..5].sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(all_figures(&everyone), expected);
        assert_eq!(everyone["suppressed"], json!([]));
        assert_eq!(everyone["period"]["from"], days_ago(200));

        // The same figures as CSV, one row each.
        let csv = app.client.get(app.url(&format!("/api/v1/reports/integration?{period}")))
            .bearer_auth(&app.admin_token).header("Accept", "text/csv").send().await.unwrap();
        assert_eq!(csv.status(), StatusCode::OK);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = csv.text().await.unwrap();
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows[0], "figure,value,definition");
        assert_eq!(rows.len(), expected.len() + 1);
        for ((id, value), row) in expected.iter().zip(&rows[1..]) {
            let text = value.to_string();
            assert!(row.starts_with(&format!("{id},{text},")), "{row} is not {id},{text}");
        }

        // An organisation's staff count the services it recorded; permits are everyone's.
        let org_a = report(w.worker_a.clone(), period.clone()).await;
        for (id, value) in [("persons", 4), ("persons_with_permit", 4), ("persons_served", 1), ("services", 2),
            ("services.language", 1)] {
            assert_eq!(figure(&org_a, id), json!(value), "{id}");
        }
        assert_eq!(figure(&org_a, "hours.language"), json!(40.5));
        let org_b = report(w.counsellor_b.clone(), period.clone()).await;
        assert_eq!((figure(&org_b, "persons_served"), figure(&org_b, "hours.language")), (json!(1), json!(10)));

        // Filters on persons: women; a region; an age band (all born in 1988).
        let women = report(app.admin_token.clone(), format!("{period}&sex=female")).await;
        assert_eq!((figure(&women, "persons"), figure(&women, "persons_with_permit.family")), (json!(2), json!(1)));
        assert_eq!(figure(&women, "hours.language"), json!(40.5));
        let imereti = report(app.admin_token.clone(), format!("{period}&region=GE-IM")).await;
        assert_eq!((figure(&imereti, "persons"), figure(&imereti, "services")), (json!(2), json!(1)));
        let young = report(app.admin_token.clone(), format!("{period}&age_band=18-24")).await;
        assert_eq!(figure(&young, "persons"), json!(0));
        // A period before any of it: zeros.
        let early = report(app.admin_token.clone(), "from=2000-01-01&to=2000-12-31".into()).await;
        assert_eq!(figure(&early, "persons"), json!(0));
        let bad = problem(app.get(&format!("/api/v1/reports/integration?from={}", days_ago(1))).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("to", "required")]));

        // Monitors: every count from 1 to 4 is null, and what would give one away.
        let monitored = report(w.monitor.clone(), period.clone()).await;
        let suppressed: Vec<String> = serde_json::from_value(monitored["suppressed"].clone()).unwrap();
        // (Five persons is no small cell; each nationality is, and they hide one another.)
        assert_eq!(figure(&monitored, "persons"), json!(5));
        for id in ["persons.nationality.AM", "persons_served.language", "hours.language", "hours.legal_counselling",
            "services", "permits_expiring"] {
            assert!(suppressed.contains(&id.to_owned()), "{id} in {suppressed:?}");
            assert_eq!(figure(&monitored, id), Value::Null, "{id}");
        }
        assert_eq!(figure(&monitored, "services.other"), json!(0));
        problem(app.get_as(&w.partner, &format!("/api/v1/reports/integration?{period}")).await, StatusCode::FORBIDDEN).await;
        let _ = (a2, t1, u1);
    }
}
