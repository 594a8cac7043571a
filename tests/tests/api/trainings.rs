//! Trainings of officials and the capacity report (issue 14, items 1 and 2):
//! trainings and their participants (users, or officials named with their
//! organisation) kept by administrators; the capacity report's figures exact
//! for a known set of trainings, in JSON and CSV, each organisation's own,
//! suppressed for monitors; officials trained on the overview fact sheet.

use integra_tests::{
    both_backends, etag, expect, field_errors, id_of, json, problem, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;

use crate::integration::{all_figures, figure};
use crate::placements_and_enterprises::{audited, days_ago, pairs, today, world};

/// Records a training of `topic` from `days` days ago, for two days; its id.
async fn training(app: &TestApp, topic: &str, organiser: &str, days: u64) -> String {
    let body = json!({"title": format!("Training on {topic}"), "topic": topic,
        "starts_on": days_ago(days), "ends_on": days_ago(days - 1),
        "organiser_organisation_id": organiser, "venue": "Ministry training centre, Tbilisi"});
    id_of(
        &expect(
            app.post("/api/v1/trainings", &body).await,
            StatusCode::CREATED,
        )
        .await,
    )
}

/// Records a participant of `training`; the answer.
async fn participant(app: &TestApp, training: &str, body: Value) -> Value {
    expect(
        app.post(&format!("/api/v1/trainings/{training}/participants"), &body)
            .await,
        StatusCode::CREATED,
    )
    .await
}

/// An official named with their organisation, attended, with scores.
fn named(name: &str, organisation: &str, scores: Option<(i64, i64)>) -> Value {
    json!({"name": name, "organisation_id": organisation, "attended": true,
        "pre_test": scores.map(|s| s.0), "post_test": scores.map(|s| s.1)})
}

/// The capacity report of the last 60 days, as the holder of `token` sees it.
async fn capacity(app: &TestApp, token: &str) -> Value {
    let path = format!(
        "/api/v1/reports/capacity?from={}&to={}",
        days_ago(60),
        today()
    );
    expect(app.get_as(token, &path).await, StatusCode::OK).await
}

both_backends! {
    async fn trainings_of_officials_give_the_capacity_figures_exactly(app) {
        let w = world(&app).await;
        let me = app.call(&w.worker_a, Method::GET, "/api/v1/auth/me", None, StatusCode::OK).await;
        let worker_a = me["id"].as_str().unwrap().to_owned();
        let other = crate::placements_and_enterprises::organisation(&app, "Agency C", "state_agency").await;

        // Data protection (ten days ago): Tamar of A 50 -> 70, Nino of C 60 -> 55,
        // the case worker of A 40 -> 90; Eka of C registered, did not attend.
        let privacy = training(&app, "data_protection", &w.org_a, 10).await;
        let tamar = participant(&app, &privacy, named("Tamar Lomidze", &w.org_a, Some((50, 70)))).await;
        assert_eq!((tamar["user_id"].clone(), tamar["organisation_id"].as_str()), (Value::Null, Some(w.org_a.as_str())));
        participant(&app, &privacy, named("Nino Beridze", &other, Some((60, 55)))).await;
        let user = participant(&app, &privacy, json!({"user_id": worker_a, "attended": true,
            "pre_test": 40, "post_test": 90, "position": "Case worker"})).await;
        assert_eq!((user["name"].clone(), user["organisation_id"].as_str()), (Value::Null, Some(w.org_a.as_str())));
        let mut eka = named("Eka Kapanadze", &other, None);
        eka["attended"] = json!(false);
        participant(&app, &privacy, eka).await;
        // Case management (five days ago): Tamar again (her name in capitals),
        // 70 -> 80; the case worker, attended without scores.
        let cases = training(&app, "case_management", &w.org_a, 5).await;
        participant(&app, &cases, named("TAMAR LOMIDZE", &w.org_a, Some((70, 80)))).await;
        participant(&app, &cases, json!({"user_id": worker_a, "attended": true})).await;
        // A training long before the period.
        let old = training(&app, "integration", &other, 400).await;
        participant(&app, &old, named("Giorgi Maisuradze", &other, Some((10, 20)))).await;

        // Three officials, counted once each; four scored attendances: pre
        // 220 / 4 = 55.0, post 295 / 4 = 73.75 (73.8), improvement 75 / 4 =
        // 18.75 (18.8), three of four improved.
        let report = capacity(&app, &app.admin_token).await;
        let mut expected: Vec<(String, Value)> = vec![("officials_trained".into(), json!(3))];
        let mut by_organisation = vec![(w.org_a.clone(), 2), (other.clone(), 1)];
        by_organisation.sort();
        for (organisation, n) in by_organisation {
            expected.push((format!("officials_trained.organisation.{organisation}"), json!(n)));
        }
        for (topic, n) in [("reintegration", 0), ("integration", 0), ("labour_migration", 0),
            ("data_protection", 3), ("case_management", 2), ("other", 0)] {
            expected.push((format!("officials_trained.topic.{topic}"), json!(n)));
        }
        for (id, value) in [("participations", json!(5)), ("participations.scored", json!(4)),
            ("pre_test_mean", json!(55.0)), ("post_test_mean", json!(73.8)),
            ("improvement_mean", json!(18.8)), ("improved_share", json!(75.0))] {
            expected.push((id.to_owned(), value));
        }
        assert_eq!(all_figures(&report), expected);
        assert_eq!(report["suppressed"], json!([]));

        // CSV: the same figures, one row each, one decimal for the means.
        let csv = app.client.get(app.url(&format!("/api/v1/reports/capacity?from={}&to={}", days_ago(60), today())))
            .bearer_auth(&app.admin_token).header("Accept", "text/csv").send().await.unwrap().text().await.unwrap();
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), expected.len() + 1);
        assert!(rows.contains(&"post_test_mean,73.8,The mean post-test score (0-100) of the scored attendances"), "{csv}");
        assert!(rows.iter().any(|r| r.starts_with("pre_test_mean,55.0,")), "{csv}");

        // A case worker of A: A's officials only (Tamar, the case worker).
        let own = capacity(&app, &w.worker_a).await;
        assert_eq!((figure(&own, "officials_trained"), figure(&own, "participations")), (json!(2), json!(4)));
        assert_eq!(figure(&own, "participations.scored"), json!(3));
        // A monitor: counts of one to four, and means of fewer than five scores, hidden.
        let monitored = capacity(&app, &w.monitor).await;
        assert_eq!(figure(&monitored, "participations"), json!(5));
        for id in ["officials_trained", "participations.scored", "pre_test_mean", "improved_share"] {
            assert_eq!(figure(&monitored, id), Value::Null, "{id}");
        }

        // The overview: officials trained, listed by their first attendance.
        let period = format!("from={}&to={}", days_ago(60), today());
        let sheet = expect(app.get(&format!("/api/v1/reports/overview?{period}")).await, StatusCode::OK).await;
        assert_eq!(figure(&sheet, "officials_trained"), json!(3));
        let listed = expect(app.get(&format!("/api/v1/reports/overview/records?figure=officials_trained&{period}")).await,
            StatusCode::OK).await;
        assert_eq!(listed["total"], json!(3));
        let hrefs: Vec<&str> = listed["items"].as_array().unwrap().iter().map(|r| r["href"].as_str().unwrap()).collect();
        assert!(hrefs.iter().all(|h| h.starts_with(&format!("/api/v1/trainings/{privacy}/participants/"))), "{hrefs:?}");
        let region = expect(app.get(&format!("/api/v1/reports/overview?{period}&region=GE-TB")).await, StatusCode::OK).await;
        assert_eq!(figure(&region, "officials_trained"), json!(0), "officials record no region");
    }

    async fn trainings_refuse_bad_input_and_duplicates_and_are_for_administrators(app) {
        let w = world(&app).await;
        let privacy = training(&app, "data_protection", &w.org_a, 3).await;
        let path = format!("/api/v1/trainings/{privacy}/participants");
        let tamar = participant(&app, &privacy, named("Tamar Lomidze", &w.org_a, Some((50, 70)))).await;

        // The same official twice: 409 naming the first; nothing written.
        let again = problem(app.post(&path, &named("tamar lomidze", &w.org_a, None)).await, StatusCode::CONFLICT).await;
        assert_eq!(again["code"], "already_participant");
        assert_eq!(again["existing"], format!("{path}/{}", id_of(&tamar)));
        // Bad input names the fields; nothing is written.
        let bad = problem(app.post(&path, &json!({"user_id": w.org_a, "organisation_id": w.org_a,
            "pre_test": 101})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("organisation_id", "not_allowed"), ("pre_test", "out_of_range")]));
        let unknown = problem(app.post(&path, &json!({"user_id": uuid::Uuid::now_v7()})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), pairs(&[("user_id", "not_found")]));
        assert_eq!(app.count("training_participants").await, 1);
        let backwards = problem(app.post("/api/v1/trainings", &json!({"title": "X", "topic": "other",
            "starts_on": "2026-03-02", "ends_on": "2026-03-01", "organiser_organisation_id": uuid::Uuid::now_v7(),
            "venue": "Kutaisi"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&backwards), pairs(&[("ends_on", "before_start")]));
        let nowhere = problem(app.post("/api/v1/trainings", &json!({"title": "X", "topic": "other",
            "starts_on": "2026-03-02", "ends_on": "2026-03-02", "organiser_organisation_id": uuid::Uuid::now_v7(),
            "venue": "Kutaisi"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&nowhere), pairs(&[("organiser_organisation_id", "not_found")]));
        assert_eq!(app.count("trainings").await, 1);

        // Scores and attendance change with If-Match; who it is does not.
        let one = format!("{path}/{}", id_of(&tamar));
        let changed = app.patch(&one, &json!({"post_test": 85, "attended": false}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        let changed = expect(changed, StatusCode::OK).await;
        assert_eq!((changed["post_test"].as_i64(), changed["attended"].as_bool()), (Some(85), Some(false)));
        problem(app.patch(&one, &json!({"pre_test": 10}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let renamed = problem(app.patch(&one, &json!({"name": "Tamara"}), Some("\"2\"")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&renamed)[0].0, "name");
        let moved = app.patch(&format!("/api/v1/trainings/{privacy}"), &json!({"venue": "Kutaisi"}), Some("\"1\"")).await;
        assert_eq!(expect(moved, StatusCode::OK).await["venue"], "Kutaisi");

        // Reading participants is recorded; a training counts them.
        let before = audited(&app, &id_of(&tamar), "training_participant.read").await;
        let page = expect(app.get(&path).await, StatusCode::OK).await;
        assert_eq!(page["items"].as_array().unwrap().len(), 1);
        assert_eq!(audited(&app, &id_of(&tamar), "training_participant.read").await, before + 1);
        let read = expect(app.get(&format!("/api/v1/trainings/{privacy}")).await, StatusCode::OK).await;
        assert_eq!(read["participants"], json!(1));
        let listed = expect(app.get("/api/v1/trainings?topic=data_protection").await, StatusCode::OK).await;
        assert_eq!(listed["items"][0]["id"], privacy.as_str());
        // Another training's participant is not found under this one.
        let other = training(&app, "other", &w.org_a, 2).await;
        problem(app.get(&format!("/api/v1/trainings/{other}/participants/{}", id_of(&tamar))).await, StatusCode::NOT_FOUND).await;

        // Administrators only.
        for token in [&w.worker_a, &w.counsellor_a, &w.monitor, &w.partner] {
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, "/api/v1/trainings").await, StatusCode::FORBIDDEN).await;
        }
    }
}
