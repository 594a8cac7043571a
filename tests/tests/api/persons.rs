use integra_tests::{both_backends, field_errors, json, person_body, problem, StatusCode, TestApp};

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
}

#[allow(dead_code)]
fn _uses(_: TestApp) {}
