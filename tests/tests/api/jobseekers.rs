//! Jobseeker profiles (issue 13, item 2; the employment counsellor's access of
//! item 6): register (idempotent, one per person), read (audited), list with
//! filters and cursor pages, merge patch with `If-Match`, field validation,
//! who may, export and erasure.

use integra_tests::{both_backends, etag, expect, field_errors, id_of, json, problem, StatusCode};
use serde_json::Value;
use uuid::Uuid;

use crate::authorization::service_token;
use crate::placements_and_enterprises::{all_pages, audited, in_days, keyed, pairs, person, world};

fn profile(person: &str) -> Value {
    json!({"person_id": person, "education": {"isced_level": 3, "field": "Nursing assistance"},
        "occupations": ["5322"], "skills": ["Elderly care", "cooking"],
        "languages": [{"language": "en", "level": "B1"}, {"language": "ru", "level": "B2"}],
        "certificates": [{"name": "Caregiver", "expires_on": "2028-06-30"}],
        "experience_months": 36, "preferred_countries": ["IL", "DE"], "preferred_sectors": ["care"],
        "note": "Prefers a live-in position"})
}

both_backends! {
    async fn a_person_becomes_a_jobseeker_once(app) {
        let w = world(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let body = profile(&nino);

        let response = keyed(&app, &w.counsellor_a, "/api/v1/jobseekers", "jobseeker-1", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let id = id_of(&created);
        assert_eq!(location, format!("/api/v1/jobseekers/{id}"));
        for field in ["person_id", "education", "occupations", "languages", "experience_months",
            "preferred_countries", "preferred_sectors", "note"] {
            assert_eq!(created[field], body[field], "{field}");
        }
        // Skills and certificate names are kept in lower case, for matching.
        assert_eq!(created["skills"], json!(["elderly care", "cooking"]));
        assert_eq!(created["certificates"], json!([{"name": "caregiver", "expires_on": "2028-06-30"}]));
        assert_eq!(created["organisation_id"], w.org_a.as_str());
        assert_eq!(created["available_from"], Value::Null);
        assert_eq!(audited(&app, &id, "jobseeker.registered").await, 1);
        let replay = keyed(&app, &w.counsellor_a, "/api/v1/jobseekers", "jobseeker-1", &body).await;
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        assert_eq!(replay.json::<Value>().await.unwrap(), created);
        assert_eq!(app.count("jobseekers").await, 1);

        // One profile per person: the second names the first to whoever may read it.
        let again = problem(app.post_as(&w.worker_b, "/api/v1/jobseekers", &body).await, StatusCode::CONFLICT).await;
        assert_eq!(again["code"], "already_registered", "{again}");
        assert_eq!(again["existing"], location.as_str());
        assert_eq!(app.count("jobseekers").await, 1);

        // Field checks, every error at once; nothing is written.
        let tamar = person(&app, "Tamar", "Kapanadze").await;
        for (change, expected) in [
            (json!({"education": {"isced_level": 9}}), vec![("education.isced_level", "out_of_range")]),
            (json!({"occupations": ["532", "5322", "5322"]}), vec![("occupations[0]", "invalid_isco"), ("occupations[2]", "duplicate")]),
            (json!({"languages": [{"language": "english", "level": "B1"}, {"language": "ru", "level": "D1"}]}),
                vec![("languages[0].language", "invalid_language"), ("languages[1].level", "invalid_value")]),
            (json!({"experience_months": 721, "preferred_countries": ["ZZ"], "preferred_sectors": ["mining"]}),
                vec![("experience_months", "out_of_range"), ("preferred_countries[0]", "invalid_country"), ("preferred_sectors[0]", "invalid_value")]),
            (json!({"available_from": in_days(30), "available_to": in_days(10)}), vec![("available_to", "before_start")]),
            (json!({"person_id": Uuid::now_v7()}), vec![("person_id", "not_found")]),
        ] {
            let mut wrong = profile(&tamar);
            for (key, value) in change.as_object().unwrap() {
                wrong[key] = value.clone();
            }
            let refused = problem(app.post_as(&w.counsellor_a, "/api/v1/jobseekers", &wrong).await,
                StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), pairs(&expected), "{change}");
        }
        assert_eq!(app.count("jobseekers").await, 1);

        // Every case worker and counsellor reads every profile; each read is recorded.
        let reads = audited(&app, &id, "jobseeker.read").await;
        assert_eq!(expect(app.get_as(&w.worker_b, &location).await, StatusCode::OK).await, created);
        assert_eq!(audited(&app, &id, "jobseeker.read").await, reads + 1);
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &location).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, "/api/v1/jobseekers").await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, "/api/v1/jobseekers", &profile(&tamar)).await, StatusCode::FORBIDDEN).await;
        }
        let service = service_token(&app, "jobseeker-service", &["persons:read", "persons:write"]).await;
        problem(app.get_as(&service, &location).await, StatusCode::FORBIDDEN).await;
        problem(app.get(&format!("/api/v1/jobseekers/{}", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;

        // A merge patch with If-Match: a list is replaced whole; the person stays.
        let changed = app.patch_as(&w.worker_b, &location,
            &json!({"languages": [{"language": "en", "level": "B2"}], "note": null}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        let changed = expect(changed, StatusCode::OK).await;
        assert_eq!(changed["languages"], json!([{"language": "en", "level": "B2"}]));
        assert_eq!((changed["note"].clone(), changed["skills"].clone()), (Value::Null, created["skills"].clone()));
        problem(app.patch_as(&w.worker_b, &location, &json!({"experience_months": 40}), Some("\"1\"")).await,
            StatusCode::PRECONDITION_FAILED).await;
        let moved = problem(app.patch_as(&w.worker_b, &location, &json!({"person_id": tamar}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&moved), pairs(&[("person_id", "read_only")]));
        let field = expect(app.patch_as(&w.counsellor_a, &location, &json!({"education": {"field": null}}), None).await,
            StatusCode::OK).await;
        assert_eq!(field["education"], json!({"isced_level": 3, "field": null}));
    }

    async fn jobseekers_are_found_by_occupation_country_and_availability(app) {
        let w = world(&app).await;
        let mut ids = Vec::new();
        for (n, (occupation, country, from, to)) in [
            ("5322", "IL", None, None),
            ("6111", "DE", Some(in_days(60)), None),
            ("5322", "DE", None, Some(in_days(10))),
        ].into_iter().enumerate() {
            let someone = person(&app, "Seeker", &format!("Number{n}")).await;
            let mut body = profile(&someone);
            body["occupations"] = json!([occupation]);
            body["preferred_countries"] = json!([country]);
            body["available_from"] = json!(from);
            body["available_to"] = json!(to);
            ids.push(id_of(&expect(app.post_as(&w.counsellor_b, "/api/v1/jobseekers", &body).await, StatusCode::CREATED).await));
        }
        let list = |query: &str| format!("/api/v1/jobseekers?{query}");
        let found = |page: Value| crate::placements_and_enterprises::ids(&page);
        assert_eq!(all_pages(&app, &w.worker_a, &list(""), 2).await, ids);
        assert_eq!(found(expect(app.get_as(&w.worker_a, &list("occupation=5322")).await, StatusCode::OK).await),
            [ids[0].clone(), ids[2].clone()]);
        assert_eq!(found(expect(app.get_as(&w.worker_a, &list("country=DE")).await, StatusCode::OK).await),
            [ids[1].clone(), ids[2].clone()]);
        assert_eq!(found(expect(app.get_as(&w.worker_a, &list(&format!("available_on={}", in_days(30)))).await,
            StatusCode::OK).await), [ids[0].clone()]);
        assert_eq!(found(expect(app.get_as(&w.worker_a, &list("occupation=5322&country=IL")).await, StatusCode::OK).await),
            [ids[0].clone()]);
        for id in &ids {
            assert!(audited(&app, id, "jobseeker.read").await >= 1);
        }
        let bad = problem(app.get_as(&w.worker_a, &list("occupation=53%25&country=de&available_on=soon")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("occupation", "invalid_isco"), ("country", "invalid_country"),
            ("available_on", "invalid_date")]));
    }

    async fn a_jobseekers_profile_is_exported_and_erased(app) {
        let w = world(&app).await;
        let nino = person(&app, "Nino", "Beridze").await;
        let registered = expect(keyed(&app, &w.counsellor_a, "/api/v1/jobseekers", "erase-jobseeker", &profile(&nino)).await,
            StatusCode::CREATED).await;
        let export = expect(app.get(&format!("/api/v1/persons/{nino}/export")).await, StatusCode::OK).await;
        assert_eq!(export["jobseeker"], registered);
        let log = expect(app.get(&format!("/api/v1/persons/{nino}/access-log?limit=500")).await, StatusCode::OK).await;
        assert!(log["items"].as_array().unwrap().iter().any(|e| e["action"] == "jobseeker.registered"), "{log}");

        expect(app.post(&format!("/api/v1/persons/{nino}/erase"), &json!({"reason": "Request of the data subject"})).await,
            StatusCode::OK).await;
        let path = format!("/api/v1/jobseekers/{}", id_of(&registered));
        let kept = expect(app.get_as(&w.worker_a, &path).await, StatusCode::OK).await;
        assert_eq!(kept["note"], "[erased]");
        assert_eq!(kept["occupations"], registered["occupations"]);
        assert_eq!(app.search_database(&["Prefers a live-in position".to_owned()]).await, Vec::new());
        let refused = problem(app.patch_as(&w.worker_a, &path, &json!({"experience_months": 1}), None).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased");
    }
}
