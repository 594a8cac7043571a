//! The progress report as a printable page (issue 14, item 8): with
//! `Accept: text/html` the report is one self-contained page (no scripts,
//! nothing loaded from elsewhere, every text escaped), in Georgian or
//! English by `Accept-Language`. Rendered in headless Chromium (Debian's
//! `chromium`, which `make test` installs): a screenshot is taken, and the
//! figures of the page as Chromium parsed it are checked against the JSON of
//! the same report.

use std::path::{Path, PathBuf};

use integra_tests::{both_backends, expect, id_of, json, StatusCode, TestApp};
use serde_json::Value;

use crate::placements_and_enterprises::{days_ago, today, world};

/// The Chromium to render with: `INTEGRA_CHROMIUM`, else `chromium` on the
/// path. `None` (the test says so loudly) when there is none outside CI; in
/// CI a missing Chromium fails the test.
fn chromium() -> Option<PathBuf> {
    let configured = std::env::var_os("INTEGRA_CHROMIUM").map(PathBuf::from);
    let found = configured.or_else(|| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("chromium"))
                .find(|candidate| candidate.is_file())
        })
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "Chromium is required in CI (make test installs Debian's chromium)"
        );
        eprintln!("SKIPPED: no Chromium (install Debian's chromium, or run make test, which does)");
    }
    found
}

/// Runs headless Chromium on the page at `file` with `args`; its standard output.
fn render(browser: &Path, profile: &Path, file: &Path, args: &[String]) -> String {
    let output = std::process::Command::new("timeout")
        .arg("90")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 DOM")
}

/// The text of the cell `field` of the row whose `attribute` is `id`, tags stripped.
fn cell(dom: &str, attribute: &str, id: &str, field: &str) -> String {
    let start = dom
        .find(&format!("{attribute}=\"{id}\""))
        .unwrap_or_else(|| panic!("no row {attribute}={id} on the page"));
    let row = &dom[start..];
    let row = &row[..row.find("</tr>").expect("the row ends")];
    let at = row
        .find(&format!("data-field=\"{field}\""))
        .unwrap_or_else(|| panic!("no {field} in the row {id}"));
    let rest = &row[at..];
    let inner = &rest[rest.find('>').expect("a cell") + 1..rest.find("</td>").expect("cell end")];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.trim().to_owned()
}

/// An attribute's value in the cell `field` of a row.
fn cell_attribute(dom: &str, id: &str, field: &str, name: &str) -> String {
    let start = dom.find(&format!("data-indicator=\"{id}\"")).expect("row");
    let row = &dom[start..];
    let at = row.find(&format!("data-field=\"{field}\"")).expect("cell");
    let tag = &row[..at + row[at..].find('>').expect("tag end")];
    let tag = &tag[tag.rfind("<td").expect("td")..];
    let key = format!("{name}=\"");
    let from = tag.find(&key).expect("attribute") + key.len();
    tag[from..from + tag[from..].find('"').expect("quote")].to_owned()
}

/// Every indicator of a progress report's JSON with its place.
fn all_indicators(report: &Value) -> Vec<Value> {
    let mut all: Vec<Value> = report["objective_indicators"].as_array().unwrap().clone();
    for outcome in report["outcomes"].as_array().unwrap() {
        all.extend(outcome["indicators"].as_array().unwrap().iter().cloned());
        for output in outcome["outputs"].as_array().unwrap() {
            all.extend(output["indicators"].as_array().unwrap().iter().cloned());
        }
    }
    for assumption in report["assumptions"].as_array().unwrap() {
        all.extend(assumption["indicators"].as_array().unwrap().iter().cloned());
    }
    all
}

/// The page of the report as the holder of `token` gets it in `lang`, with
/// its headers checked.
async fn page(app: &TestApp, token: &str, query: &str, lang: &str) -> String {
    let response = app
        .client
        .get(app.url(&format!("/api/v1/steering/progress-report?{query}")))
        .bearer_auth(token)
        .header("Accept", "text/html")
        .header("Accept-Language", lang)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(headers["content-language"], &lang[..2]);
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    response.text().await.unwrap()
}

both_backends! {
    async fn the_progress_report_prints_as_a_page_with_the_figures_of_its_json(app) {
        let w = world(&app).await;
        let body = json!({"name": "Strengthening the Migration Division",
            "objective": "Returnees & immigrants are served by one division",
            "starts_on": days_ago(60), "ends_on": (today() + chrono::Days::new(40)).to_string()});
        let project = id_of(&expect(app.post("/api/v1/projects", &body).await, StatusCode::CREATED).await);
        let path = format!("/api/v1/projects/{project}");
        let outcome = expect(app.post(&format!("{path}/logic"), &json!({"kind": "outcome", "code": "1",
            "statement": "Returnees are reached"})).await, StatusCode::CREATED).await;
        let output = expect(app.post(&format!("{path}/logic"), &json!({"kind": "output", "parent_id": id_of(&outcome),
            "code": "1.1", "statement": "Information sessions are held"})).await, StatusCode::CREATED).await;
        expect(app.post(&format!("{path}/logic"), &json!({"kind": "assumption", "code": "A1",
            "statement": "Municipalities lend their halls"})).await, StatusCode::CREATED).await;
        let target_date = (today() + chrono::Days::new(40)).to_string();
        // Bound to a report figure: people reached by outreach (two events
        // of 25 and 13 people).
        for reached in [25, 13] {
            expect(app.post_as(&w.worker_a, "/api/v1/outreach-events", &json!({"held_on": days_ago(10),
                "region": "GE-IM", "kind": "community", "people_reached": reached})).await, StatusCode::CREATED).await;
        }
        expect(app.post(&format!("{path}/indicators"), &json!({"element_id": id_of(&output),
            "name": "People reached by outreach", "unit": "people", "baseline": 0, "target": 60,
            "target_date": target_date, "figure": {"report": "overview", "figure": "people_reached_by_outreach"}})).await,
            StatusCode::CREATED).await;
        // By hand: on track, at risk, not measured.
        for (element, name, value) in [(None, "Share of returnees served", Some(64.5)),
            (Some(id_of(&outcome)), "Returnees reached", Some(45.0)), (Some(id_of(&outcome)), "Satisfaction", None)] {
            let indicator = expect(app.post(&format!("{path}/indicators"), &json!({"element_id": element, "name": name,
                "unit": "%", "baseline": 0, "target": 100, "target_date": target_date})).await, StatusCode::CREATED).await;
            if let Some(value) = value {
                expect(app.post(&format!("{path}/indicators/{}/measurements", id_of(&indicator)), &json!({
                    "measured_on": days_ago(1), "value": value, "source": "Survey"})).await, StatusCode::CREATED).await;
            }
        }
        // Text that must be escaped, not run.
        expect(app.post(&format!("{path}/risks"), &json!({"description": "<script>alert('risk')</script> Staff leave",
            "likelihood": 4, "impact": 5, "owner_organisation_id": w.org_a, "status": "open"})).await, StatusCode::CREATED).await;
        expect(app.post(&format!("{path}/risks"), &json!({"description": "Halls unavailable",
            "likelihood": 2, "impact": 2, "owner_organisation_id": w.org_a, "status": "mitigated"})).await, StatusCode::CREATED).await;
        expect(app.post(&format!("{path}/activities"), &json!({"title": "Survey wave 1", "responsible_organisation_id": w.org_a,
            "planned_start": days_ago(30), "planned_end": days_ago(10), "status": "planned"})).await, StatusCode::CREATED).await;
        expect(app.post(&format!("{path}/meetings"), &json!({"held_on": days_ago(20), "kind": "steering_committee",
            "decisions": [{"text": "The survey method is endorsed", "endorses": "method"}],
            "action_items": [{"text": "Circulate the revised work plan", "owner_organisation_id": w.org_a, "due_on": days_ago(5)}]})).await,
            StatusCode::CREATED).await;

        let query = format!("project_id={project}");
        let report = expect(app.get_as(&w.monitor, &format!("/api/v1/steering/progress-report?{query}")).await,
            StatusCode::OK).await;
        let html = page(&app, &w.monitor, &query, "ka").await;
        // Self-contained: no scripts, nothing loaded from elsewhere; text escaped.
        for forbidden in ["<script", "src=", "href=", "url(", "@import", "<link", "<iframe", "<object", "<embed"] {
            assert!(!html.contains(forbidden), "{forbidden} on the page");
        }
        assert!(html.contains("&lt;script&gt;alert('risk')&lt;/script&gt; Staff leave"), "the risk not escaped");
        assert!(html.contains("Returnees &amp; immigrants"));
        assert!(html.contains("მიზნის ინდიკატორები") && html.contains("<html lang=\"ka\">"));
        assert!(html.matches("<svg").count() >= 4, "a chart per indicator");
        let english = page(&app, &w.monitor, &query, "en-GB,en;q=0.9").await;
        assert!(english.contains("Indicators of the objective") && !english.contains("მიზნის ინდიკატორები"));

        let Some(browser) = chromium() else { return };
        let dir = std::env::temp_dir().join(format!("integra-progress-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("progress-report.html");
        std::fs::write(&file, &html).unwrap();
        let profile = dir.join("profile");
        let screenshot = dir.join("progress-report.png");
        let (dom, shot) = {
            let (browser, profile, file, screenshot) = (browser.clone(), profile.clone(), file.clone(), screenshot.clone());
            tokio::task::spawn_blocking(move || {
                let dom = render(&browser, &profile, &file, &["--dump-dom".to_owned()]);
                render(&browser, &profile, &file, &[
                    format!("--screenshot={}", screenshot.display()),
                    "--window-size=1240,1754".to_owned(),
                ]);
                (dom, std::fs::read(&screenshot).expect("a screenshot"))
            }).await.unwrap()
        };
        // A PNG of the size asked for, not blank.
        assert_eq!(&shot[..8], b"\x89PNG\r\n\x1a\n");
        let size = |at: usize| u32::from_be_bytes(shot[at..at + 4].try_into().unwrap());
        assert_eq!((size(16), size(20)), (1240, 1754));
        assert!(shot.len() > 20_000, "a screenshot of {} bytes is blank", shot.len());

        // Every indicator of the JSON is on the page as Chromium reads it,
        // with the same baseline, target, actual and status.
        let indicators = all_indicators(&report);
        assert_eq!(indicators.len(), 4);
        let number = |text: &str| text.parse::<f64>().unwrap_or_else(|_| panic!("{text} is not a number"));
        for item in &indicators {
            let indicator = &item["indicator"];
            let id = indicator["id"].as_str().unwrap();
            for field in ["baseline", "target"] {
                assert!((number(&cell(&dom, "data-indicator", id, field)) - indicator[field].as_f64().unwrap()).abs() < 0.005);
            }
            match indicator["actual"]["value"].as_f64() {
                Some(value) => assert!((number(&cell(&dom, "data-indicator", id, "actual")) - value).abs() < 0.005,
                    "{id}: {} on the page, {value} in the JSON", cell(&dom, "data-indicator", id, "actual")),
                None => assert_eq!(cell(&dom, "data-indicator", id, "actual"), "–"),
            }
            assert_eq!(cell_attribute(&dom, id, "status", "data-status"), item["standing"]["status"].as_str().unwrap());
        }
        // The figure-bound indicator follows the records: 25 + 13 people.
        let bound = indicators.iter().find(|i| i["indicator"]["name"] == "People reached by outreach").unwrap();
        assert_eq!(cell(&dom, "data-indicator", bound["indicator"]["id"].as_str().unwrap(), "actual"), "38");
        let statuses: Vec<&str> = indicators.iter().map(|i| i["standing"]["status"].as_str().unwrap()).collect();
        assert_eq!(statuses, ["on_track", "at_risk", "not_measured", "on_track"]);
        let shown = |status: &str| dom.contains(&format!("data-status=\"{status}\""));
        assert!(shown("on_track") && shown("at_risk") && shown("not_measured"));
        // Risks in the JSON's order (highest score first), with the same scores.
        for risk in report["risks"].as_array().unwrap() {
            let id = risk["id"].as_str().unwrap();
            assert_eq!(cell(&dom, "data-risk", id, "score"), risk["score"].to_string());
        }
        let first = dom.find(&format!("data-risk=\"{}\"", report["risks"][0]["id"].as_str().unwrap())).unwrap();
        let second = dom.find(&format!("data-risk=\"{}\"", report["risks"][1]["id"].as_str().unwrap())).unwrap();
        assert!(first < second);
        // The late activity, the overdue action item and the decision, with
        // the organisation by its name.
        for text in ["Survey wave 1", "Circulate the revised work plan", "The survey method is endorsed", "Agency A"] {
            assert!(dom.contains(text), "{text} not on the page");
        }
        // To look at the page: INTEGRA_PROGRESS_PAGE=folder keeps it and its screenshot there.
        if let Some(keep) = std::env::var_os("INTEGRA_PROGRESS_PAGE") {
            let keep = PathBuf::from(keep).join(format!("{:?}", app.backend).to_lowercase());
            std::fs::create_dir_all(&keep).unwrap();
            std::fs::copy(&file, keep.join("progress-report.html")).unwrap();
            std::fs::copy(&screenshot, keep.join("progress-report.png")).unwrap();
        }
        std::fs::remove_dir_all(&dir).ok();
    }
}
