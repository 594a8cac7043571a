//! The person registry: create, read, list, merge-patch, upsert by external id,
//! audit of reads and who may do what.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use integra_tests::{
    both_backends, field_errors, json, person_body, problem, Role, StatusCode, TestApp,
};
use integra_tests::{etag, id_of};
use reqwest::{Method, Response};
use serde_json::Value;
use uuid::Uuid;

fn pair(field: &str, code: &str) -> (String, String) {
    (field.to_owned(), code.to_owned())
}

/// POSTs `body` as a person and expects a 422 with exactly `expected` and nothing written.
async fn refused(app: &TestApp, body: &Value, expected: &[(&str, &str)]) {
    let before = app.count("persons").await;
    let problem = problem(
        app.post("/api/v1/persons", body).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| pair(f, c)).collect();
    assert_eq!(field_errors(&problem), expected, "{body} -> {problem}");
    assert_eq!(problem["type"], "/problems/validation");
    assert_eq!(problem["instance"], "/api/v1/persons");
    assert_eq!(
        app.count("persons").await,
        before,
        "nothing is written for {body}"
    );
}

/// GET /api/v1/persons with these query parameters.
async fn list(app: &TestApp, query: &[(&str, &str)]) -> Response {
    app.request(Method::GET, "/api/v1/persons")
        .query(query)
        .send()
        .await
        .unwrap()
}

/// The ids of one page of persons, checked to be a 200.
async fn list_ids(app: &TestApp, query: &[(&str, &str)]) -> Vec<String> {
    let response = list(app, query).await;
    assert_eq!(response.status(), StatusCode::OK, "{query:?}");
    let page: Value = response.json().await.unwrap();
    ids_of(&page)
}

fn ids_of(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Creates a person from a changed `person_body`.
async fn create_with(app: &TestApp, given: &str, family: &str, changes: Value) -> Value {
    let mut body = person_body(given, family);
    for (key, value) in changes.as_object().unwrap() {
        body[key] = value.clone();
    }
    app.create_person(&body).await
}

/// The audit entries `(actor_id, request_id)` of `action` on the record `id`.
async fn audit_entries(
    app: &TestApp,
    id: &str,
    action: &'static str,
) -> Vec<(Option<String>, Option<String>)> {
    #[derive(diesel::QueryableByName)]
    struct Entry {
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        actor_id: Option<String>,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        request_id: Option<String>,
    }
    // A UUID and a fixed action name: nothing to escape.
    let id = Uuid::parse_str(id).unwrap();
    let sql = format!(
        "SELECT actor_id, request_id FROM audit_log WHERE record_id = '{id}' AND action = '{action}' ORDER BY id"
    );
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.read(|c| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query(sql).load::<Entry>(c)?)
        })
    })
    .await
    .unwrap()
    .unwrap()
    .into_iter()
    .map(|e| (e.actor_id, e.request_id))
    .collect()
}

both_backends! {
    async fn a_person_is_created_read_and_listed(app) {
        let body = person_body("Nino", "Beridze");
        let response = app.post("/api/v1/persons", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(response.headers()["etag"], "\"1\"");
        let created: serde_json::Value = response.json().await.unwrap();
        assert_eq!(location, format!("/api/v1/persons/{}", created["id"].as_str().unwrap()));
        assert_eq!(created["personal_number"], body["personal_number"]);
        assert_eq!(created["version"], 1);

        let read: serde_json::Value = app.get(&location).await.json().await.unwrap();
        assert_eq!(read, created);

        let page: serde_json::Value = app.get("/api/v1/persons?name=nin").await.json().await.unwrap();
        assert_eq!(page["items"].as_array().unwrap().len(), 1);
        assert_eq!(page["next_cursor"], serde_json::Value::Null);
    }

    async fn an_invalid_person_is_refused_and_nothing_is_written(app) {
        let before = app.count("persons").await;
        let mut body = person_body("Nino", "Beridze");
        body["personal_number"] = json!("123");
        body["date_of_birth"] = json!("2999-01-01");
        let problem = problem(app.post("/api/v1/persons", &body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(
            field_errors(&problem),
            vec![
                ("personal_number".to_owned(), "invalid_personal_number".to_owned()),
                ("date_of_birth".to_owned(), "in_future".to_owned()),
            ]
        );
        assert_eq!(app.count("persons").await, before);
    }

    async fn the_created_person_echoes_every_field(app) {
        let mut body = person_body("Nino", "Beridze");
        body["external_ids"] = json!([{"system": "readmission-db", "value": "RA-2015-0042"}]);
        let created = app.create_person(&body).await;
        for field in [
            "personal_number", "given_name", "family_name", "date_of_birth", "sex",
            "citizenship", "residence_status", "region", "phone", "external_ids",
        ] {
            assert_eq!(created[field], body[field], "{field}");
        }
        assert_eq!(created["household_id"], Value::Null);
        assert!(Uuid::parse_str(created["id"].as_str().unwrap()).is_ok());
        let created_at = created["created_at"].as_str().unwrap();
        assert!(created_at.ends_with('Z'), "{created_at}");
        assert_eq!(created["updated_at"], created["created_at"]);
    }

    async fn personal_numbers_are_eleven_digits(app) {
        for bad in ["0100101234", "010010123456", "0100101234a", "", "0100101234 "] {
            let mut body = person_body("Nino", "Beridze");
            body["personal_number"] = json!(bad);
            refused(&app, &body, &[("personal_number", "invalid_personal_number")]).await;
        }
    }

    async fn dates_of_birth_are_real_past_dates(app) {
        // Today in Tbilisi may be a day ahead of UTC: three days ahead is always the future.
        let future = (chrono::Utc::now().date_naive() + chrono::Days::new(3)).format("%Y-%m-%d").to_string();
        for (value, code) in [
            (future.as_str(), "in_future"),
            ("2999-01-01", "in_future"),
            ("12.04.1988", "invalid_date"),
            ("1988-02-30", "invalid_date"),
            ("1988-4-12x", "invalid_date"),
            ("1899-12-31", "too_early"),
        ] {
            let mut body = person_body("Nino", "Beridze");
            body["date_of_birth"] = json!(value);
            refused(&app, &body, &[("date_of_birth", code)]).await;
        }
    }

    async fn citizenship_is_a_country_code_or_stateless(app) {
        for bad in ["XX", "ge", "GEO", "none"] {
            let mut body = person_body("Ali", "Hasan");
            body["citizenship"] = json!(bad);
            body["residence_status"] = json!("permanent_resident");
            refused(&app, &body, &[("citizenship", "invalid_citizenship")]).await;
        }
        let stateless = json!({
            "given_name": "Ali", "family_name": "Hasan",
            "citizenship": "stateless", "residence_status": "permanent_resident"
        });
        let created = app.create_person(&stateless).await;
        assert_eq!(created["citizenship"], "stateless");
        assert_eq!(created["personal_number"], Value::Null);
        assert_eq!(created["external_ids"], json!([]));
    }

    async fn region_phone_and_sex_are_checked(app) {
        for (field, value, code) in [
            ("region", "GE-XX", "invalid_region"),
            ("region", "ge-tb", "invalid_region"),
            ("region", "TB", "invalid_region"),
            ("phone", "call me", "invalid_phone"),
            ("phone", "1234", "invalid_phone"),
            ("phone", "(555) 1234-", "invalid_phone"),
            ("sex", "f", "invalid_value"),
            ("sex", "Female", "invalid_value"),
            ("given_name", "   ", "required"),
            ("family_name", "", "required"),
        ] {
            let mut body = person_body("Nino", "Beridze");
            body[field] = json!(value);
            refused(&app, &body, &[(field, code)]).await;
        }
        let mut long = person_body("Nino", "Beridze");
        long["given_name"] = json!("n".repeat(101));
        refused(&app, &long, &[("given_name", "too_long")]).await;
    }

    async fn residence_status_must_match_citizenship(app) {
        let mut foreign_citizen = person_body("Anna", "Schmidt");
        foreign_citizen["citizenship"] = json!("DE");
        refused(&app, &foreign_citizen, &[("residence_status", "inconsistent")]).await;

        let mut georgian_refugee = person_body("Nino", "Beridze");
        georgian_refugee["residence_status"] = json!("refugee");
        refused(&app, &georgian_refugee, &[("residence_status", "inconsistent")]).await;

        let mut unknown_status = person_body("Nino", "Beridze");
        unknown_status["residence_status"] = json!("tourist");
        refused(&app, &unknown_status, &[("residence_status", "invalid_value")]).await;

        let mut resident = person_body("Anna", "Schmidt");
        resident["citizenship"] = json!("DE");
        resident["residence_status"] = json!("temporary_resident");
        resident["personal_number"] = Value::Null;
        let created = app.create_person(&resident).await;
        assert_eq!(created["residence_status"], "temporary_resident");
    }

    async fn the_body_is_strict_json(app) {
        let mut unknown = person_body("Nino", "Beridze");
        unknown["nickname"] = json!("Ninuca");
        refused(&app, &unknown, &[("nickname", "unknown_field")]).await;

        let mut wrong_type = person_body("Nino", "Beridze");
        wrong_type["given_name"] = json!(5);
        refused(&app, &wrong_type, &[("given_name", "invalid_type")]).await;

        let mut missing = person_body("Nino", "Beridze");
        missing.as_object_mut().unwrap().remove("family_name");
        refused(&app, &missing, &[("family_name", "required")]).await;

        let mut null_name = person_body("Nino", "Beridze");
        null_name["given_name"] = Value::Null;
        refused(&app, &null_name, &[("given_name", "invalid_type")]).await;

        let mut nested_unknown = person_body("Nino", "Beridze");
        nested_unknown["external_ids"] = json!([{"system": "sea", "value": "1", "note": "x"}]);
        refused(&app, &nested_unknown, &[("external_ids[0].note", "unknown_field")]).await;

        // Malformed JSON is a 400, another content type a 415; neither writes anything.
        let before = app.count("persons").await;
        let malformed = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "application/json")
            .body("{\"given_name\": ")
            .send()
            .await
            .unwrap();
        problem(malformed, StatusCode::BAD_REQUEST).await;
        let text = app
            .request(Method::POST, "/api/v1/persons")
            .header("content-type", "text/plain")
            .body(person_body("Nino", "Beridze").to_string())
            .send()
            .await
            .unwrap();
        problem(text, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        assert_eq!(app.count("persons").await, before);
    }

    async fn external_ids_are_checked(app) {
        let mut bad_system = person_body("Nino", "Beridze");
        bad_system["external_ids"] = json!([{"system": "Bad System", "value": "1"}]);
        refused(&app, &bad_system, &[("external_ids[0].system", "invalid_system")]).await;

        let mut upper = person_body("Nino", "Beridze");
        upper["external_ids"] = json!([{"system": "sea", "value": "1"}, {"system": "SEA", "value": "2"}]);
        refused(&app, &upper, &[("external_ids[1].system", "invalid_system")]).await;

        let mut bad_value = person_body("Nino", "Beridze");
        bad_value["external_ids"] = json!([{"system": "sea", "value": "has space"}]);
        refused(&app, &bad_value, &[("external_ids[0].value", "invalid_external_id")]).await;

        let mut duplicate = person_body("Nino", "Beridze");
        duplicate["external_ids"] = json!([
            {"system": "sea", "value": "1"},
            {"system": "readmission-db", "value": "RA-1"},
            {"system": "sea", "value": "2"}
        ]);
        refused(&app, &duplicate, &[("external_ids[2].system", "duplicate_system")]).await;

        let mut two_systems = person_body("Nino", "Beridze");
        two_systems["external_ids"] = json!([{"system": "sea", "value": "1"}, {"system": "readmission-db", "value": "RA-1"}]);
        let created = app.create_person(&two_systems).await;
        assert_eq!(created["external_ids"].as_array().unwrap().len(), 2);
    }

    async fn every_invalid_field_is_reported_at_once(app) {
        let body = json!({
            "personal_number": "123", "given_name": " ", "family_name": "Beridze",
            "date_of_birth": "2999-01-01", "sex": "f", "citizenship": "GE",
            "residence_status": "citizen", "region": "GE-XX", "phone": "call me"
        });
        refused(&app, &body, &[
            ("personal_number", "invalid_personal_number"),
            ("given_name", "required"),
            ("date_of_birth", "in_future"),
            ("sex", "invalid_value"),
            ("region", "invalid_region"),
            ("phone", "invalid_phone"),
        ]).await;
    }

    async fn a_duplicate_personal_number_is_a_conflict_naming_the_holder(app) {
        let first = app.create_person(&person_body("Nino", "Beridze")).await;
        let before = app.count("persons").await;
        let mut second = person_body("Tamar", "Kapanadze");
        second["personal_number"] = first["personal_number"].clone();
        let conflict = problem(app.post("/api/v1/persons", &second).await, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "duplicate_personal_number");
        assert_eq!(conflict["existing"], format!("/api/v1/persons/{}", id_of(&first)));
        assert_eq!(app.count("persons").await, before);

        // Taking the number over by a patch is the same conflict.
        let other = app.create_person(&person_body("Tamar", "Kapanadze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&other));
        let response = app.patch(&path, &json!({"personal_number": first["personal_number"]}), Some("\"1\"")).await;
        let conflict = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "duplicate_personal_number");
        assert_eq!(conflict["existing"], format!("/api/v1/persons/{}", id_of(&first)));
        let unchanged: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(unchanged, other);
    }

    async fn a_duplicate_external_id_is_a_conflict_naming_the_holder(app) {
        let mut body = person_body("Nino", "Beridze");
        body["external_ids"] = json!([{"system": "readmission-db", "value": "RA-2015-0042"}]);
        let first = app.create_person(&body).await;
        let before = app.count("persons").await;
        let external_before = app.count("person_external_ids").await;

        let mut second = person_body("Tamar", "Kapanadze");
        second["external_ids"] = json!([{"system": "sea", "value": "S-1"}, {"system": "readmission-db", "value": "RA-2015-0042"}]);
        let problem = problem(app.post("/api/v1/persons", &second).await, StatusCode::CONFLICT).await;
        assert_eq!(problem["code"], "duplicate_external_id");
        assert_eq!(problem["existing"], format!("/api/v1/persons/{}", id_of(&first)));
        assert_eq!(app.count("persons").await, before);
        assert_eq!(app.count("person_external_ids").await, external_before);

        // The same value in another system, or another value in the system, is no conflict.
        let mut other_system = person_body("Tamar", "Kapanadze");
        other_system["external_ids"] = json!([{"system": "sea", "value": "RA-2015-0042"}]);
        app.create_person(&other_system).await;
        let mut other_value = person_body("Giorgi", "Beridze");
        other_value["external_ids"] = json!([{"system": "readmission-db", "value": "RA-2015-0043"}]);
        app.create_person(&other_value).await;
    }

    async fn unknown_and_malformed_ids_are_not_found(app) {
        let unknown = problem(
            app.get(&format!("/api/v1/persons/{}", Uuid::now_v7())).await,
            StatusCode::NOT_FOUND,
        ).await;
        assert_eq!(unknown["type"], "/problems/not-found");
        problem(app.get("/api/v1/persons/not-a-uuid").await, StatusCode::NOT_FOUND).await;
        problem(app.get("/api/v1/persons/12345").await, StatusCode::NOT_FOUND).await;
        let patch = app.patch(&format!("/api/v1/persons/{}", Uuid::now_v7()), &json!({"phone": "555123456"}), None).await;
        problem(patch, StatusCode::NOT_FOUND).await;
    }

    async fn the_list_filters_by_name_number_date_region_and_citizenship(app) {
        let nino_b = create_with(&app, "Nino", "Beridze", json!({"region": "GE-IM"})).await;
        let nino_k = create_with(&app, "Nino", "Kapanadze", json!({"region": "GE-TB", "date_of_birth": "1990-01-01"})).await;
        let giorgi_b = create_with(&app, "Giorgi", "Beridze", json!({"region": "GE-TB"})).await;
        let anna = create_with(&app, "Anna", "Schmidt", json!({
            "personal_number": null, "citizenship": "DE", "residence_status": "temporary_resident",
            "region": "GE-TB", "date_of_birth": "1975-07-01"
        })).await;
        let [nb, nk, gb, an] = [&nino_b, &nino_k, &giorgi_b, &anna].map(id_of);

        assert_eq!(list_ids(&app, &[]).await, vec![nb.clone(), nk.clone(), gb.clone(), an.clone()]);
        assert_eq!(list_ids(&app, &[("name", "nino")]).await, vec![nb.clone(), nk.clone()]);
        assert_eq!(list_ids(&app, &[("name", "NINO")]).await, vec![nb.clone(), nk.clone()]);
        assert_eq!(list_ids(&app, &[("name", "beri")]).await, vec![nb.clone(), gb.clone()]);
        assert_eq!(list_ids(&app, &[("name", "nino BERIDZE")]).await, vec![nb.clone()]);
        assert_eq!(list_ids(&app, &[("name", "  beridze   giorgi ")]).await, vec![gb.clone()]);
        assert_eq!(list_ids(&app, &[("name", "nino giorgi")]).await, Vec::<String>::new());
        assert_eq!(list_ids(&app, &[("name", "%%%")]).await, Vec::<String>::new(), "LIKE wildcards are literal");
        assert_eq!(list_ids(&app, &[("name", "___")]).await, Vec::<String>::new(), "LIKE wildcards are literal");

        let number = nino_k["personal_number"].as_str().unwrap();
        assert_eq!(list_ids(&app, &[("personal_number", number)]).await, vec![nk.clone()]);
        assert_eq!(list_ids(&app, &[("personal_number", "99999999999")]).await, Vec::<String>::new());
        assert_eq!(list_ids(&app, &[("date_of_birth", "1988-04-12")]).await, vec![nb.clone(), gb.clone()]);
        assert_eq!(list_ids(&app, &[("date_of_birth", "1975-07-01")]).await, vec![an.clone()]);
        assert_eq!(list_ids(&app, &[("region", "GE-TB")]).await, vec![nk.clone(), gb.clone(), an.clone()]);
        assert_eq!(list_ids(&app, &[("region", "GE-AJ")]).await, Vec::<String>::new());
        assert_eq!(list_ids(&app, &[("citizenship", "DE")]).await, vec![an.clone()]);
        assert_eq!(list_ids(&app, &[("citizenship", "GE")]).await, vec![nb.clone(), nk.clone(), gb.clone()]);
        assert_eq!(list_ids(&app, &[("name", "beridze"), ("region", "GE-TB")]).await, vec![gb.clone()]);

        let page: Value = list(&app, &[("citizenship", "DE")]).await.json().await.unwrap();
        assert_eq!(page["items"][0], anna);
        assert_eq!(page["next_cursor"], Value::Null);
    }

    async fn the_name_filter_ignores_case_beyond_ascii(app) {
        // Immigrants' names are often in Cyrillic or with diacritics.
        let ivan = create_with(&app, "Иван", "Петров", json!({
            "personal_number": null, "citizenship": "RU", "residence_status": "temporary_resident"
        })).await;
        let mueller = create_with(&app, "Jürgen", "MÜLLER", json!({
            "personal_number": null, "citizenship": "DE", "residence_status": "temporary_resident"
        })).await;
        assert_eq!(list_ids(&app, &[("name", "Иван")]).await, vec![id_of(&ivan)]);
        assert_eq!(list_ids(&app, &[("name", "иван")]).await, vec![id_of(&ivan)], "lower-case Cyrillic");
        assert_eq!(list_ids(&app, &[("name", "ПЕТРОВ")]).await, vec![id_of(&ivan)], "upper-case Cyrillic");
        assert_eq!(list_ids(&app, &[("name", "müller")]).await, vec![id_of(&mueller)], "ü against Ü");
    }

    async fn invalid_filters_are_refused(app) {
        for (query, expected) in [
            (vec![("region", "XX")], vec![("region", "invalid_region")]),
            (vec![("date_of_birth", "notadate")], vec![("date_of_birth", "invalid_date")]),
            (vec![("personal_number", "12")], vec![("personal_number", "invalid_personal_number")]),
            (vec![("citizenship", "ge")], vec![("citizenship", "invalid_citizenship")]),
            (vec![("name", "   ")], vec![("name", "required")]),
            (vec![("limit", "0")], vec![("limit", "out_of_range")]),
            (vec![("limit", "501")], vec![("limit", "out_of_range")]),
            (vec![("limit", "-1")], vec![("limit", "out_of_range")]),
            (vec![("cursor", "!!!")], vec![("cursor", "invalid_cursor")]),
            (vec![("cursor", "AAAA")], vec![("cursor", "invalid_cursor")]),
            (
                vec![("region", "XX"), ("limit", "0"), ("cursor", "!!!")],
                vec![("region", "invalid_region"), ("limit", "out_of_range"), ("cursor", "invalid_cursor")],
            ),
        ] {
            let problem = problem(list(&app, &query).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| pair(f, c)).collect();
            assert_eq!(field_errors(&problem), expected, "{query:?}");
        }
        // The bounds themselves are fine.
        assert_eq!(list(&app, &[("limit", "1")]).await.status(), StatusCode::OK);
        assert_eq!(list(&app, &[("limit", "500")]).await.status(), StatusCode::OK);
        // A query string that does not parse is a 400.
        problem(list(&app, &[("limit", "many")]).await, StatusCode::BAD_REQUEST).await;
        problem(list(&app, &[("colour", "blue")]).await, StatusCode::BAD_REQUEST).await;
    }

    async fn cursor_paging_visits_every_person_once_in_creation_order(app) {
        let mut created = Vec::new();
        for i in 0..5 {
            created.push(id_of(&app.create_person(&person_body(&format!("Nino{i}"), "Beridze")).await));
        }
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        let mut pages = 0;
        loop {
            let mut query = vec![("limit", "2".to_owned())];
            if let Some(c) = &cursor {
                query.push(("cursor", c.clone()));
            }
            let response = app.request(Method::GET, "/api/v1/persons").query(&query).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            let page: Value = response.json().await.unwrap();
            let ids = ids_of(&page);
            assert!(ids.len() <= 2, "{page}");
            seen.extend(ids);
            pages += 1;
            assert!(pages <= 3, "too many pages");
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => break,
            }
        }
        assert_eq!(pages, 3);
        assert_eq!(seen, created);
    }

    async fn cursor_paging_is_stable_under_inserts(app) {
        let mut created = Vec::new();
        for i in 0..3 {
            created.push(id_of(&app.create_person(&person_body(&format!("Nino{i}"), "Beridze")).await));
        }
        let first: Value = list(&app, &[("limit", "2")]).await.json().await.unwrap();
        assert_eq!(ids_of(&first), created[..2]);
        let cursor = first["next_cursor"].as_str().unwrap().to_owned();

        // Someone registers two more persons while the client pages.
        for i in 3..5 {
            created.push(id_of(&app.create_person(&person_body(&format!("Nino{i}"), "Beridze")).await));
        }
        let second: Value = list(&app, &[("limit", "2"), ("cursor", cursor.as_str())]).await.json().await.unwrap();
        assert_eq!(ids_of(&second), created[2..4]);
        let cursor = second["next_cursor"].as_str().unwrap().to_owned();
        let third: Value = list(&app, &[("limit", "2"), ("cursor", cursor.as_str())]).await.json().await.unwrap();
        assert_eq!(ids_of(&third), created[4..]);
        assert_eq!(third["next_cursor"], Value::Null);

        // A filter and the cursor work together.
        let filtered: Value = list(&app, &[("name", "nino3"), ("cursor", cursor.as_str())]).await.json().await.unwrap();
        assert_eq!(ids_of(&filtered), Vec::<String>::new());
        let filtered: Value = list(&app, &[("name", "nino4"), ("cursor", cursor.as_str())]).await.json().await.unwrap();
        assert_eq!(ids_of(&filtered), created[4..]);
    }

    async fn a_merge_patch_changes_and_clears_fields(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));
        let response = app.patch(&path, &json!({"phone": "+995 599 11 22 33", "region": null}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"2\"");
        let changed: Value = response.json().await.unwrap();
        assert_eq!(changed["version"], 2);
        assert_eq!(changed["phone"], "+995 599 11 22 33");
        assert_eq!(changed["region"], Value::Null);
        for unchanged in ["id", "personal_number", "given_name", "family_name", "date_of_birth", "sex",
                          "citizenship", "residence_status", "external_ids", "household_id", "created_at"] {
            assert_eq!(changed[unchanged], person[unchanged], "{unchanged}");
        }
        assert!(changed["updated_at"].as_str().unwrap() >= person["updated_at"].as_str().unwrap());

        let response = app.get(&path).await;
        assert_eq!(etag(&response), "\"2\"");
        let read: Value = response.json().await.unwrap();
        assert_eq!(read, changed);

        // external_ids, when given, replaces the list; null clears it.
        let with_ids = app.patch(&path, &json!({"external_ids": [{"system": "sea", "value": "S-1"}]}), Some("\"2\"")).await;
        assert_eq!(with_ids.status(), StatusCode::OK);
        let with_ids: Value = with_ids.json().await.unwrap();
        assert_eq!(with_ids["external_ids"], json!([{"system": "sea", "value": "S-1"}]));
        let cleared: Value = app.patch(&path, &json!({"external_ids": null}), Some("\"3\"")).await.json().await.unwrap();
        assert_eq!(cleared["external_ids"], json!([]));
        assert_eq!(cleared["version"], 4);
    }

    async fn read_only_fields_may_be_sent_back_unchanged_but_not_changed(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));

        // What was read, sent back with one change.
        let mut whole = person.clone();
        whole["given_name"] = json!("Ninuca");
        let response = app.patch(&path, &whole, Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let changed: Value = response.json().await.unwrap();
        assert_eq!(changed["given_name"], "Ninuca");
        assert_eq!(changed["version"], 2);

        for (field, value) in [
            ("version", json!(99)),
            ("id", json!(Uuid::now_v7().to_string())),
            ("household_id", json!(Uuid::now_v7().to_string())),
            ("created_at", json!("2020-01-01T00:00:00Z")),
        ] {
            let mut patch = json!({"phone": "555123456"});
            patch[field] = value;
            let problem = problem(app.patch(&path, &patch, Some("\"2\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&problem), vec![pair(field, "read_only")], "{field}");
        }
        let unknown = problem(app.patch(&path, &json!({"nickname": "x"}), Some("\"2\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), vec![pair("nickname", "unknown_field")]);
        let read: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(read, changed, "refused patches change nothing");
    }

    async fn a_stale_if_match_is_a_412(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));
        assert_eq!(app.patch(&path, &json!({"phone": "555111111"}), Some("\"1\"")).await.status(), StatusCode::OK);

        let stale = problem(app.patch(&path, &json!({"phone": "555222222"}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 2);
        let garbage = app.patch(&path, &json!({"phone": "555222222"}), Some("2")).await;
        problem(garbage, StatusCode::PRECONDITION_FAILED).await;
        let read: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(read["phone"], "555111111");
        assert_eq!(read["version"], 2);

        let any = app.patch(&path, &json!({"phone": "555333333"}), Some("*")).await;
        assert_eq!(any.status(), StatusCode::OK);
        assert_eq!(etag(&any), "\"3\"");
        let weak = app.patch(&path, &json!({"phone": "555444444"}), Some("W/\"3\"")).await;
        assert_eq!(weak.status(), StatusCode::OK);
        let none = app.patch(&path, &json!({"phone": "555555555"}), None).await;
        assert_eq!(none.status(), StatusCode::OK);
        let read: Value = none.json().await.unwrap();
        assert_eq!(read["version"], 5);
        assert_eq!(read["phone"], "555555555");
    }

    async fn a_patch_must_be_a_json_object_of_the_right_media_type(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));

        let text = app
            .request(Method::PATCH, &path)
            .header("content-type", "text/plain")
            .header("if-match", "\"1\"")
            .body(json!({"phone": "555123456"}).to_string())
            .send()
            .await
            .unwrap();
        problem(text, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        let no_type = app.request(Method::PATCH, &path).body("{}").send().await.unwrap();
        problem(no_type, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;

        let array = problem(app.patch(&path, &json!([{"phone": "555123456"}]), Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(array["errors"][0]["code"], "not_an_object");

        let malformed = app
            .request(Method::PATCH, &path)
            .header("content-type", "application/merge-patch+json")
            .body("{\"phone\": ")
            .send()
            .await
            .unwrap();
        problem(malformed, StatusCode::BAD_REQUEST).await;

        for (patch, expected) in [
            (json!({"phone": "call me"}), pair("phone", "invalid_phone")),
            (json!({"date_of_birth": "2999-01-01"}), pair("date_of_birth", "in_future")),
            (json!({"given_name": null}), pair("given_name", "required")),
            (json!({"given_name": 5}), pair("given_name", "invalid_type")),
            (json!({"residence_status": "refugee"}), pair("residence_status", "inconsistent")),
            (json!({"external_ids": [{"system": "Bad", "value": "1"}]}), pair("external_ids[0].system", "invalid_system")),
        ] {
            let problem = problem(app.patch(&path, &patch, Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&problem), vec![expected], "{patch}");
        }
        let read: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(read, person, "refused patches change nothing");
    }

    async fn of_two_concurrent_patches_with_one_if_match_exactly_one_wins(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));
        let (first, second) = (json!({"phone": "555111111"}), json!({"phone": "555222222"}));
        let (a, b) = tokio::join!(
            app.patch(&path, &first, Some("\"1\"")),
            app.patch(&path, &second, Some("\"1\"")),
        );
        let mut statuses = [a.status(), b.status()];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::OK, StatusCode::PRECONDITION_FAILED]);
        let (winner, loser) = if a.status() == StatusCode::OK { (a, b) } else { (b, a) };
        let won: Value = winner.json().await.unwrap();
        let lost = problem(loser, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(lost["current_version"], 2);
        let read: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(read["version"], 2);
        assert_eq!(read["phone"], won["phone"]);
    }

    async fn an_external_id_upserts_a_person(app) {
        let path = "/api/v1/persons/by-external-id/readmission-db/RA-2015-0042";
        let body = person_body("Nino", "Beridze");
        let response = app.put(path, &body, None).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        assert_eq!(location, format!("/api/v1/persons/{}", id_of(&created)));
        assert_eq!(created["external_ids"], json!([{"system": "readmission-db", "value": "RA-2015-0042"}]));
        assert_eq!(created["version"], 1);
        let count = app.count("persons").await;

        let mut changed = body.clone();
        changed["phone"] = json!("+995 599 00 00 00");
        let response = app.put(path, &changed, None).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"2\"");
        let replaced: Value = response.json().await.unwrap();
        assert_eq!(replaced["id"], created["id"]);
        assert_eq!(replaced["version"], 2);
        assert_eq!(replaced["phone"], "+995 599 00 00 00");
        assert_eq!(replaced["external_ids"], created["external_ids"]);
        assert_eq!(app.count("persons").await, count);

        // The body may name the same id, and ids in other systems.
        let mut named = changed.clone();
        named["external_ids"] = json!([{"system": "readmission-db", "value": "RA-2015-0042"}, {"system": "sea", "value": "S-9"}]);
        let response = app.put(path, &named, Some("\"2\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let both: Value = response.json().await.unwrap();
        assert_eq!(both["version"], 3);
        assert_eq!(both["external_ids"].as_array().unwrap().len(), 2);

        let stale = problem(app.put(path, &changed, Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 3);

        let found = app.get(path).await;
        assert_eq!(found.status(), StatusCode::OK);
        assert_eq!(etag(&found), "\"3\"");
        let found: Value = found.json().await.unwrap();
        assert_eq!(found, both);
        problem(app.get("/api/v1/persons/by-external-id/readmission-db/RA-0000").await, StatusCode::NOT_FOUND).await;
        problem(app.get("/api/v1/persons/by-external-id/other-db/RA-2015-0042").await, StatusCode::NOT_FOUND).await;
    }

    async fn an_upsert_is_refused_when_body_and_path_disagree(app) {
        let path = "/api/v1/persons/by-external-id/readmission-db/RA-1";
        let before = app.count("persons").await;
        let mut contradicting = person_body("Nino", "Beridze");
        contradicting["external_ids"] = json!([{"system": "readmission-db", "value": "RA-2"}]);
        let problem_body = problem(app.put(path, &contradicting, None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&problem_body), vec![pair("external_ids", "contradicts_path")]);

        for (bad_path, field, code) in [
            ("/api/v1/persons/by-external-id/Bad%20System/RA-1", "system", "invalid_system"),
            ("/api/v1/persons/by-external-id/UPPER/RA-1", "system", "invalid_system"),
            ("/api/v1/persons/by-external-id/readmission-db/has%20space", "value", "invalid_external_id"),
        ] {
            let refused = problem(app.put(bad_path, &person_body("Nino", "Beridze"), None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), vec![pair(field, code)], "{bad_path}");
            let refused = problem(app.get(bad_path).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&refused), vec![pair(field, code)], "GET {bad_path}");
        }

        let mut invalid = person_body("Nino", "Beridze");
        invalid["region"] = json!("GE-XX");
        let refused = problem(app.put(path, &invalid, None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), vec![pair("region", "invalid_region")]);

        // If-Match names a version of a person that does not exist yet.
        problem(app.put(path, &person_body("Nino", "Beridze"), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(app.count("persons").await, before);
        assert_eq!(app.count("person_external_ids").await, 0);
    }

    async fn an_upsert_cannot_take_another_persons_personal_number(app) {
        let holder = app.create_person(&person_body("Nino", "Beridze")).await;
        let mut body = person_body("Tamar", "Kapanadze");
        body["personal_number"] = holder["personal_number"].clone();
        let before = app.count("persons").await;
        let conflict = problem(app.put("/api/v1/persons/by-external-id/sea/S-1", &body, None).await, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "duplicate_personal_number");
        assert_eq!(conflict["existing"], format!("/api/v1/persons/{}", id_of(&holder)));
        assert_eq!(app.count("persons").await, before);
    }

    async fn every_read_of_a_person_is_audited(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = id_of(&person);
        let me: Value = app.get("/api/v1/auth/me").await.json().await.unwrap();
        let admin = me["id"].as_str().unwrap().to_owned();
        // The answer of the registration is the first read.
        assert_eq!(audit_entries(&app, &id, "person.read").await.len(), 1);
        assert_eq!(audit_entries(&app, &id, "person.created").await.len(), 1);

        let log_before = app.count("audit_log").await;
        let response = app
            .request(Method::GET, &format!("/api/v1/persons/{id}"))
            .header("x-request-id", "read-one-person-1")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(app.count("audit_log").await, log_before + 1);
        assert_eq!(
            audit_entries(&app, &id, "person.read").await.last(),
            Some(&(Some(admin.clone()), Some("read-one-person-1".to_owned())))
        );

        // A list shows the person too: that is a read as well.
        let page = list_ids(&app, &[("name", "nino")]).await;
        assert_eq!(page, vec![id.clone()]);
        assert_eq!(audit_entries(&app, &id, "person.read").await.len(), 3);

        // As is a read by an external id.
        let mut body = person_body("Tamar", "Kapanadze");
        body["external_ids"] = json!([{"system": "sea", "value": "S-7"}]);
        let other = id_of(&app.create_person(&body).await);
        assert_eq!(app.get("/api/v1/persons/by-external-id/sea/S-7").await.status(), StatusCode::OK);
        assert_eq!(audit_entries(&app, &other, "person.read").await.len(), 2);

        // A patch is audited as an update, and its answer as a read.
        app.patch(&format!("/api/v1/persons/{id}"), &json!({"phone": "555123456"}), None).await;
        assert_eq!(audit_entries(&app, &id, "person.updated").await.len(), 1);
        assert_eq!(audit_entries(&app, &id, "person.read").await.len(), 4);
    }

    async fn a_case_worker_registers_and_reads_persons(app) {
        let token = app.user_token("case.worker", Role::CaseWorker).await;
        let response = app
            .client
            .post(app.url("/api/v1/persons"))
            .bearer_auth(&token)
            .json(&person_body("Nino", "Beridze"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let read = app.client.get(app.url(&location)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(read.status(), StatusCode::OK);
        assert_eq!(read.json::<Value>().await.unwrap(), created);
        let page = app.client.get(app.url("/api/v1/persons")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(ids_of(&page.json::<Value>().await.unwrap()), vec![id_of(&created)]);
    }

    async fn a_monitor_never_sees_or_writes_a_person(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = id_of(&person);
        let token = app.user_token("monitor", Role::Monitor).await;
        let persons_before = app.count("persons").await;

        let list = app.client.get(app.url("/api/v1/persons")).bearer_auth(&token).send().await.unwrap();
        let forbidden = problem(list, StatusCode::FORBIDDEN).await;
        assert_eq!(forbidden["type"], "/problems/forbidden");
        assert!(!forbidden.to_string().contains("Beridze"));
        let one = app.client.get(app.url(&format!("/api/v1/persons/{id}"))).bearer_auth(&token).send().await.unwrap();
        problem(one, StatusCode::FORBIDDEN).await;
        let create = app
            .client
            .post(app.url("/api/v1/persons"))
            .bearer_auth(&token)
            .json(&person_body("Tamar", "Kapanadze"))
            .send()
            .await
            .unwrap();
        problem(create, StatusCode::FORBIDDEN).await;
        let patch = app
            .client
            .patch(app.url(&format!("/api/v1/persons/{id}")))
            .bearer_auth(&token)
            .header("content-type", "application/merge-patch+json")
            .body(json!({"phone": "555123456"}).to_string())
            .send()
            .await
            .unwrap();
        problem(patch, StatusCode::FORBIDDEN).await;

        assert_eq!(app.count("persons").await, persons_before);
        assert_eq!(audit_entries(&app, &id, "person.read").await.len(), 1, "nothing was read but the registration's answer");
        let read: Value = app.get(&format!("/api/v1/persons/{id}")).await.json().await.unwrap();
        assert_eq!(read, person, "nothing was changed");
    }

    async fn an_employment_counsellor_reads_but_does_not_register(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let token = app.user_token("counsellor", Role::EmploymentCounsellor).await;
        let before = app.count("persons").await;
        let read = app.client.get(app.url(&format!("/api/v1/persons/{}", id_of(&person)))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(read.status(), StatusCode::OK);
        let create = app
            .client
            .post(app.url("/api/v1/persons"))
            .bearer_auth(&token)
            .json(&person_body("Tamar", "Kapanadze"))
            .send()
            .await
            .unwrap();
        problem(create, StatusCode::FORBIDDEN).await;
        assert_eq!(app.count("persons").await, before);
    }

    async fn dates_are_written_as_yyyy_mm_dd(app) {
        for bad in ["1988-4-12", "1988-04-2"] {
            let mut body = person_body("Nino", "Beridze");
            body["date_of_birth"] = json!(bad);
            refused(&app, &body, &[("date_of_birth", "invalid_date")]).await;
            let filter = problem(list(&app, &[("date_of_birth", bad)]).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&filter), vec![pair("date_of_birth", "invalid_date")], "{bad}");
        }
    }

    async fn concurrent_upserts_of_one_external_id_make_one_person(app) {
        for round in 0..4 {
            let path = format!("/api/v1/persons/by-external-id/sea/S-{round}");
            let (first, second) = (person_body("Nino", "Beridze"), person_body("Nino", "Beridze"));
            let (a, b) = tokio::join!(app.put(&path, &first, None), app.put(&path, &second, None));
            let mut statuses = [a.status(), b.status()];
            statuses.sort();
            assert_eq!(statuses, [StatusCode::OK, StatusCode::CREATED], "round {round}: one creates, the other replaces");
        }
        assert_eq!(app.count("persons").await, 4);
    }

    async fn concurrent_registrations_of_one_personal_number_name_the_holder(app) {
        for round in 0..4 {
            let first = person_body("Nino", "Beridze");
            let mut second = person_body("Tamar", "Kapanadze");
            second["personal_number"] = first["personal_number"].clone();
            let (a, b) = tokio::join!(app.post("/api/v1/persons", &first), app.post("/api/v1/persons", &second));
            let (winner, loser) = if a.status() == StatusCode::CREATED { (a, b) } else { (b, a) };
            assert_eq!(winner.status(), StatusCode::CREATED, "round {round}");
            let winner: Value = winner.json().await.unwrap();
            let conflict = problem(loser, StatusCode::CONFLICT).await;
            assert_eq!(conflict["code"], "duplicate_personal_number", "round {round}");
            assert_eq!(conflict["existing"], format!("/api/v1/persons/{}", id_of(&winner)), "round {round}");
        }
    }

    async fn if_match_star_on_an_upsert_needs_an_existing_person(app) {
        // RFC 9110, 13.1.1: "*" is false when there is no current representation.
        let path = "/api/v1/persons/by-external-id/sea/S-404";
        let before = app.count("persons").await;
        problem(app.put(path, &person_body("Nino", "Beridze"), Some("*")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(app.count("persons").await, before);
        assert_eq!(app.put(path, &person_body("Nino", "Beridze"), None).await.status(), StatusCode::CREATED);
        assert_eq!(app.put(path, &person_body("Nino", "Beridze"), Some("*")).await.status(), StatusCode::OK);
    }

    async fn names_are_trimmed_and_media_type_parameters_ignored(app) {
        let created = create_with(&app, "  Nino ", " Beridze  ", json!({})).await;
        assert_eq!(created["given_name"], "Nino");
        assert_eq!(created["family_name"], "Beridze");
        let response = app
            .request(Method::PATCH, &format!("/api/v1/persons/{}", id_of(&created)))
            .header("content-type", "application/merge-patch+json; charset=utf-8")
            .body(json!({"given_name": "Ninuca"}).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let plain_json = app
            .request(Method::PATCH, &format!("/api/v1/persons/{}", id_of(&created)))
            .header("content-type", "application/json")
            .body(json!({"given_name": "Nino"}).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(plain_json.status(), StatusCode::OK);
        assert_eq!(plain_json.json::<Value>().await.unwrap()["version"], 3);
    }
}
