//! Tokens do not outlive what they were issued for (issue 11, item 7): a password
//! reset, a revoked client secret, a deactivation (of the account or its
//! organisation) or a change of role or scopes revokes every token issued before
//! it, also in the same second, on every node within the standing cache's 1 s;
//! a sign-in right after works at once.

use std::time::Duration;

use integra_domain::organisation::MINISTRY_ID;
use integra_persistence::DatabaseUrl;
use integra_tests::{
    both_backends, etag, expect, id_of, json, Backend, StatusCode, TestApp, TestDatabase,
    ADMIN_PASSWORD,
};
use reqwest::Method;
use serde_json::Value;

use crate::access::{
    access_token, assert_401, client_sign_in, create_organisation, create_service_account,
    create_user, node_sign_in, password_sign_in, payload_of, start_node, PASSWORD,
};

const NEW_PASSWORD: &str = "a brand new long password";

/// Waits for the start of the next second, so that what follows happens within one
/// (a token's `iat` has whole seconds only).
async fn at_the_start_of_a_second() {
    let fraction = chrono::Utc::now().timestamp_subsec_millis();
    tokio::time::sleep(Duration::from_millis(u64::from(1000 - fraction) + 5)).await;
}

async fn works(app: &TestApp, token: &str) {
    assert_eq!(
        app.get_as(token, "/api/v1/auth/me").await.status(),
        StatusCode::OK
    );
}

both_backends! {
    async fn a_password_reset_revokes_tokens_of_the_same_second(app) {
        let user = create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let path = format!("/api/v1/users/{}/password", id_of(&user));
        at_the_start_of_a_second().await;
        let old = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        // The standing is cached: a use just before the reset must not keep it alive.
        works(&app, &old).await;
        expect(app.post(&path, &json!({"password": NEW_PASSWORD})).await, StatusCode::OK).await;
        let fresh = access_token(password_sign_in(&app, "nino", NEW_PASSWORD).await).await;
        // Issued in the same second as the reset (whole seconds cannot tell them apart).
        let second = |token: &str| payload_of(token)["iat"].as_i64().unwrap();
        assert!(second(&fresh) - second(&old) <= 1, "the test was too slow");
        assert_401(&app, &old, "a token from before the reset").await;
        // A sign-in right after the reset works at once, and keeps working.
        works(&app, &fresh).await;
        tokio::time::sleep(Duration::from_millis(1100)).await;
        works(&app, &fresh).await;
        assert_401(&app, &old, "a token from before the reset, later").await;
    }

    async fn deactivation_revokes_tokens_for_good(app) {
        let user = create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let id = id_of(&user);
        let old = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        works(&app, &old).await;
        expect(app.post(&format!("/api/v1/users/{id}/deactivate"), &json!({})).await, StatusCode::OK).await;
        expect(app.post(&format!("/api/v1/users/{id}/activate"), &json!({})).await, StatusCode::OK).await;
        // Active again, but a token of before stays revoked; a new sign-in works.
        assert_401(&app, &old, "a token from before the deactivation").await;
        let fresh = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        works(&app, &fresh).await;

        // The same for an organisation's users.
        let organisation = create_organisation(&app, "Caritas Georgia", "ngo").await;
        let org_id = id_of(&organisation);
        create_user(&app, "caritas.worker", "case_worker", &org_id).await;
        let old = access_token(password_sign_in(&app, "caritas.worker", PASSWORD).await).await;
        works(&app, &old).await;
        let org_path = format!("/api/v1/organisations/{org_id}");
        expect(app.patch(&org_path, &json!({"active": false}), Some("\"1\"")).await, StatusCode::OK).await;
        expect(app.patch(&org_path, &json!({"active": true}), Some("\"2\"")).await, StatusCode::OK).await;
        assert_401(&app, &old, "a token from before the organisation's deactivation").await;
        works(&app, &access_token(password_sign_in(&app, "caritas.worker", PASSWORD).await).await).await;
    }

    async fn a_role_changed_and_changed_back_revokes_tokens(app) {
        let user = create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let path = format!("/api/v1/users/{}", id_of(&user));
        let old = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        works(&app, &old).await;
        let response = app.patch(&path, &json!({"role": "employment_counsellor"}), Some("\"1\"")).await;
        let tag = etag(&response);
        expect(response, StatusCode::OK).await;
        expect(app.patch(&path, &json!({"role": "case_worker"}), Some(&tag)).await, StatusCode::OK).await;
        // The token names the role the user has again, yet it is from before the change.
        assert_eq!(payload_of(&old)["role"], "case_worker");
        assert_401(&app, &old, "a token from before a change of role").await;
        works(&app, &access_token(password_sign_in(&app, "nino", PASSWORD).await).await).await;
        // A change of display name alone revokes nothing.
        let fresh = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        let current = expect(app.get(&path).await, StatusCode::OK).await;
        let tag = format!("\"{}\"", current["version"]);
        expect(app.patch(&path, &json!({"display_name": "Nino B."}), Some(&tag)).await, StatusCode::OK).await;
        works(&app, &fresh).await;
    }

    async fn a_revoked_secret_or_changed_scopes_revoke_tokens(app) {
        let (account, first) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let path = format!("/api/v1/service-accounts/{}", id_of(&account));
        let added = expect(app.post(&format!("{path}/secrets"), &json!({})).await, StatusCode::CREATED).await;
        let second = added["secret"].as_str().unwrap().to_owned();
        let secrets = expect(app.get(&format!("{path}/secrets")).await, StatusCode::OK).await;
        let first_id = id_of(&secrets["items"][0]);

        at_the_start_of_a_second().await;
        let old = access_token(client_sign_in(&app, "civil-registry", &first).await).await;
        works(&app, &old).await;
        let response = app.send(&app.admin_token, Method::DELETE, &format!("{path}/secrets/{first_id}"), None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        let fresh = access_token(client_sign_in(&app, "civil-registry", &second).await).await;
        assert_401(&app, &old, "a token of a revoked secret").await;
        works(&app, &fresh).await;
        // Revoking it again revokes nothing more.
        let response = app.send(&app.admin_token, Method::DELETE, &format!("{path}/secrets/{first_id}"), None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        works(&app, &fresh).await;

        // Scopes widened and narrowed back: the token of before is revoked.
        let response = app.patch(&path, &json!({"scopes": ["persons:read", "persons:write"]}), Some("\"1\"")).await;
        let tag = etag(&response);
        expect(response, StatusCode::OK).await;
        expect(app.patch(&path, &json!({"scopes": ["persons:read"]}), Some(&tag)).await, StatusCode::OK).await;
        assert_401(&app, &fresh, "a token from before a change of scopes").await;
        let token = access_token(client_sign_in(&app, "civil-registry", &second).await).await;
        works(&app, &token).await;

        // Deactivated: revoked.
        expect(app.post(&format!("{path}/deactivate"), &json!({})).await, StatusCode::OK).await;
        assert_401(&app, &token, "a token of a deactivated service account").await;
    }
}

/// Two nodes on one PostgreSQL database: a password reset on one revokes the
/// tokens on the other within the standing cache's 1 s, and a token issued right
/// after the reset works on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_on_one_node_revokes_tokens_on_another() {
    let Some(database) = TestDatabase::create(Backend::Postgres) else {
        return;
    };
    let DatabaseUrl::Postgres(url) = &database.url else {
        panic!("not a PostgreSQL database");
    };
    tokio::task::spawn_blocking(integra_tests::integra_binary)
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let first = start_node(&client, url).await;
    let second = start_node(&client, url).await;
    let token_of = |response: reqwest::Response| async move {
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    };
    let status = |node: &crate::access::Node, token: &str| {
        let request = client
            .get(format!("{}/api/v1/auth/me", node.address))
            .bearer_auth(token);
        async move { request.send().await.unwrap().status() }
    };
    let admin = token_of(node_sign_in(&client, &first, "admin", ADMIN_PASSWORD).await).await;
    let response = client
        .post(format!("{}/api/v1/users", first.address))
        .bearer_auth(&admin)
        .json(&json!({"username": "tamar", "password": PASSWORD, "role": "case_worker", "organisation_id": MINISTRY_ID}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    let old = token_of(node_sign_in(&client, &second, "tamar", PASSWORD).await).await;
    // Both nodes know (and cache) the standing.
    assert_eq!(status(&first, &old).await, StatusCode::OK);
    assert_eq!(status(&second, &old).await, StatusCode::OK);

    let response = client
        .post(format!(
            "{}/api/v1/users/{}/password",
            first.address,
            id_of(&created)
        ))
        .bearer_auth(&admin)
        .json(&json!({"password": NEW_PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    // At once on the node of the reset; a sign-in on the other works at once.
    assert_eq!(status(&first, &old).await, StatusCode::UNAUTHORIZED);
    let fresh = token_of(node_sign_in(&client, &second, "tamar", NEW_PASSWORD).await).await;
    assert_eq!(status(&first, &fresh).await, StatusCode::OK);
    assert_eq!(status(&second, &fresh).await, StatusCode::OK);
    // Within the cache's 1 s on the other node.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(status(&second, &old).await, StatusCode::UNAUTHORIZED);
    assert_eq!(status(&second, &fresh).await, StatusCode::OK);
    assert_eq!(status(&first, &fresh).await, StatusCode::OK);
    drop(first);
    drop(second);
    drop(database);
}
