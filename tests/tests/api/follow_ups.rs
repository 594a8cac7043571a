//! Follow-ups: scoring, one per point, only on cases being assisted or after.

use integra_tests::expect;
use integra_tests::{both_backends, json, problem, StatusCode};

use crate::reintegration_fixtures::{self as fx, case_worker, ministry};

both_backends! {
    async fn scored_once_per_point(app) {
        let programme = fx::programme(&app, 500_000, 500_000, &[]).await;
        let alice = case_worker(&app, "alice").await;
        let person = fx::person(&app).await;
        let case = fx::case(&app, person, programme, "assisting", ministry()).await;
        let path = format!("/api/v1/cases/{case}/follow-ups");

        let indicators = expect(app.get_as(&alice, "/api/v1/follow-ups/indicators").await, StatusCode::OK).await;
        let indicators = indicators["items"].as_array().unwrap();
        assert_eq!(indicators.len(), 12);
        assert!(indicators.iter().all(|i| i["question"]["ka"].is_string() && i["question"]["en"].is_string()));

        let body = json!({"point": "month_3", "conducted_on": "2026-05-15",
            "answers": {"income_source": false, "housing": 5, "wellbeing": 3}});
        let recorded = expect(app.post_as(&alice, &path, &body).await, StatusCode::CREATED).await;
        assert_eq!(recorded["scores"]["economic"], 0.0);
        assert_eq!(recorded["scores"]["social"], 1.0);
        assert_eq!(recorded["scores"]["psychosocial"], 0.5);
        let overall = recorded["scores"]["overall"].as_f64().unwrap();
        assert!((overall - (0.33 * 0.0 + 0.33 * 1.0 + 0.34 * 0.5)).abs() < 1e-9);
        assert_eq!(recorded["due_on"], "2026-04-15");

        let twice = problem(app.post_as(&alice, &path, &body).await, StatusCode::CONFLICT).await;
        assert_eq!(twice["code"], "duplicate_follow_up");
        let month_6 = json!({"point": "month_6", "conducted_on": "2026-08-01", "answers": {"income_source": true}});
        expect(app.post_as(&alice, &path, &month_6).await, StatusCode::CREATED).await;
        let list = expect(app.get_as(&alice, &path).await, StatusCode::OK).await;
        let points: Vec<_> = list["items"].as_array().unwrap().iter().map(|f| f["point"].clone()).collect();
        assert_eq!(points, [json!("month_3"), json!("month_6")]);

        let other = fx::person(&app).await;
        let planning = fx::case(&app, other, programme, "planning", ministry()).await;
        let early = problem(app.post_as(&alice, &format!("/api/v1/cases/{planning}/follow-ups"), &body).await, StatusCode::CONFLICT).await;
        assert_eq!(early["code"], "case_status");
        assert_eq!(app.count("follow_ups").await, 2);
    }
}
