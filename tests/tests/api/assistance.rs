//! Assistance items: four eyes, thresholds, caps, the workflow, the budget.

use integra_tests::expect;
use integra_tests::{both_backends, field_errors, json, problem, Role, StatusCode};
use serde_json::Value;

use crate::reintegration_fixtures::{
    self as fx, case_worker, committed, gel, ministry, organisation,
};

async fn propose(
    app: &integra_tests::TestApp,
    token: &str,
    case: uuid::Uuid,
    body: Value,
) -> reqwest::Response {
    app.post_as(token, &format!("/api/v1/cases/{case}/assistance"), &body)
        .await
}

fn grant(amount: &str) -> Value {
    json!({"type": "micro_business", "amount": gel(amount), "in_kind": true})
}

fn id(body: &Value) -> String {
    body["id"].as_str().unwrap().to_owned()
}

both_backends! {
    async fn four_eyes_and_threshold(app) {
        let programme = fx::programme(&app, 10_000_000, 300_000, &[("micro_business", Some(400_000), None)]).await;
        let person = fx::person(&app).await;
        let case = fx::case(&app, person, programme, "planning", ministry()).await;
        let (alice, bob) = (case_worker(&app, "alice").await, case_worker(&app, "bob").await);

        let item = expect(propose(&app, &alice, case, grant("3500.00")).await, StatusCode::CREATED).await;
        assert_eq!(item["status"], "proposed");
        assert_eq!(item["actions"][0]["action"], "propose");
        let path = format!("/api/v1/assistance/{}", id(&item));

        let own = problem(app.post_as(&alice, &format!("{path}/approve"), &json!({})).await, StatusCode::FORBIDDEN).await;
        assert_eq!(own["code"], "four_eyes");
        let above = problem(app.post_as(&bob, &format!("{path}/approve"), &json!({})).await, StatusCode::FORBIDDEN).await;
        assert_eq!(above["code"], "above_threshold");
        assert_eq!(committed(&app, programme).await, 0);
        let approved = expect(app.post(&format!("{path}/approve"), &json!({})).await, StatusCode::OK).await;
        assert_eq!(approved["status"], "approved");
        assert_eq!(approved["version"], 2);
        assert_eq!(committed(&app, programme).await, 350_000);

        // Below the threshold another case worker approves.
        let small = expect(propose(&app, &alice, case, grant("500")).await, StatusCode::CREATED).await;
        let approved = expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&small)), &json!({})).await, StatusCode::OK).await;
        assert_eq!(approved["actions"].as_array().unwrap().len(), 2);
        assert_eq!(committed(&app, programme).await, 400_000);

        // The history and the list.
        let read = expect(app.get_as(&alice, &path).await, StatusCode::OK).await;
        assert_eq!(read["actions"][1]["action"], "approve");
        let list = expect(app.get_as(&alice, &format!("/api/v1/cases/{case}/assistance")).await, StatusCode::OK).await;
        assert_eq!(list["items"].as_array().unwrap().len(), 2);
    }

    async fn caps_per_person_and_household(app) {
        let programme = fx::programme(&app, 10_000_000, 1_000_000, &[
            ("micro_business", Some(400_000), None),
            ("temporary_accommodation", None, Some(150_000)),
        ]).await;
        let (alice, bob) = (case_worker(&app, "alice").await, case_worker(&app, "bob").await);
        let first = fx::person(&app).await;
        let second = fx::person(&app).await;
        let household = app.post("/api/v1/households", &json!({"name": "Beridze"})).await;
        let household: Value = household.json().await.unwrap();
        let household = household["id"].as_str().unwrap().to_owned();
        for member in [first, second] {
            let added = app.post(&format!("/api/v1/households/{household}/members"), &json!({"person_id": member})).await;
            assert_eq!(added.status(), StatusCode::OK);
        }
        let case1 = fx::case(&app, first, programme, "assisting", ministry()).await;
        let case2 = fx::case(&app, second, programme, "planning", ministry()).await;

        // Per person: 3000 approved leaves 1000.
        let item = expect(propose(&app, &alice, case1, grant("3000")).await, StatusCode::CREATED).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&item)), &json!({})).await, StatusCode::OK).await;
        let over = problem(propose(&app, &alice, case1, grant("1000.01")).await, StatusCode::CONFLICT).await;
        assert_eq!(over["code"], "cap_per_person");
        assert!(over["detail"].as_str().unwrap().contains("1000.00 GEL"), "{over}");
        // Another person of the household has their own per-person room.
        expect(propose(&app, &alice, case2, grant("4000")).await, StatusCode::CREATED).await;

        // Per household: 1000 for the first leaves 500 for the household.
        let stay = json!({"type": "temporary_accommodation", "amount": gel("1000")});
        let item = expect(propose(&app, &alice, case1, stay).await, StatusCode::CREATED).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&item)), &json!({})).await, StatusCode::OK).await;
        let more = json!({"type": "temporary_accommodation", "amount": gel("600")});
        let over = problem(propose(&app, &alice, case2, more).await, StatusCode::CONFLICT).await;
        assert_eq!(over["code"], "cap_per_household");
        assert!(over["detail"].as_str().unwrap().contains("500.00 GEL"), "{over}");

        // Caps are checked again at approval: two proposals that each fit, together do not.
        let a = expect(propose(&app, &alice, case2, json!({"type": "temporary_accommodation", "amount": gel("400")})).await, StatusCode::CREATED).await;
        let b = expect(propose(&app, &alice, case2, json!({"type": "temporary_accommodation", "amount": gel("400")})).await, StatusCode::CREATED).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&a)), &json!({})).await, StatusCode::OK).await;
        let before = committed(&app, programme).await;
        let late = problem(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&b)), &json!({})).await, StatusCode::CONFLICT).await;
        assert_eq!(late["code"], "cap_per_household");
        assert_eq!(committed(&app, programme).await, before, "a refused approval commits nothing");

        // Not in the catalogue.
        let medical = problem(propose(&app, &alice, case1, json!({"type": "medical", "amount": gel("10")})).await, StatusCode::CONFLICT).await;
        assert_eq!(medical["code"], "catalogue");
    }

    async fn the_workflow_and_the_budget(app) {
        let programme = fx::programme(&app, 500_000, 500_000, &[("micro_business", None, None), ("counselling_referral", None, None)]).await;
        let (alice, bob) = (case_worker(&app, "alice").await, case_worker(&app, "bob").await);
        let person = fx::person(&app).await;
        let case = fx::case(&app, person, programme, "assisting", ministry()).await;

        let item = expect(propose(&app, &alice, case, grant("3000")).await, StatusCode::CREATED).await;
        let path = format!("/api/v1/assistance/{}", id(&item));
        let actions_before = app.count("assistance_actions").await;

        // Deliver before approval, reject and cancel without reasons: refused, nothing changes.
        let early = problem(app.post_as(&bob, &format!("{path}/deliver"), &json!({"delivered_on": "2026-02-15"})).await, StatusCode::CONFLICT).await;
        assert_eq!(early["code"], "illegal_action");
        assert!(early["detail"].as_str().unwrap().contains("approve"), "{early}");
        let no_reason = problem(app.post_as(&bob, &format!("{path}/reject"), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&no_reason), [("reason".to_owned(), "required".to_owned())]);
        problem(app.post_as(&bob, &format!("{path}/cancel"), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(app.count("assistance_actions").await, actions_before);
        let unchanged = expect(app.get_as(&bob, &path).await, StatusCode::OK).await;
        assert_eq!((unchanged["status"].as_str(), unchanged["version"].as_i64()), (Some("proposed"), Some(1)));

        // A stale If-Match is 412.
        let stale = app.client.post(app.url(&format!("{path}/approve"))).bearer_auth(&bob)
            .header("if-match", "\"7\"").json(&json!({})).send().await.unwrap();
        problem(stale, StatusCode::PRECONDITION_FAILED).await;

        // Approve, approve again.
        let ok = app.client.post(app.url(&format!("{path}/approve"))).bearer_auth(&bob)
            .header("if-match", "\"1\"").json(&json!({})).send().await.unwrap();
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(ok.headers()["etag"], "\"2\"");
        let twice = problem(app.post_as(&bob, &format!("{path}/approve"), &json!({})).await, StatusCode::CONFLICT).await;
        assert_eq!(twice["code"], "illegal_action");
        assert_eq!(committed(&app, programme).await, 300_000);

        // The budget: 2000 left, a 2500 item cannot be approved.
        let big = expect(propose(&app, &alice, case, grant("2500")).await, StatusCode::CREATED).await;
        let over = problem(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&big)), &json!({})).await, StatusCode::CONFLICT).await;
        assert_eq!(over["code"], "budget_exceeded");
        assert!(over["detail"].as_str().unwrap().contains("leaves 2000.00 GEL"), "{over}");
        let still = expect(app.get_as(&bob, &format!("/api/v1/assistance/{}", id(&big))).await, StatusCode::OK).await;
        assert_eq!(still["status"], "proposed");

        // Cancelling the approved item gives its money back; then the big one fits.
        let cancelled = expect(app.post_as(&bob, &format!("{path}/cancel"), &json!({"reason": "The person moved abroad again"})).await, StatusCode::OK).await;
        assert_eq!(cancelled["status"], "cancelled");
        assert_eq!(cancelled["status_reason"], "The person moved abroad again");
        assert_eq!(committed(&app, programme).await, 0);
        problem(app.post_as(&bob, &format!("{path}/deliver"), &json!({"delivered_on": "2026-02-15"})).await, StatusCode::CONFLICT).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&big)), &json!({})).await, StatusCode::OK).await;
        let delivered = expect(app.post_as(&alice, &format!("/api/v1/assistance/{}/deliver", id(&big)), &json!({"delivered_on": "2026-02-15"})).await, StatusCode::OK).await;
        assert_eq!(delivered["status"], "delivered");
        assert_eq!(delivered["delivered_on"], "2026-02-15");
        // Delivered is final: no cancel; a correction is a new, linked item.
        problem(app.post_as(&bob, &format!("/api/v1/assistance/{}/cancel", id(&big)), &json!({"reason": "x"})).await, StatusCode::CONFLICT).await;
        let correction = json!({"type": "micro_business", "amount": gel("-500"), "corrects_id": id(&big)});
        let fix = expect(propose(&app, &alice, case, correction).await, StatusCode::CREATED).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&fix)), &json!({})).await, StatusCode::OK).await;
        assert_eq!(committed(&app, programme).await, 200_000);
        assert_eq!(app.count("assistance_actions").await, actions_before + 7);
    }

    async fn proposals_need_the_right_case(app) {
        let programme = fx::programme(&app, 500_000, 500_000, &[("micro_business", None, None), ("counselling_referral", None, None)]).await;
        let alice = case_worker(&app, "alice").await;
        let person = fx::person(&app).await;
        let screening = fx::case(&app, person, programme, "screening", ministry()).await;
        let refused = problem(propose(&app, &alice, screening, grant("10")).await, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "case_status");
        let other = organisation(&app, "Other agency").await;
        let someone = fx::person(&app).await;
        let elsewhere = fx::case(&app, someone, programme, "not_eligible", other).await;
        problem(propose(&app, &alice, elsewhere, grant("10")).await, StatusCode::NOT_FOUND).await;
        problem(app.get_as(&alice, &format!("/api/v1/cases/{elsewhere}/assistance")).await, StatusCode::NOT_FOUND).await;
        // counselling_referral on a not_eligible case (the admin sees every case).
        let counselling = json!({"type": "counselling_referral"});
        expect(app.post(&format!("/api/v1/cases/{elsewhere}/assistance"), &counselling).await, StatusCode::CREATED).await;
        // Co-beneficiaries and providers must exist.
        let third = fx::person(&app).await;
        let open = fx::case(&app, third, programme, "planning", ministry()).await;
        let body = json!({"type": "micro_business", "amount": gel("10"),
            "co_beneficiary_ids": [uuid::Uuid::now_v7()], "provider_organisation_id": uuid::Uuid::now_v7()});
        let invalid = problem(propose(&app, &alice, open, body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&invalid), [
            ("co_beneficiary_ids[0]".to_owned(), "not_found".to_owned()),
            ("provider_organisation_id".to_owned(), "not_found".to_owned()),
        ]);
        let monitor = app.user_token("monitor", Role::Monitor).await;
        problem(propose(&app, &monitor, open, grant("10")).await, StatusCode::FORBIDDEN).await;
        assert_eq!(app.count("assistance_items").await, 1);
    }

    async fn corrections_never_take_more_than_was_given(app) {
        // Issue 11, item 4: two corrections of -1000 against one delivered item
        // of 1000 each fit when proposed; only one may be approved.
        let programme = fx::programme(&app, 10_000_000, 10_000_000, &[("micro_business", Some(100_000), None)]).await;
        let (alice, bob) = (case_worker(&app, "alice").await, case_worker(&app, "bob").await);
        let approve = |item: String| {
            let (app, bob) = (&app, bob.clone());
            async move { app.post_as(&bob, &format!("/api/v1/assistance/{item}/approve"), &json!({})).await }
        };
        // Another person's grant keeps the programme's committed total well above zero.
        let other = fx::person(&app).await;
        let other_case = fx::case(&app, other, programme, "assisting", ministry()).await;
        let anchor = expect(propose(&app, &alice, other_case, grant("1000")).await, StatusCode::CREATED).await;
        expect(approve(id(&anchor)).await, StatusCode::OK).await;

        let person = fx::person(&app).await;
        let case = fx::case(&app, person, programme, "assisting", ministry()).await;
        let given = expect(propose(&app, &alice, case, grant("1000")).await, StatusCode::CREATED).await;
        expect(approve(id(&given)).await, StatusCode::OK).await;
        expect(app.post_as(&alice, &format!("/api/v1/assistance/{}/deliver", id(&given)), &json!({"delivered_on": "2026-02-15"})).await, StatusCode::OK).await;
        assert_eq!(committed(&app, programme).await, 200_000);

        let minus = json!({"type": "micro_business", "amount": gel("-1000"), "corrects_id": id(&given)});
        let first = expect(propose(&app, &alice, case, minus.clone()).await, StatusCode::CREATED).await;
        let second = expect(propose(&app, &alice, case, minus.clone()).await, StatusCode::CREATED).await;
        expect(approve(id(&first)).await, StatusCode::OK).await;
        assert_eq!(committed(&app, programme).await, 100_000);
        let refused = problem(approve(id(&second)).await, StatusCode::CONFLICT).await;
        assert_eq!(refused["code"], "correction_below_zero", "{refused}");
        assert_eq!(committed(&app, programme).await, 100_000, "a refused approval moves no money");
        let still = expect(app.get_as(&bob, &format!("/api/v1/assistance/{}", id(&second))).await, StatusCode::OK).await;
        assert_eq!((still["status"].as_str(), still["version"].as_i64()), (Some("proposed"), Some(1)));
        // A third is refused at once; the person's cap counts the correction once.
        let third = problem(propose(&app, &alice, case, minus).await, StatusCode::CONFLICT).await;
        assert_eq!(third["code"], "correction_below_zero");
        let over = problem(propose(&app, &alice, case, grant("1000.01")).await, StatusCode::CONFLICT).await;
        assert_eq!(over["code"], "cap_per_person");
        // The corrected item itself is not edited.
        let original = expect(app.get_as(&bob, &format!("/api/v1/assistance/{}", id(&given))).await, StatusCode::OK).await;
        assert_eq!((original["status"].as_str(), original["version"].as_i64()), (Some("delivered"), Some(3)));

        // Cancelling an approved correction is held to the same rule: +500 then
        // -500 leave nothing; cancelling the +500 would leave -500.
        let plus = json!({"type": "micro_business", "amount": gel("500"), "corrects_id": id(&given)});
        let up = expect(propose(&app, &alice, case, plus).await, StatusCode::CREATED).await;
        expect(approve(id(&up)).await, StatusCode::OK).await;
        let back = json!({"type": "micro_business", "amount": gel("-500"), "corrects_id": id(&given)});
        let down = expect(propose(&app, &alice, case, back).await, StatusCode::CREATED).await;
        expect(approve(id(&down)).await, StatusCode::OK).await;
        assert_eq!(committed(&app, programme).await, 100_000);
        let cancel = problem(app.post_as(&bob, &format!("/api/v1/assistance/{}/cancel", id(&up)), &json!({"reason": "Entered twice"})).await, StatusCode::CONFLICT).await;
        assert_eq!(cancel["code"], "correction_below_zero", "{cancel}");
        assert_eq!(committed(&app, programme).await, 100_000);
        // Cancelling the -500 first is fine, and then the +500 too.
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/cancel", id(&down)), &json!({"reason": "Entered twice"})).await, StatusCode::OK).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/cancel", id(&up)), &json!({"reason": "Entered twice"})).await, StatusCode::OK).await;
        assert_eq!(committed(&app, programme).await, 100_000);
    }

    async fn leaving_a_household_and_coming_back_escapes_no_cap(app) {
        // Issue 11, item 5: the household's cap counts its members at approval.
        let programme = fx::programme(&app, 10_000_000, 10_000_000, &[("temporary_accommodation", None, Some(150_000))]).await;
        let (alice, bob) = (case_worker(&app, "alice").await, case_worker(&app, "bob").await);
        let stay = |amount: &str| json!({"type": "temporary_accommodation", "amount": gel(amount)});
        let household = expect(app.post("/api/v1/households", &json!({"name": "Beridze"})).await, StatusCode::CREATED).await;
        let members = format!("/api/v1/households/{}/members", id(&household));
        let (first, second) = (fx::person(&app).await, fx::person(&app).await);
        for member in [first, second] {
            expect(app.post(&members, &json!({"person_id": member})).await, StatusCode::OK).await;
        }
        let case1 = fx::case(&app, first, programme, "assisting", ministry()).await;
        let case2 = fx::case(&app, second, programme, "assisting", ministry()).await;

        // The first leaves, is given the household's whole cap alone, and comes back.
        expect(app.delete(&format!("{members}/{first}"), None).await, StatusCode::OK).await;
        let alone = expect(propose(&app, &alice, case1, stay("1500")).await, StatusCode::CREATED).await;
        let waiting = expect(propose(&app, &alice, case2, stay("1500")).await, StatusCode::CREATED).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&alone)), &json!({})).await, StatusCode::OK).await;
        expect(app.post(&members, &json!({"person_id": first})).await, StatusCode::OK).await;

        // The household's cap now holds the member's grant: nothing more for the household.
        let before = committed(&app, programme).await;
        let late = problem(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&waiting)), &json!({})).await, StatusCode::CONFLICT).await;
        assert_eq!(late["code"], "cap_per_household", "{late}");
        assert_eq!(committed(&app, programme).await, before);
        let more = problem(propose(&app, &alice, case2, stay("1")).await, StatusCode::CONFLICT).await;
        assert_eq!(more["code"], "cap_per_household");

        // What the household was given while a member was in it stays counted
        // after the member leaves.
        let other = expect(app.post("/api/v1/households", &json!({"name": "Kapanadze"})).await, StatusCode::CREATED).await;
        let other_members = format!("/api/v1/households/{}/members", id(&other));
        let (third, fourth) = (fx::person(&app).await, fx::person(&app).await);
        for member in [third, fourth] {
            expect(app.post(&other_members, &json!({"person_id": member})).await, StatusCode::OK).await;
        }
        let case3 = fx::case(&app, third, programme, "assisting", ministry()).await;
        let case4 = fx::case(&app, fourth, programme, "assisting", ministry()).await;
        let given = expect(propose(&app, &alice, case3, stay("1500")).await, StatusCode::CREATED).await;
        expect(app.post_as(&bob, &format!("/api/v1/assistance/{}/approve", id(&given)), &json!({})).await, StatusCode::OK).await;
        expect(app.delete(&format!("{other_members}/{third}"), None).await, StatusCode::OK).await;
        let after = problem(propose(&app, &alice, case4, stay("1")).await, StatusCode::CONFLICT).await;
        assert_eq!(after["code"], "cap_per_household");
    }
}
