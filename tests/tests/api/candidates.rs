//! A vacancy's candidates follow, at once and on every node, each write that
//! changes what matching reads of a jobseeker (issue 13, item 4): stays
//! abroad added and removed, a person's date of birth corrected, a profile
//! changed, a profile registered. Each node ranks from its own in-memory
//! index of every jobseeker (`integra_persistence::matching`), which it brings
//! up to date from the database's count of such changes before each use.

use integra_persistence::DatabaseUrl;
use integra_tests::{both_backends, etag, expect, id_of, json, StatusCode, TestApp};

use crate::budget_race::Node;
use crate::placements_and_enterprises::{today, world, World};
use crate::schemes::{missed, seeker, CAREGIVERS_IL};

/// A caregiver vacancy in Israel (the scheme asks ages 25 to 45, a caregiver
/// certificate, no irregular stay in Israel); its candidates' path.
async fn caregiver_vacancy(app: &TestApp, w: &World) -> String {
    let vacancy = expect(
        app.post_as(
            &w.counsellor_a,
            "/api/v1/vacancies",
            &json!({"title": "Caregiver, Haifa",
            "kind": "abroad", "scheme_id": CAREGIVERS_IL, "employer_organisation_id": w.employer,
            "occupation": "5322", "places": 3,
            "deadline": (today() + chrono::Days::new(30)).to_string(), "status": "open"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    format!(
        "/api/v1/vacancies/{}/candidates?excluded=true&limit=500",
        id_of(&vacancy)
    )
}

/// The candidates at `base` (a node's address), as (jobseeker, the hard
/// requirements they miss), in the order ranked.
async fn ranked(app: &TestApp, base: &str, token: &str, path: &str) -> Vec<(String, Vec<String>)> {
    let response = app
        .client
        .get(format!("{base}{path}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let page = expect(response, StatusCode::OK).await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["jobseeker_id"].as_str().unwrap().to_owned(), missed(c)))
        .collect()
}

/// The hard requirements `jobseeker` misses among `candidates`; `None` when
/// they are not among them.
fn misses(candidates: &[(String, Vec<String>)], jobseeker: &str) -> Option<Vec<String>> {
    candidates
        .iter()
        .find(|(id, _)| id == jobseeker)
        .map(|(_, missed)| missed.clone())
}

/// An irregular stay in Israel of `person`; its path.
async fn irregular_stay_in_israel(app: &TestApp, base: &str, person: &str) -> String {
    let response = app
        .client
        .post(format!("{base}/api/v1/persons/{person}/stays-abroad"))
        .bearer_auth(&app.admin_token)
        .json(
            &json!({"country": "IL", "start_date": "2019-01-01", "end_date": "2020-01-01",
            "legal_status": "irregular", "return_type": "deportation"}),
        )
        .send()
        .await
        .unwrap();
    let stay = expect(response, StatusCode::CREATED).await;
    format!("/api/v1/persons/{person}/stays-abroad/{}", id_of(&stay))
}

both_backends! {
    async fn a_vacancys_candidates_follow_each_change_at_once(app) {
        let w = world(&app).await;
        let certified = json!([{"name": "caregiver"}]);
        let (a, a_person) = seeker(&app, &w.counsellor_a, 30, "5322", 24, certified.clone(), json!(["IL"])).await;
        let (b, b_person) = seeker(&app, &w.counsellor_a, 31, "5322", 24, certified.clone(), json!(["IL"])).await;
        let (c, _) = seeker(&app, &w.counsellor_b, 32, "5322", 24, certified.clone(), json!(["IL"])).await;
        let path = caregiver_vacancy(&app, &w).await;
        let base = app.address.clone();
        let now = ranked(&app, &base, &w.worker_a, &path).await;
        assert_eq!(now.len(), 3);
        assert!(now.iter().all(|(_, missed)| missed.is_empty()), "{now:?}");
        assert_eq!(app.count("matching_changes").await, 3, "one change each, the registrations");

        // An irregular stay in Israel excludes; removed, it no longer does.
        let stay = irregular_stay_in_israel(&app, &base, &a_person).await;
        let now = ranked(&app, &base, &w.worker_a, &path).await;
        assert_eq!(misses(&now, &a), Some(vec!["no_irregular_stay".to_owned()]));
        let current = app.get(&stay).await;
        let tag = etag(&current);
        expect(app.delete(&stay, Some(&tag)).await, StatusCode::NO_CONTENT).await;
        let now = ranked(&app, &base, &w.worker_a, &path).await;
        assert_eq!(misses(&now, &a), Some(vec![]));

        // A date of birth corrected to an age of 50.
        let person_path = format!("/api/v1/persons/{b_person}");
        let tag = etag(&app.get(&person_path).await);
        let fifty = (today() - chrono::Days::new(365 * 50 + 30)).to_string();
        expect(app.patch(&person_path, &json!({"date_of_birth": fifty}), Some(&tag)).await, StatusCode::OK).await;
        let now = ranked(&app, &base, &w.worker_a, &path).await;
        assert_eq!(misses(&now, &b), Some(vec!["age".to_owned()]));

        // A profile whose certificate is taken off.
        let profile_path = format!("/api/v1/jobseekers/{c}");
        let tag = etag(&app.get(&profile_path).await);
        expect(app.patch_as(&w.counsellor_b, &profile_path, &json!({"certificates": []}), Some(&tag)).await, StatusCode::OK).await;
        let now = ranked(&app, &base, &w.worker_a, &path).await;
        assert_eq!(misses(&now, &c), Some(vec!["caregiver_certificate".to_owned()]));

        // A new profile is among them; the excluded rank last.
        let (d, _) = seeker(&app, &w.counsellor_b, 40, "5322", 24, certified, json!(["IL"])).await;
        let now = ranked(&app, &base, &w.worker_a, &path).await;
        assert_eq!(now.len(), 4);
        assert_eq!(misses(&now, &d), Some(vec![]));
        let order: Vec<bool> = now.iter().map(|(_, missed)| missed.is_empty()).collect();
        assert_eq!(order, [true, true, false, false]);

        // Writes about someone who is no jobseeker record no change.
        let changes = app.count("matching_changes").await;
        let other = id_of(&app.create_person(&integra_tests::person_body("Not", "Seeking")).await);
        irregular_stay_in_israel(&app, &base, &other).await;
        assert_eq!(app.count("matching_changes").await, changes);
        assert_eq!(ranked(&app, &base, &w.worker_a, &path).await, now);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_each_node_sees_the_changes_another_node_writes() {
    // With CI=true an unreachable PostgreSQL fails here rather than skipping.
    let Some(app) = TestApp::spawn(integra_tests::Backend::Postgres).await else {
        return;
    };
    let DatabaseUrl::Postgres(url) = app.database.url.clone() else {
        panic!("a PostgreSQL test database");
    };
    let w = world(&app).await;
    let (a, a_person) = seeker(
        &app,
        &w.counsellor_a,
        30,
        "5322",
        24,
        json!([{"name": "caregiver"}]),
        json!(["IL"]),
    )
    .await;
    let path = caregiver_vacancy(&app, &w).await;
    let secret = app.jwt_secret.clone();
    let other = tokio::task::spawn_blocking(move || Node::start(&url, &secret))
        .await
        .unwrap();
    let here = app.address.clone();
    // Both nodes have ranked (and hold their index) before the writes.
    for base in [&here, &other.address] {
        assert_eq!(
            misses(&ranked(&app, base, &w.worker_a, &path).await, &a),
            Some(vec![])
        );
    }
    // Written on the other node, seen here; removed here, seen there.
    let stay = irregular_stay_in_israel(&app, &other.address, &a_person).await;
    assert_eq!(
        misses(&ranked(&app, &here, &w.worker_a, &path).await, &a),
        Some(vec!["no_irregular_stay".to_owned()])
    );
    let tag = etag(&app.get(&stay).await);
    expect(app.delete(&stay, Some(&tag)).await, StatusCode::NO_CONTENT).await;
    let seen: Vec<(String, Vec<String>)> = ranked(&app, &other.address, &w.worker_a, &path).await;
    assert_eq!(misses(&seen, &a), Some(vec![]));
    drop(other);
}
