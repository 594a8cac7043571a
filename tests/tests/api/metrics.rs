//! Metrics labels stay bounded whatever clients send (issue 11, item 9): made-up
//! methods are one label, paths no route takes are one label, and the route label
//! is always a pattern.

use integra_tests::{both_backends, StatusCode, TestApp};
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
