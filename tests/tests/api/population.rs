//! The population generator (`integra demo-data --persons N --seed S`): the
//! same seed gives the same population on either backend, and what it writes
//! is what the API itself would have written: every record reads through the
//! API, every case's moves lead to its status, no item is approved by its
//! proposer, no programme commits more than its budget.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use diesel::sql_types::{BigInt, Nullable, Text};
use diesel::{QueryableByName, RunQueryDsl};
use integra_api::population::{self, Options};
use integra_persistence::Db;
use integra_tests::{both_backends, expect, Backend, StatusCode, TestDatabase};

const PERSONS: usize = 1_500;

fn options(seed: u64) -> Options {
    Options {
        persons: PERSONS,
        seed,
        as_of: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    }
}

#[derive(Debug, PartialEq, Eq, QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    id: String,
    #[diesel(sql_type = Text)]
    what: String,
    #[diesel(sql_type = Nullable<BigInt>)]
    number: Option<i64>,
}

/// Every generated record of the kinds the generator writes, with what
/// distinguishes it, in id order.
fn fingerprint(db: &Db) -> Vec<Row> {
    let queries = [
        "SELECT id, given_name || ' ' || family_name || ' ' || COALESCE(region, '') AS what, \
         version AS number FROM persons",
        "SELECT id, country || ' ' || legal_status || ' ' || COALESCE(return_type, '') AS what, \
         version AS number FROM stays_abroad",
        "SELECT id, COALESCE(name, '') AS what, version AS number FROM households",
        "SELECT id, status || ' ' || COALESCE(outcome, '') AS what, version AS number FROM cases",
        "SELECT id, case_id || ' ' || to_status AS what, NULL AS number FROM case_transitions",
        "SELECT id, results AS what, NULL AS number FROM assessments",
        "SELECT id, assistance_type || ' ' || status AS what, amount_tetri AS number \
         FROM assistance_items",
        "SELECT id, action AS what, NULL AS number FROM assistance_actions",
        "SELECT id, kind AS what, NULL AS number FROM organisations",
        "SELECT id, code AS what, committed_tetri AS number FROM programmes",
        "SELECT id, stream || ' ' || topic || ' ' || COALESCE(person_id, '') AS what, \
         NULL AS number FROM counselling_sessions",
        "SELECT id, region || ' ' || kind AS what, people_reached AS number FROM outreach_events",
        "SELECT id, person_id || ' ' || employer_organisation_id || ' ' || term AS what, \
         NULL AS number FROM job_placements",
        "SELECT id, social_enterprise_id || ' ' || programme AS what, NULL AS number \
         FROM social_enterprise_beneficiaries",
        "SELECT id, social_enterprise_id || ' ' || term AS what, places AS number FROM job_places",
        "SELECT id, destination_country || ' ' || kind AS what, NULL AS number FROM movements",
        "SELECT id, person_id || ' ' || channel || ' ' || outcome AS what, NULL AS number \
         FROM contacts",
        "SELECT id, person_id || ' ' || occupations || ' ' || languages || ' ' || certificates \
         AS what, experience_months AS number FROM jobseekers",
        "SELECT id, COALESCE(decision, '') || ' ' || CASE WHEN assessed THEN 'y' ELSE 'n' END AS what, \
         NULL AS number FROM cases",
    ];
    let mut rows = Vec::new();
    for query in queries {
        let query = format!("{query} ORDER BY id");
        let mut found: Vec<Row> = db
            .read(move |c| Ok(diesel::sql_query(query.clone()).load::<Row>(c)?))
            .unwrap();
        rows.append(&mut found);
    }
    rows
}

fn generate(db: &Db, seed: u64) -> population::Summary {
    population::generate(db.clone(), &options(seed), &|_| {}).unwrap()
}

both_backends! {
    async fn the_same_seed_gives_the_same_population_on_either_backend(app) {
        let db = app.db.clone();
        let summary = tokio::task::spawn_blocking(move || generate(&db, 11)).await.unwrap();
        assert_eq!(summary.persons, PERSONS);
        assert!(summary.cases > PERSONS / 10, "{summary:?}");
        assert!(summary.items > PERSONS / 10, "{summary:?}");
        assert!(summary.households > PERSONS / 20, "{summary:?}");
        assert!(summary.jobseekers > PERSONS / 20, "{summary:?}");

        // Again, on SQLite, from nothing.
        let other = TestDatabase::create(Backend::Sqlite).unwrap();
        let other_db = Db::open(&other.url, Default::default()).unwrap();
        other_db.migrate().unwrap();
        let db = app.db.clone();
        let (ours, theirs, again) = tokio::task::spawn_blocking(move || {
            let again = generate(&other_db, 11);
            (fingerprint(&db), fingerprint(&other_db), again)
        })
        .await
        .unwrap();
        assert_eq!(summary, again);
        assert_eq!(ours.len(), theirs.len());
        assert!(ours == theirs, "the same seed gave another population");

        // Another seed, another population.
        let third = TestDatabase::create(Backend::Sqlite).unwrap();
        let third_db = Db::open(&third.url, Default::default()).unwrap();
        third_db.migrate().unwrap();
        let different = tokio::task::spawn_blocking(move || {
            generate(&third_db, 12);
            fingerprint(&third_db)
        })
        .await
        .unwrap();
        assert!(different != ours);
    }

    async fn a_generated_population_is_what_the_api_would_have_written(app) {
        let db = app.db.clone();
        tokio::task::spawn_blocking(move || generate(&db, 3)).await.unwrap();

        // A filled registry is refused, and nothing is added.
        let db = app.db.clone();
        let refused = tokio::task::spawn_blocking(move || {
            population::generate(db, &options(3), &|_| {})
        })
        .await
        .unwrap();
        assert!(refused.unwrap_err().contains("already holds persons"));
        assert_eq!(app.count("persons").await, PERSONS as i64);

        // Each case's last move leads to its status, and its version counts its moves.
        let cases = app.db.read(|c| Ok(diesel::sql_query(
            "SELECT c.id AS id, c.status AS what, c.version - 1 - \
             (SELECT COUNT(*) FROM case_transitions t WHERE t.case_id = c.id) AS number \
             FROM cases c WHERE c.status <> COALESCE((SELECT t.to_status FROM case_transitions t \
             WHERE t.case_id = c.id ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1), 'registered') \
             OR c.version - 1 <> (SELECT COUNT(*) FROM case_transitions t WHERE t.case_id = c.id)",
        ).load::<Row>(c)?)).unwrap();
        assert!(cases.is_empty(), "{cases:?}");
        // What a case keeps for the reports is what its history says.
        let kept = app.db.read(|c| Ok(diesel::sql_query(
            "SELECT c.id AS id, COALESCE(c.decision, '') AS what, NULL AS number FROM cases c \
             WHERE COALESCE(c.decision, '') <> COALESCE((SELECT t.to_status FROM case_transitions t \
             WHERE t.case_id = c.id AND t.to_status IN ('eligible', 'not_eligible') \
             ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1), '') \
             OR c.assessed <> EXISTS (SELECT 1 FROM assessments a WHERE a.case_id = c.id)",
        ).load::<Row>(c)?)).unwrap();
        assert!(kept.is_empty(), "{kept:?}");
        // What a stay keeps for the reports (the end of its person's previous
        // return of its type) is what the person's stays say.
        let chained = app.db.read(|c| Ok(diesel::sql_query(
            "SELECT s.id AS id, COALESCE(s.return_type, '') AS what, NULL AS number \
             FROM stays_abroad s WHERE COALESCE(CAST(s.previous_return_on AS TEXT), '') <> \
             COALESCE((SELECT CAST(MAX(o.end_date) AS TEXT) FROM stays_abroad o \
             WHERE o.person_id = s.person_id AND o.return_type = s.return_type \
             AND (o.end_date < s.end_date OR (o.end_date = s.end_date AND o.id < s.id))), '')",
        ).load::<Row>(c)?)).unwrap();
        assert!(chained.is_empty(), "{chained:?}");
        let linked = app.count_where("stays_abroad", "previous_return_on IS NOT NULL").await;
        assert!(linked > 0, "some persons returned twice");
        let unapproved = app.count_where(
            "assistance_items",
            "status IN ('approved', 'delivered') AND approved_on IS NULL",
        ).await;
        assert_eq!(unapproved, 0);

        // Four eyes: nobody approved what they proposed.
        let own = app.count_where(
            "assistance_items",
            "decided_by = proposed_by",
        ).await;
        assert_eq!(own, 0);
        // Nothing is dated after the reference day.
        let late = app.count_where("assistance_items", "delivered_on > '2026-11-30'").await;
        assert_eq!(late, 0);
        let delivered = app.count_where("assistance_items", "status = 'delivered'").await;
        let dated = app.count_where(
            "assistance_items",
            "status = 'delivered' AND delivered_on IS NOT NULL",
        ).await;
        assert!(delivered > 0);
        assert_eq!(delivered, dated);

        // Programmes: committed is what approved and delivered items add up to,
        // and within the budget.
        let programmes = expect(app.get("/api/v1/programmes?limit=100").await, StatusCode::OK).await;
        let generated: Vec<_> = programmes["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["code"].as_str().unwrap().starts_with("REINT-GEN-"))
            .collect();
        assert_eq!(generated.len(), 5);
        for programme in generated {
            let id = programme["id"].as_str().unwrap().to_owned();
            let sum = app.db.read(move |c| Ok(diesel::sql_query(format!(
                "SELECT '{id}' AS id, '' AS what, CAST(COALESCE(SUM(amount_tetri), 0) AS BIGINT) AS number \
                 FROM assistance_items WHERE programme_id = '{id}' \
                 AND status IN ('approved', 'delivered')"
            )).load::<Row>(c)?)).unwrap();
            let committed: f64 = programme["committed"]["amount"].as_str().unwrap().parse().unwrap();
            let budget: f64 = programme["budget"]["amount"].as_str().unwrap().parse().unwrap();
            assert_eq!((committed * 100.0).round() as i64, sum[0].number.unwrap());
            assert!(committed <= budget);
        }

        // Cases, their assessments and assistance, and their persons read through the API.
        let page = expect(app.get("/api/v1/cases?limit=25").await, StatusCode::OK).await;
        let cases = page["items"].as_array().unwrap();
        assert_eq!(cases.len(), 25);
        for case in cases {
            let id = case["id"].as_str().unwrap();
            let read = expect(app.get(&format!("/api/v1/cases/{id}")).await, StatusCode::OK).await;
            assert_eq!(read["status"], case["status"]);
            expect(app.get(&format!("/api/v1/cases/{id}/assessments")).await, StatusCode::OK).await;
            expect(app.get(&format!("/api/v1/cases/{id}/assistance")).await, StatusCode::OK).await;
            let person = case["person_id"].as_str().unwrap();
            expect(app.get(&format!("/api/v1/persons/{person}")).await, StatusCode::OK).await;
            expect(app.get(&format!("/api/v1/persons/{person}/stays-abroad")).await, StatusCode::OK)
                .await;
        }
        // Service records read through the API too.
        for list in ["/api/v1/contacts", "/api/v1/counselling-sessions", "/api/v1/outreach-events",
                     "/api/v1/job-placements", "/api/v1/social-enterprises", "/api/v1/jobseekers"] {
            let page = expect(app.get(&format!("{list}?limit=20")).await, StatusCode::OK).await;
            let items = page["items"].as_array().unwrap();
            assert!(!items.is_empty(), "{list}");
            if list.ends_with("social-enterprises") {
                for enterprise in items {
                    assert_eq!(enterprise["partners"].as_array().unwrap().len(), 2, "{enterprise}");
                    let id = enterprise["id"].as_str().unwrap();
                    for part in ["beneficiaries", "job-places"] {
                        expect(app.get(&format!("{list}/{id}/{part}")).await, StatusCode::OK).await;
                    }
                }
            } else {
                let id = items[0]["id"].as_str().unwrap();
                expect(app.get(&format!("{list}/{id}")).await, StatusCode::OK).await;
            }
        }
        let moved = app.db.read(|c| Ok(diesel::sql_query(
            "SELECT person_id AS id, id AS what, NULL AS number FROM movements LIMIT 3",
        ).load::<Row>(c)?)).unwrap();
        assert!(!moved.is_empty());
        for movement in moved {
            let path = format!("/api/v1/persons/{}/movements/{}", movement.id, movement.what);
            expect(app.get(&path).await, StatusCode::OK).await;
        }

        // A screened case's assessment is the rule engine's, over every rule.
        let assessed = app.db.read(|c| Ok(diesel::sql_query(
            "SELECT case_id AS id, results AS what, NULL AS number FROM assessments LIMIT 1",
        ).load::<Row>(c)?)).unwrap();
        let results: serde_json::Value = serde_json::from_str(&assessed[0].what).unwrap();
        let rules: Vec<_> = results
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["rule_id"].as_str().unwrap().to_owned())
            .collect();
        for rule in ["citizenship", "migration_history", "timely_application", "adult"] {
            assert!(rules.iter().any(|r| r == rule), "{rules:?}");
        }
    }
}
