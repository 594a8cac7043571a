//! Sign-in, the caller, and every kind of bad bearer token.

// Test code: failing loudly (unwrap, expect, panic) is the point here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use integra_api::auth::tokens::{Claims, AUDIENCE, ISSUER};
use integra_api::auth::Tokens;
use integra_tests::{
    b64url_decode, b64url_encode, both_backends, field_errors, json, person_body, problem, Role,
    StatusCode, TestApp, ADMIN_PASSWORD,
};
use reqwest::Method;
use serde_json::Value;

/// The claims inside a token, unverified.
fn payload_of(token: &str) -> Value {
    serde_json::from_slice(&b64url_decode(token.split('.').nth(1).unwrap())).unwrap()
}

/// The admin's id, from `/auth/me`.
async fn admin_id(app: &TestApp) -> String {
    let me: Value = app.get("/api/v1/auth/me").await.json().await.unwrap();
    me["id"].as_str().unwrap().to_owned()
}

/// Claims the server accepts: the admin's, valid now.
fn good_claims(sub: &str) -> Claims {
    let now = chrono::Utc::now().timestamp();
    Claims {
        sub: sub.to_owned(),
        role: "admin".to_owned(),
        org: Some(integra_domain::organisation::MINISTRY_ID.to_string()),
        scope: String::new(),
        iat: now,
        nbf: now,
        exp: now + 600,
        jti: uuid::Uuid::now_v7().to_string(),
        iss: ISSUER.to_owned(),
        aud: AUDIENCE.to_owned(),
        checked_at_us: 0,
    }
}

/// A problem body without the parts that differ per request.
fn without_request_id(mut body: Value) -> Value {
    body.as_object_mut().unwrap().remove("request_id");
    body
}

/// `token` is refused on reads and writes of persons: 401 with `WWW-Authenticate`, the
/// token not echoed, and nothing written (no person, no audit entry, no idempotency key).
async fn assert_refused(app: &TestApp, token: &str, what: &str) {
    let persons = app.count("persons").await;
    let audit = app.count("audit_log").await;
    let keys = app.count("idempotency_keys").await;
    let payload = token.split('.').nth(1).unwrap_or(token).to_owned();

    let requests = [
        app.client
            .get(app.url("/api/v1/persons"))
            .bearer_auth(token),
        app.client
            .get(app.url("/api/v1/auth/me"))
            .bearer_auth(token),
        app.client
            .post(app.url("/api/v1/persons"))
            .bearer_auth(token)
            .json(&person_body("Nino", "Beridze")),
        app.client
            .post(app.url("/api/v1/persons"))
            .bearer_auth(token)
            .header(
                "idempotency-key",
                format!("refused-{}", uuid::Uuid::now_v7()),
            )
            .json(&person_body("Nino", "Beridze")),
    ];
    for request in requests {
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{what}");
        let challenge = response
            .headers()
            .get("www-authenticate")
            .map(|v| v.to_str().unwrap().to_owned());
        assert!(
            challenge
                .as_deref()
                .is_some_and(|c| c.starts_with("Bearer")),
            "{what}: {challenge:?}"
        );
        let body = problem(response, StatusCode::UNAUTHORIZED).await;
        let text = body.to_string();
        assert!(!text.contains(token), "{what}: the token is echoed: {text}");
        assert!(
            payload.len() < 8 || !text.contains(&payload),
            "{what}: the payload is echoed: {text}"
        );
        assert_eq!(body["type"], "/problems/unauthorized", "{what}");
    }
    assert_eq!(app.count("persons").await, persons, "{what}");
    assert_eq!(app.count("audit_log").await, audit, "{what}");
    assert_eq!(app.count("idempotency_keys").await, keys, "{what}");
}

both_backends! {
    async fn signing_in_gives_a_bearer_token(app) {
        let response = app.token_response(&json!({"grant_type": "password", "username": "admin", "password": ADMIN_PASSWORD}))
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["cache-control"], "no-store");
        let body: Value = response.json().await.unwrap();
        let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 3, "{body}");
        assert_eq!(body["token_type"], "Bearer");
        assert_eq!(body["expires_in"], 900);
        let token = body["access_token"].as_str().unwrap();
        assert_eq!(token.split('.').count(), 3);

        let claims = payload_of(token);
        assert_eq!(claims["role"], "admin");
        assert_eq!(claims["sub"], admin_id(&app).await.as_str());
        assert_eq!(claims["iss"], ISSUER);
        assert_eq!(claims["aud"], AUDIENCE);
        assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 900);
        assert!(uuid::Uuid::parse_str(claims["jti"].as_str().unwrap()).is_ok());
        let header: Value = serde_json::from_slice(&b64url_decode(token.split('.').next().unwrap())).unwrap();
        assert_eq!(header["alg"], "HS256");

        // The token works.
        let response = app.client.get(app.url("/api/v1/persons")).bearer_auth(token).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        // Each sign-in gets its own token.
        let other = app.sign_in("admin", ADMIN_PASSWORD).await;
        assert_ne!(payload_of(&other)["jti"], claims["jti"]);
    }

    async fn a_wrong_password_or_unknown_user_is_a_401(app) {
        let wrong = app.token_response(&json!({"grant_type": "password", "username": "admin", "password": "not the password at all"}))
        .await;
        let wrong = problem(wrong, StatusCode::UNAUTHORIZED).await;
        assert!(!wrong.to_string().contains("not the password at all"));

        let unknown = app.token_response(&json!({"grant_type": "password", "username": "nobody", "password": ADMIN_PASSWORD}))
        .await;
        let unknown = problem(unknown, StatusCode::UNAUTHORIZED).await;
        assert!(!unknown.to_string().contains(ADMIN_PASSWORD));
        // The two answers do not tell which of the two was wrong.
        assert_eq!(without_request_id(wrong), without_request_id(unknown));

        // The user name is exact.
        let response = app.token_response(&json!({"grant_type": "password", "username": "ADMIN", "password": ADMIN_PASSWORD}))
        .await;
        problem(response, StatusCode::UNAUTHORIZED).await;
        let response = app.token_response(&json!({"grant_type": "password", "username": "admin", "password": ""}))
        .await;
        assert!(matches!(response.status().as_u16(), 401 | 422), "{}", response.status());
    }

    async fn an_unknown_or_missing_grant_is_a_422(app) {
        // The two grants of API.md are known; any other is refused by name.
        for grant in ["authorization_code", "implicit", "refresh_token", "PASSWORD", ""] {
            let response = app.token_response(&json!({"grant_type": grant, "username": "admin", "password": ADMIN_PASSWORD}))
            .await;
            let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert_eq!(
                field_errors(&body),
                vec![("grant_type".to_owned(), "unsupported_grant_type".to_owned())],
                "grant {grant:?}"
            );
            assert!(!body.to_string().contains(ADMIN_PASSWORD), "{body}");
        }

        // No grant at all.
        let response = app.token_response(&json!({"username": "admin", "password": ADMIN_PASSWORD})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("grant_type".to_owned(), "required".to_owned())]);
        assert!(!body.to_string().contains(ADMIN_PASSWORD), "{body}");

        // A grant that is not a string.
        let response = app.token_response(&json!({"grant_type": 7, "username": "admin", "password": "x"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(field_errors(&body).iter().any(|(field, _)| field == "grant_type"), "{body}");
    }

    async fn the_fields_of_one_grant_do_not_fit_the_other(app) {
        // client_credentials with a password grant's fields: a 422 naming them, never a
        // sign-in, and the password is not echoed.
        let response = app.token_response(&json!({"grant_type": "client_credentials", "username": "admin", "password": ADMIN_PASSWORD}))
        .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(!body.to_string().contains(ADMIN_PASSWORD), "{body}");
        let errors = field_errors(&body);
        assert!(
            errors.iter().any(|(field, code)| (field == "username" || field == "password") && code == "unknown_field"),
            "{body}"
        );

        // And the other way round.
        let response = app.token_response(&json!({"grant_type": "password", "client_id": "registry-sync", "client_secret": "s3cret-s3cret"}))
        .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(!body.to_string().contains("s3cret-s3cret"), "{body}");
        assert!(
            field_errors(&body).iter().any(|(field, code)| field == "client_id" && code == "unknown_field"),
            "{body}"
        );

        // client_credentials without its secret.
        let response = app.token_response(&json!({"grant_type": "client_credentials", "client_id": "registry-sync"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("client_secret".to_owned(), "required".to_owned())]);
    }

    async fn an_unknown_service_account_is_a_401(app) {
        // The shape API.md gives for service accounts, with a client nobody created.
        let response = app.token_response(&json!({"grant_type": "client_credentials", "client_id": "registry-sync", "client_secret": "s3cret-s3cret"}))
        .await;
        let body = problem(response, StatusCode::UNAUTHORIZED).await;
        assert!(!body.to_string().contains("s3cret-s3cret"), "{body}");
        assert!(!body.to_string().contains("registry-sync"), "{body}");
        // A person's user name is no client id.
        let response = app.token_response(&json!({"grant_type": "client_credentials", "client_id": "admin", "client_secret": ADMIN_PASSWORD}))
        .await;
        let body = problem(response, StatusCode::UNAUTHORIZED).await;
        assert!(!body.to_string().contains(ADMIN_PASSWORD), "{body}");
    }

    async fn missing_fields_are_a_422(app) {
        let response = app.token_response(&json!({"grant_type": "password", "username": "admin"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("password".to_owned(), "required".to_owned())]);

        let response = app.token_response(&json!({"grant_type": "password", "password": ADMIN_PASSWORD})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("username".to_owned(), "required".to_owned())]);
        assert!(!body.to_string().contains(ADMIN_PASSWORD));

        let response = app.token_response(&json!({})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(field_errors(&body).iter().all(|(_, code)| code == "required"), "{body}");
        assert!(!field_errors(&body).is_empty());

        // Unknown fields are refused, not ignored.
        let response = app.token_response(&json!({"grant_type": "password", "username": "admin", "password": ADMIN_PASSWORD, "remember": true}))
        .await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("remember".to_owned(), "unknown_field".to_owned())]);

        // Wrong types.
        let response = app.token_response(&json!({"grant_type": "password", "username": 7, "password": "x"})).await;
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), vec![("username".to_owned(), "invalid_type".to_owned())]);
    }

    async fn me_shows_the_caller_without_secrets(app) {
        let response = app.get("/api/v1/auth/me").await;
        assert_eq!(response.status(), StatusCode::OK);
        let text = response.text().await.unwrap();
        let me: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(me["username"], "admin");
        assert_eq!(me["role"], "admin");
        assert_eq!(me["active"], true);
        assert!(uuid::Uuid::parse_str(me["id"].as_str().unwrap()).is_ok());
        fn keys(value: &Value, found: &mut Vec<String>) {
            match value {
                Value::Object(map) => {
                    for (key, inner) in map {
                        found.push(key.to_lowercase());
                        keys(inner, found);
                    }
                }
                Value::Array(items) => items.iter().for_each(|i| keys(i, found)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        keys(&me, &mut found);
        assert!(found.iter().all(|k| !k.contains("password") && !k.contains("hash")), "{found:?}");
        assert!(!text.contains("argon2") && !text.contains(ADMIN_PASSWORD), "{text}");

        // Another user sees themself.
        let token = app.user_token("nino.cw", Role::CaseWorker).await;
        let me: Value = app
            .client
            .get(app.url("/api/v1/auth/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(me["username"], "nino.cw");
        assert_eq!(me["role"], "case_worker");
    }

    async fn no_token_is_a_401_with_a_bearer_challenge(app) {
        for path in ["/api/v1/auth/me", "/api/v1/persons"] {
            let response = app.client.get(app.url(path)).send().await.unwrap();
            let challenge = response.headers()["www-authenticate"].to_str().unwrap().to_owned();
            assert!(challenge.starts_with("Bearer"), "{challenge}");
            let body = problem(response, StatusCode::UNAUTHORIZED).await;
            assert_eq!(body["instance"], path);
        }
        let before = app.count("persons").await;
        let response = app.client.post(app.url("/api/v1/persons")).json(&person_body("Nino", "Beridze")).send().await.unwrap();
        problem(response, StatusCode::UNAUTHORIZED).await;
        assert_eq!(app.count("persons").await, before);
    }

    async fn other_authorization_schemes_are_a_401(app) {
        for value in ["Basic xyz", "Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer ", "Token abc", &app.admin_token] {
            let response = app
                .client
                .get(app.url("/api/v1/persons"))
                .header("authorization", value)
                .send()
                .await
                .unwrap();
            assert!(response.headers()["www-authenticate"].to_str().unwrap().starts_with("Bearer"));
            problem(response, StatusCode::UNAUTHORIZED).await;
        }
        assert_refused(&app, "Basic xyz", "Basic").await;
        assert_refused(&app, "not.a.token", "garbage").await;
    }

    async fn a_forged_token_with_good_claims_is_accepted(app) {
        // The control for the tests below: forging itself works.
        let token = app.forge(&good_claims(&admin_id(&app).await));
        let response = app.client.get(app.url("/api/v1/persons")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let response = app.client.get(app.url("/api/v1/auth/me")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }

    async fn a_tampered_token_is_a_401(app) {
        let token = app.user_token("tamar", Role::CaseWorker).await;
        let parts: Vec<&str> = token.split('.').collect();

        // One character of the payload flipped.
        let mut payload: Vec<u8> = parts[1].bytes().collect();
        let middle = payload.len() / 2;
        payload[middle] = if payload[middle] == b'A' { b'B' } else { b'A' };
        let flipped = format!("{}.{}.{}", parts[0], String::from_utf8(payload).unwrap(), parts[2]);
        assert_refused(&app, &flipped, "flipped payload").await;

        // A case worker who makes themself an admin.
        let mut claims = payload_of(&token);
        claims["role"] = json!("admin");
        let raised = format!("{}.{}.{}", parts[0], b64url_encode(claims.to_string().as_bytes()), parts[2]);
        assert_refused(&app, &raised, "raised role").await;

        // A signature flipped, or cut off.
        let mut signature: Vec<u8> = parts[2].bytes().collect();
        signature[0] = if signature[0] == b'A' { b'B' } else { b'A' };
        let bad_signature = format!("{}.{}.{}", parts[0], parts[1], String::from_utf8(signature).unwrap());
        assert_refused(&app, &bad_signature, "flipped signature").await;
        assert_refused(&app, &format!("{}.{}.", parts[0], parts[1]), "no signature").await;
        assert_refused(&app, &format!("{}.{}", parts[0], parts[1]), "two parts").await;
    }

    async fn a_token_signed_with_another_secret_is_a_401(app) {
        let claims = good_claims(&admin_id(&app).await);
        let other = Tokens::hs256(b"another secret, long enough to be accepted", 900).sign(&claims).unwrap();
        assert_refused(&app, &other, "another secret").await;
        // The empty secret, which a careless verifier might accept.
        let empty = Tokens::hs256(b"", 900).sign(&claims).unwrap();
        assert_refused(&app, &empty, "empty secret").await;
    }

    async fn an_alg_none_or_other_alg_token_is_a_401(app) {
        let token = app.forge(&good_claims(&admin_id(&app).await));
        let parts: Vec<&str> = token.split('.').collect();
        let none = b64url_encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert_eq!(none, "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0");
        assert_refused(&app, &format!("{none}.{}.", parts[1]), "alg none").await;
        assert_refused(&app, &format!("{none}.{}.{}", parts[1], parts[2]), "alg none with signature").await;
        let none_upper = b64url_encode(br#"{"alg":"NONE","typ":"JWT"}"#);
        assert_refused(&app, &format!("{none_upper}.{}.", parts[1]), "alg NONE").await;
        for alg in ["HS384", "HS512", "RS256", "EdDSA"] {
            let header = b64url_encode(format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#).as_bytes());
            assert_refused(&app, &format!("{header}.{}.{}", parts[1], parts[2]), alg).await;
        }
    }

    async fn an_expired_token_is_a_401(app) {
        let now = chrono::Utc::now().timestamp();
        let mut claims = good_claims(&admin_id(&app).await);
        claims.iat = now - 3600;
        claims.nbf = now - 3600;
        claims.exp = now - 60;
        assert_refused(&app, &app.forge(&claims), "expired").await;
    }

    async fn a_not_yet_valid_token_is_a_401(app) {
        let now = chrono::Utc::now().timestamp();
        let mut claims = good_claims(&admin_id(&app).await);
        claims.nbf = now + 3600;
        claims.exp = now + 7200;
        assert_refused(&app, &app.forge(&claims), "not yet valid").await;
    }

    async fn a_token_of_another_issuer_or_audience_is_a_401(app) {
        let good = good_claims(&admin_id(&app).await);
        let mut claims = good.clone();
        claims.iss = "someone-else".to_owned();
        assert_refused(&app, &app.forge(&claims), "issuer").await;
        let mut claims = good.clone();
        claims.iss = String::new();
        assert_refused(&app, &app.forge(&claims), "empty issuer").await;
        let mut claims = good.clone();
        claims.aud = "another-api".to_owned();
        assert_refused(&app, &app.forge(&claims), "audience").await;
    }

    async fn a_token_with_an_unknown_role_or_a_bad_subject_is_a_401(app) {
        let good = good_claims(&admin_id(&app).await);
        for role in ["superuser", "Admin", "", "admin "] {
            let mut claims = good.clone();
            claims.role = role.to_owned();
            assert_refused(&app, &app.forge(&claims), &format!("role {role:?}")).await;
        }
        for sub in ["admin", "", "1", "not-a-uuid-at-all"] {
            let mut claims = good.clone();
            claims.sub = sub.to_owned();
            assert_refused(&app, &app.forge(&claims), &format!("sub {sub:?}")).await;
        }
    }

    async fn a_token_of_a_user_that_does_not_exist_cannot_see_itself(app) {
        let token = app.forge(&good_claims(&uuid::Uuid::now_v7().to_string()));
        let response = app.client.get(app.url("/api/v1/auth/me")).bearer_auth(&token).send().await.unwrap();
        assert!(response.headers()["www-authenticate"].to_str().unwrap().starts_with("Bearer"));
        problem(response, StatusCode::UNAUTHORIZED).await;
    }

    async fn the_sign_in_endpoint_needs_no_token_and_json(app) {
        let response = app
            .client
            .post(app.url("/api/v1/auth/token"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("grant_type=password&username=admin&password={ADMIN_PASSWORD}"))
            .send()
            .await
            .unwrap();
        let body = problem(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        assert!(!body.to_string().contains(ADMIN_PASSWORD));
        let response = app
            .request(Method::GET, "/api/v1/auth/token")
            .send()
            .await
            .unwrap();
        problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
    }
}
