//! Projects and their risks (issue 14, item 4): kept by administrators, read
//! by monitors (committee members); risks scored likelihood x impact and
//! listed highest first; reviews change the score.

use integra_tests::{
    both_backends, etag, expect, field_errors, id_of, json, problem, StatusCode, TestApp,
};
use serde_json::Value;

use crate::placements_and_enterprises::{days_ago, pairs, today, world};

/// Records a project; its path.
async fn project(app: &TestApp, name: &str) -> String {
    let body = json!({"name": name, "objective": "Returning migrants are served by one division",
        "starts_on": days_ago(300), "ends_on": (today() + chrono::Days::new(400)).to_string()});
    let response = app.post("/api/v1/projects", &body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// A risk of the given likelihood and impact, owned by `owner`.
fn risk(description: &str, likelihood: i64, impact: i64, owner: &str) -> Value {
    json!({"description": description, "likelihood": likelihood, "impact": impact,
        "owner_organisation_id": owner, "mitigation": "Reviewed at every meeting",
        "status": "open", "reviewed_on": days_ago(3)})
}

/// The (description, score) of a list of risks, in order.
fn scores(list: &Value) -> Vec<(String, i64)> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["description"].as_str().unwrap().to_owned(),
                r["score"].as_i64().unwrap(),
            )
        })
        .collect()
}

both_backends! {
    async fn a_projects_risks_are_scored_and_listed_highest_first(app) {
        let w = world(&app).await;
        let path = project(&app, "Strengthening the Migration Division").await;
        let risks = format!("{path}/risks");
        for (description, likelihood, impact) in [("Staff leave", 3, 4), ("Funding stops", 5, 5), ("Data lost", 1, 2)] {
            let created = expect(app.post(&risks, &risk(description, likelihood, impact, &w.org_a)).await, StatusCode::CREATED).await;
            assert_eq!(created["score"].as_i64(), Some(likelihood * impact));
        }
        let listed = expect(app.get(&risks).await, StatusCode::OK).await;
        assert_eq!(scores(&listed), [("Funding stops".to_owned(), 25), ("Staff leave".to_owned(), 12), ("Data lost".to_owned(), 2)]);

        // A review: the staff risk rises above the funding one once that is mitigated.
        let staff = format!("{risks}/{}", id_of(&listed["items"][1]));
        let reviewed = app.patch(&staff, &json!({"likelihood": 5, "reviewed_on": today().to_string()}), Some("\"1\"")).await;
        assert_eq!(etag(&reviewed), "\"2\"");
        assert_eq!(expect(reviewed, StatusCode::OK).await["score"].as_i64(), Some(20));
        let funding = format!("{risks}/{}", id_of(&listed["items"][0]));
        expect(app.patch(&funding, &json!({"impact": 3, "status": "mitigated"}), Some("\"1\"")).await, StatusCode::OK).await;
        let listed = expect(app.get(&risks).await, StatusCode::OK).await;
        assert_eq!(scores(&listed), [("Staff leave".to_owned(), 20), ("Funding stops".to_owned(), 15), ("Data lost".to_owned(), 2)]);
        let open = expect(app.get(&format!("{risks}?status=open")).await, StatusCode::OK).await;
        assert_eq!(scores(&open).len(), 2);
        problem(app.patch(&staff, &json!({"impact": 1}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        let rescored = problem(app.patch(&staff, &json!({"score": 1}), Some("\"2\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&rescored)[0].0, "score");

        // Bad input names the fields; nothing is written.
        let bad = problem(app.post(&risks, &json!({"description": " ", "likelihood": 0, "impact": 6,
            "owner_organisation_id": w.org_a, "status": "worrying",
            "reviewed_on": (today() + chrono::Days::new(1)).to_string()})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("description", "required"), ("likelihood", "out_of_range"),
            ("impact", "out_of_range"), ("status", "invalid_value"), ("reviewed_on", "in_future")]));
        let nobody = problem(app.post(&risks, &risk("X", 1, 1, &uuid::Uuid::now_v7().to_string())).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&nobody), pairs(&[("owner_organisation_id", "not_found")]));
        let backwards = problem(app.post("/api/v1/projects", &json!({"name": "X", "objective": "Y",
            "starts_on": "2026-03-02", "ends_on": "2026-03-01"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&backwards), pairs(&[("ends_on", "before_start")]));
        assert_eq!((app.count("risks").await, app.count("projects").await), (3, 1));

        // Another project's risk is not found under this one.
        let other = project(&app, "Field research").await;
        problem(app.get(&format!("{other}/risks/{}", id_of(&listed["items"][0]))).await, StatusCode::NOT_FOUND).await;

        // Monitors (committee members) read; only administrators write.
        let seen = expect(app.get_as(&w.monitor, &risks).await, StatusCode::OK).await;
        assert_eq!(scores(&seen), scores(&listed));
        expect(app.get_as(&w.monitor, &path).await, StatusCode::OK).await;
        problem(app.post_as(&w.monitor, &risks, &risk("Z", 1, 1, &w.org_a)).await, StatusCode::FORBIDDEN).await;
        problem(app.patch_as(&w.monitor, &path, &json!({"name": "Z"}), Some("\"1\"")).await, StatusCode::FORBIDDEN).await;
        for token in [&w.worker_a, &w.counsellor_a, &w.partner] {
            problem(app.get_as(token, &risks).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, "/api/v1/projects").await, StatusCode::FORBIDDEN).await;
        }
    }
}
