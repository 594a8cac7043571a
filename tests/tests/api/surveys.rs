//! Field surveys (issue 14, item 7): a questionnaire drafted, changed,
//! published and then refusing changes, its next edition; responses checked
//! against the questions, anonymous or naming a person, seen by the
//! collecting organisation's case workers only and recorded when read; the
//! aggregates per question exact for a known set of responses, each
//! organisation's own, suppressed for monitors, in JSON and CSV; the three
//! seeded questionnaires in Georgian and English.

use integra_tests::{
    both_backends, etag, expect, field_errors, id_of, json, problem, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;

use crate::integration::{all_figures, figure};
use crate::placements_and_enterprises::{audited, days_ago, pairs, person, today, world};

fn text(en: &str) -> Value {
    json!({"ka": format!("{en} (ka)"), "en": en})
}

fn options(keys: &[&str]) -> Value {
    keys.iter()
        .map(|k| json!({"key": k, "text": text(k)}))
        .collect()
}

/// A questionnaire with one question of each kind.
fn questionnaire(code: &str) -> Value {
    json!({"code": code, "study": "reintegration_sustainability", "title": text("Returnee well-being"),
    "questions": [
        {"key": "employment", "kind": "single_choice", "text": text("Employment"), "required": true,
         "options": options(&["employed", "unemployed", "student"])},
        {"key": "income", "kind": "multiple_choice", "text": text("Income"),
         "options": options(&["wages", "remittances", "none"])},
        {"key": "wellbeing", "kind": "scale", "text": text("Well-being"), "required": true},
        {"key": "months", "kind": "number", "text": text("Months back"), "min": 0, "max": 120},
        {"key": "note", "kind": "text", "text": text("Note")},
    ]})
}

fn answers(employment: &str, income: &[&str], wellbeing: i64, months: Option<i64>) -> Value {
    let mut answers = json!({"employment": employment, "wellbeing": wellbeing, "note": "Fine"});
    if !income.is_empty() {
        answers["income"] = json!(income);
    }
    if let Some(months) = months {
        answers["months"] = json!(months);
    }
    answers
}

/// `POST path` without a body, as the admin.
async fn post_empty(app: &TestApp, path: &str) -> reqwest::Response {
    app.request(Method::POST, path).send().await.unwrap()
}

/// Records a response as the holder of `token`; the answer.
async fn respond(app: &TestApp, token: &str, questionnaire: &str, body: Value) -> Value {
    expect(
        app.post_as(
            token,
            &format!("/api/v1/questionnaires/{questionnaire}/responses"),
            &body,
        )
        .await,
        StatusCode::CREATED,
    )
    .await
}

/// The aggregates of the last 30 days as the holder of `token` sees them.
async fn aggregates(app: &TestApp, token: &str, questionnaire: &str) -> Value {
    let path = format!(
        "/api/v1/questionnaires/{questionnaire}/aggregates?from={}&to={}",
        days_ago(30),
        today()
    );
    expect(app.get_as(token, &path).await, StatusCode::OK).await
}

both_backends! {
    async fn a_questionnaire_is_drafted_published_and_then_never_changes(app) {
        let w = world(&app).await;
        let created = expect(app.post("/api/v1/questionnaires", &questionnaire("wellbeing")).await,
            StatusCode::CREATED).await;
        let id = id_of(&created);
        assert_eq!((created["status"].as_str(), created["edition"].as_i64()), (Some("draft"), Some(1)));
        assert_eq!(created["published_at"], Value::Null);
        assert_eq!(created["questions"][3]["max"], 120);
        let path = format!("/api/v1/questionnaires/{id}");

        // Not for case workers to write; a draft takes no responses.
        problem(app.post_as(&w.worker_a, "/api/v1/questionnaires", &questionnaire("mine")).await,
            StatusCode::FORBIDDEN).await;
        let draft_answer = json!({"collected_on": today().to_string(),
            "answers": answers("employed", &[], 3, None)});
        let refused = problem(app.post_as(&w.worker_a, &format!("{path}/responses"), &draft_answer).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "not_published");
        // The same code again is taken.
        let taken = problem(app.post("/api/v1/questionnaires", &questionnaire("wellbeing")).await,
            StatusCode::CONFLICT).await;
        assert_eq!(taken["code"], "code_taken");
        // Bad questions: every error at once, nothing written.
        let mut bad = questionnaire("broken");
        bad["questions"][0]["options"] = options(&["only"]);
        bad["questions"][2]["options"] = options(&["a", "b"]);
        bad["questions"][3]["min"] = json!(200);
        let refused = problem(app.post("/api/v1/questionnaires", &bad).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[
            ("questions[0].options", "invalid_length"),
            ("questions[2].options", "not_allowed"),
            ("questions[3].max", "before_min"),
        ]));
        let listed = expect(app.get("/api/v1/questionnaires?code=broken").await, StatusCode::OK).await;
        assert_eq!(listed["items"], json!([]));

        // A draft changes; the code does not.
        let changed = app.patch(&path, &json!({"title": text("Returnee well-being 2027")}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        let changed = expect(changed, StatusCode::OK).await;
        assert_eq!(changed["title"]["en"], "Returnee well-being 2027");
        let refused = problem(app.patch(&path, &json!({"code": "other"}), None).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("code", "read_only")]));

        // Published with If-Match: from then on it never changes.
        let stale = app.request(Method::POST, &format!("{path}/publish")).header("if-match", "\"1\"").send().await.unwrap();
        problem(stale, StatusCode::PRECONDITION_FAILED).await;
        let published = app.request(Method::POST, &format!("{path}/publish")).header("if-match", "\"2\"").send().await.unwrap();
        let published = expect(published, StatusCode::OK).await;
        assert_eq!(published["status"], "published");
        assert!(published["published_at"].is_string());
        let refused = problem(app.patch(&path, &json!({"title": text("Changed")}), None).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "published");
        let mut question = questionnaire("wellbeing")["questions"].clone();
        question[0]["text"] = text("Changed");
        let refused = problem(app.patch(&path, &json!({"questions": question}), None).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "published");
        let again = problem(post_empty(&app, &format!("{path}/publish")).await,
            StatusCode::CONFLICT).await;
        assert_eq!(again["code"], "already_published");
        let read = expect(app.get(&path).await, StatusCode::OK).await;
        assert_eq!((read["title"]["en"].as_str(), read["version"].as_i64()),
            (Some("Returnee well-being 2027"), Some(3)));

        // The next edition: a draft copy, numbered 2; one draft at a time.
        let edition = expect(post_empty(&app, &format!("{path}/editions")).await,
            StatusCode::CREATED).await;
        assert_eq!((edition["edition"].as_i64(), edition["status"].as_str(), edition["code"].as_str()),
            (Some(2), Some("draft"), Some("wellbeing")));
        assert_eq!(edition["questions"], read["questions"]);
        let second = problem(post_empty(&app, &format!("{path}/editions")).await,
            StatusCode::CONFLICT).await;
        assert_eq!(second["code"], "draft_exists");
        assert_eq!(second["existing"], format!("/api/v1/questionnaires/{}", id_of(&edition)));
        let of_draft = problem(post_empty(&app, &format!("/api/v1/questionnaires/{}/editions", id_of(&edition))).await,
            StatusCode::CONFLICT).await;
        assert_eq!(of_draft["code"], "not_published");
        let series = expect(app.get_as(&w.monitor, "/api/v1/questionnaires?code=wellbeing").await, StatusCode::OK).await;
        let editions: Vec<i64> = series["items"].as_array().unwrap().iter().map(|q| q["edition"].as_i64().unwrap()).collect();
        assert_eq!(editions, [1, 2]);
        let drafts = expect(app.get("/api/v1/questionnaires?code=wellbeing&status=draft").await, StatusCode::OK).await;
        assert_eq!(drafts["items"].as_array().unwrap().len(), 1);
        let long = format!("/api/v1/questionnaires?code={}", "w".repeat(65));
        let refused = problem(app.get(&long).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("code", "too_long")]));
    }

    async fn responses_are_checked_private_to_their_organisation_and_aggregated(app) {
        let w = world(&app).await;
        let created = expect(app.post("/api/v1/questionnaires", &questionnaire("field-2026")).await,
            StatusCode::CREATED).await;
        let q = id_of(&created);
        expect(post_empty(&app, &format!("/api/v1/questionnaires/{q}/publish")).await, StatusCode::OK).await;
        let nino = person(&app, "Nino", "Beridze").await;

        // Bad answers: every error at once, nothing written.
        let bad = json!({"collected_on": today().to_string(), "answers": {
            "income": ["wages", "wages"], "wellbeing": 7, "months": "ten", "colour": "red"}});
        let refused = problem(app.post_as(&w.worker_a, &format!("/api/v1/questionnaires/{q}/responses"), &bad).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[
            ("answers.colour", "unknown_question"),
            ("answers.employment", "required"),
            ("answers.income", "duplicate"),
            ("answers.wellbeing", "out_of_range"),
            ("answers.months", "invalid_type"),
        ]));
        let future = json!({"collected_on": crate::placements_and_enterprises::in_days(1),
            "answers": answers("employed", &[], 3, None)});
        let refused = problem(app.post_as(&w.worker_a, &format!("/api/v1/questionnaires/{q}/responses"), &future).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("collected_on", "in_future")]));
        let nobody = json!({"collected_on": today().to_string(), "person_id": uuid::Uuid::now_v7(),
            "answers": answers("employed", &[], 3, None)});
        let refused = problem(app.post_as(&w.worker_a, &format!("/api/v1/questionnaires/{q}/responses"), &nobody).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("person_id", "not_found")]));

        // Organisation A collects six (one naming Nino), B one; one of A's
        // long before the period.
        let day = days_ago(3);
        let a = [
            ("employed", vec!["wages"], 4, Some(12)),
            ("employed", vec!["wages", "remittances"], 5, Some(3)),
            ("unemployed", vec!["remittances"], 2, Some(30)),
            ("employed", vec![], 4, None),
            ("unemployed", vec!["none"], 1, Some(7)),
        ];
        let mut a_ids = Vec::new();
        for (employment, income, wellbeing, months) in &a {
            let body = json!({"collected_on": day, "answers": answers(employment, income, *wellbeing, *months)});
            a_ids.push(id_of(&respond(&app, &w.worker_a, &q, body).await));
        }
        let named = respond(&app, &w.worker_a, &q, json!({"collected_on": day, "person_id": nino,
            "answers": answers("student", &["none"], 3, Some(60))})).await;
        assert_eq!((named["person_id"].as_str(), named["organisation_id"].as_str()),
            (Some(nino.as_str()), Some(w.org_a.as_str())));
        assert_eq!(audited(&app, &id_of(&named), "survey_response.recorded").await, 1);
        respond(&app, &w.worker_a, &q, json!({"collected_on": days_ago(400),
            "answers": answers("employed", &[], 5, Some(1))})).await;
        let b = respond(&app, &w.worker_b, &q, json!({"collected_on": day,
            "answers": answers("employed", &["wages"], 3, Some(5))})).await;

        // Reading: A's case workers see A's, B's see B's; others nothing.
        let named_path = format!("/api/v1/questionnaires/{q}/responses/{}", id_of(&named));
        let read = expect(app.get_as(&w.worker_a, &named_path).await, StatusCode::OK).await;
        assert_eq!(read["answers"]["employment"], "student");
        assert_eq!(audited(&app, &id_of(&named), "survey_response.read").await, 2);
        problem(app.get_as(&w.worker_b, &named_path).await, StatusCode::NOT_FOUND).await;
        for token in [&w.monitor, &w.counsellor_a, &w.partner] {
            problem(app.get_as(token, &named_path).await, StatusCode::FORBIDDEN).await;
            problem(app.get_as(token, &format!("/api/v1/questionnaires/{q}/responses")).await, StatusCode::FORBIDDEN).await;
        }
        let of_nino = expect(app.get_as(&w.worker_a, &format!("/api/v1/questionnaires/{q}/responses?person_id={nino}")).await,
            StatusCode::OK).await;
        assert_eq!(crate::placements_and_enterprises::ids(&of_nino), [id_of(&named)]);
        let listed_b = expect(app.get_as(&w.worker_b, &format!("/api/v1/questionnaires/{q}/responses")).await,
            StatusCode::OK).await;
        assert_eq!(crate::placements_and_enterprises::ids(&listed_b), [id_of(&b)]);
        assert_eq!(audited(&app, &id_of(&b), "survey_response.read").await, 2);

        // A change with If-Match: answers merged by key, null removes one.
        let changed = app.patch_as(&w.worker_a, &named_path,
            &json!({"answers": {"wellbeing": 4, "months": null}}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        let changed = expect(changed, StatusCode::OK).await;
        assert_eq!(changed["answers"], json!({"employment": "student", "income": ["none"],
            "wellbeing": 4, "note": "Fine"}));
        let refused = problem(app.patch_as(&w.worker_a, &named_path,
            &json!({"answers": {"employment": null}}), None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("answers.employment", "required")]));
        problem(app.patch_as(&w.worker_b, &named_path, &json!({"answers": {"wellbeing": 1}}), None).await,
            StatusCode::NOT_FOUND).await;

        // The aggregates, exact for the administrator: the six of A in the
        // period (Nino's now at wellbeing 4, no months) and B's.
        // employment: employed 4, unemployed 2, student 1 (7 answered);
        // income: wages 3, remittances 2, none 2 (6 answered);
        // wellbeing: 4, 5, 2, 4, 1, 4, 3 = 23 / 7 = 3.29 -> 3.3;
        // months: 12, 3, 30, 7, 5 -> sorted 3, 5, 7, 12, 30: mean 57 / 5 = 11.4,
        // p25 rank 2 = 5, median 7, p75 rank 4 = 12.
        let report = aggregates(&app, &app.admin_token, &q).await;
        assert_eq!((report["code"].as_str(), report["edition"].as_i64()), (Some("field-2026"), Some(1)));
        let expected: Vec<(String, Value)> = [
            ("responses", json!(7)),
            ("employment.answered", json!(7)),
            ("employment.option.employed", json!(4)),
            ("employment.option.unemployed", json!(2)),
            ("employment.option.student", json!(1)),
            ("income.answered", json!(6)),
            ("income.option.wages", json!(3)),
            ("income.option.remittances", json!(2)),
            ("income.option.none", json!(2)),
            ("wellbeing.answered", json!(7)),
            ("wellbeing.value.1", json!(1)),
            ("wellbeing.value.2", json!(1)),
            ("wellbeing.value.3", json!(1)),
            ("wellbeing.value.4", json!(3)),
            ("wellbeing.value.5", json!(1)),
            ("wellbeing.mean", json!(3.3)),
            ("months.answered", json!(5)),
            ("months.mean", json!(11.4)),
            ("months.p25", json!(5.0)),
            ("months.median", json!(7.0)),
            ("months.p75", json!(12.0)),
            ("note.answered", json!(7)),
        ].into_iter().map(|(id, v)| (id.to_owned(), v)).collect();
        assert_eq!(all_figures(&report), expected);
        assert_eq!(report["suppressed"], json!([]));
        // No text answer is ever shown.
        assert!(!report.to_string().contains("Fine"), "{report}");

        // A case worker of A: A's six only.
        let own = aggregates(&app, &w.worker_a, &q).await;
        assert_eq!((figure(&own, "responses"), figure(&own, "months.answered")), (json!(6), json!(4)));
        // A monitor: the counts of one to four, what would give one away, and
        // the measures of fewer than five answers, suppressed.
        let monitored = aggregates(&app, &w.monitor, &q).await;
        assert_eq!(figure(&monitored, "responses"), json!(7));
        assert_eq!(figure(&monitored, "employment.option.employed"), Value::Null);
        assert_eq!(figure(&monitored, "wellbeing.mean"), json!(3.3));
        assert_eq!(figure(&monitored, "months.answered"), json!(5));
        let suppressed: Vec<&str> = monitored["suppressed"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
        for id in ["employment.option.employed", "employment.option.unemployed", "employment.option.student",
            "income.option.wages", "wellbeing.value.4", "wellbeing.value.1"] {
            assert!(suppressed.contains(&id), "{id} not suppressed: {monitored}");
        }
        // Totals of five and more stay: with two parts or more hidden none is
        // recomputed; the mean of seven answers stays with them.
        for id in ["responses", "employment.answered", "wellbeing.answered", "wellbeing.mean"] {
            assert!(!suppressed.contains(&id), "{id} suppressed: {monitored}");
        }

        // CSV: one row per figure, definitions in Georgian when asked.
        let csv = app.client.get(app.url(&format!("/api/v1/questionnaires/{q}/aggregates?from={}&to={}", days_ago(30), today())))
            .bearer_auth(&app.admin_token).header("Accept", "text/csv").header("Accept-Language", "ka")
            .send().await.unwrap().text().await.unwrap();
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), expected.len() + 1, "{csv}");
        assert!(rows.contains(&"wellbeing.mean,3.3,Well-being (ka) — საშუალო"), "{csv}");
        // The period is required, as for every report.
        let refused = problem(app.get(&format!("/api/v1/questionnaires/{q}/aggregates")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("from", "required"), ("to", "required")]));
        assert_eq!(a_ids.len(), 5);

        // Once Nino's data is erased, no response names her anew and hers does not change.
        expect(app.post(&format!("/api/v1/persons/{nino}/erase"), &json!({"reason": "Request of the data subject"})).await,
            StatusCode::OK).await;
        let again = json!({"collected_on": day, "person_id": nino, "answers": answers("employed", &[], 3, None)});
        let refused = problem(app.post_as(&w.worker_a, &format!("/api/v1/questionnaires/{q}/responses"), &again).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased");
        let refused = problem(app.patch_as(&w.worker_a, &named_path, &json!({"answers": {"wellbeing": 1}}), None).await,
            StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "erased");
    }

    async fn the_three_field_studies_have_a_published_questionnaire_in_georgian_and_english(app) {
        let w = world(&app).await;
        let page = expect(app.get_as(&w.monitor, "/api/v1/questionnaires?status=published").await,
            StatusCode::OK).await;
        let seeded: Vec<(String, String)> = page["items"].as_array().unwrap().iter()
            .map(|q| (q["code"].as_str().unwrap().to_owned(), q["study"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(seeded, pairs(&[
            ("reintegration-sustainability", "reintegration_sustainability"),
            ("integration-experience", "integration_experience"),
            ("labour-migration-attitudes", "labour_migration_attitudes"),
        ]));
        for q in page["items"].as_array().unwrap() {
            let georgian = q["title"]["ka"].as_str().unwrap();
            assert!(georgian.chars().any(|c| ('\u{10D0}'..='\u{10FF}').contains(&c)), "{georgian}");
            for question in q["questions"].as_array().unwrap() {
                assert!(question["text"]["ka"].as_str().unwrap().chars().any(|c| ('\u{10D0}'..='\u{10FF}').contains(&c)), "{question}");
                assert!(!question["text"]["en"].as_str().unwrap().is_empty());
            }
        }
        // A case worker collects an anonymous response with the seeded one.
        let q = id_of(&page["items"][2]);
        respond(&app, &w.worker_a, &q, json!({"collected_on": today().to_string(), "answers": {
            "age": 27, "considering": "within_a_year", "destinations": ["germany", "israel"],
            "knows_legal_schemes": "no", "risk_without_permit": 4}})).await;
        let report = aggregates(&app, &w.worker_a, &q).await;
        assert_eq!((figure(&report, "destinations.option.israel"), figure(&report, "age.median")), (json!(1), json!(27.0)));
    }
}
