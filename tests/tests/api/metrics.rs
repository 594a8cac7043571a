//! Metrics labels stay bounded whatever clients send (issue 11, item 9): made-up
//! methods are one label, paths no route takes are one label, and the route label
//! is always a pattern.

use integra_tests::{both_backends, person_body, StatusCode, TestApp};
use reqwest::Method;

/// The series of `integra_http_requests_total` on `/metrics`.
async fn request_series(app: &TestApp) -> Vec<String> {
    let response = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    text.lines()
        .filter(|line| line.starts_with("integra_http_requests_total{"))
        .map(|line| line.rsplit_once(' ').unwrap().0.to_owned())
        .collect()
}

both_backends! {
    async fn made_up_methods_and_paths_make_a_bounded_number_of_series(app) {
        let before = request_series(&app).await.len();
        for i in 0..60 {
            let method = Method::from_bytes(format!("FOO{i}").as_bytes()).unwrap();
            let response = app.client.request(method.clone(), app.url("/")).send().await.unwrap();
            assert!(response.status().is_client_error(), "{}", response.status());
            let response = app
                .client
                .request(method, app.url("/api/v1/persons"))
                .send()
                .await
                .unwrap();
            assert!(response.status().is_client_error(), "{}", response.status());
            let response = app.client.get(app.url(&format!("/no-such-path-{i}"))).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::NOT_FOUND);
            let response = app.client.get(app.url(&format!("/api/v1/no-such-path-{i}/x"))).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::NOT_FOUND);
        }
        let series = request_series(&app).await;
        // 240 requests with 60 methods and 120 paths: a handful of series, not hundreds.
        assert!(series.len() <= before + 6, "{} series: {series:#?}", series.len());
        let text = series.join("\n");
        assert!(!text.contains("FOO"), "a made-up method is a label: {text}");
        assert!(!text.contains("no-such-path"), "a concrete path is a label: {text}");
        assert!(text.contains("method=\"other\""), "{text}");
        assert!(text.contains("route=\"(unmatched)\""), "{text}");
        // Every label is bounded: a standard method or `other`, a route pattern or
        // `(unmatched)`, a status number.
        for line in &series {
            let method = line.split("method=\"").nth(1).unwrap().split('"').next().unwrap();
            assert!(
                ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "other"]
                    .contains(&method),
                "{line}"
            );
            let route = line.split("route=\"").nth(1).unwrap().split('"').next().unwrap();
            assert!(route == "(unmatched)" || route.starts_with('/'), "{line}");
            let status = line.split("status=\"").nth(1).unwrap().split('"').next().unwrap();
            assert!(status.parse::<u16>().is_ok_and(|s| (100..600).contains(&s)), "{line}");
        }

        // More of the same adds nothing.
        for i in 60..120 {
            let method = Method::from_bytes(format!("BAR{i}").as_bytes()).unwrap();
            app.client.request(method, app.url(&format!("/x{i}"))).send().await.unwrap();
        }
        let after = request_series(&app).await.len();
        assert!(after <= series.len() + 1, "{after} series after {}", series.len());
    }
}

/// Each sample's metric name on `/metrics`, with the label names it carries.
fn samples(text: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut found = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let series = line.rsplit_once(' ').unwrap().0;
        let (name, labels) = series.split_once('{').unwrap_or((series, ""));
        let names = found.entry(name.to_owned()).or_default();
        for pair in labels
            .trim_end_matches('}')
            .split("\",")
            .filter(|p| !p.is_empty())
        {
            names.insert(pair.split_once('=').unwrap().0.to_owned());
        }
    }
    found
}

/// The value of the sample `series` (name and labels as rendered).
fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {series} in:\n{text}"))
        .parse()
        .unwrap()
}

// The Grafana dashboard in `docs/` is built on series the server has: every
// metric an expression names is on `/metrics`, and every label it groups or
// filters by is one those metrics carry (Prometheus adds `job` and
// `instance`). The store's, the audit writer's and the imports' series move
// with the traffic that feeds them.
both_backends! {
    async fn the_dashboard_shows_series_the_server_has(app) {
        let person = app.create_person(&person_body("Eka", "Lomidze")).await;
        let id = person["id"].as_str().unwrap();
        for _ in 0..3 {
            let read = app.get(&format!("/api/v1/persons/{id}")).await;
            assert_eq!(read.status(), StatusCode::OK);
        }
        let file = format!(
            "personal_number,given_name,family_name,date_of_birth,sex\n{},Nino,Kapanadze,1990-01-02,female\n",
            integra_tests::unique_personal_number()
        );
        let query = "kind=persons&mode=validate&atomic=row";
        let imported = crate::imports::import(&app, &app.admin_token, query, "text/csv", &file).await;
        assert_eq!(imported.status(), StatusCode::OK);

        let text = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
        assert!(value(&text, "integra_audit_batch_requests_count") >= 1.0, "{text}");
        assert!(value(&text, "integra_audit_batch_entries_sum") >= 3.0, "{text}");
        assert_eq!(value(&text, "integra_audit_batch_failures_total"), 0.0);
        assert!(value(&text, "integra_db_pool_wait_seconds_count{pool=\"read\"}") >= 1.0, "{text}");
        assert_eq!(
            value(&text, "integra_import_jobs_total{kind=\"persons\",mode=\"validate\",status=\"succeeded\"}"),
            1.0
        );
        assert_eq!(value(&text, "integra_import_rows_total{kind=\"persons\",outcome=\"created\"}"), 1.0);
        assert_eq!(value(&text, "integra_import_jobs_running"), 0.0);
        assert!(value(&text, "integra_process_resident_memory_bytes") > 1e6);

        let found = samples(&text);
        let dashboard: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/grafana/integra-dashboard.json")).unwrap(),
        )
        .unwrap();
        let metric = regex_lite::Regex::new(r"\bintegra_[a-z_]+").unwrap();
        let grouped = regex_lite::Regex::new(r"by \(([a-z_, ]+)\)").unwrap();
        let selected = regex_lite::Regex::new(r"([a-z_]+)=~?\x22").unwrap();
        let panels = dashboard["panels"].as_array().unwrap();
        assert!(panels.len() >= 10);
        let mut ids = std::collections::BTreeSet::new();
        for panel in panels {
            assert!(ids.insert(panel["id"].as_i64().unwrap()), "panel ids repeat");
            for target in panel["targets"].as_array().unwrap() {
                let expr = target["expr"].as_str().unwrap();
                let names: Vec<&str> = metric.find_iter(expr).map(|m| m.as_str()).collect();
                assert!(!names.is_empty(), "{expr}");
                let mut labels = std::collections::BTreeSet::from(["job".to_owned(), "instance".to_owned()]);
                for name in &names {
                    let carried = found.get(*name).unwrap_or_else(|| panic!("{name} of {expr:?} is not on /metrics"));
                    labels.extend(carried.iter().cloned());
                }
                let used = grouped
                    .captures_iter(expr)
                    .flat_map(|c| c[1].split(',').map(|l| l.trim().to_owned()).collect::<Vec<_>>())
                    .chain(selected.captures_iter(expr).map(|c| c[1].to_owned()));
                for label in used {
                    assert!(labels.contains(&label), "{expr:?} uses the label {label}, which {names:?} lack");
                }
            }
        }
    }
}
