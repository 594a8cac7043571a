//! Referrals: a partner's inbox, isolation between organisations, the workflow.

use integra_tests::expect;
use integra_tests::{both_backends, field_errors, json, problem, Role, StatusCode};

use serde_json::Value;

use crate::authorization::service_token;
use crate::reintegration_fixtures::{self as fx, case_worker, ministry, organisation};

/// The person's name and phone in a partner's view of a referral.
fn contact(view: &Value) -> [Option<&str>; 3] {
    ["given_name", "family_name", "phone"].map(|field| view[field].as_str())
}

const NINO: [Option<&str>; 3] = [Some("Nino"), Some("Beridze"), Some("+995 555 12 34 56")];
const NOBODY: [Option<&str>; 3] = [None, None, None];

both_backends! {
    async fn partners_see_only_their_own(app) {
        let programme = fx::programme(&app, 500_000, 500_000, &[]).await;
        let person = fx::person(&app).await;
        let case = fx::case(&app, person, programme, "assisting", ministry()).await;
        let (org_a, org_b) = (organisation(&app, "Partner A").await, organisation(&app, "Partner B").await);
        let alice = case_worker(&app, "alice").await;
        let partner_a = app.user_token_in("partner-a", Role::Partner, org_a).await;
        let partner_b = app.user_token_in("partner-b", Role::Partner, org_b).await;

        let to_a = expect(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": person, "case_id": case,
            "organisation_id": org_a, "service": "psychosocial", "note": "Mornings only"})).await, StatusCode::CREATED).await;
        assert_eq!(to_a["status"], "sent");
        let to_b = expect(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": person,
            "organisation_id": org_b, "service": "legal_aid"})).await, StatusCode::CREATED).await;
        let (a_id, b_id) = (to_a["id"].as_str().unwrap().to_owned(), to_b["id"].as_str().unwrap().to_owned());

        // The inbox of A: only A's, in the limited view.
        let inbox = expect(app.get_as(&partner_a, "/api/v1/referrals").await, StatusCode::OK).await;
        let items = inbox["items"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["id"], a_id.as_str());
        assert_eq!(items[0]["given_name"], "Nino");
        assert_eq!(items[0]["phone"], "+995 555 12 34 56");
        assert_eq!(items[0]["service"], "psychosocial");
        assert!(items[0].get("person_id").is_none() && items[0].get("case_id").is_none(), "{inbox}");
        problem(app.get_as(&partner_a, &format!("/api/v1/referrals/{b_id}")).await, StatusCode::NOT_FOUND).await;
        problem(app.post_as(&partner_a, &format!("/api/v1/referrals/{b_id}/accept"), &json!({})).await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&partner_a, "/api/v1/persons").await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&partner_a, &format!("/api/v1/persons/{person}")).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&partner_a, &format!("/api/v1/cases/{case}/referrals")).await, StatusCode::FORBIDDEN).await;
        problem(app.post_as(&partner_a, "/api/v1/referrals", &json!({"person_id": person,
            "organisation_id": org_a, "service": "other"})).await, StatusCode::FORBIDDEN).await;

        // A accepts and completes; the case sees the outcome.
        let accepted = expect(app.post_as(&partner_a, &format!("/api/v1/referrals/{a_id}/accept"), &json!({})).await, StatusCode::OK).await;
        assert_eq!(accepted["status"], "accepted");
        assert!(accepted.get("person_id").is_none());
        let missing = problem(app.post_as(&partner_a, &format!("/api/v1/referrals/{a_id}/complete"), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&missing), [("outcome".to_owned(), "required".to_owned())]);
        expect(app.post_as(&partner_a, &format!("/api/v1/referrals/{a_id}/complete"), &json!({"outcome": "Eight sessions attended"})).await, StatusCode::OK).await;
        problem(app.post_as(&partner_a, &format!("/api/v1/referrals/{a_id}/accept"), &json!({})).await, StatusCode::CONFLICT).await;
        let of_case = expect(app.get_as(&alice, &format!("/api/v1/cases/{case}/referrals")).await, StatusCode::OK).await;
        assert_eq!(of_case["items"].as_array().unwrap().len(), 1);
        assert_eq!(of_case["items"][0]["outcome"], "Eight sessions attended");
        assert_eq!(of_case["items"][0]["status"], "completed");

        // B declines with a reason; the partner cannot cancel, the case worker can.
        problem(app.post_as(&partner_b, &format!("/api/v1/referrals/{b_id}/decline"), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        problem(app.post_as(&partner_b, &format!("/api/v1/referrals/{b_id}/cancel"), &json!({"reason": "x"})).await, StatusCode::FORBIDDEN).await;
        problem(app.post_as(&alice, &format!("/api/v1/referrals/{b_id}/accept"), &json!({})).await, StatusCode::FORBIDDEN).await;
        expect(app.post_as(&alice, &format!("/api/v1/referrals/{b_id}/cancel"), &json!({"reason": "Found a lawyer"})).await, StatusCode::OK).await;
        let full = expect(app.get_as(&alice, &format!("/api/v1/referrals/{b_id}")).await, StatusCode::OK).await;
        assert_eq!((full["status"].as_str(), full["status_reason"].as_str()), (Some("cancelled"), Some("Found a lawyer")));
        assert_eq!(full["person_id"], person.to_string());

        // Case workers of another organisation do not see the ministry's referrals.
        let other = organisation(&app, "Other agency").await;
        let stranger = app.user_token_in("stranger", Role::CaseWorker, other).await;
        problem(app.get_as(&stranger, &format!("/api/v1/referrals/{a_id}")).await, StatusCode::NOT_FOUND).await;
        let none = expect(app.get_as(&stranger, "/api/v1/referrals").await, StatusCode::OK).await;
        assert_eq!(none["items"].as_array().unwrap().len(), 0);

        // Unknown person or organisation: 422, nothing stored.
        let before = app.count("referrals").await;
        let bad = problem(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": uuid::Uuid::now_v7(),
            "organisation_id": uuid::Uuid::now_v7(), "service": "housing"})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad).len(), 2);
        assert_eq!(app.count("referrals").await, before);
    }

    async fn referrals_stay_with_the_organisation_they_were_sent_from(app) {
        // Issue 11, item 6: moving the sender moves none of their referrals.
        let person = fx::person(&app).await;
        let partner = organisation(&app, "Partner").await;
        let elsewhere = organisation(&app, "Other agency").await;
        let alice = case_worker(&app, "alice").await;
        let bob = case_worker(&app, "bob").await;
        let carol = app.user_token_in("carol", Role::CaseWorker, elsewhere).await;
        let sent = expect(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": person,
            "organisation_id": partner, "service": "legal_aid"})).await, StatusCode::CREATED).await;
        let referral = format!("/api/v1/referrals/{}", sent["id"].as_str().unwrap());
        let alice_id = sent["referred_by"].as_str().unwrap().to_owned();

        let moved = app.patch(&format!("/api/v1/users/{alice_id}"), &json!({"organisation_id": elsewhere}), None).await;
        assert_eq!(moved.status(), StatusCode::OK);

        // The ministry keeps it; the other agency does not get it.
        expect(app.get_as(&bob, &referral).await, StatusCode::OK).await;
        let listed = expect(app.get_as(&bob, "/api/v1/referrals").await, StatusCode::OK).await;
        assert_eq!(listed["items"].as_array().unwrap().len(), 1);
        problem(app.get_as(&carol, &referral).await, StatusCode::NOT_FOUND).await;
        let none = expect(app.get_as(&carol, "/api/v1/referrals").await, StatusCode::OK).await;
        assert_eq!(none["items"].as_array().unwrap().len(), 0);
        let alice = app.sign_in("alice", "user password for tests").await;
        problem(app.get_as(&alice, &referral).await, StatusCode::NOT_FOUND).await;
        problem(app.post_as(&alice, &format!("{referral}/cancel"), &json!({"reason": "Moved"})).await, StatusCode::NOT_FOUND).await;

        // What she sends now is sent from her new organisation.
        let new = expect(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": person,
            "organisation_id": partner, "service": "housing"})).await, StatusCode::CREATED).await;
        let new = format!("/api/v1/referrals/{}", new["id"].as_str().unwrap());
        expect(app.get_as(&carol, &new).await, StatusCode::OK).await;
        problem(app.get_as(&bob, &new).await, StatusCode::NOT_FOUND).await;
        expect(app.post_as(&bob, &format!("{referral}/cancel"), &json!({"reason": "Found a lawyer"})).await, StatusCode::OK).await;
    }

    async fn partners_see_the_person_only_while_they_have_to_act(app) {
        // Issue 11, item 10: a declined, completed or cancelled referral shows
        // the partner no contact data; an open one does, and the read is audited.
        let person = fx::person(&app).await;
        let partner_org = organisation(&app, "Partner").await;
        let alice = case_worker(&app, "alice").await;
        let partner = app.user_token_in("partner", Role::Partner, partner_org).await;
        let mut paths = Vec::new();
        for service in ["psychosocial", "legal_aid", "housing", "education", "employment"] {
            let sent = expect(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": person,
                "organisation_id": partner_org, "service": service})).await, StatusCode::CREATED).await;
            paths.push(format!("/api/v1/referrals/{}", sent["id"].as_str().unwrap()));
        }
        let [completed, declined, cancelled, sent, accepted] = <[String; 5]>::try_from(paths).unwrap();
        let act = |path: &String, action: &str, body: Value| {
            let (app, partner, url) = (&app, partner.clone(), format!("{path}/{action}"));
            async move { expect(app.post_as(&partner, &url, &body).await, StatusCode::OK).await }
        };

        // Open: the partner reaches the person, and the read is in the person's access log.
        let open = expect(app.get_as(&partner, &sent).await, StatusCode::OK).await;
        assert_eq!(contact(&open), NINO, "{open}");
        let taken = act(&completed, "accept", json!({})).await;
        assert_eq!(contact(&taken), NINO, "an accepted referral still has to be completed");
        act(&accepted, "accept", json!({})).await;

        // Closed: no contact data in the answer to the action or in any later read.
        let done = act(&completed, "complete", json!({"outcome": "Eight sessions attended"})).await;
        assert_eq!(contact(&done), NOBODY, "{done}");
        assert_eq!(done["outcome"], "Eight sessions attended");
        let refused = act(&declined, "decline", json!({"reason": "No places left"})).await;
        assert_eq!(contact(&refused), NOBODY, "{refused}");
        expect(app.post_as(&alice, &format!("{cancelled}/cancel"), &json!({"reason": "Found help elsewhere"})).await, StatusCode::OK).await;
        for path in [&completed, &declined, &cancelled] {
            let read = expect(app.get_as(&partner, path).await, StatusCode::OK).await;
            assert_eq!(contact(&read), NOBODY, "{read}");
        }
        let inbox = expect(app.get_as(&partner, "/api/v1/referrals").await, StatusCode::OK).await;
        let items = inbox["items"].as_array().unwrap();
        assert_eq!(items.len(), 5);
        for item in items {
            let open = matches!(item["status"].as_str(), Some("sent" | "accepted"));
            assert_eq!(contact(item), if open { NINO } else { NOBODY }, "{item}");
        }
        // The referring agency keeps the full record.
        let full = expect(app.get_as(&alice, &completed).await, StatusCode::OK).await;
        assert_eq!(full["person_id"], person.to_string());

        let log = expect(app.get(&format!("/api/v1/persons/{person}/access-log?limit=500")).await, StatusCode::OK).await;
        let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        assert!(actions.contains(&"referral.read") && actions.contains(&"person.read"), "{actions:?}");
        assert!(actions.contains(&"referral.accepted"), "{actions:?}");
    }

    async fn a_cases_referrals_are_read_with_the_case(app) {
        // GET /cases/{id}/referrals: a read of the case, for those who read cases.
        let programme = fx::programme(&app, 500_000, 500_000, &[]).await;
        let person = fx::person(&app).await;
        let case = fx::case(&app, person, programme, "assisting", ministry()).await;
        let partner_org = organisation(&app, "Partner").await;
        let elsewhere = organisation(&app, "Other agency").await;
        let alice = case_worker(&app, "alice").await;
        expect(app.post_as(&alice, "/api/v1/referrals", &json!({"person_id": person, "case_id": case,
            "organisation_id": partner_org, "service": "psychosocial"})).await, StatusCode::CREATED).await;
        let path = format!("/api/v1/cases/{case}/referrals");

        for token in [app.admin_token.clone(), alice] {
            let page = expect(app.get_as(&token, &path).await, StatusCode::OK).await;
            assert_eq!(page["items"][0]["person_id"], person.to_string());
        }
        let stranger = app.user_token_in("stranger", Role::CaseWorker, elsewhere).await;
        problem(app.get_as(&stranger, &path).await, StatusCode::NOT_FOUND).await;
        let forbidden = [
            app.user_token_in("addressee", Role::Partner, partner_org).await,
            app.user_token("counsellor", Role::EmploymentCounsellor).await,
            app.user_token("monitor", Role::Monitor).await,
            service_token(&app, "reader", &["persons:read"]).await,
            service_token(&app, "writer", &["persons:write"]).await,
            service_token(&app, "events", &["events:read"]).await,
            service_token(&app, "imports", &["imports:write"]).await,
        ];
        for token in forbidden {
            problem(app.get_as(&token, &path).await, StatusCode::FORBIDDEN).await;
        }
    }
}
