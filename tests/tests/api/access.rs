//! The access model (issue 4): organisations, users, service accounts with scopes
//! and secret rotation, token attacks (also on an EdDSA server), sign-in
//! throttling (also across two processes), the audit log, a person's access log,
//! export and erasure, and what partners and monitors may not see.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::SigningKey;
use integra_api::auth::tokens::{Claims, AUDIENCE, ISSUER};
use integra_api::auth::Tokens;
use integra_domain::organisation::MINISTRY_ID;
use integra_persistence::DatabaseUrl;
use integra_tests::{
    b64url_decode, b64url_encode, both_backends, field_errors, json, person_body, problem, Backend,
    Role, StatusCode, TestApp, TestDatabase, ADMIN_PASSWORD,
};
use integra_tests::{etag, expect, id_of};
use reqwest::{Method, Response};
use serde_json::Value;
use uuid::Uuid;

/// The password of users made through `POST /users` here.
pub(crate) const PASSWORD: &str = "a long enough password";
/// The password of users made by `TestApp::user_token`.
pub(crate) const TEST_USER_PASSWORD: &str = "user password for tests";

// ----------------------------------------------------------------------------
// Helpers

pub(crate) async fn password_sign_in(app: &TestApp, username: &str, password: &str) -> Response {
    app.token_response(
        &json!({"grant_type": "password", "username": username, "password": password}),
    )
    .await
}

pub(crate) async fn client_sign_in(app: &TestApp, client_id: &str, secret: &str) -> Response {
    app.token_response(&json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}))
    .await
}

pub(crate) async fn access_token(response: Response) -> String {
    let body = expect(response, StatusCode::OK).await;
    body["access_token"].as_str().unwrap().to_owned()
}

/// The claims inside a token, unverified.
pub(crate) fn payload_of(token: &str) -> Value {
    let part = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&b64url_decode(part)).unwrap()
}

pub(crate) async fn create_organisation(app: &TestApp, name: &str, kind: &str) -> Value {
    let response = app
        .post(
            "/api/v1/organisations",
            &json!({"name": name, "kind": kind, "country": "GE"}),
        )
        .await;
    expect(response, StatusCode::CREATED).await
}

/// Creates a user through the API; returns the user.
pub(crate) async fn create_user(
    app: &TestApp,
    username: &str,
    role: &str,
    organisation: &str,
) -> Value {
    let response = app
        .post(
            "/api/v1/users",
            &json!({"username": username, "password": PASSWORD, "role": role,
                "organisation_id": organisation, "display_name": "Test User"}),
        )
        .await;
    expect(response, StatusCode::CREATED).await
}

/// Creates a service account with `scopes`; returns it and its first secret.
pub(crate) async fn create_service_account(
    app: &TestApp,
    client_id: &str,
    scopes: &[&str],
) -> (Value, String) {
    let response = app
        .post(
            "/api/v1/service-accounts",
            &json!({"client_id": client_id, "organisation_id": MINISTRY_ID,
                "display_name": "Civil registry sync", "scopes": scopes}),
        )
        .await;
    let body = expect(response, StatusCode::CREATED).await;
    let secret = body["client_secret"]["secret"].as_str().unwrap().to_owned();
    (body["service_account"].clone(), secret)
}

pub(crate) async fn me(app: &TestApp, token: &str) -> Value {
    expect(app.get_as(token, "/api/v1/auth/me").await, StatusCode::OK).await
}

/// `token` is refused with 401, a Bearer challenge and a body that repeats nothing of it.
pub(crate) async fn assert_401(app: &TestApp, token: &str, what: &str) {
    let claims = token
        .split('.')
        .nth(1)
        .filter(|p| p.len() > 8)
        .map(|_| payload_of(token));
    for path in ["/api/v1/auth/me", "/api/v1/persons"] {
        let response = app.get_as(token, path).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "{what} on {path}"
        );
        assert!(
            response.headers()["www-authenticate"]
                .to_str()
                .unwrap()
                .starts_with("Bearer"),
            "{what}"
        );
        let body = problem(response, StatusCode::UNAUTHORIZED).await;
        let text = body.to_string();
        assert!(!text.contains(token), "{what}: token echoed: {text}");
        if let Some(claims) = &claims {
            for claim in ["sub", "jti", "role", "org"] {
                if let Some(value) = claims[claim].as_str().filter(|v| v.len() > 5) {
                    assert!(
                        !text.contains(value),
                        "{what}: claim {claim} echoed: {text}"
                    );
                }
            }
        }
    }
}

/// Follows `next_cursor` from `path` (which has a `limit`) and returns every item.
async fn all_pages(app: &TestApp, path: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..100 {
        let page_path = match &cursor {
            Some(cursor) => format!("{path}&cursor={cursor}"),
            None => path.to_owned(),
        };
        let page = expect(app.get(&page_path).await, StatusCode::OK).await;
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return items,
        }
    }
    panic!("paging of {path} did not end");
}

fn ids(items: &[Value]) -> Vec<String> {
    items.iter().map(id_of).collect()
}

// ----------------------------------------------------------------------------
// Organisations

both_backends! {
    async fn organisations_are_created_read_and_changed(app) {
        let response = app
            .post("/api/v1/organisations", &json!({"name": "Caritas Georgia", "kind": "ngo", "country": "GE"}))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let tag = etag(&response);
        let caritas: Value = response.json().await.unwrap();
        let id = id_of(&caritas);
        assert_eq!(location, format!("/api/v1/organisations/{id}"));
        assert_eq!(tag, "\"1\"");
        assert_eq!(caritas["name"], "Caritas Georgia");
        assert_eq!(caritas["kind"], "ngo");
        assert_eq!(caritas["country"], "GE");
        assert_eq!(caritas["active"], true);
        assert_eq!(caritas["version"], 1);

        // Read back.
        let response = app.get(&location).await;
        assert_eq!(etag(&response), "\"1\"");
        assert_eq!(expect(response, StatusCode::OK).await, caritas);
        problem(app.get(&format!("/api/v1/organisations/{}", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
        problem(app.get("/api/v1/organisations/not-an-id").await, StatusCode::NOT_FOUND).await;

        // The same name again.
        let duplicate = app
            .post("/api/v1/organisations", &json!({"name": "Caritas Georgia", "kind": "employer", "country": "GE"}))
            .await;
        problem(duplicate, StatusCode::CONFLICT).await;

        // Every field wrong: every error at once.
        let response = app
            .post("/api/v1/organisations", &json!({"name": "  ", "kind": "church", "country": "XX"}))
            .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields: Vec<String> = field_errors(&body).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["name", "kind", "country"], "{body}");
        // Unknown fields and missing fields.
        let response = app
            .post("/api/v1/organisations", &json!({"name": "X", "kind": "ngo", "country": "GE", "budget": 1}))
            .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("budget".to_owned(), "unknown_field".to_owned())]);
        let response = app.post("/api/v1/organisations", &json!({"name": "X"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let errors = field_errors(&body);
        assert!(!errors.is_empty() && errors.iter().all(|(f, c)| c == "required" && (f == "kind" || f == "country")), "{body}");

        // A merge patch with If-Match.
        let response = app.patch(&location, &json!({"name": "Caritas Georgia (Tbilisi)"}), Some("\"1\"")).await;
        assert_eq!(etag(&response), "\"2\"");
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!(changed["name"], "Caritas Georgia (Tbilisi)");
        assert_eq!(changed["kind"], "ngo");
        assert_eq!(changed["version"], 2);
        // A stale version is refused and changes nothing.
        let response = app.patch(&location, &json!({"kind": "employer"}), Some("\"1\"")).await;
        problem(response, StatusCode::PRECONDITION_FAILED).await;
        let now = expect(app.get(&location).await, StatusCode::OK).await;
        assert_eq!(now["kind"], "ngo");
        // Read-only and unknown fields in a patch.
        let response = app.patch(&location, &json!({"version": 9}), Some("\"2\"")).await;
        assert!(matches!(response.status().as_u16(), 409 | 422), "{}", response.status());
        let response = app.patch(&location, &json!({"colour": "red"}), Some("\"2\"")).await;
        problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        // Renaming onto another organisation's name is a conflict.
        create_organisation(&app, "World Vision", "international_org").await;
        let response = app.patch(&location, &json!({"name": "World Vision"}), Some("\"2\"")).await;
        problem(response, StatusCode::CONFLICT).await;
    }

    async fn organisations_are_listed_by_kind_page_by_page(app) {
        let mut ngos = Vec::new();
        for i in 0..3 {
            ngos.push(id_of(&create_organisation(&app, &format!("NGO {i}"), "ngo").await));
        }
        let employer = id_of(&create_organisation(&app, "Employer", "employer").await);

        let page = expect(app.get("/api/v1/organisations?kind=ngo").await, StatusCode::OK).await;
        let items = page["items"].as_array().unwrap();
        assert!(items.iter().all(|o| o["kind"] == "ngo"), "{page}");
        assert_eq!(ids(items), ngos);
        assert_eq!(page["next_cursor"], Value::Null);

        let page = expect(app.get("/api/v1/organisations?kind=employer").await, StatusCode::OK).await;
        assert_eq!(ids(page["items"].as_array().unwrap()), vec![employer.clone()]);

        // Page by page: every organisation once, in order (the ministry is one of them).
        let all = expect(app.get("/api/v1/organisations?limit=500").await, StatusCode::OK).await;
        let all = ids(all["items"].as_array().unwrap());
        assert!(all.contains(&MINISTRY_ID.to_string()));
        assert_eq!(all.len(), 5);
        assert_eq!(ids(&all_pages(&app, "/api/v1/organisations?limit=2").await), all);
        assert_eq!(ids(&all_pages(&app, "/api/v1/organisations?kind=ngo&limit=1").await), ngos);

        // Bad filters.
        problem(app.get("/api/v1/organisations?kind=church").await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let response = app.get("/api/v1/organisations?limit=0").await;
        assert!(matches!(response.status().as_u16(), 400 | 422), "{}", response.status());
        let response = app.get("/api/v1/organisations?limit=501").await;
        assert!(matches!(response.status().as_u16(), 400 | 422), "{}", response.status());
    }

    async fn only_an_admin_changes_organisations_but_a_case_worker_may_list_them(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let organisation = create_organisation(&app, "Caritas Georgia", "ngo").await;
        let path = format!("/api/v1/organisations/{}", id_of(&organisation));

        let response = app.post_as(&worker, "/api/v1/organisations", &json!({"name": "Mine", "kind": "ngo", "country": "GE"})).await;
        problem(response, StatusCode::FORBIDDEN).await;
        let response = app.patch_as(&worker, &path, &json!({"active": false}), Some("\"1\"")).await;
        problem(response, StatusCode::FORBIDDEN).await;
        assert_eq!(expect(app.get(&path).await, StatusCode::OK).await["active"], true);

        let page = expect(app.get_as(&worker, "/api/v1/organisations").await, StatusCode::OK).await;
        assert_eq!(page["items"].as_array().unwrap().len(), 2);
        expect(app.get_as(&worker, &path).await, StatusCode::OK).await;

        // Without a token: 401, not 403.
        problem(app.get_as("", "/api/v1/organisations").await, StatusCode::UNAUTHORIZED).await;
        // A partner and a monitor see no organisation list.
        let monitor = app.user_token("donor.monitor", Role::Monitor).await;
        problem(app.get_as(&monitor, "/api/v1/organisations").await, StatusCode::FORBIDDEN).await;
    }

    async fn deactivating_an_organisation_stops_its_users(app) {
        let organisation = create_organisation(&app, "Caritas Georgia", "ngo").await;
        let org_id = id_of(&organisation);
        let path = format!("/api/v1/organisations/{org_id}");
        create_user(&app, "caritas.worker", "case_worker", &org_id).await;
        let token = access_token(password_sign_in(&app, "caritas.worker", PASSWORD).await).await;
        assert_eq!(me(&app, &token).await["organisation_id"], org_id.as_str());
        assert_eq!(payload_of(&token)["org"], org_id.as_str());
        // A user of another organisation, unaffected.
        let ministry_worker = app.user_token("ministry.worker", Role::CaseWorker).await;

        let response = app.patch(&path, &json!({"active": false}), Some("\"1\"")).await;
        assert_eq!(expect(response, StatusCode::OK).await["active"], false);

        // The token stops working on the very next request; signing in is refused.
        assert_401(&app, &token, "user of an inactive organisation").await;
        problem(password_sign_in(&app, "caritas.worker", PASSWORD).await, StatusCode::UNAUTHORIZED).await;
        assert_eq!(app.get_as(&ministry_worker, "/api/v1/persons").await.status(), StatusCode::OK);
        // No new user joins an inactive organisation.
        let response = app
            .post("/api/v1/users", &json!({"username": "late.joiner", "password": PASSWORD,
                "role": "case_worker", "organisation_id": org_id}))
            .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("organisation_id".to_owned(), "inactive".to_owned())]);
        // Listed as inactive.
        let page = expect(app.get("/api/v1/organisations?active=false").await, StatusCode::OK).await;
        assert_eq!(ids(page["items"].as_array().unwrap()), vec![org_id.clone()]);

        // Active again: the user signs in again.
        let response = app.patch(&path, &json!({"active": true}), Some("\"2\"")).await;
        expect(response, StatusCode::OK).await;
        let token = access_token(password_sign_in(&app, "caritas.worker", PASSWORD).await).await;
        assert_eq!(app.get_as(&token, "/api/v1/persons").await.status(), StatusCode::OK);
    }
}

// ----------------------------------------------------------------------------
// Users

both_backends! {
    async fn an_admin_creates_a_user_who_signs_in(app) {
        let organisation = id_of(&create_organisation(&app, "Caritas Georgia", "ngo").await);
        let response = app
            .post("/api/v1/users", &json!({"username": "nino.beridze", "password": PASSWORD,
                "role": "case_worker", "organisation_id": organisation, "display_name": "Nino Beridze"}))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(etag(&response), "\"1\"");
        let text = response.text().await.unwrap();
        assert!(!text.contains(PASSWORD) && !text.contains("argon2") && !text.contains("password"), "{text}");
        let user: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(location, format!("/api/v1/users/{}", id_of(&user)));
        assert_eq!(user["username"], "nino.beridze");
        assert_eq!(user["role"], "case_worker");
        assert_eq!(user["organisation_id"], organisation.as_str());
        assert_eq!(user["display_name"], "Nino Beridze");
        assert_eq!(user["active"], true);
        assert_eq!(user["version"], 1);
        assert_eq!(expect(app.get(&location).await, StatusCode::OK).await, user);

        let token = access_token(password_sign_in(&app, "nino.beridze", PASSWORD).await).await;
        let me = me(&app, &token).await;
        assert_eq!(me["id"], user["id"]);
        assert_eq!(me["role"], "case_worker");
        // The user's creation is audited.
        let admin = me_id(&app, &app.admin_token).await;
        let log = expect(app.get(&format!("/api/v1/audit-log?record_id={}", id_of(&user))).await, StatusCode::OK).await;
        let entry = &log["items"][0];
        assert_eq!(entry["action"], "user.created");
        assert_eq!(entry["actor_id"], admin.as_str());
    }

    async fn bad_users_are_refused(app) {
        // An organisation nobody created.
        let response = app
            .post("/api/v1/users", &json!({"username": "nino", "password": PASSWORD,
                "role": "case_worker", "organisation_id": Uuid::now_v7()}))
            .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("organisation_id".to_owned(), "not_found".to_owned())]);
        // The role of service accounts.
        let response = app
            .post("/api/v1/users", &json!({"username": "registry", "password": PASSWORD,
                "role": "integration", "organisation_id": MINISTRY_ID}))
            .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("role".to_owned(), "service_account_role".to_owned())]);
        // Everything wrong at once.
        let response = app
            .post("/api/v1/users", &json!({"username": "Nino Beridze", "password": "short",
                "role": "superuser", "organisation_id": MINISTRY_ID}))
            .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(!body.to_string().contains("\"short\""), "{body}");
        let fields: Vec<String> = field_errors(&body).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["username", "password", "role"], "{body}");
        // A taken user name, also a service account's client id.
        create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let response = app
            .post("/api/v1/users", &json!({"username": "nino", "password": PASSWORD,
                "role": "monitor", "organisation_id": MINISTRY_ID}))
            .await;
        problem(response, StatusCode::CONFLICT).await;
        let response = app
            .post("/api/v1/users", &json!({"username": "admin", "password": PASSWORD,
                "role": "monitor", "organisation_id": MINISTRY_ID}))
            .await;
        let taken = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(taken["code"], "duplicate_username");
        let holder = expect(app.get(taken["existing"].as_str().unwrap()).await, StatusCode::OK).await;
        assert_eq!(holder["username"], "admin", "{taken}");
        let (account, _) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let response = app
            .post("/api/v1/users", &json!({"username": "civil-registry", "password": PASSWORD,
                "role": "monitor", "organisation_id": MINISTRY_ID}))
            .await;
        // The holder named is the service account, at its own path.
        let taken = problem(response, StatusCode::CONFLICT).await;
        assert_eq!(taken["existing"], format!("/api/v1/service-accounts/{}", account["id"].as_str().unwrap()));
        expect(app.get(taken["existing"].as_str().unwrap()).await, StatusCode::OK).await;
        assert_eq!(app.count("users").await, 3);
    }

    async fn users_are_listed_with_filters(app) {
        let caritas = id_of(&create_organisation(&app, "Caritas Georgia", "ngo").await);
        let ministry = MINISTRY_ID.to_string();
        let a = id_of(&create_user(&app, "worker.a", "case_worker", &caritas).await);
        let b = id_of(&create_user(&app, "worker.b", "case_worker", &ministry).await);
        let c = id_of(&create_user(&app, "partner.c", "partner", &caritas).await);
        create_service_account(&app, "civil-registry", &["persons:read"]).await;

        let list = |query: &'static str| {
            let app = &app;
            async move {
                let page = expect(app.get(&format!("/api/v1/users{query}")).await, StatusCode::OK).await;
                ids(page["items"].as_array().unwrap())
            }
        };
        assert_eq!(list("?role=case_worker").await, vec![a.clone(), b.clone()]);
        assert_eq!(list("?role=partner").await, vec![c.clone()]);
        // Service accounts are not users.
        assert!(list("?role=integration").await.is_empty());
        assert_eq!(list("").await.len(), 4);
        let by_org = expect(app.get(&format!("/api/v1/users?organisation_id={caritas}")).await, StatusCode::OK).await;
        assert_eq!(ids(by_org["items"].as_array().unwrap()), vec![a.clone(), c.clone()]);
        let both = expect(app.get(&format!("/api/v1/users?organisation_id={caritas}&role=case_worker")).await, StatusCode::OK).await;
        assert_eq!(ids(both["items"].as_array().unwrap()), vec![a.clone()]);

        expect(app.post(&format!("/api/v1/users/{b}/deactivate"), &json!({})).await, StatusCode::OK).await;
        assert_eq!(list("?active=false").await, vec![b.clone()]);
        assert_eq!(list("?active=true").await.len(), 3);

        let all = list("?limit=500").await;
        assert_eq!(ids(&all_pages(&app, "/api/v1/users?limit=1").await), all);
        problem(app.get("/api/v1/users?role=boss").await, StatusCode::UNPROCESSABLE_ENTITY).await;
    }

    async fn a_users_role_is_changed_with_if_match(app) {
        let user = create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let path = format!("/api/v1/users/{}", id_of(&user));
        let old_token = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        assert_eq!(app.post_as(&old_token, "/api/v1/persons", &person_body("Nino", "Beridze")).await.status(), StatusCode::CREATED);

        problem(app.patch(&path, &json!({"role": "employment_counsellor"}), Some("\"7\"")).await, StatusCode::PRECONDITION_FAILED).await;
        problem(app.patch(&path, &json!({"role": "integration"}), Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        problem(app.patch(&path, &json!({"username": "other"}), Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let response = app.patch(&path, &json!({"role": "employment_counsellor"}), Some("\"1\"")).await;
        assert_eq!(etag(&response), "\"2\"");
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!(changed["role"], "employment_counsellor");
        assert_eq!(changed["username"], "nino");
        assert_eq!(changed["version"], 2);

        // A token issued before the change does not keep the old, wider role.
        let response = app.post_as(&old_token, "/api/v1/persons", &person_body("Tamar", "Beridze")).await;
        assert!(
            matches!(response.status().as_u16(), 401 | 403),
            "a token of the old role still writes persons: {}",
            response.status()
        );
        // A new token has the new role: reads persons, writes none.
        let token = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        assert_eq!(payload_of(&token)["role"], "employment_counsellor");
        assert_eq!(app.get_as(&token, "/api/v1/persons").await.status(), StatusCode::OK);
        problem(app.post_as(&token, "/api/v1/persons", &person_body("Levan", "Beridze")).await, StatusCode::FORBIDDEN).await;
    }

    async fn a_deactivated_user_is_stopped_at_once(app) {
        let user = create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let id = id_of(&user);
        let token = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        // The standing is cached: a read just before deactivation must not keep it alive.
        assert_eq!(app.get_as(&token, "/api/v1/persons").await.status(), StatusCode::OK);

        let response = app.post(&format!("/api/v1/users/{id}/deactivate"), &json!({})).await;
        let body = expect(response, StatusCode::OK).await;
        assert_eq!(body["active"], false);
        assert_eq!(body["version"], 2);

        assert_401(&app, &token, "deactivated user").await;
        let before = app.count("persons").await;
        problem(app.post_as(&token, "/api/v1/persons", &person_body("Nino", "Beridze")).await, StatusCode::UNAUTHORIZED).await;
        assert_eq!(app.count("persons").await, before);
        let refused = problem(password_sign_in(&app, "nino", PASSWORD).await, StatusCode::UNAUTHORIZED).await;
        // Not told apart from a wrong password.
        let wrong = problem(password_sign_in(&app, "nino", "not the password at all").await, StatusCode::UNAUTHORIZED).await;
        assert_eq!(refused["detail"], wrong["detail"]);
        assert_eq!(expect(app.get(&format!("/api/v1/users/{id}")).await, StatusCode::OK).await["active"], false);

        // Active again.
        let response = app.post(&format!("/api/v1/users/{id}/activate"), &json!({})).await;
        assert_eq!(expect(response, StatusCode::OK).await["active"], true);
        let token = access_token(password_sign_in(&app, "nino", PASSWORD).await).await;
        assert_eq!(app.get_as(&token, "/api/v1/persons").await.status(), StatusCode::OK);

        // Unknown users.
        problem(app.post(&format!("/api/v1/users/{}/deactivate", Uuid::now_v7()), &json!({})).await, StatusCode::NOT_FOUND).await;
        problem(app.post("/api/v1/users/nobody/deactivate", &json!({})).await, StatusCode::NOT_FOUND).await;
    }

    async fn an_admin_cannot_deactivate_themself(app) {
        let admin = me_id(&app, &app.admin_token).await;
        let body = problem(app.post(&format!("/api/v1/users/{admin}/deactivate"), &json!({})).await, StatusCode::CONFLICT).await;
        assert!(body["detail"].as_str().unwrap().contains("own"), "{body}");
        assert_eq!(app.get("/api/v1/auth/me").await.status(), StatusCode::OK);
        // Another admin may.
        create_user(&app, "second.admin", "admin", &MINISTRY_ID.to_string()).await;
        let second = access_token(password_sign_in(&app, "second.admin", PASSWORD).await).await;
        let response = app.post_as(&second, &format!("/api/v1/users/{admin}/deactivate"), &json!({})).await;
        expect(response, StatusCode::OK).await;
        assert_401(&app, &app.admin_token, "deactivated admin").await;
    }

    async fn an_admin_resets_a_password(app) {
        let user = create_user(&app, "nino", "case_worker", &MINISTRY_ID.to_string()).await;
        let path = format!("/api/v1/users/{}/password", id_of(&user));
        let response = app.post(&path, &json!({"password": "short"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("password".to_owned(), "weak_password".to_owned())]);
        let response = app.post(&path, &json!({"password": "a brand new long password"})).await;
        let text = response.text().await.unwrap();
        assert!(!text.contains("a brand new long password"), "{text}");
        problem(password_sign_in(&app, "nino", PASSWORD).await, StatusCode::UNAUTHORIZED).await;
        access_token(password_sign_in(&app, "nino", "a brand new long password").await).await;
        problem(app.post(&format!("/api/v1/users/{}/password", Uuid::now_v7()), &json!({"password": "a brand new long password"})).await, StatusCode::NOT_FOUND).await;
    }

    async fn a_case_worker_may_not_manage_users(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let other = create_user(&app, "tamar", "case_worker", &MINISTRY_ID.to_string()).await;
        let path = format!("/api/v1/users/{}", id_of(&other));
        let new_user = json!({"username": "x.user", "password": PASSWORD, "role": "admin", "organisation_id": MINISTRY_ID});
        let requests = [
            (Method::POST, "/api/v1/users".to_owned(), Some(new_user)),
            (Method::GET, "/api/v1/users".to_owned(), None),
            (Method::GET, path.clone(), None),
            (Method::POST, format!("{path}/deactivate"), Some(json!({}))),
            (Method::POST, format!("{path}/activate"), Some(json!({}))),
            (Method::POST, format!("{path}/password"), Some(json!({"password": "stolen but long enough"}))),
        ];
        for (method, path, body) in requests {
            let response = app.send(&worker, method.clone(), &path, body.as_ref()).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{method} {path}");
            problem(response, StatusCode::FORBIDDEN).await;
        }
        let response = app.patch_as(&worker, &path, &json!({"role": "admin"}), Some("\"1\"")).await;
        problem(response, StatusCode::FORBIDDEN).await;
        // Not even to make themself an admin.
        let own = me_id(&app, &worker).await;
        let response = app.patch_as(&worker, &format!("/api/v1/users/{own}"), &json!({"role": "admin"}), Some("\"1\"")).await;
        problem(response, StatusCode::FORBIDDEN).await;
        // Nothing changed.
        let tamar = expect(app.get(&path).await, StatusCode::OK).await;
        assert_eq!(tamar["active"], true);
        assert_eq!(tamar["version"], 1);
        access_token(password_sign_in(&app, "tamar", PASSWORD).await).await;
        assert_eq!(app.count("users").await, 3);
    }
}

async fn me_id(app: &TestApp, token: &str) -> String {
    id_of(&me(app, token).await)
}

// ----------------------------------------------------------------------------
// Service accounts

both_backends! {
    async fn a_service_account_signs_in_with_client_credentials(app) {
        let response = app
            .post("/api/v1/service-accounts", &json!({"client_id": "civil-registry", "organisation_id": MINISTRY_ID,
                "display_name": "Civil registry sync", "scopes": ["persons:read"]}))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        let account = &created["service_account"];
        let id = id_of(account);
        assert_eq!(location, format!("/api/v1/service-accounts/{id}"));
        assert_eq!(account["client_id"], "civil-registry");
        assert_eq!(account["scopes"], json!(["persons:read"]));
        assert_eq!(account["active"], true);
        let secret = created["client_secret"]["secret"].as_str().unwrap().to_owned();
        assert!(secret.starts_with("isk_") && secret.len() > 40, "{secret}");

        // Shown once: never again.
        let text = app.get(&location).await.text().await.unwrap();
        assert!(!text.contains(&secret), "{text}");
        let text = app.get(&format!("{location}/secrets")).await.text().await.unwrap();
        assert!(!text.contains(&secret), "{text}");
        let text = app.get("/api/v1/service-accounts").await.text().await.unwrap();
        assert!(!text.contains(&secret) && text.contains("civil-registry"), "{text}");

        let token = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        let claims = payload_of(&token);
        assert_eq!(claims["role"], "integration");
        assert_eq!(claims["scope"], "persons:read");
        assert_eq!(claims["sub"], id.as_str());
        let me = me(&app, &token).await;
        assert_eq!(me["id"], id.as_str());
        assert_eq!(me["client_id"], "civil-registry");
        assert_eq!(me["scopes"], json!(["persons:read"]));

        // Wrong secrets, and the secret under another client id.
        problem(client_sign_in(&app, "civil-registry", "isk_not-the-secret").await, StatusCode::UNAUTHORIZED).await;
        let (_, other_secret) = create_service_account(&app, "border-police", &["events:read"]).await;
        problem(client_sign_in(&app, "civil-registry", &other_secret).await, StatusCode::UNAUTHORIZED).await;
        problem(client_sign_in(&app, "border-police", &secret).await, StatusCode::UNAUTHORIZED).await;
        // A service account has no password.
        problem(password_sign_in(&app, "civil-registry", &secret).await, StatusCode::UNAUTHORIZED).await;
        problem(password_sign_in(&app, "civil-registry", "!").await, StatusCode::UNAUTHORIZED).await;
        // Duplicate client ids (also a person's user name).
        let response = app.post("/api/v1/service-accounts", &json!({"client_id": "civil-registry", "organisation_id": MINISTRY_ID, "scopes": []})).await;
        problem(response, StatusCode::CONFLICT).await;
        let response = app.post("/api/v1/service-accounts", &json!({"client_id": "admin", "organisation_id": MINISTRY_ID, "scopes": []})).await;
        problem(response, StatusCode::CONFLICT).await;
        // Bad scopes.
        let response = app.post("/api/v1/service-accounts", &json!({"client_id": "x-system", "organisation_id": MINISTRY_ID, "scopes": ["persons:delete", "persons:read", "persons:read"]})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body).len(), 2, "{body}");
        // Not through the user endpoints.
        problem(app.post(&format!("/api/v1/users/{id}/deactivate"), &json!({})).await, StatusCode::NOT_FOUND).await;
        problem(app.get(&format!("/api/v1/users/{id}")).await, StatusCode::NOT_FOUND).await;
    }

    async fn scopes_decide_what_a_service_account_may_do(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let person_path = format!("/api/v1/persons/{}", id_of(&person));
        let (_, secret) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let reader = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;

        assert_eq!(app.get_as(&reader, "/api/v1/persons").await.status(), StatusCode::OK);
        assert_eq!(app.get_as(&reader, &person_path).await.status(), StatusCode::OK);
        let before = app.count("persons").await;
        problem(app.post_as(&reader, "/api/v1/persons", &person_body("Tamar", "Beridze")).await, StatusCode::FORBIDDEN).await;
        assert_eq!(app.count("persons").await, before);
        problem(app.patch_as(&reader, &person_path, &json!({"given_name": "X"}), Some("\"1\"")).await, StatusCode::FORBIDDEN).await;
        // Nothing administrative, whatever its scopes.
        for path in ["/api/v1/users", "/api/v1/organisations", "/api/v1/service-accounts", "/api/v1/audit-log"] {
            problem(app.get_as(&reader, path).await, StatusCode::FORBIDDEN).await;
        }
        problem(app.get_as(&reader, &format!("{person_path}/export")).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&reader, &format!("{person_path}/access-log")).await, StatusCode::FORBIDDEN).await;
        // Its reads are audited under its id.
        let account_id = me_id(&app, &reader).await;
        let log = expect(app.get(&format!("/api/v1/audit-log?actor_id={account_id}&action=person.read")).await, StatusCode::OK).await;
        assert!(log["items"].as_array().unwrap().len() >= 2, "{log}");

        // No scopes: no persons.
        let (_, secret) = create_service_account(&app, "events-only", &[]).await;
        let nothing = access_token(client_sign_in(&app, "events-only", &secret).await).await;
        problem(app.get_as(&nothing, "/api/v1/persons").await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&nothing, &person_path).await, StatusCode::FORBIDDEN).await;
        // events:read is no persons:read.
        let (_, secret) = create_service_account(&app, "events-reader", &["events:read"]).await;
        let events = access_token(client_sign_in(&app, "events-reader", &secret).await).await;
        problem(app.get_as(&events, "/api/v1/persons").await, StatusCode::FORBIDDEN).await;
        // persons:write without persons:read writes but does not read.
        let (_, secret) = create_service_account(&app, "writer", &["persons:write"]).await;
        let writer = access_token(client_sign_in(&app, "writer", &secret).await).await;
        assert_eq!(app.post_as(&writer, "/api/v1/persons", &person_body("Levan", "Beridze")).await.status(), StatusCode::CREATED);
        problem(app.get_as(&writer, "/api/v1/persons").await, StatusCode::FORBIDDEN).await;
    }

    async fn client_secrets_rotate_without_downtime(app) {
        let (account, first) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let path = format!("/api/v1/service-accounts/{}", id_of(&account));
        let secrets = expect(app.get(&format!("{path}/secrets")).await, StatusCode::OK).await;
        let first_id = id_of(&secrets["items"][0]);
        assert_eq!(secrets["items"].as_array().unwrap().len(), 1);

        let response = app.post(&format!("{path}/secrets"), &json!({})).await;
        assert_eq!(response.headers()["cache-control"], "no-store");
        let added = expect(response, StatusCode::CREATED).await;
        let second = added["secret"].as_str().unwrap().to_owned();
        let second_id = id_of(&added);
        assert_ne!(first, second);

        // Both sign in.
        let old_token = access_token(client_sign_in(&app, "civil-registry", &first).await).await;
        access_token(client_sign_in(&app, "civil-registry", &second).await).await;

        // The first is revoked: it no longer signs in; the second still does.
        let response = app.send(&app.admin_token, Method::DELETE, &format!("{path}/secrets/{first_id}"), None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        problem(client_sign_in(&app, "civil-registry", &first).await, StatusCode::UNAUTHORIZED).await;
        let token = access_token(client_sign_in(&app, "civil-registry", &second).await).await;
        assert_eq!(app.get_as(&token, "/api/v1/persons").await.status(), StatusCode::OK);
        // A token it got before the revocation stops working at once (issue 11, item 7).
        assert_401(&app, &old_token, "a token from before the revocation").await;

        let secrets = expect(app.get(&format!("{path}/secrets")).await, StatusCode::OK).await;
        let items = secrets["items"].as_array().unwrap();
        assert_eq!(ids(items), vec![first_id.clone(), second_id.clone()]);
        assert!(items[0]["revoked_at"].is_string(), "{secrets}");
        assert_eq!(items[1]["revoked_at"], Value::Null);
        assert!(items.iter().all(|s| s.get("secret").is_none() && s.get("secret_hash").is_none()), "{secrets}");

        // Revoking again changes nothing; unknown secrets and accounts are 404.
        let response = app.send(&app.admin_token, Method::DELETE, &format!("{path}/secrets/{first_id}"), None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        let again = expect(app.get(&format!("{path}/secrets")).await, StatusCode::OK).await;
        assert_eq!(again, secrets);
        let response = app.send(&app.admin_token, Method::DELETE, &format!("{path}/secrets/{}", Uuid::now_v7()), None).await;
        problem(response, StatusCode::NOT_FOUND).await;
        // Another account's secret is not this one's to revoke.
        let (other, other_secret) = create_service_account(&app, "border-police", &[]).await;
        let other_secrets = expect(app.get(&format!("/api/v1/service-accounts/{}/secrets", id_of(&other))).await, StatusCode::OK).await;
        let other_secret_id = id_of(&other_secrets["items"][0]);
        let response = app.send(&app.admin_token, Method::DELETE, &format!("{path}/secrets/{other_secret_id}"), None).await;
        problem(response, StatusCode::NOT_FOUND).await;
        access_token(client_sign_in(&app, "border-police", &other_secret).await).await;
        problem(app.post(&format!("/api/v1/service-accounts/{}/secrets", Uuid::now_v7()), &json!({})).await, StatusCode::NOT_FOUND).await;
        problem(app.get(&format!("/api/v1/service-accounts/{}/secrets", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
    }

    async fn changed_scopes_go_into_new_tokens(app) {
        let (account, secret) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let path = format!("/api/v1/service-accounts/{}", id_of(&account));
        let old_token = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;

        problem(app.patch(&path, &json!({"scopes": ["persons:read", "persons:write"]}), Some("\"9\"")).await, StatusCode::PRECONDITION_FAILED).await;
        problem(app.patch(&path, &json!({"scopes": ["everything"]}), Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        problem(app.patch(&path, &json!({"client_id": "renamed"}), Some("\"1\"")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let response = app.patch(&path, &json!({"scopes": ["persons:write", "persons:read"]}), Some("\"1\"")).await;
        assert_eq!(etag(&response), "\"2\"");
        let changed = expect(response, StatusCode::OK).await;
        assert_eq!(changed["scopes"], json!(["persons:read", "persons:write"]));

        // The old token names scopes the account no longer has: it stops working.
        assert_401(&app, &old_token, "token with the old scopes").await;
        let token = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        assert_eq!(payload_of(&token)["scope"], "persons:read persons:write");
        assert_eq!(app.post_as(&token, "/api/v1/persons", &person_body("Nino", "Beridze")).await.status(), StatusCode::CREATED);

        // Scopes taken away: new tokens lose them.
        expect(app.patch(&path, &json!({"scopes": []}), Some("\"2\"")).await, StatusCode::OK).await;
        let token = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        problem(app.get_as(&token, "/api/v1/persons").await, StatusCode::FORBIDDEN).await;
    }

    async fn a_deactivated_service_account_is_stopped(app) {
        let (account, secret) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let path = format!("/api/v1/service-accounts/{}", id_of(&account));
        let token = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        assert_eq!(app.get_as(&token, "/api/v1/persons").await.status(), StatusCode::OK);

        let response = app.post(&format!("{path}/deactivate"), &json!({})).await;
        assert_eq!(expect(response, StatusCode::OK).await["active"], false);
        assert_401(&app, &token, "deactivated service account").await;
        problem(client_sign_in(&app, "civil-registry", &secret).await, StatusCode::UNAUTHORIZED).await;
        // A new secret does not bring it back.
        let added = expect(app.post(&format!("{path}/secrets"), &json!({})).await, StatusCode::CREATED).await;
        problem(client_sign_in(&app, "civil-registry", added["secret"].as_str().unwrap()).await, StatusCode::UNAUTHORIZED).await;
        problem(app.post(&format!("/api/v1/service-accounts/{}/deactivate", Uuid::now_v7()), &json!({})).await, StatusCode::NOT_FOUND).await;
        // A person cannot be deactivated as a service account.
        let admin = me_id(&app, &app.admin_token).await;
        problem(app.post(&format!("/api/v1/service-accounts/{admin}/deactivate"), &json!({})).await, StatusCode::NOT_FOUND).await;
    }

    async fn only_an_admin_manages_service_accounts(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let (account, _) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        let path = format!("/api/v1/service-accounts/{}", id_of(&account));
        let body = json!({"client_id": "mine", "organisation_id": MINISTRY_ID, "scopes": ["persons:write"]});
        problem(app.post_as(&worker, "/api/v1/service-accounts", &body).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&worker, "/api/v1/service-accounts").await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&worker, &path).await, StatusCode::FORBIDDEN).await;
        problem(app.post_as(&worker, &format!("{path}/secrets"), &json!({})).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&worker, &format!("{path}/secrets")).await, StatusCode::FORBIDDEN).await;
        problem(app.post_as(&worker, &format!("{path}/deactivate"), &json!({})).await, StatusCode::FORBIDDEN).await;
        problem(app.patch_as(&worker, &path, &json!({"scopes": ["persons:write"]}), Some("\"1\"")).await, StatusCode::FORBIDDEN).await;
        assert_eq!(app.count("client_secrets").await, 1);
    }
}

// ----------------------------------------------------------------------------
// Token attacks

fn claims_for(sub: &str, role: &str) -> Claims {
    let now = chrono::Utc::now().timestamp();
    Claims {
        sub: sub.to_owned(),
        role: role.to_owned(),
        org: Some(MINISTRY_ID.to_string()),
        scope: String::new(),
        iat: now,
        nbf: now,
        exp: now + 600,
        jti: Uuid::now_v7().to_string(),
        iss: ISSUER.to_owned(),
        aud: AUDIENCE.to_owned(),
        checked_at_us: 0,
    }
}

both_backends! {
    async fn bad_tokens_are_401_and_leak_nothing(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let worker_id = me_id(&app, &worker).await;
        let good = claims_for(&worker_id, "case_worker");
        // The control: forged with the server's secret and good claims, it works.
        assert_eq!(app.get_as(&app.forge(&good), "/api/v1/persons").await.status(), StatusCode::OK);

        let parts: Vec<String> = worker.split('.').map(str::to_owned).collect();
        let payload = b64url_encode(serde_json::to_string(&good).unwrap().as_bytes());
        // alg: none.
        let none = b64url_encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert_401(&app, &format!("{none}.{payload}."), "alg none").await;
        // HS256 with another secret.
        let other = Tokens::hs256(b"another secret, long enough to pass the check", 900).sign(&good).unwrap();
        assert_401(&app, &other, "another secret").await;
        // The payload changed to an admin's, the signature kept.
        let mut raised = payload_of(&worker);
        raised["role"] = json!("admin");
        let raised = format!("{}.{}.{}", parts[0], b64url_encode(raised.to_string().as_bytes()), parts[2]);
        assert_401(&app, &raised, "role raised to admin").await;
        // Expired, not yet valid, another issuer or audience.
        let now = chrono::Utc::now().timestamp();
        let mut claims = good.clone();
        (claims.iat, claims.nbf, claims.exp) = (now - 3600, now - 3600, now - 60);
        assert_401(&app, &app.forge(&claims), "expired").await;
        let mut claims = good.clone();
        (claims.nbf, claims.exp) = (now + 3600, now + 7200);
        assert_401(&app, &app.forge(&claims), "nbf in the future").await;
        let mut claims = good.clone();
        claims.iss = "integra-staging".to_owned();
        assert_401(&app, &app.forge(&claims), "wrong iss").await;
        let mut claims = good.clone();
        claims.aud = "integra-reports".to_owned();
        assert_401(&app, &app.forge(&claims), "wrong aud").await;
        // A user id nobody has.
        assert_401(&app, &app.forge(&claims_for(&Uuid::now_v7().to_string(), "admin")), "unknown user").await;
        // A real user's id with a role they do not have.
        let mut claims = good.clone();
        claims.role = "admin".to_owned();
        let raised = app.forge(&claims);
        let response = app.get_as(&raised, "/api/v1/users").await;
        assert!(
            matches!(response.status().as_u16(), 401 | 403),
            "a validly signed token with a role the user lacks: {}",
            response.status()
        );
        // A service account's token claiming another scope than it has is still bounded by the signature;
        // a person's token with scopes gains nothing from them.
        let mut claims = claims_for(&worker_id, "monitor");
        claims.scope = "persons:read persons:write".to_owned();
        let response = app.get_as(&app.forge(&claims), "/api/v1/persons").await;
        assert!(matches!(response.status().as_u16(), 401 | 403), "{}", response.status());

        // A deactivated user's real token.
        let victim = create_user(&app, "levan", "case_worker", &MINISTRY_ID.to_string()).await;
        let token = access_token(password_sign_in(&app, "levan", PASSWORD).await).await;
        expect(app.post(&format!("/api/v1/users/{}/deactivate", id_of(&victim)), &json!({})).await, StatusCode::OK).await;
        assert_401(&app, &token, "deactivated user").await;
    }
}

/// An Ed25519 key in a temporary folder: (the folder, the private key file, the public key PEM).
fn ed25519_key_file() -> (std::path::PathBuf, std::path::PathBuf, String) {
    let seed: [u8; 32] = {
        let mut seed = [0_u8; 32];
        seed[..16].copy_from_slice(Uuid::now_v7().as_bytes());
        seed[16..].copy_from_slice(Uuid::now_v7().as_bytes());
        seed
    };
    let key = SigningKey::from_bytes(&seed);
    let folder = std::env::temp_dir().join(format!("integra-ed-{}", Uuid::now_v7().simple()));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("jwt-ed25519.pem");
    std::fs::write(&file, key.to_pkcs8_pem(LineEnding::LF).unwrap().as_bytes()).unwrap();
    let public = key
        .verifying_key()
        .to_public_key_pem(LineEnding::LF)
        .unwrap();
    (folder, file, public)
}

/// A JWT with any header, HMAC-SHA256-signed with `secret`.
fn hs256_with_header(header: &Value, claims: &Claims, secret: &[u8]) -> String {
    let header: jsonwebtoken::Header = serde_json::from_value(header.clone()).unwrap();
    jsonwebtoken::encode(
        &header,
        claims,
        &jsonwebtoken::EncodingKey::from_secret(secret),
    )
    .unwrap()
}

async fn eddsa_server_refuses_key_confusion(backend: Backend) {
    let (folder, file, public_pem) = ed25519_key_file();
    let key_file = file.clone();
    let Some(app) = TestApp::spawn_configured(backend, move |config| {
        config.jwt_key_file = Some(key_file);
    })
    .await
    else {
        let _ = std::fs::remove_dir_all(&folder);
        return;
    };
    // Its own tokens: EdDSA with a key id, accepted.
    let header: Value =
        serde_json::from_slice(&b64url_decode(app.admin_token.split('.').next().unwrap())).unwrap();
    assert_eq!(header["alg"], "EdDSA");
    let kid = header["kid"].as_str().unwrap().to_owned();
    let admin = me(&app, &app.admin_token).await;
    assert_eq!(admin["username"], "admin");
    let worker = app.user_token("nino.cw", Role::CaseWorker).await;
    assert_eq!(
        app.get_as(&worker, "/api/v1/persons").await.status(),
        StatusCode::OK
    );

    let claims = claims_for(&id_of(&admin), "admin");
    // HS256 signed with the public key (PEM, or its raw bytes) as the HMAC secret.
    let public_der = {
        let body: String = public_pem
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect();
        body
    };
    for (what, secret) in [
        ("public PEM", public_pem.as_bytes().to_vec()),
        ("public PEM, trimmed", public_pem.trim().as_bytes().to_vec()),
        ("public key base64", public_der.as_bytes().to_vec()),
    ] {
        for header in [
            json!({"alg": "HS256", "typ": "JWT", "kid": kid}),
            json!({"alg": "HS256", "typ": "JWT"}),
        ] {
            let forged = hs256_with_header(&header, &claims, &secret);
            assert_401(
                &app,
                &forged,
                &format!("HS256 with the {what}, header {header}"),
            )
            .await;
        }
    }
    // The HS256 secret the test harness would use is no key here either.
    assert_401(
        &app,
        &app.forge(&claims),
        "HS256 with the configured secret",
    )
    .await;
    // Another Ed25519 key, claiming this key's id.
    let (other_folder, other_file, _) = ed25519_key_file();
    let other = Tokens::eddsa(&std::fs::read_to_string(&other_file).unwrap(), &[], 900).unwrap();
    let stranger = other.sign(&claims).unwrap();
    assert_401(&app, &stranger, "another Ed25519 key").await;
    let parts: Vec<&str> = stranger.split('.').collect();
    let header = b64url_encode(
        json!({"alg": "EdDSA", "typ": "JWT", "kid": kid})
            .to_string()
            .as_bytes(),
    );
    assert_401(
        &app,
        &format!("{header}.{}.{}", parts[1], parts[2]),
        "another key with this kid",
    )
    .await;
    // alg: none with the key id.
    let none = b64url_encode(json!({"alg": "none", "kid": kid}).to_string().as_bytes());
    assert_401(&app, &format!("{none}.{}.", parts[1]), "alg none with kid").await;
    // Its own token still works after all that.
    assert_eq!(me(&app, &app.admin_token).await["id"], admin["id"]);
    app.stop().await;
    let _ = std::fs::remove_dir_all(&folder);
    let _ = std::fs::remove_dir_all(&other_folder);
}

mod eddsa_server_refuses_key_confusion {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        eddsa_server_refuses_key_confusion(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        eddsa_server_refuses_key_confusion(Backend::Postgres).await;
    }
}

// ----------------------------------------------------------------------------
// Throttling

async fn assert_429(response: Response, what: &str) -> u64 {
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS, "{what}");
    let retry_after: u64 = response
        .headers()
        .get("retry-after")
        .unwrap_or_else(|| panic!("{what}: no Retry-After"))
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after > 0, "{what}: Retry-After {retry_after}");
    let body = problem(response, StatusCode::TOO_MANY_REQUESTS).await;
    assert!(!body.to_string().contains(TEST_USER_PASSWORD), "{body}");
    retry_after
}

both_backends! {
    async fn repeated_failures_block_an_account(app) {
        app.user_token("tamar", Role::CaseWorker).await;
        for i in 0..5 {
            let response = password_sign_in(&app, "tamar", &format!("wrong password {i}")).await;
            problem(response, StatusCode::UNAUTHORIZED).await;
        }
        // The sixth attempt is refused even with the right password.
        let retry_after = assert_429(password_sign_in(&app, "tamar", TEST_USER_PASSWORD).await, "6th").await;
        assert!(retry_after <= 900, "{retry_after}");
        assert_429(password_sign_in(&app, "tamar", "wrong again").await, "7th").await;
        // Another account from the same address still signs in.
        access_token(password_sign_in(&app, "admin", ADMIN_PASSWORD).await).await;

        // A success before the limit starts the count again.
        app.user_token("levan", Role::CaseWorker).await;
        for round in 0..3 {
            for i in 0..4 {
                let response = password_sign_in(&app, "levan", &format!("wrong {round} {i}")).await;
                problem(response, StatusCode::UNAUTHORIZED).await;
            }
            access_token(password_sign_in(&app, "levan", TEST_USER_PASSWORD).await).await;
        }
        // So far 5 + 12 failures from this address: the address limit (20) is near.
        // Unknown accounts count against the address too; none reaches its own limit.
        for name in ["ghost.one", "ghost.two", "ghost.three"] {
            problem(password_sign_in(&app, name, "whatever it is").await, StatusCode::UNAUTHORIZED).await;
        }
        // 20 failures: the address is blocked, for every account.
        assert_429(password_sign_in(&app, "admin", ADMIN_PASSWORD).await, "address").await;
        assert_429(password_sign_in(&app, "levan", TEST_USER_PASSWORD).await, "address").await;
        // Tokens already issued keep working.
        assert_eq!(app.get("/api/v1/auth/me").await.status(), StatusCode::OK);
    }

    async fn repeated_failures_block_a_service_account(app) {
        let (_, secret) = create_service_account(&app, "civil-registry", &["persons:read"]).await;
        // A success before the limit starts the count again, as for people.
        for i in 0..4 {
            problem(client_sign_in(&app, "civil-registry", &format!("isk_early{i}")).await, StatusCode::UNAUTHORIZED).await;
        }
        access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        problem(client_sign_in(&app, "civil-registry", "isk_after").await, StatusCode::UNAUTHORIZED).await;
        access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        for i in 0..5 {
            problem(client_sign_in(&app, "civil-registry", &format!("isk_wrong{i}")).await, StatusCode::UNAUTHORIZED).await;
        }
        assert_429(client_sign_in(&app, "civil-registry", &secret).await, "client").await;
        access_token(password_sign_in(&app, "admin", ADMIN_PASSWORD).await).await;
    }
}

async fn a_block_ends_after_its_time(backend: Backend) {
    let Some(app) = TestApp::spawn_configured(backend, |config| {
        config.sign_in_limit.failures = 2;
        config.sign_in_limit.seconds = 2;
    })
    .await
    else {
        return;
    };
    app.user_token("tamar", Role::CaseWorker).await;
    for _ in 0..2 {
        problem(
            password_sign_in(&app, "tamar", "wrong password").await,
            StatusCode::UNAUTHORIZED,
        )
        .await;
    }
    let retry_after = assert_429(
        password_sign_in(&app, "tamar", TEST_USER_PASSWORD).await,
        "blocked",
    )
    .await;
    assert!(retry_after <= 2, "{retry_after}");
    tokio::time::sleep(Duration::from_millis(3100)).await;
    access_token(password_sign_in(&app, "tamar", TEST_USER_PASSWORD).await).await;
    app.stop().await;
}

mod a_block_ends_after_its_time {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        a_block_ends_after_its_time(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        a_block_ends_after_its_time(Backend::Postgres).await;
    }
}

/// `integra serve` as a child process on a port picked beforehand; killed when dropped.
pub(crate) struct Node {
    child: Child,
    pub(crate) address: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const NODE_SECRET: &str = "a signing secret shared by both nodes, long enough";

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

pub(crate) async fn start_node(client: &reqwest::Client, database_url: &str) -> Node {
    let port = free_port();
    let child = crate::cli::integra()
        .args([
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--workers",
            "1",
        ])
        .env("INTEGRA_DATABASE_URL", database_url)
        .env("INTEGRA_JWT_SECRET", NODE_SECRET)
        .env("INTEGRA_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut node = Node {
        child,
        address: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(response) = client
            .get(format!("{}/health/ready", node.address))
            .send()
            .await
        {
            if response.status() == StatusCode::OK {
                return node;
            }
        }
        if let Ok(Some(status)) = node.child.try_wait() {
            panic!("integra serve on port {port} exited: {status}");
        }
        assert!(
            Instant::now() < deadline,
            "integra serve on port {port} did not get ready"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn node_sign_in(
    client: &reqwest::Client,
    node: &Node,
    username: &str,
    password: &str,
) -> Response {
    client
        .post(format!("{}/api/v1/auth/token", node.address))
        .json(&json!({"grant_type": "password", "username": username, "password": password}))
        .send()
        .await
        .unwrap()
}

/// Two API nodes on one PostgreSQL database count failures together. With `CI=true`
/// an unreachable PostgreSQL fails this test (as [`TestDatabase::create`] does).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_on_one_postgres_share_the_throttle() {
    let Some(database) = TestDatabase::create(Backend::Postgres) else {
        return;
    };
    let DatabaseUrl::Postgres(url) = &database.url else {
        panic!("not a PostgreSQL database");
    };
    // The binary is built once, outside the runtime's worker.
    tokio::task::spawn_blocking(integra_tests::integra_binary)
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let first = start_node(&client, url).await;
    let second = start_node(&client, url).await;

    let admin = {
        let response = node_sign_in(&client, &first, "admin", ADMIN_PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    };
    let response = client
        .post(format!("{}/api/v1/users", first.address))
        .bearer_auth(&admin)
        .json(&json!({"username": "tamar", "password": PASSWORD, "role": "case_worker", "organisation_id": MINISTRY_ID}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    // A token of one node works on the other.
    let token = {
        let response = node_sign_in(&client, &second, "tamar", PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    };
    let response = client
        .get(format!("{}/api/v1/auth/me", first.address))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    // Five failures, alternating between the nodes.
    for i in 0..5 {
        let node = if i % 2 == 0 { &first } else { &second };
        let response = node_sign_in(&client, node, "tamar", "wrong password").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "failure {i}");
    }
    for node in [&first, &second] {
        let response = node_sign_in(&client, node, "tamar", PASSWORD).await;
        assert_eq!(
            response.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            node.address
        );
        let retry_after: u64 = response.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(retry_after > 0);
    }
    // Another account still signs in on both.
    for node in [&first, &second] {
        let response = node_sign_in(&client, node, "admin", ADMIN_PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "{}", node.address);
    }

    // A deactivation on one node reaches the other within its cache's time.
    let response = client
        .get(format!("{}/api/v1/persons", second.address))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let tamar_id = {
        let me: Value = client
            .get(format!("{}/api/v1/auth/me", second.address))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        id_of(&me)
    };
    let response = client
        .post(format!(
            "{}/api/v1/users/{tamar_id}/deactivate",
            first.address
        ))
        .bearer_auth(&admin)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let response = client
        .get(format!("{}/api/v1/persons", first.address))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let response = client
        .get(format!("{}/api/v1/persons", second.address))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    drop(first);
    drop(second);
    drop(database);
}

// ----------------------------------------------------------------------------
// The audit log and a person's access log

both_backends! {
    async fn reads_of_a_person_are_in_the_audit_log(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let worker_id = me_id(&app, &worker).await;
        let admin_id = me_id(&app, &app.admin_token).await;
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = id_of(&person);
        let path = format!("/api/v1/persons/{id}");
        let other = app.create_person(&person_body("Tamar", "Beridze")).await;

        for n in 0..3 {
            let response = app
                .client
                .get(app.url(&path))
                .bearer_auth(&worker)
                .header("x-request-id", format!("audit-read-{n}"))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            assert_eq!(response.headers()["x-request-id"], format!("audit-read-{n}").as_str());
        }
        let response = app
            .request(Method::GET, &format!("/api/v1/persons/{}", id_of(&other)))
            .header("x-request-id", "audit-read-other")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let response = app.patch(&path, &json!({"phone": "+995 555 00 00 00"}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);

        let log = expect(app.get(&format!("/api/v1/audit-log?record_id={id}&action=person.read&actor_id={worker_id}")).await, StatusCode::OK).await;
        let items = log["items"].as_array().unwrap();
        assert_eq!(items.len(), 3, "{log}");
        for (n, entry) in items.iter().enumerate() {
            assert_eq!(entry["action"], "person.read");
            assert_eq!(entry["record_type"], "person");
            assert_eq!(entry["record_id"], id.as_str());
            assert_eq!(entry["actor_id"], worker_id.as_str());
            assert_eq!(entry["request_id"], format!("audit-read-{n}").as_str());
            assert!(entry["occurred_at"].as_str().unwrap().ends_with('Z'), "{entry}");
        }
        assert_eq!(log["next_cursor"], Value::Null);
        // Nothing personal in the log.
        let text = app.get("/api/v1/audit-log?limit=500").await.text().await.unwrap();
        for personal in ["Nino", "Beridze", person["personal_number"].as_str().unwrap(), "+995"] {
            assert!(!text.contains(personal), "{personal} in the audit log");
        }

        // Other filters.
        let writes = expect(app.get(&format!("/api/v1/audit-log?record_id={id}&action=person.updated")).await, StatusCode::OK).await;
        assert_eq!(writes["items"].as_array().unwrap().len(), 1);
        assert_eq!(writes["items"][0]["actor_id"], admin_id.as_str());
        let by_worker = expect(app.get(&format!("/api/v1/audit-log?actor_id={worker_id}")).await, StatusCode::OK).await;
        assert!(by_worker["items"].as_array().unwrap().iter().all(|e| e["actor_id"] == worker_id.as_str()));
        assert!(by_worker["items"].as_array().unwrap().len() >= 3);
        let persons = expect(app.get("/api/v1/audit-log?record_type=person&action=person.created").await, StatusCode::OK).await;
        assert_eq!(persons["items"].as_array().unwrap().len(), 2);
        let future = expect(app.get("/api/v1/audit-log?from=2999-01-01T00:00:00Z").await, StatusCode::OK).await;
        assert_eq!(future["items"], json!([]));
        let past = expect(app.get("/api/v1/audit-log?to=2000-01-01T00:00:00Z").await, StatusCode::OK).await;
        assert_eq!(past["items"], json!([]));
        problem(app.get("/api/v1/audit-log?actor_id=nobody").await, StatusCode::BAD_REQUEST).await;
        let response = app.get("/api/v1/audit-log?colour=red").await;
        assert!(matches!(response.status().as_u16(), 400 | 422), "{}", response.status());

        // Page by page: the same entries, in the same order.
        let all = expect(app.get(&format!("/api/v1/audit-log?record_id={id}&limit=500")).await, StatusCode::OK).await;
        let all = ids(all["items"].as_array().unwrap());
        assert_eq!(all.len(), 7, "created and its answer, 3 reads, updated and its answer");
        assert_eq!(ids(&all_pages(&app, &format!("/api/v1/audit-log?record_id={id}&limit=2")).await), all);
        let everything = all_pages(&app, "/api/v1/audit-log?limit=3").await;
        let unique: std::collections::HashSet<String> = ids(&everything).into_iter().collect();
        assert_eq!(unique.len(), everything.len());
    }

    async fn the_audit_log_is_for_admins_and_read_only(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let monitor = app.user_token("donor.monitor", Role::Monitor).await;
        let (_, secret) = create_service_account(&app, "civil-registry", &["persons:read", "persons:write", "events:read", "imports:write"]).await;
        let service = access_token(client_sign_in(&app, "civil-registry", &secret).await).await;
        for token in [&worker, &monitor, &service] {
            problem(app.get_as(token, "/api/v1/audit-log").await, StatusCode::FORBIDDEN).await;
        }
        problem(app.get_as("", "/api/v1/audit-log").await, StatusCode::UNAUTHORIZED).await;
        let before = app.count("audit_log").await;
        for method in [Method::POST, Method::PUT, Method::PATCH, Method::DELETE] {
            let response = app
                .request(method.clone(), "/api/v1/audit-log")
                .json(&json!({"action": "person.read"}))
                .send()
                .await
                .unwrap();
            problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
        }
        let entry = expect(app.get("/api/v1/audit-log?limit=1").await, StatusCode::OK).await;
        let entry_path = format!("/api/v1/audit-log/{}", id_of(&entry["items"][0]));
        for method in [Method::PUT, Method::PATCH, Method::DELETE] {
            let response = app.request(method.clone(), &entry_path).send().await.unwrap();
            assert!(matches!(response.status().as_u16(), 404 | 405), "{method}: {}", response.status());
        }
        // Nothing was written but the record of the one read of the log.
        assert_eq!(app.count("audit_log").await, before + 1);
    }

    async fn a_persons_access_log_shows_who_read_and_changed_it(app) {
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        let worker_id = me_id(&app, &worker).await;
        let admin_id = me_id(&app, &app.admin_token).await;
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = id_of(&person);
        let other = app.create_person(&person_body("Tamar", "Beridze")).await;
        app.get(&format!("/api/v1/persons/{}", id_of(&other))).await;
        assert_eq!(app.get_as(&worker, &format!("/api/v1/persons/{id}")).await.status(), StatusCode::OK);
        let response = app.patch_as(&worker, &format!("/api/v1/persons/{id}"), &json!({"phone": "+995 555 00 00 00"}), Some("\"1\"")).await;
        assert_eq!(response.status(), StatusCode::OK);
        // Reads of the person's other records are in the person's log too; those of
        // another person's are not.
        let stay_body = json!({"country": "TR", "start_date": "2025-01-01", "legal_status": "regular"});
        let stay = expect(app.post(&format!("/api/v1/persons/{id}/stays-abroad"), &stay_body).await, StatusCode::CREATED).await;
        let stay_id = id_of(&stay);
        let response = app.get_as(&worker, &format!("/api/v1/persons/{id}/stays-abroad/{stay_id}")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let theirs = expect(app.post(&format!("/api/v1/persons/{}/stays-abroad", id_of(&other)), &stay_body).await, StatusCode::CREATED).await;
        app.get(&format!("/api/v1/persons/{}/stays-abroad/{}", id_of(&other), id_of(&theirs))).await;

        let log = expect(app.get(&format!("/api/v1/persons/{id}/access-log")).await, StatusCode::OK).await;
        let items = log["items"].as_array().unwrap();
        let seen: Vec<(String, String)> = items
            .iter()
            .map(|e| (e["action"].as_str().unwrap().to_owned(), e["actor_id"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("person.created".to_owned(), admin_id.clone()),
                ("person.read".to_owned(), admin_id.clone()),
                ("person.read".to_owned(), worker_id.clone()),
                ("person.updated".to_owned(), worker_id.clone()),
                ("person.read".to_owned(), worker_id.clone()),
                ("stay_abroad.created".to_owned(), admin_id.clone()),
                ("stay_abroad.read".to_owned(), admin_id.clone()),
                ("stay_abroad.read".to_owned(), worker_id.clone()),
            ]
        );
        assert!(items.iter().all(|e| e["request_id"].is_string()));
        assert!(items[..5].iter().all(|e| e["record_type"] == "person" && e["record_id"] == id.as_str()));
        assert!(items[5..].iter().all(|e| e["record_type"] == "stay_abroad" && e["record_id"] == stay_id.as_str()));
        let all = ids(items);
        assert_eq!(ids(&all_pages(&app, &format!("/api/v1/persons/{id}/access-log?limit=1")).await), all);

        problem(app.get(&format!("/api/v1/persons/{}/access-log", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
        problem(app.get("/api/v1/persons/not-an-id/access-log").await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&worker, &format!("/api/v1/persons/{id}/access-log")).await, StatusCode::FORBIDDEN).await;
    }
}

// ----------------------------------------------------------------------------
// Export and erasure

both_backends! {
    async fn a_person_is_exported_and_erased(app) {
        let mut body = person_body("Nino", "Beridze");
        body["external_ids"] = json!([{"system": "readmission-db", "value": "RA-2015-0042"}]);
        let person = app.create_person(&body).await;
        let id = id_of(&person);
        let path = format!("/api/v1/persons/{id}");
        let stay = app
            .post(&format!("{path}/stays-abroad"), &json!({"country": "DE", "start_date": "2019-03-01",
                "end_date": "2024-05-20", "legal_status": "irregular", "return_type": "readmission"}))
            .await;
        assert_eq!(stay.status(), StatusCode::CREATED);
        let household = app.post("/api/v1/households", &json!({"name": "Beridze household", "region": "GE-IM"})).await;
        assert_eq!(household.status(), StatusCode::CREATED);
        let household_path = household.headers()["location"].to_str().unwrap().to_owned();
        let response = app
            .request(Method::POST, &format!("{household_path}/members"))
            .json(&json!({"person_id": id}))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{}", response.status());
        let worker = app.user_token("nino.cw", Role::CaseWorker).await;
        assert_eq!(app.get_as(&worker, &path).await.status(), StatusCode::OK);

        // Export.
        let response = app.request(Method::GET, &format!("{path}/export")).header("x-request-id", "export-1").send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "no-store");
        let export = expect(response, StatusCode::OK).await;
        assert_eq!(export["person"]["id"], id.as_str());
        assert_eq!(export["person"]["given_name"], "Nino");
        assert_eq!(export["person"]["external_ids"][0]["value"], "RA-2015-0042");
        assert_eq!(export["stays_abroad"].as_array().unwrap().len(), 1);
        assert_eq!(export["stays_abroad"][0]["country"], "DE");
        assert_eq!(export["household"]["name"], "Beridze household");
        assert_eq!(export["erasure"], Value::Null);
        let actions: Vec<&str> = export["access_log"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        assert!(actions.contains(&"person.created") && actions.contains(&"person.read"), "{actions:?}");
        // The export itself is audited.
        let log = expect(app.get(&format!("/api/v1/audit-log?record_id={id}&action=person.exported")).await, StatusCode::OK).await;
        assert_eq!(log["items"].as_array().unwrap().len(), 1);
        assert_eq!(log["items"][0]["request_id"], "export-1");
        problem(app.get(&format!("/api/v1/persons/{}/export", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&worker, &format!("{path}/export")).await, StatusCode::FORBIDDEN).await;

        // Erasure needs an admin and a reason.
        problem(app.post_as(&worker, &format!("{path}/erase"), &json!({"reason": "asked"})).await, StatusCode::FORBIDDEN).await;
        let body = problem(app.post(&format!("{path}/erase"), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("reason".to_owned(), "required".to_owned())]);
        let body = problem(app.post(&format!("{path}/erase"), &json!({"reason": "   "})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body)[0].0, "reason");
        problem(app.post(&format!("/api/v1/persons/{}/erase", Uuid::now_v7()), &json!({"reason": "asked"})).await, StatusCode::NOT_FOUND).await;
        assert_eq!(expect(app.get(&path).await, StatusCode::OK).await["given_name"], "Nino");

        let before = expect(app.get(&path).await, StatusCode::OK).await["version"].as_i64().unwrap();
        let response = app.post(&format!("{path}/erase"), &json!({"reason": "Request of the data subject, letter 2026/145"})).await;
        let version = before + 1;
        assert_eq!(etag(&response), format!("\"{version}\""));
        let erased = expect(response, StatusCode::OK).await;
        assert_eq!(erased["id"], id.as_str());
        assert_eq!(erased["given_name"], "[erased]");
        assert_eq!(erased["family_name"], "[erased]");
        assert_eq!(erased["personal_number"], Value::Null);
        assert_eq!(erased["phone"], Value::Null);
        assert_eq!(erased["external_ids"], json!([]));
        assert_eq!(erased["date_of_birth"], "1988-01-01");
        for kept in ["sex", "citizenship", "residence_status", "region", "created_at"] {
            assert_eq!(erased[kept], person[kept], "{kept}");
        }
        assert_eq!(erased["household_id"], export["person"]["household_id"]);
        assert_eq!(erased["version"], version);
        assert_eq!(expect(app.get(&path).await, StatusCode::OK).await, erased);
        // Nothing of the person is found any more.
        let number = person["personal_number"].as_str().unwrap();
        let page = expect(app.get(&format!("/api/v1/persons?personal_number={number}")).await, StatusCode::OK).await;
        assert_eq!(page["items"], json!([]), "{page}");
        problem(app.get("/api/v1/persons/by-external-id/readmission-db/RA-2015-0042").await, StatusCode::NOT_FOUND).await;

        // Erased once only; never changed again.
        problem(app.post(&format!("{path}/erase"), &json!({"reason": "again"})).await, StatusCode::CONFLICT).await;
        problem(app.patch(&path, &json!({"given_name": "Nino"}), Some(&format!("\"{version}\""))).await, StatusCode::CONFLICT).await;
        let response = app
            .post(&format!("{path}/stays-abroad"), &json!({"country": "TR", "start_date": "2025-01-01", "legal_status": "regular"}))
            .await;
        assert_eq!(response.status(), StatusCode::CONFLICT, "a stay added to an erased person");
        assert_eq!(expect(app.get(&path).await, StatusCode::OK).await["version"], version);

        // The stays abroad still count, and stay as they are.
        let stays = expect(app.get(&format!("{path}/stays-abroad")).await, StatusCode::OK).await;
        assert_eq!(stays["items"].as_array().unwrap().len(), 1, "{stays}");
        let stay_path = format!("{path}/stays-abroad/{}", id_of(&stays["items"][0]));
        problem(app.patch(&stay_path, &json!({"legal_status": "regular"}), Some("\"1\"")).await, StatusCode::CONFLICT).await;
        let response = app.request(Method::DELETE, &stay_path).header("if-match", "\"1\"").send().await.unwrap();
        problem(response, StatusCode::CONFLICT).await;
        assert_eq!(app.count("stays_abroad").await, 1);
        assert_eq!(app.count("persons").await, 1);

        // The export says who erased, when and why; the access log records the erasure.
        let export = expect(app.get(&format!("{path}/export")).await, StatusCode::OK).await;
        assert_eq!(export["erasure"]["reason"], "Request of the data subject, letter 2026/145");
        assert_eq!(export["erasure"]["erased_by"], me_id(&app, &app.admin_token).await.as_str());
        assert_eq!(export["person"]["given_name"], "[erased]");
        assert_eq!(export["stays_abroad"].as_array().unwrap().len(), 1);
        let text = export.to_string();
        assert!(!text.contains("Nino") && !text.contains(number) && !text.contains("RA-2015-0042") && !text.contains("+995"), "{text}");
        let log = expect(app.get(&format!("/api/v1/audit-log?record_id={id}&action=person.erased")).await, StatusCode::OK).await;
        assert_eq!(log["items"].as_array().unwrap().len(), 1);
    }
}

// ----------------------------------------------------------------------------
// Partners and monitors

both_backends! {
    async fn partners_and_monitors_see_no_person(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let path = format!("/api/v1/persons/{}", id_of(&person));
        let partner = app.user_token("caritas.partner", Role::Partner).await;
        let monitor = app.user_token("donor.monitor", Role::Monitor).await;
        let counsellor = app.user_token("job.counsellor", Role::EmploymentCounsellor).await;
        let before = app.count("audit_log").await;
        for (who, token) in [("partner", &partner), ("monitor", &monitor)] {
            for target in ["/api/v1/persons".to_owned(), path.clone(), format!("{path}/stays-abroad"),
                format!("{path}/export"), format!("{path}/access-log"), "/api/v1/audit-log".to_owned()] {
                let response = app.get_as(token, &target).await;
                assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who} GET {target}");
                let body = problem(response, StatusCode::FORBIDDEN).await;
                assert!(!body.to_string().contains("Beridze"), "{body}");
            }
            let response = app.post_as(token, "/api/v1/persons", &person_body("Tamar", "Beridze")).await;
            problem(response, StatusCode::FORBIDDEN).await;
        }
        // Refused reads leave no read in the audit log.
        assert_eq!(app.count("audit_log").await, before);
        // The employment counsellor reads persons, but does not change them.
        assert_eq!(app.get_as(&counsellor, &path).await.status(), StatusCode::OK);
        problem(app.patch_as(&counsellor, &path, &json!({"phone": null}), Some("\"1\"")).await, StatusCode::FORBIDDEN).await;
    }
}
