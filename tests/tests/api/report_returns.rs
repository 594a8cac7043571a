//! Returns are counted by distinct person from each stay's link to the same
//! person's previous return of its type (`stays_abroad.previous_return_on`),
//! which every write of a stay keeps: the reintegration report's `returns`,
//! the overview's `returns_assisted` and their drill-downs stay exact as stays
//! are added, changed and deleted, one at a time or many at once.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use integra_tests::{both_backends, id_of, json, StatusCode, TestApp};
use reqwest::Method;
use serde_json::Value;

use crate::reports::{day, ok, period, person};

const AVR: &str = "assisted_voluntary_return";

/// Records a stay that ended `end` with `return_type`; its path.
async fn stay(app: &TestApp, person: &str, start: NaiveDate, end: NaiveDate, kind: &str) -> String {
    let path = format!("/api/v1/persons/{person}/stays-abroad");
    let body = json!({"country": "DE", "start_date": start.to_string(), "end_date": end.to_string(),
        "legal_status": "irregular", "return_type": kind});
    let stay = ok(app, &app.admin_token, &path, body, StatusCode::CREATED).await;
    format!("{path}/{}", id_of(&stay))
}

/// The report's returns by type, the overview's returns assisted, and the
/// persons behind the returns of `kind` (the drill-down, every page).
async fn returns(app: &TestApp, kind: &str) -> (Value, i64, BTreeSet<String>) {
    let token = &app.admin_token;
    let path = format!("/api/v1/reports/reintegration?{}", period());
    let report = app
        .call(token, Method::GET, &path, None, StatusCode::OK)
        .await;
    let path = format!("/api/v1/reports/overview?{}", period());
    let overview = app
        .call(token, Method::GET, &path, None, StatusCode::OK)
        .await;
    let assisted = overview["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|figure| figure["id"] == "returns_assisted")
        .unwrap()["value"]
        .as_i64()
        .unwrap();
    let mut behind = BTreeSet::new();
    let mut next = Some(
        report["links"][format!("returns.{kind}")]
            .as_str()
            .unwrap()
            .to_owned(),
    );
    while let Some(href) = next {
        let page = app
            .call(token, Method::GET, &href, None, StatusCode::OK)
            .await;
        assert_eq!(page["total"], report["returns"][kind], "{page}");
        behind.extend(page["items"].as_array().unwrap().iter().map(id_of));
        next = page["next_cursor"].as_str().map(|cursor| {
            format!(
                "{}&cursor={cursor}",
                report["links"][format!("returns.{kind}")].as_str().unwrap()
            )
        });
    }
    (report["returns"].clone(), assisted, behind)
}

/// `(returns by type, avr count)` for assertions.
fn counts(avr: i64, readmission: i64) -> Value {
    json!({AVR: avr, "readmission": readmission, "spontaneous": 0, "deportation": 0})
}

/// A stay of `days` days ending `days_ago` days ago.
fn ended(days_ago: u64, days: u64) -> (NaiveDate, NaiveDate) {
    let end = day(days_ago);
    (end.checked_sub_days(Days::new(days)).unwrap(), end)
}

both_backends! {
    async fn a_person_returns_once_however_their_stays_change(app) {
        let ana = person(&app, "Ana", json!({})).await;
        let beka = person(&app, "Beka", json!({})).await;
        // Ana: a return before the period, two in it, a readmission in it.
        let (s, e) = ended(400, 30);
        stay(&app, &ana, s, e, AVR).await;
        let (s, e) = ended(200, 30);
        let second = stay(&app, &ana, s, e, AVR).await;
        let (s, e) = ended(50, 30);
        let third = stay(&app, &ana, s, e, AVR).await;
        let (s, e) = ended(100, 30);
        stay(&app, &ana, s, e, "readmission").await;
        // Beka: two returns in the period (stays never overlap, so no two
        // of a person's returns end the same day).
        let (s, e) = ended(150, 10);
        stay(&app, &beka, s, e, AVR).await;
        let (s, e) = ended(120, 20);
        let beka_second = stay(&app, &beka, s, e, AVR).await;
        let both = BTreeSet::from([ana.clone(), beka.clone()]);
        assert_eq!(returns(&app, AVR).await, (counts(2, 1), 2, both.clone()));

        // Ana's first return in the period moves before it: her later one counts.
        let response = app.patch(&second, &json!({"end_date": day(380).to_string(),
            "start_date": day(390).to_string()}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(returns(&app, AVR).await, (counts(2, 1), 2, both));

        // Her last one in the period is deleted: she returned before it only.
        assert_eq!(app.delete(&third, Some("\"1\"")).await.status(), StatusCode::NO_CONTENT);
        assert_eq!(returns(&app, AVR).await, (counts(1, 1), 1, BTreeSet::from([beka.clone()])));

        // Beka's later return becomes a readmission: one return of each type.
        let response = app.patch(&beka_second, &json!({"return_type": "readmission"}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(returns(&app, AVR).await, (counts(1, 2), 1, BTreeSet::from([beka.clone()])));
        assert_eq!(returns(&app, "readmission").await.2, BTreeSet::from([ana, beka]));
    }

    async fn stays_written_at_once_keep_every_person_counted_once(app) {
        // Six persons, each given eight returns, all 48 sent at once: some
        // before the period, some in it, of two types.
        let mut persons = Vec::new();
        for n in 0..6 {
            persons.push(person(&app, &format!("Concurrent{n}"), json!({})).await);
        }
        let mut writes = Vec::new();
        let mut expected: [BTreeSet<String>; 2] = [BTreeSet::new(), BTreeSet::new()];
        for (n, who) in persons.iter().enumerate() {
            for k in 0..8u64 {
                let days_ago = 40 * k + 20 + n as u64; // 20 .. 305 days ago: two are before the period
                let kind = if (k + n as u64) % 3 == 0 { "readmission" } else { AVR };
                if days_ago <= 300 {
                    expected[usize::from(kind == "readmission")].insert(who.clone());
                }
                writes.push((who.clone(), ended(days_ago, 10), kind));
            }
        }
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(writes.len()));
        let mut tasks = Vec::new();
        for (who, (start, end), kind) in writes {
            let url = format!("{}/api/v1/persons/{who}/stays-abroad", app.address);
            let (client, token, barrier) = (app.client.clone(), app.admin_token.clone(), barrier.clone());
            let body = json!({"country": "DE", "start_date": start.to_string(),
                "end_date": end.to_string(), "legal_status": "irregular", "return_type": kind});
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                client.post(url).bearer_auth(token).json(&body).send().await.unwrap().status()
            }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap(), StatusCode::CREATED);
        }
        let app = &app;
        let (by_type, assisted, behind) = returns(app, AVR).await;
        assert_eq!(by_type, counts(expected[0].len() as i64, expected[1].len() as i64));
        assert_eq!(assisted, expected[0].len() as i64);
        assert_eq!(behind, expected[0]);
    }
}
