//! Sign-in throttling that neither races nor can be turned against everyone
//! (issue 11, item 8): attempts are counted before the password is checked,
//! password checks are bounded (503 with `Retry-After` when all are busy), the
//! client's address comes from `X-Forwarded-For` only through trusted proxies,
//! and spent failure rows are purged.

use std::time::Duration;

use integra_api::http::client_address::{Network, TrustedProxies};
use integra_tests::{both_backends, json, problem, Backend, Role, StatusCode, TestApp};
use reqwest::Response;
use tokio::task::JoinSet;

use crate::access::{access_token, password_sign_in, TEST_USER_PASSWORD};

/// Sends the same password sign-in `n` times at once; the statuses.
async fn parallel_sign_ins(app: &TestApp, names: Vec<String>, password: &str) -> Vec<StatusCode> {
    let mut set = JoinSet::new();
    for name in names {
        let request = app
            .client
            .post(app.url("/api/v1/auth/token"))
            .json(&json!({"grant_type": "password", "username": name, "password": password}));
        set.spawn(async move { request.send().await.unwrap().status() });
    }
    let mut statuses = Vec::new();
    while let Some(status) = set.join_next().await {
        statuses.push(status.unwrap());
    }
    statuses
}

async fn sign_in_from(
    app: &TestApp,
    forwarded_for: &str,
    username: &str,
    password: &str,
) -> Response {
    app.client
        .post(app.url("/api/v1/auth/token"))
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({"grant_type": "password", "username": username, "password": password}))
        .send()
        .await
        .unwrap()
}

both_backends! {
    async fn parallel_wrong_guesses_reach_the_password_check_at_most_the_limit(app) {
        app.user_token("tamar", Role::CaseWorker).await;
        let statuses = parallel_sign_ins(&app, vec!["tamar".to_owned(); 30], "a wrong guess").await;
        let checked = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
        let blocked = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
        // A 401 means the password was checked: no more than the limit (5).
        assert!(checked <= 5, "{checked} guesses reached the password check: {statuses:?}");
        assert_eq!(checked + blocked, 30, "{statuses:?}");
        // And the account is blocked, even for the right password.
        problem(password_sign_in(&app, "tamar", TEST_USER_PASSWORD).await, StatusCode::TOO_MANY_REQUESTS).await;
    }

    async fn a_success_gives_the_address_its_attempt_back(app) {
        // Twenty successful sign-ins from one address do not block it (its limit is 20).
        app.user_token("tamar", Role::CaseWorker).await;
        for _ in 0..25 {
            access_token(password_sign_in(&app, "tamar", TEST_USER_PASSWORD).await).await;
        }
    }

    async fn spent_failure_rows_are_purged(app) {
        let backend = app.backend;
        drop(app);
        let Some(app) = TestApp::spawn_configured(backend, |config| {
            config.sign_in_limit.seconds = 2;
        })
        .await
        else {
            return;
        };
        for name in ["ghost.a", "ghost.b", "ghost.c", "ghost.d", "ghost.e"] {
            problem(password_sign_in(&app, name, "whatever it is").await, StatusCode::UNAUTHORIZED).await;
        }
        // Five accounts and the address (the admin's sign-in cleared its account).
        assert_eq!(app.count("sign_in_failures").await, 6);
        tokio::time::sleep(Duration::from_millis(4200)).await;
        problem(password_sign_in(&app, "ghost.f", "whatever it is").await, StatusCode::UNAUTHORIZED).await;
        // The windows of the old rows have passed: only the new attempt's rows are left.
        assert_eq!(app.count("sign_in_failures").await, 2);
    }
}

async fn busy_password_checks_are_a_503(backend: Backend) {
    let Some(app) = TestApp::spawn_configured(backend, |config| {
        config.password_hash_concurrency = 1;
        config.sign_in_limit.failures = 1000;
    })
    .await
    else {
        return;
    };
    let mut busy = None;
    for round in 0..10 {
        let names = (0..16).map(|i| format!("ghost.{round}.{i}")).collect();
        let statuses = parallel_sign_ins(&app, names, "whatever it is").await;
        assert!(
            statuses.iter().all(|s| matches!(s.as_u16(), 401 | 503)),
            "{statuses:?}"
        );
        if statuses.contains(&StatusCode::SERVICE_UNAVAILABLE) {
            busy = Some(round);
            break;
        }
    }
    assert!(
        busy.is_some(),
        "16 parallel sign-ins never found the one permit busy"
    );
    // The answer itself: problem+json with Retry-After. Hold the permit with a
    // stream of sign-ins and catch one refusal.
    let mut set = JoinSet::new();
    for i in 0..16 {
        let request = app
            .client
            .post(app.url("/api/v1/auth/token"))
            .json(&json!({"grant_type": "password", "username": format!("late.{i}"), "password": "x-x-x-x"}));
        set.spawn(async move { request.send().await.unwrap() });
    }
    let mut seen = false;
    while let Some(response) = set.join_next().await {
        let response = response.unwrap();
        if response.status() == StatusCode::SERVICE_UNAVAILABLE && !seen {
            assert!(response.headers().contains_key("retry-after"));
            problem(response, StatusCode::SERVICE_UNAVAILABLE).await;
            seen = true;
        }
    }
    // Once the flood is over, sign-in works.
    access_token(password_sign_in(&app, "admin", integra_tests::ADMIN_PASSWORD).await).await;
    app.stop().await;
}

mod busy_password_checks_are_a_503 {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        busy_password_checks_are_a_503(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        busy_password_checks_are_a_503(Backend::Postgres).await;
    }
}

async fn the_client_address_comes_through_trusted_proxies_only(backend: Backend) {
    // One failure per account, four per address.
    let Some(behind) = TestApp::spawn_configured(backend, |config| {
        config.sign_in_limit.failures = 1;
        config.trusted_proxies = TrustedProxies(vec![Network::parse("127.0.0.0/8").unwrap()]);
    })
    .await
    else {
        return;
    };
    for i in 0..4 {
        let response = sign_in_from(
            &behind,
            "203.0.113.7",
            &format!("ghost.{i}"),
            "whatever it is",
        )
        .await;
        problem(response, StatusCode::UNAUTHORIZED).await;
    }
    // That client is blocked, also when it writes an address of its own in front.
    for forwarded in ["203.0.113.7", "198.51.100.99, 203.0.113.7"] {
        let response = sign_in_from(&behind, forwarded, "ghost.new", "whatever it is").await;
        problem(response, StatusCode::TOO_MANY_REQUESTS).await;
    }
    // Another client behind the same proxy is not.
    let response = sign_in_from(
        &behind,
        "203.0.113.8",
        "admin",
        integra_tests::ADMIN_PASSWORD,
    )
    .await;
    access_token(response).await;
    behind.stop().await;

    // Without trusted proxies the header is the client's word and is ignored:
    // changing it does not escape the block of its real address.
    let Some(direct) = TestApp::spawn_configured(backend, |config| {
        config.sign_in_limit.failures = 1;
    })
    .await
    else {
        return;
    };
    for i in 0..4 {
        let response = sign_in_from(
            &direct,
            &format!("203.0.113.{i}"),
            &format!("ghost.{i}"),
            "whatever it is",
        )
        .await;
        problem(response, StatusCode::UNAUTHORIZED).await;
    }
    let response = sign_in_from(
        &direct,
        "203.0.113.200",
        "admin",
        integra_tests::ADMIN_PASSWORD,
    )
    .await;
    problem(response, StatusCode::TOO_MANY_REQUESTS).await;
    direct.stop().await;
}

mod the_client_address_comes_through_trusted_proxies_only {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        the_client_address_comes_through_trusted_proxies_only(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        the_client_address_comes_through_trusted_proxies_only(Backend::Postgres).await;
    }
}
