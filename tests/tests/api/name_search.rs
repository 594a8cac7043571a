//! Searching persons by name: words anywhere in the given or family name, any
//! case and script, served by a trigram index on both backends, kept in step with
//! renames and erasures, and bounded.

use integra_tests::{both_backends, field_errors, id_of, problem, TestApp};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The family and given names of the persons `name` finds, in list order.
async fn found(app: &TestApp, name: &str) -> Vec<String> {
    let path = format!("/api/v1/persons?name={}", urlencoding(name));
    let response = app.get(&path).await;
    assert_eq!(response.status(), StatusCode::OK, "{name}");
    let page: Value = response.json().await.unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p["given_name"].as_str().unwrap(),
                p["family_name"].as_str().unwrap()
            )
        })
        .collect()
}

fn urlencoding(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

both_backends! {
    async fn names_are_found_by_words_in_any_case_and_script(app) {
        let mut ids = Vec::new();
        for (given, family) in [
            ("Nino", "Beridze"),
            ("Giorgi", "Beridze"),
            ("Nino", "Kapanadze"),
            ("ნინო", "ბერიძე"),
            ("Ana", "100%_Mikadze"),
        ] {
            ids.push(id_of(&app.create_person(&integra_tests::person_body(given, family)).await));
        }

        assert_eq!(found(&app, "beridze").await, ["Nino Beridze", "Giorgi Beridze"]);
        assert_eq!(found(&app, "BERI nino").await, ["Nino Beridze"]);
        // A short word narrows what the indexed word found.
        assert_eq!(found(&app, "ni beridze").await, ["Nino Beridze"]);
        assert_eq!(found(&app, "ბერ").await, ["ნინო ბერიძე"]);
        assert_eq!(found(&app, "ino").await, ["Nino Beridze", "Nino Kapanadze"]);
        // LIKE's wildcards are plain characters in a search.
        assert_eq!(found(&app, "0%_m").await, ["Ana 100%_Mikadze"]);
        assert_eq!(found(&app, "_mi").await, ["Ana 100%_Mikadze"]);
        assert!(found(&app, "zzz").await.is_empty());
        // A quote cannot break out of the index's query language.
        assert!(found(&app, "\"beridze\" OR nino").await.is_empty());

        // The index follows a rename.
        let path = format!("/api/v1/persons/{}", ids[0]);
        let response = app.patch(&path, &json!({"family_name": "Lomidze"}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(found(&app, "beridze").await, ["Giorgi Beridze"]);
        assert_eq!(found(&app, "lomid").await, ["Nino Lomidze"]);

        // An erased person is found by no part of their former name.
        let response = app.post(&format!("/api/v1/persons/{}/erase", ids[1]), &json!({"reason": "asked"})).await;
        assert!(response.status().is_success(), "{}", response.status());
        assert!(found(&app, "giorgi").await.is_empty());
        assert!(found(&app, "beridze").await.is_empty());
    }

    async fn a_search_pages_through_its_matches(app) {
        for given in ["Ana", "Eka", "Lela", "Maka", "Tamar"] {
            app.create_person(&integra_tests::person_body(given, "Tsereteli")).await;
        }
        app.create_person(&integra_tests::person_body("Ana", "Gelashvili")).await;
        let mut names = Vec::new();
        let mut path = "/api/v1/persons?name=tsere&limit=2".to_owned();
        loop {
            let page: Value = app.get(&path).await.json().await.unwrap();
            for item in page["items"].as_array().unwrap() {
                names.push(item["given_name"].as_str().unwrap().to_owned());
            }
            match page["next_cursor"].as_str() {
                Some(cursor) => path = format!("/api/v1/persons?name=tsere&limit=2&cursor={cursor}"),
                None => break,
            }
        }
        assert_eq!(names, ["Ana", "Eka", "Lela", "Maka", "Tamar"]);
    }

    async fn a_search_is_bounded(app) {
        for (name, code) in [
            ("nino a b c d e", "too_many_words"),
            ("ni be", "too_short"),
            (&"a".repeat(101) as &str, "too_long"),
        ] {
            let path = format!("/api/v1/persons?name={}", urlencoding(name));
            let body = problem(app.get(&path).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(field_errors(&body), [("name".to_owned(), code.to_owned())], "{name}");
        }
    }
}
