//! Households: create, read, add and remove members; a person is in one household at most.

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

async fn create_household(app: &TestApp, body: &Value) -> (String, Value) {
    let response = app.post("/api/v1/households", body).await;
    assert_eq!(response.status(), StatusCode::CREATED, "{body}");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    (location, response.json().await.unwrap())
}

async fn person(app: &TestApp, given: &str) -> String {
    id_of(&app.create_person(&person_body(given, "Beridze")).await)
}

async fn add(app: &TestApp, household: &str, person: &str, if_match: Option<&str>) -> Response {
    let mut request = app
        .request(Method::POST, &format!("{household}/members"))
        .json(&json!({"person_id": person}));
    if let Some(tag) = if_match {
        request = request.header("if-match", tag);
    }
    request.send().await.unwrap()
}

async fn remove(app: &TestApp, household: &str, person: &str, if_match: Option<&str>) -> Response {
    let mut request = app.request(Method::DELETE, &format!("{household}/members/{person}"));
    if let Some(tag) = if_match {
        request = request.header("if-match", tag);
    }
    request.send().await.unwrap()
}

async fn read(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.json().await.unwrap()
}

async fn read_person(app: &TestApp, id: &str) -> Value {
    read(app, &format!("/api/v1/persons/{id}")).await
}

both_backends! {
    async fn a_household_is_created_and_read(app) {
        let body = json!({"name": "Beridze household, Kutaisi", "region": "GE-IM"});
        let response = app.post("/api/v1/households", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(etag(&response), "\"1\"");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        assert_eq!(location, format!("/api/v1/households/{}", id_of(&created)));
        assert_eq!(created["name"], "Beridze household, Kutaisi");
        assert_eq!(created["region"], "GE-IM");
        assert_eq!(created["member_ids"], json!([]));
        assert_eq!(created["version"], 1);
        assert!(created["created_at"].is_string() && created["updated_at"].is_string());

        let response = app.get(&location).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"1\"");
        assert_eq!(response.json::<Value>().await.unwrap(), created);

        // Every field is optional; names are trimmed.
        let (_, bare) = create_household(&app, &json!({})).await;
        assert_eq!(bare["name"], Value::Null);
        assert_eq!(bare["region"], Value::Null);
        let (_, trimmed) = create_household(&app, &json!({"name": "  Kapanadze  "})).await;
        assert_eq!(trimmed["name"], "Kapanadze");
        assert_eq!(app.count("households").await, 3);
    }

    async fn invalid_households_are_refused(app) {
        for (body, expected) in [
            (json!({"name": "Beridze", "region": "GE-XX"}), vec![pair("region", "invalid_region")]),
            (json!({"region": "TB"}), vec![pair("region", "invalid_region")]),
            (json!({"name": "   "}), vec![pair("name", "required")]),
            (json!({"name": "n".repeat(201)}), vec![pair("name", "too_long")]),
            (json!({"name": "", "region": "ge-tb"}), vec![pair("name", "required"), pair("region", "invalid_region")]),
            (json!({"name": "Beridze", "members": []}), vec![pair("members", "unknown_field")]),
            (json!({"name": 5}), vec![pair("name", "invalid_type")]),
        ] {
            let problem = problem(app.post("/api/v1/households", &body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&problem), expected, "{body}");
        }
        assert_eq!(app.count("households").await, 0);
    }

    async fn members_are_added(app) {
        let (first, second) = (person(&app, "Nino").await, person(&app, "Giorgi").await);
        let (household, created) = create_household(&app, &json!({"name": "Beridze"})).await;
        let household_id = id_of(&created);

        let response = add(&app, &household, &first, Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"2\"");
        let one: Value = response.json().await.unwrap();
        assert_eq!(one["member_ids"], json!([first]));
        assert_eq!(one["version"], 2);
        assert_eq!(one["id"], created["id"]);
        assert_eq!(one["name"], "Beridze");

        let response = add(&app, &household, &second, None).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"3\"");
        let two: Value = response.json().await.unwrap();
        assert_eq!(two["member_ids"], json!([first, second]));
        assert_eq!(two["version"], 3);
        assert_eq!(read(&app, &household).await, two);

        for member in [&first, &second] {
            let person = read_person(&app, member).await;
            assert_eq!(person["household_id"], household_id.as_str());
            assert_eq!(person["version"], 2, "joining a household is a change of the person");
        }
    }

    async fn member_ids_follow_the_order_of_joining(app) {
        // Registered first, joins last.
        let (earlier, later) = (person(&app, "Nino").await, person(&app, "Giorgi").await);
        let (household, _) = create_household(&app, &json!({"name": "Beridze"})).await;
        assert_eq!(add(&app, &household, &later, None).await.status(), StatusCode::OK);
        let response = add(&app, &household, &earlier, None).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["member_ids"], json!([later, earlier]), "oldest membership first");
        assert_eq!(read(&app, &household).await["member_ids"], json!([later, earlier]));
    }

    async fn a_member_of_another_household_is_a_conflict(app) {
        let member = person(&app, "Nino").await;
        let (first, first_body) = create_household(&app, &json!({"name": "First"})).await;
        let (second, second_body) = create_household(&app, &json!({"name": "Second"})).await;
        assert_eq!(add(&app, &first, &member, None).await.status(), StatusCode::OK);
        let person_before = read_person(&app, &member).await;

        let conflict = problem(add(&app, &second, &member, None).await, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "member_of_another_household");
        assert_eq!(conflict["existing"], first);
        assert_eq!(conflict["existing"], format!("/api/v1/households/{}", id_of(&first_body)));

        assert_eq!(read(&app, &second).await, second_body, "the other household is unchanged");
        assert_eq!(read_person(&app, &member).await, person_before, "the person is unchanged");

        // Removed from the first, the person may join the second.
        assert_eq!(remove(&app, &first, &member, None).await.status(), StatusCode::OK);
        let response = add(&app, &second, &member, None).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(read_person(&app, &member).await["household_id"], second_body["id"]);
    }

    async fn adding_a_member_twice_is_a_conflict(app) {
        let member = person(&app, "Nino").await;
        let (household, _) = create_household(&app, &json!({"name": "Beridze"})).await;
        assert_eq!(add(&app, &household, &member, None).await.status(), StatusCode::OK);
        let before = read(&app, &household).await;
        let conflict = problem(add(&app, &household, &member, None).await, StatusCode::CONFLICT).await;
        assert_eq!(conflict["code"], "already_member");
        assert_eq!(conflict["existing"], household);
        assert_eq!(read(&app, &household).await, before);
    }

    async fn an_unknown_person_cannot_be_added(app) {
        let (household, created) = create_household(&app, &json!({"name": "Beridze"})).await;
        let unknown = problem(add(&app, &household, &Uuid::now_v7().to_string(), None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), vec![pair("person_id", "not_found")]);

        let malformed = app.post(&format!("{household}/members"), &json!({"person_id": "not-a-uuid"})).await;
        let malformed = problem(malformed, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&malformed)[0].0, "person_id");
        let missing = problem(app.post(&format!("{household}/members"), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&missing), vec![pair("person_id", "required")]);

        assert_eq!(read(&app, &household).await, created, "the household is unchanged");
    }

    async fn a_member_is_removed(app) {
        let (first, second) = (person(&app, "Nino").await, person(&app, "Giorgi").await);
        let (household, _) = create_household(&app, &json!({"name": "Beridze"})).await;
        add(&app, &household, &first, None).await;
        add(&app, &household, &second, None).await;

        let stale = problem(remove(&app, &household, &first, Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 3);

        let response = remove(&app, &household, &first, Some("\"3\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(etag(&response), "\"4\"");
        let after: Value = response.json().await.unwrap();
        assert_eq!(after["member_ids"], json!([second]));
        assert_eq!(after["version"], 4);
        assert_eq!(read(&app, &household).await, after);

        let removed = read_person(&app, &first).await;
        assert_eq!(removed["household_id"], Value::Null);
        assert_eq!(removed["version"], 3, "joined (2), then left (3)");
        assert_eq!(read_person(&app, &second).await["household_id"], after["id"]);
    }

    async fn removing_a_non_member_is_not_found(app) {
        let (member, outsider, elsewhere) = (person(&app, "Nino").await, person(&app, "Tamar").await, person(&app, "Giorgi").await);
        let (household, _) = create_household(&app, &json!({"name": "Beridze"})).await;
        let (other, _) = create_household(&app, &json!({"name": "Other"})).await;
        add(&app, &household, &member, None).await;
        add(&app, &other, &elsewhere, None).await;
        let before = read(&app, &household).await;

        problem(remove(&app, &household, &outsider, None).await, StatusCode::NOT_FOUND).await;
        problem(remove(&app, &household, &elsewhere, None).await, StatusCode::NOT_FOUND).await;
        problem(remove(&app, &household, &Uuid::now_v7().to_string(), None).await, StatusCode::NOT_FOUND).await;
        problem(remove(&app, &household, "not-a-uuid", None).await, StatusCode::NOT_FOUND).await;

        assert_eq!(read(&app, &household).await, before);
        let elsewhere_person = read_person(&app, &elsewhere).await;
        assert_eq!(elsewhere_person["household_id"].as_str().unwrap(), other.rsplit('/').next().unwrap());
    }

    async fn a_stale_if_match_on_add_is_a_412(app) {
        let (first, second) = (person(&app, "Nino").await, person(&app, "Giorgi").await);
        let (household, _) = create_household(&app, &json!({"name": "Beridze"})).await;
        assert_eq!(add(&app, &household, &first, Some("\"1\"")).await.status(), StatusCode::OK);
        let before = read(&app, &household).await;
        let person_before = read_person(&app, &second).await;

        let stale = problem(add(&app, &household, &second, Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(stale["current_version"], 2);
        problem(add(&app, &household, &second, Some("garbage")).await, StatusCode::PRECONDITION_FAILED).await;
        assert_eq!(read(&app, &household).await, before);
        assert_eq!(read_person(&app, &second).await, person_before);

        assert_eq!(add(&app, &household, &second, Some("*")).await.status(), StatusCode::OK);
    }

    async fn unknown_households_are_not_found(app) {
        let member = person(&app, "Nino").await;
        let unknown = format!("/api/v1/households/{}", Uuid::now_v7());
        let body = problem(app.get(&unknown).await, StatusCode::NOT_FOUND).await;
        assert_eq!(body["type"], "/problems/not-found");
        problem(app.get("/api/v1/households/not-a-uuid").await, StatusCode::NOT_FOUND).await;
        problem(add(&app, &unknown, &member, None).await, StatusCode::NOT_FOUND).await;
        problem(add(&app, &unknown, &member, Some("\"1\"")).await, StatusCode::NOT_FOUND).await;
        problem(remove(&app, &unknown, &member, None).await, StatusCode::NOT_FOUND).await;
        assert_eq!(read_person(&app, &member).await["household_id"], Value::Null);
    }

    async fn one_person_is_not_added_to_two_households_at_once(app) {
        // A race is not lost every time: run a few.
        let (first, first_body) = create_household(&app, &json!({"name": "First"})).await;
        let (second, second_body) = create_household(&app, &json!({"name": "Second"})).await;
        let mut members = Vec::new();
        for round in 0..6 {
            let member = person(&app, &format!("Nino{round}")).await;
            let (a, b) = tokio::join!(add(&app, &first, &member, None), add(&app, &second, &member, None));
            let mut statuses = [a.status(), b.status()];
            statuses.sort();
            assert_eq!(
                statuses,
                [StatusCode::OK, StatusCode::CONFLICT],
                "round {round}: one household wins, the other is told"
            );
            let joined = read_person(&app, &member).await["household_id"].clone();
            assert!(joined == first_body["id"] || joined == second_body["id"], "{joined}");
            members.push(member);
        }
        let in_first = read(&app, &first).await["member_ids"].as_array().unwrap().len();
        let in_second = read(&app, &second).await["member_ids"].as_array().unwrap().len();
        assert_eq!(in_first + in_second, members.len(), "each person is in exactly one household");
    }

    async fn a_monitor_cannot_see_or_change_households(app) {
        let (household, _) = create_household(&app, &json!({"name": "Beridze"})).await;
        let token = app.user_token("monitor", Role::Monitor).await;
        let get = app.client.get(app.url(&household)).bearer_auth(&token).send().await.unwrap();
        problem(get, StatusCode::FORBIDDEN).await;
        let post = app
            .client
            .post(app.url("/api/v1/households"))
            .bearer_auth(&token)
            .json(&json!({"name": "Other"}))
            .send()
            .await
            .unwrap();
        problem(post, StatusCode::FORBIDDEN).await;
        assert_eq!(app.count("households").await, 1);
    }
}
