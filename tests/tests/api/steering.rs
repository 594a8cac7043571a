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

/// The actual value of the indicator at `path` on `as_of`.
async fn actual(app: &TestApp, token: &str, path: &str, as_of: &str) -> Value {
    let indicator = expect(
        app.get_as(token, &format!("{path}?as_of={as_of}")).await,
        StatusCode::OK,
    )
    .await;
    indicator["actual"].clone()
}

/// Records an indicator of the project at `project`; its path.
async fn indicator(app: &TestApp, project: &str, body: Value) -> String {
    let response = app.post(&format!("{project}/indicators"), &body).await;
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    assert_eq!(
        status,
        StatusCode::CREATED,
        "{}",
        response.text().await.unwrap()
    );
    location.unwrap()
}

both_backends! {
    async fn indicators_follow_their_report_figure_or_their_measurements(app) {
        let w = world(&app).await;
        let path = project(&app, "Strengthening the Migration Division").await;
        let logic = format!("{path}/logic");

        // The programme logic: an outcome, an output under it, an assumption.
        let outcome = expect(app.post(&logic, &json!({"kind": "outcome", "code": "1",
            "statement": "Officials serve returnees well"})).await, StatusCode::CREATED).await;
        let output = expect(app.post(&logic, &json!({"kind": "output", "parent_id": id_of(&outcome), "code": "1.1",
            "statement": "Officials are trained"})).await, StatusCode::CREATED).await;
        expect(app.post(&logic, &json!({"kind": "assumption", "code": "A1",
            "statement": "Trained staff stay"})).await, StatusCode::CREATED).await;
        let orphan = problem(app.post(&logic, &json!({"kind": "output", "code": "2.1", "statement": "X"})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&orphan), pairs(&[("parent_id", "required")]));
        let under_output = problem(app.post(&logic, &json!({"kind": "output", "parent_id": id_of(&output),
            "code": "1.2", "statement": "X"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&under_output), pairs(&[("parent_id", "not_an_outcome")]));
        let twice = problem(app.post(&logic, &json!({"kind": "outcome", "code": "1", "statement": "X"})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&twice), pairs(&[("code", "taken")]));
        let seen = expect(app.get_as(&w.monitor, &logic).await, StatusCode::OK).await;
        let codes: Vec<&str> = seen["elements"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["1", "1.1", "A1"]);
        assert_eq!(seen["objective"], "Returning migrants are served by one division");

        // Bound to the capacity report: officials trained, and their mean improvement.
        let trained = indicator(&app, &path, json!({"element_id": id_of(&output), "name": "Officials trained",
            "unit": "officials", "baseline": 0, "target": 40, "target_date": (today() + chrono::Days::new(300)).to_string(),
            "figure": {"report": "capacity", "figure": "officials_trained"}})).await;
        let improvement = indicator(&app, &path, json!({"name": "Mean test improvement", "unit": "points",
            "baseline": 0, "target": 20, "target_date": (today() + chrono::Days::new(300)).to_string(),
            "figure": {"report": "capacity", "figure": "improvement_mean"}})).await;
        let now = today().to_string();
        assert_eq!(actual(&app, &app.admin_token, &trained, &now).await["value"], json!(0.0));
        let course = expect(app.post("/api/v1/trainings", &json!({"title": "Case management", "topic": "case_management",
            "starts_on": days_ago(20), "ends_on": days_ago(19), "organiser_organisation_id": w.org_a,
            "venue": "Tbilisi"})).await, StatusCode::CREATED).await;
        let participants = format!("/api/v1/trainings/{}/participants", id_of(&course));
        for (name, pre, post) in [("Tamar", 50, 60), ("Nino", 40, 55), ("Eka", 70, 70)] {
            expect(app.post(&participants, &json!({"name": name, "organisation_id": w.org_a, "attended": true,
                "pre_test": pre, "post_test": post})).await, StatusCode::CREATED).await;
        }
        assert_eq!(actual(&app, &app.admin_token, &trained, &now).await["value"], json!(3.0));
        // The same figure on the overview (a report read in its own snapshot).
        let on_overview = indicator(&app, &path, json!({"name": "Officials trained (overview)", "unit": "officials",
            "baseline": 0, "target": 40, "target_date": now, "figure": {"report": "overview", "figure": "officials_trained"}})).await;
        assert_eq!(actual(&app, &app.admin_token, &on_overview, &now).await["value"], json!(3.0));
        // (10 + 15 + 0) / 3 = 8.3
        assert_eq!(actual(&app, &app.admin_token, &improvement, &now).await["value"], json!(8.3));
        // Before the training: none yet; a monitor sees no small cell.
        assert_eq!(actual(&app, &app.admin_token, &trained, &days_ago(30)).await["value"], json!(0.0));
        assert_eq!(actual(&app, &w.monitor, &trained, &now).await["value"], Value::Null);
        let listed = expect(app.get(&format!("{path}/indicators?as_of={now}")).await, StatusCode::OK).await;
        assert_eq!(listed["items"].as_array().unwrap().len(), 3);
        assert_eq!(listed["items"][0]["actual"]["value"], json!(3.0));

        // By hand: the latest measurement up to the day asked for.
        let sustained = indicator(&app, &path, json!({"element_id": id_of(&outcome), "name": "Businesses still open after a year",
            "unit": "%", "baseline": 30, "target": 60, "target_date": (today() + chrono::Days::new(300)).to_string()})).await;
        assert_eq!(actual(&app, &app.admin_token, &sustained, &now).await["value"], Value::Null);
        for (day, value) in [(100, 41.5), (10, 55.0)] {
            expect(app.post(&format!("{sustained}/measurements"), &json!({"measured_on": days_ago(day), "value": value,
                "source": "Sustainability survey"})).await, StatusCode::CREATED).await;
        }
        let then = actual(&app, &app.admin_token, &sustained, &days_ago(50)).await;
        assert_eq!((then["value"].clone(), then["measured_on"].as_str()), (json!(41.5), Some(days_ago(100).as_str())));
        assert_eq!(actual(&app, &w.monitor, &sustained, &now).await["value"], json!(55.0));
        let measured = expect(app.get(&format!("{sustained}/measurements")).await, StatusCode::OK).await;
        assert_eq!(measured["items"].as_array().unwrap().len(), 2);
        let computed = problem(app.post(&format!("{trained}/measurements"), &json!({"measured_on": now,
            "value": 5, "source": "Count"})).await, StatusCode::CONFLICT).await;
        assert_eq!(computed["code"], "bound_to_figure");

        // Bad bindings name the field; nothing is written.
        let unknown = problem(app.post(&format!("{path}/indicators"), &json!({"name": "X", "unit": "x", "baseline": 0,
            "target": 1, "target_date": now, "figure": {"report": "capacity", "figure": "officials_pleased"}})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), pairs(&[("figure.figure", "unknown_figure")]));
        let wrong = problem(app.post(&format!("{path}/indicators"), &json!({"name": "X", "unit": "x", "baseline": 1,
            "target": 1, "target_date": now, "figure": {"report": "budget", "figure": "x", "sex": "x"}})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&wrong), pairs(&[("target", "same_as_baseline"), ("figure.report", "invalid_value"),
            ("figure.sex", "invalid_value")]));
        assert_eq!(app.count("indicators").await, 4);
        problem(app.post_as(&w.monitor, &format!("{path}/indicators"), &json!({})).await, StatusCode::FORBIDDEN).await;
    }
}

both_backends! {
    async fn the_work_plan_lists_what_is_late(app) {
        let w = world(&app).await;
        let path = project(&app, "Strengthening the Migration Division").await;
        let outcome = expect(app.post(&format!("{path}/logic"), &json!({"kind": "outcome", "code": "1",
            "statement": "Officials serve returnees well"})).await, StatusCode::CREATED).await;
        let output = expect(app.post(&format!("{path}/logic"), &json!({"kind": "output", "parent_id": id_of(&outcome),
            "code": "1.1", "statement": "Officials are trained"})).await, StatusCode::CREATED).await;
        let activities = format!("{path}/activities");
        let plan = |title: &str, start: u64, end: u64| json!({"title": title, "responsible_organisation_id": w.org_a,
            "planned_start": days_ago(start), "planned_end": days_ago(end), "status": "planned",
            "output_ids": [id_of(&output)]});
        // Should have started 20 days ago (and ends today); should have ended 5
        // days ago; to start in ten days.
        let unstarted = expect(app.post(&activities, &plan("Survey design", 20, 0)).await, StatusCode::CREATED).await;
        let mut running = plan("Training", 60, 5);
        running["status"] = json!("ongoing");
        running["actual_start"] = json!(days_ago(58));
        let running = expect(app.post(&activities, &running).await, StatusCode::CREATED).await;
        let mut future = plan("Study visit", 0, 0);
        future["planned_start"] = json!((today() + chrono::Days::new(10)).to_string());
        future["planned_end"] = json!((today() + chrono::Days::new(12)).to_string());
        expect(app.post(&activities, &future).await, StatusCode::CREATED).await;
        let late = |list: &Value| -> Vec<String> {
            list["items"].as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap().to_owned()).collect()
        };
        let all = expect(app.get_as(&w.monitor, &activities).await, StatusCode::OK).await;
        assert_eq!(late(&all), ["Training", "Survey design", "Study visit"]);
        let now = today().to_string();
        let overdue = expect(app.get(&format!("{activities}?late_on={now}")).await, StatusCode::OK).await;
        assert_eq!(late(&overdue), ["Training", "Survey design"]);
        let earlier = expect(app.get(&format!("{activities}?late_on={}", days_ago(30))).await, StatusCode::OK).await;
        assert!(late(&earlier).is_empty(), "{earlier}");

        // Completed (with its end): no longer late; started: late no more to start.
        let one = format!("{activities}/{}", id_of(&running));
        let refused = problem(app.patch(&one, &json!({"status": "completed"}), Some("\"1\"")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("actual_end", "required")]));
        expect(app.patch(&one, &json!({"status": "completed", "actual_end": days_ago(2)}), Some("\"1\"")).await, StatusCode::OK).await;
        let two = format!("{activities}/{}", id_of(&unstarted));
        expect(app.patch(&two, &json!({"status": "ongoing", "actual_start": days_ago(3)}), Some("\"1\"")).await, StatusCode::OK).await;
        let overdue = expect(app.get(&format!("{activities}?late_on={now}")).await, StatusCode::OK).await;
        assert!(late(&overdue).is_empty(), "{overdue}");

        // Outputs are outputs of this project's logic; nothing is written otherwise.
        let mut wrong = plan("X", 3, 1);
        wrong["output_ids"] = json!([id_of(&outcome), uuid::Uuid::now_v7()]);
        let refused = problem(app.post(&activities, &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("output_ids[0]", "not_an_output"), ("output_ids[1]", "not_found")]));
        assert_eq!(app.count("activities").await, 3);
        problem(app.post_as(&w.monitor, &activities, &plan("Y", 3, 1)).await, StatusCode::FORBIDDEN).await;
    }
}

both_backends! {
    async fn committee_meetings_record_decisions_and_overdue_action_items(app) {
        let w = world(&app).await;
        let path = project(&app, "Strengthening the Migration Division").await;
        let me = app.call(&app.admin_token, reqwest::Method::GET, "/api/v1/auth/me", None, StatusCode::OK).await;
        let meetings = format!("{path}/meetings");
        let body = json!({"held_on": days_ago(30), "kind": "steering_committee",
            "members": [{"user_id": me["id"]}, {"name": "Giorgi Maisuradze", "organisation_id": w.org_a}],
            "agenda": ["Progress", "Risks"],
            "decisions": [{"text": "The survey method is endorsed", "endorses": "method"},
                {"text": "Training moves to spring", "endorses": "work_plan_change"}],
            "action_items": [
                {"text": "Circulate the revised work plan", "owner_organisation_id": w.org_a, "due_on": days_ago(10)},
                {"text": "Report on risks", "owner_organisation_id": w.org_a, "due_on": (today() + chrono::Days::new(5)).to_string()}]});
        let meeting = expect(app.post(&meetings, &body).await, StatusCode::CREATED).await;
        assert_eq!(meeting["action_items"].as_array().unwrap().len(), 2);
        assert_eq!(meeting["decisions"][1]["endorses"], "work_plan_change");
        let seen = expect(app.get_as(&w.monitor, &format!("{meetings}/{}", id_of(&meeting))).await, StatusCode::OK).await;
        assert_eq!(seen["members"][1]["name"], "Giorgi Maisuradze");

        // Overdue today: the first; done, none; the second is overdue in a week.
        let items = format!("{path}/action-items");
        let now = today().to_string();
        let overdue = expect(app.get_as(&w.monitor, &format!("{items}?overdue_on={now}")).await, StatusCode::OK).await;
        let texts = |list: &Value| -> Vec<String> {
            list["items"].as_array().unwrap().iter().map(|a| a["text"].as_str().unwrap().to_owned()).collect()
        };
        assert_eq!(texts(&overdue), ["Circulate the revised work plan"]);
        let first = format!("{items}/{}", id_of(&overdue["items"][0]));
        let done = app.patch(&first, &json!({"done_on": days_ago(1)}), Some("\"1\"")).await;
        assert_eq!(etag(&done), "\"2\"");
        expect(done, StatusCode::OK).await;
        problem(app.patch(&first, &json!({"text": "Something else"}), Some("\"2\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let overdue = expect(app.get(&format!("{items}?overdue_on={now}")).await, StatusCode::OK).await;
        assert!(texts(&overdue).is_empty());
        let later = (today() + chrono::Days::new(7)).to_string();
        let overdue = expect(app.get(&format!("{items}?overdue_on={later}")).await, StatusCode::OK).await;
        assert_eq!(texts(&overdue), ["Report on risks"]);

        // Bad input names each part; nothing is written.
        let bad = problem(app.post(&meetings, &json!({"held_on": (today() + chrono::Days::new(1)).to_string(),
            "kind": "party", "members": [{"name": "Nobody"}, {"user_id": uuid::Uuid::now_v7()}],
            "action_items": [{"text": "X", "owner_organisation_id": w.org_a, "due_on": "later"}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("held_on", "in_future"), ("kind", "invalid_value"),
            ("members[0]", "invalid_member"), ("action_items[0].due_on", "invalid_date")]));
        let unknown = problem(app.post(&meetings, &json!({"held_on": now, "kind": "consultation",
            "members": [{"user_id": uuid::Uuid::now_v7()}],
            "action_items": [{"text": "X", "owner_organisation_id": uuid::Uuid::now_v7(), "due_on": now}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&unknown), pairs(&[("members[0].user_id", "not_found"),
            ("action_items[0].owner_organisation_id", "not_found")]));
        assert_eq!((app.count("meetings").await, app.count("action_items").await), (1, 2));
        problem(app.post_as(&w.monitor, &meetings, &body).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&w.worker_a, &meetings).await, StatusCode::FORBIDDEN).await;
    }
}

both_backends! {
    async fn the_progress_report_puts_the_framework_risks_plan_and_meetings_together(app) {
        let w = world(&app).await;
        // A project of 100 days, 60 of them gone.
        let body = json!({"name": "Field research", "objective": "The division knows the returnees it serves",
            "starts_on": days_ago(60), "ends_on": (today() + chrono::Days::new(40)).to_string()});
        let project = id_of(&expect(app.post("/api/v1/projects", &body).await, StatusCode::CREATED).await);
        let path = format!("/api/v1/projects/{project}");
        let outcome = expect(app.post(&format!("{path}/logic"), &json!({"kind": "outcome", "code": "1",
            "statement": "Returnees are known"})).await, StatusCode::CREATED).await;
        let output = expect(app.post(&format!("{path}/logic"), &json!({"kind": "output", "parent_id": id_of(&outcome),
            "code": "1.1", "statement": "Surveys are run"})).await, StatusCode::CREATED).await;
        let target_date = (today() + chrono::Days::new(40)).to_string();
        // By hand, 0 -> 100 by the end: 60 of the way is on track, 45 at risk
        // (at least 0.75 x 0.6), 40 off track; one never measured.
        let mut ids = Vec::new();
        for (element, name, value) in [(None, "Objective", Some(60.0)), (Some(id_of(&outcome)), "Outcome", Some(45.0)),
            (Some(id_of(&output)), "Output", Some(40.0)), (Some(id_of(&output)), "Unmeasured", None)] {
            let indicator = expect(app.post(&format!("{path}/indicators"), &json!({"element_id": element, "name": name,
                "unit": "%", "baseline": 0, "target": 100, "target_date": target_date})).await, StatusCode::CREATED).await;
            if let Some(value) = value {
                expect(app.post(&format!("{path}/indicators/{}/measurements", id_of(&indicator)), &json!({
                    "measured_on": days_ago(1), "value": value, "source": "Survey"})).await, StatusCode::CREATED).await;
            }
            ids.push(id_of(&indicator));
        }
        for (description, likelihood) in [("Low", 1), ("High", 5)] {
            expect(app.post(&format!("{path}/risks"), &json!({"description": description, "likelihood": likelihood,
                "impact": 3, "owner_organisation_id": w.org_a, "status": "open"})).await, StatusCode::CREATED).await;
        }
        expect(app.post(&format!("{path}/activities"), &json!({"title": "Wave 1", "responsible_organisation_id": w.org_a,
            "planned_start": days_ago(30), "planned_end": days_ago(10), "status": "planned"})).await, StatusCode::CREATED).await;
        // A consultation, then the committee, then a consultation: the last two count.
        for (days, kind, text) in [(50, "consultation", "Old"), (20, "steering_committee", "Method endorsed"), (5, "consultation", "Sample widened")] {
            expect(app.post(&format!("{path}/meetings"), &json!({"held_on": days_ago(days), "kind": kind,
                "decisions": [{"text": text, "endorses": "method"}],
                "action_items": [{"text": format!("After {text}"), "owner_organisation_id": w.org_a, "due_on": days_ago(days - 3)}]})).await,
                StatusCode::CREATED).await;
        }

        let report = expect(app.get_as(&w.monitor, &format!("/api/v1/steering/progress-report?project_id={project}")).await,
            StatusCode::OK).await;
        let status = |p: &Value| p["standing"]["status"].as_str().unwrap().to_owned();
        assert_eq!(status(&report["objective_indicators"][0]), "on_track");
        let outcome = &report["outcomes"][0];
        assert_eq!(status(&outcome["indicators"][0]), "at_risk");
        let statuses: Vec<String> = outcome["outputs"][0]["indicators"].as_array().unwrap().iter().map(status).collect();
        assert_eq!(statuses, ["off_track", "not_measured"]);
        let risks: Vec<&str> = report["risks"].as_array().unwrap().iter().map(|r| r["description"].as_str().unwrap()).collect();
        assert_eq!(risks, ["High", "Low"]);
        assert_eq!(report["late_activities"][0]["title"], "Wave 1");
        assert_eq!(report["overdue_action_items"].as_array().unwrap().len(), 3);
        let decided: Vec<&str> = report["decisions"].as_array().unwrap().iter()
            .map(|m| m["decisions"][0]["text"].as_str().unwrap()).collect();
        assert_eq!(decided, ["Method endorsed", "Sample widened"]);

        // Earlier: before the committee met, every meeting's decisions; fewer overdue.
        let then = expect(app.get(&format!("/api/v1/steering/progress-report?project_id={project}&as_of={}", days_ago(40))).await,
            StatusCode::OK).await;
        assert_eq!(then["decisions"].as_array().unwrap().len(), 1);
        assert_eq!(then["overdue_action_items"].as_array().unwrap().len(), 1);
        assert!(then["late_activities"].as_array().unwrap().is_empty());
        let missing = problem(app.get("/api/v1/steering/progress-report").await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&missing), pairs(&[("project_id", "required")]));
        problem(app.get_as(&w.worker_a, &format!("/api/v1/steering/progress-report?project_id={project}")).await,
            StatusCode::FORBIDDEN).await;
    }
}

both_backends! {
    async fn an_indicator_bound_to_a_report_figure_follows_new_assistance(app) {
        use crate::reintegration_fixtures::{self as fx, case_worker, gel, ministry};
        let w = world(&app).await;
        let project = project(&app, "Reintegration assistance").await;
        let programme = fx::programme(&app, 10_000_000, 1_000_000, &[("micro_business", None, None)]).await;
        let path = indicator(&app, &project, json!({"name": "Persons given reintegration assistance",
            "unit": "persons", "baseline": 0, "target": 10, "target_date": (today() + chrono::Days::new(400)).to_string(),
            "figure": {"report": "overview", "figure": "persons_assisted", "programme_id": programme}})).await;
        let today = today().to_string();
        assert_eq!(actual(&app, &app.admin_token, &path, &today).await["value"], json!(0.0));
        let (alice, bob) = (case_worker(&app, "alice").await, case_worker(&app, "bob").await);
        for n in 1..=2 {
            let case = fx::case(&app, fx::person(&app).await, programme, "assisting", ministry()).await;
            let item = expect(app.post_as(&alice, &format!("/api/v1/cases/{case}/assistance"),
                &json!({"type": "micro_business", "amount": gel("1500"), "in_kind": true})).await, StatusCode::CREATED).await;
            let item = format!("/api/v1/assistance/{}", id_of(&item));
            expect(app.post_as(&bob, &format!("{item}/approve"), &json!({})).await, StatusCode::OK).await;
            // Approved is not yet assisted.
            assert_eq!(actual(&app, &app.admin_token, &path, &today).await["value"], json!(f64::from(n - 1)));
            expect(app.post_as(&alice, &format!("{item}/deliver"), &json!({"delivered_on": today})).await, StatusCode::OK).await;
            assert_eq!(actual(&app, &app.admin_token, &path, &today).await["value"], json!(f64::from(n)));
        }
        // Before the deliveries it was nought; a monitor sees the small count suppressed.
        assert_eq!(actual(&app, &app.admin_token, &path, &days_ago(1)).await["value"], json!(0.0));
        assert_eq!(actual(&app, &w.monitor, &path, &today).await["value"], Value::Null);
    }
}
