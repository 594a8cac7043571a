//! A person's stays abroad: record, list, read, change, delete; no overlaps.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use integra_tests::etag;
use integra_tests::{
    both_backends, field_errors, json, person_body, problem, Role, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

fn pair(field: &str, code: &str) -> (String, String) {
    (field.to_owned(), code.to_owned())
}

/// A person and the path of their stays abroad.
async fn person_with_stays(app: &TestApp) -> (Value, String) {
    let person = app.create_person(&person_body("Nino", "Beridze")).await;
    let path = format!(
        "/api/v1/persons/{}/stays-abroad",
        person["id"].as_str().unwrap()
    );
    (person, path)
}

fn stay(country: &str, start: &str, end: Option<&str>) -> Value {
    json!({
        "country": country,
        "start_date": start,
        "end_date": end,
        "legal_status": "irregular",
        "return_type": end.map(|_| "assisted_voluntary_return"),
    })
}

async fn create(app: &TestApp, path: &str, body: &Value) -> Value {
    let response = app.post(path, body).await;
    assert_eq!(response.status(), StatusCode::CREATED, "{body}");
    response.json().await.unwrap()
}

fn in_days(days: u64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Days::new(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// POSTs a stay and expects a 422 with exactly `expected` and nothing written.
async fn refused(app: &TestApp, path: &str, body: &Value, expected: &[(&str, &str)]) {
    let before = app.count("stays_abroad").await;
    let problem = problem(app.post(path, body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
    let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| pair(f, c)).collect();
    assert_eq!(field_errors(&problem), expected, "{body} -> {problem}");
    assert_eq!(
        app.count("stays_abroad").await,
        before,
        "nothing is written for {body}"
    );
}

both_backends! {
    async fn a_stay_is_recorded_listed_and_read(app) {
        let (person, path) = person_with_stays(&app).await;
        let body = json!({
            "country": "DE", "start_date": "2019-03-01", "end_date": "2024-05-20",
            "legal_status": "irregular", "return_type": "assisted_voluntary_return"
        });
        let response = app.post(&path, &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        assert_eq!(location, format!("{path}/{}", created["id"].as_str().unwrap()));
        for field in ["country", "start_date", "end_date", "legal_status", "return_type"] {
            assert_eq!(created[field], body[field], "{field}");
        }
        assert_eq!(created["person_id"], person["id"]);
        assert_eq!(created["version"], 1);
        assert!(created["created_at"].is_string() && created["updated_at"].is_string());

        let read = app.get(&location).await;
        assert_eq!(read.status(), StatusCode::OK);
        assert_eq!(etag(&read), "\"1\"");
        assert_eq!(read.json::<Value>().await.unwrap(), created);

        let list: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(list, json!({"items": [created], "next_cursor": null}));
    }

    async fn a_stay_still_going_on_has_no_end_date(app) {
        let (_, path) = person_with_stays(&app).await;
        let open = create(&app, &path, &json!({"country": "TR", "start_date": "2024-01-01", "legal_status": "regular"})).await;
        assert_eq!(open["end_date"], Value::Null);
        assert_eq!(open["return_type"], Value::Null);
        // Today is not in the future.
        let today = (chrono::Utc::now().date_naive()).format("%Y-%m-%d").to_string();
        let (_, other) = person_with_stays(&app).await;
        create(&app, &other, &stay("DE", "2020-01-01", Some(&today))).await;
    }

    async fn the_list_is_earliest_first(app) {
        let (_, path) = person_with_stays(&app).await;
        let late = create(&app, &path, &stay("DE", "2021-01-01", Some("2022-01-01"))).await;
        let early = create(&app, &path, &stay("IT", "2010-05-01", Some("2012-01-01"))).await;
        let open = create(&app, &path, &json!({"country": "GR", "start_date": "2023-01-01", "legal_status": "unknown"})).await;
        let middle = create(&app, &path, &stay("FR", "2015-01-01", Some("2016-01-01"))).await;
        let list: Value = app.get(&path).await.json().await.unwrap();
        let ids: Vec<&Value> = list["items"].as_array().unwrap().iter().map(|s| &s["id"]).collect();
        assert_eq!(ids, vec![&early["id"], &middle["id"], &late["id"], &open["id"]]);
        assert_eq!(list["next_cursor"], Value::Null);

        // Another person's stays are not in the list.
        let (_, other) = person_with_stays(&app).await;
        let empty: Value = app.get(&other).await.json().await.unwrap();
        assert_eq!(empty, json!({"items": [], "next_cursor": null}));
    }

    async fn a_stay_is_changed_with_a_merge_patch(app) {
        let (_, path) = person_with_stays(&app).await;
        let created = create(&app, &path, &json!({"country": "DE", "start_date": "2019-03-01", "legal_status": "irregular"})).await;
        let location = format!("{path}/{}", created["id"].as_str().unwrap());

        let response = app.patch(&location, &json!({"end_date": "2024-05-20", "return_type": "readmission"}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"2\"");
        let changed: Value = response.json().await.unwrap();
        assert_eq!(changed["version"], 2);
        assert_eq!(changed["end_date"], "2024-05-20");
        assert_eq!(changed["return_type"], "readmission");
        for unchanged in ["id", "person_id", "country", "start_date", "legal_status", "created_at"] {
            assert_eq!(changed[unchanged], created[unchanged], "{unchanged}");
        }
        assert_eq!(app.get(&location).await.json::<Value>().await.unwrap(), changed);

        let stale = problem(app.patch(&location, &json!({"legal_status": "regular"}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 2);

        // What was read may be sent back; read-only fields may not change.
        let mut whole = changed.clone();
        whole["legal_status"] = json!("asylum_applied");
        let response = app.patch(&location, &whole, Some("\"2\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let whole: Value = response.json().await.unwrap();
        assert_eq!(whole["legal_status"], "asylum_applied");
        assert_eq!(whole["version"], 3);
        for field in ["person_id", "id", "version"] {
            let mut patch = json!({"country": "FR"});
            patch[field] = if field == "version" { json!(9) } else { json!(Uuid::now_v7().to_string()) };
            let refused = problem(app.patch(&location, &patch, Some("\"3\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), vec![pair(field, "read_only")]);
        }

        // The result of the patch is validated as a whole.
        let invalid = problem(app.patch(&location, &json!({"end_date": null}), Some("\"3\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&invalid), vec![pair("return_type", "requires_end_date")]);
        let invalid = problem(app.patch(&location, &json!({"country": "GE"}), None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&invalid), vec![pair("country", "not_abroad")]);
        let text = app
            .request(Method::PATCH, &location)
            .header("content-type", "text/plain")
            .body("{}")
            .send()
            .await
            .unwrap();
        problem(text, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        assert_eq!(app.get(&location).await.json::<Value>().await.unwrap(), whole, "refused patches change nothing");
    }

    async fn a_stay_is_deleted(app) {
        let (_, path) = person_with_stays(&app).await;
        let created = create(&app, &path, &stay("DE", "2019-03-01", Some("2024-05-20"))).await;
        let location = format!("{path}/{}", created["id"].as_str().unwrap());

        let stale = problem(app.delete(&location, Some("\"7\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 1);
        assert_eq!(app.get(&location).await.status(), StatusCode::OK);

        let response = app.delete(&location, Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        assert!(response.bytes().await.unwrap().is_empty());
        problem(app.get(&location).await, StatusCode::NOT_FOUND).await;
        problem(app.delete(&location, None).await, StatusCode::NOT_FOUND).await;
        problem(app.patch(&location, &json!({"country": "FR"}), None).await, StatusCode::NOT_FOUND).await;
        let list: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]));
        assert_eq!(app.count("stays_abroad").await, 0);

        // The period is free again.
        create(&app, &path, &stay("FR", "2020-01-01", Some("2021-01-01"))).await;
    }

    async fn invalid_stays_are_refused(app) {
        let (_, path) = person_with_stays(&app).await;
        let future = in_days(3);
        let mut cases: Vec<(Value, Vec<(&str, &str)>)> = vec![
            (stay("GE", "2019-03-01", Some("2024-05-20")), vec![("country", "not_abroad")]),
            (stay("XX", "2019-03-01", Some("2024-05-20")), vec![("country", "invalid_country")]),
            (stay("de", "2019-03-01", Some("2024-05-20")), vec![("country", "invalid_country")]),
            (stay("DE", "2019-03-01", Some("2019-02-28")), vec![("end_date", "before_start")]),
            (stay("DE", "2019-03-01", Some("2019-03-05x")), vec![("end_date", "invalid_date")]),
            (stay("DE", "1899-03-01", Some("2019-03-05")), vec![("start_date", "too_early")]),
            (stay("DE", &future, None), vec![("start_date", "in_future")]),
            (stay("DE", "2019-03-01", Some(&future)), vec![("end_date", "in_future")]),
            (
                json!({"country": "DE", "start_date": "2019-03-01", "legal_status": "irregular", "return_type": "spontaneous"}),
                vec![("return_type", "requires_end_date")],
            ),
            (
                json!({"country": "DE", "start_date": "2019-03-01", "end_date": "2020-01-01", "legal_status": "illegal"}),
                vec![("legal_status", "invalid_value")],
            ),
            (
                json!({"country": "DE", "start_date": "2019-03-01", "end_date": "2020-01-01", "legal_status": "irregular", "return_type": "flight"}),
                vec![("return_type", "invalid_value")],
            ),
            (
                json!({"country": "DE", "start_date": "2019-03-01", "legal_status": "irregular", "note": "x"}),
                vec![("note", "unknown_field")],
            ),
            (json!({"country": "DE", "legal_status": "irregular"}), vec![("start_date", "required")]),
            (json!({"country": 49, "start_date": "2019-03-01", "legal_status": "irregular"}), vec![("country", "invalid_type")]),
        ];
        cases.push((
            json!({"country": "GE", "start_date": future, "legal_status": "illegal", "return_type": "spontaneous"}),
            vec![
                ("country", "not_abroad"),
                ("start_date", "in_future"),
                ("legal_status", "invalid_value"),
                ("return_type", "requires_end_date"),
            ],
        ));
        for (body, expected) in &cases {
            refused(&app, &path, body, expected).await;
        }
    }

    async fn overlapping_stays_are_refused(app) {
        let (person, path) = person_with_stays(&app).await;
        let first = create(&app, &path, &stay("DE", "2019-03-01", Some("2020-03-01"))).await;
        let person_path = format!("/api/v1/persons/{}", person["id"].as_str().unwrap());
        let person_before: Value = app.get(&person_path).await.json().await.unwrap();
        for overlapping in [
            stay("FR", "2019-06-01", Some("2019-07-01")),
            stay("FR", "2018-01-01", Some("2019-03-02")),
            stay("FR", "2020-02-28", Some("2021-01-01")),
            stay("FR", "2018-01-01", Some("2021-01-01")),
            stay("FR", "2019-03-01", Some("2020-03-01")),
            stay("FR", "2015-01-01", None),
        ] {
            refused(&app, &path, &overlapping, &[("start_date", "overlaps")]).await;
        }
        // Refused stays do not touch the person either.
        let person_after: Value = app.get(&person_path).await.json().await.unwrap();
        assert_eq!(person_after, person_before);
        let list: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(list["items"], json!([first]));

        // A stay still going on overlaps everything after its start.
        let (_, other) = person_with_stays(&app).await;
        create(&app, &other, &json!({"country": "TR", "start_date": "2022-01-01", "legal_status": "regular"})).await;
        refused(&app, &other, &stay("DE", "2023-01-01", Some("2023-06-01")), &[("start_date", "overlaps")]).await;
        refused(&app, &other, &json!({"country": "DE", "start_date": "2024-01-01", "legal_status": "regular"}), &[("start_date", "overlaps")]).await;
        create(&app, &other, &stay("DE", "2020-01-01", Some("2021-01-01"))).await;
    }

    async fn touching_stays_are_allowed(app) {
        let (_, path) = person_with_stays(&app).await;
        create(&app, &path, &stay("DE", "2019-03-01", Some("2020-03-01"))).await;
        // Back on 1 March 2020 and off again the same day.
        create(&app, &path, &stay("FR", "2020-03-01", Some("2021-01-01"))).await;
        // And a stay that ends the day the first began.
        create(&app, &path, &stay("IT", "2018-01-01", Some("2019-03-01"))).await;
        let list: Value = app.get(&path).await.json().await.unwrap();
        let countries: Vec<&str> = list["items"].as_array().unwrap().iter().map(|s| s["country"].as_str().unwrap()).collect();
        assert_eq!(countries, ["IT", "DE", "FR"]);
    }

    async fn a_patch_may_not_make_stays_overlap(app) {
        let (_, path) = person_with_stays(&app).await;
        create(&app, &path, &stay("DE", "2019-03-01", Some("2020-03-01"))).await;
        let second = create(&app, &path, &stay("FR", "2021-01-01", Some("2022-01-01"))).await;
        let location = format!("{path}/{}", second["id"].as_str().unwrap());
        let refused = problem(app.patch(&location, &json!({"start_date": "2020-01-01"}), Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), vec![pair("start_date", "overlaps")]);
        assert_eq!(app.get(&location).await.json::<Value>().await.unwrap(), second);
        // A stay never overlaps itself.
        let moved = app.patch(&location, &json!({"start_date": "2020-03-01"}), Some("\"1\"")).await;
        assert_eq!(moved.status(), StatusCode::OK);
    }

    async fn concurrent_overlapping_stays_are_not_both_recorded(app) {
        let (_, path) = person_with_stays(&app).await;
        let (first, second) = (
            stay("DE", "2019-03-01", Some("2020-03-01")),
            stay("FR", "2019-06-01", Some("2020-06-01")),
        );
        let (a, b) = tokio::join!(app.post(&path, &first), app.post(&path, &second));
        let mut statuses = [a.status(), b.status()];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::CREATED, StatusCode::UNPROCESSABLE_ENTITY]);
        assert_eq!(app.count("stays_abroad").await, 1);
    }

    async fn stays_of_unknown_persons_are_not_found(app) {
        let unknown = format!("/api/v1/persons/{}/stays-abroad", Uuid::now_v7());
        problem(app.post(&unknown, &stay("DE", "2019-03-01", Some("2020-03-01"))).await, StatusCode::NOT_FOUND).await;
        problem(app.get(&unknown).await, StatusCode::NOT_FOUND).await;
        problem(app.post("/api/v1/persons/not-a-uuid/stays-abroad", &stay("DE", "2019-03-01", None)).await, StatusCode::NOT_FOUND).await;
        problem(app.get("/api/v1/persons/not-a-uuid/stays-abroad").await, StatusCode::NOT_FOUND).await;
        assert_eq!(app.count("stays_abroad").await, 0);

        let (_, path) = person_with_stays(&app).await;
        problem(app.get(&format!("{path}/{}", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
        problem(app.get(&format!("{path}/not-a-uuid")).await, StatusCode::NOT_FOUND).await;
    }

    async fn a_stay_is_not_found_under_another_person(app) {
        let (_, path) = person_with_stays(&app).await;
        let created = create(&app, &path, &stay("DE", "2019-03-01", Some("2020-03-01"))).await;
        let stay_id = created["id"].as_str().unwrap();
        let (_, other) = person_with_stays(&app).await;
        let wrong = format!("{other}/{stay_id}");
        problem(app.get(&wrong).await, StatusCode::NOT_FOUND).await;
        problem(app.patch(&wrong, &json!({"country": "FR"}), None).await, StatusCode::NOT_FOUND).await;
        problem(app.delete(&wrong, None).await, StatusCode::NOT_FOUND).await;
        let nobody = format!("/api/v1/persons/{}/stays-abroad/{stay_id}", Uuid::now_v7());
        problem(app.get(&nobody).await, StatusCode::NOT_FOUND).await;
        problem(app.delete(&nobody, None).await, StatusCode::NOT_FOUND).await;
        // Still there, unchanged, under its own person.
        let location = format!("{path}/{stay_id}");
        assert_eq!(app.get(&location).await.json::<Value>().await.unwrap(), created);
    }

    async fn a_monitor_neither_reads_nor_records_stays(app) {
        let (_, path) = person_with_stays(&app).await;
        create(&app, &path, &stay("DE", "2019-03-01", Some("2020-03-01"))).await;
        let token = app.user_token("monitor", Role::Monitor).await;
        let list = app.client.get(app.url(&path)).bearer_auth(&token).send().await.unwrap();
        problem(list, StatusCode::FORBIDDEN).await;
        let post = app
            .client
            .post(app.url(&path))
            .bearer_auth(&token)
            .json(&stay("FR", "2021-01-01", None))
            .send()
            .await
            .unwrap();
        problem(post, StatusCode::FORBIDDEN).await;
        assert_eq!(app.count("stays_abroad").await, 1);
    }
}
