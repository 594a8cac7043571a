//! One returnee's whole journey through the API, as the ministry would walk it:
//! an administrator sets up a programme and a partner; a case worker registers
//! the returnee, opens a case, screens it, plans, proposes a grant that a second
//! case worker approves, delivers it, refers to the partner, follows up and
//! closes the case. Every step is a real request; the figures are checked at the end.

use integra_domain::access::Role;
use integra_tests::{both_backends, json, person_body, StatusCode};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

/// The default rule set seeded on first start (DOMAIN.md's five rules).
const DEFAULT_RULE_SET: &str = "00000000-0000-7000-8000-000000000101";

fn today() -> chrono::NaiveDate {
    integra_domain::time::tbilisi_date(chrono::Utc::now())
}

fn months_ago(months: u32) -> String {
    today()
        .checked_sub_months(chrono::Months::new(months))
        .unwrap()
        .to_string()
}

fn id(value: &Value) -> &str {
    value["id"].as_str().unwrap()
}

both_backends! {
    async fn a_returnee_from_registration_to_a_closed_case(app) {
        let admin = app.admin_token.clone();
        let year = today().format("%Y").to_string();

        // The administrator: a programme with a budget and a catalogue, and a partner NGO.
        let programme = app.call(&admin, Method::POST, "/api/v1/programmes", Some(json!({
            "code": format!("REINT-{year}-TEST"),
            "name": {"ka": "რეინტეგრაციის პროგრამა", "en": "Reintegration programme"},
            "stream": "reintegration",
            "starts_on": format!("{year}-01-01"), "ends_on": format!("{year}-12-31"),
            "budget": {"amount": "10000.00", "currency": "GEL"},
            "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
            "rule_set_id": DEFAULT_RULE_SET,
            "status": "open",
            "catalogue": [
                {"type": "micro_business", "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null},
                {"type": "counselling_referral", "cap_per_person": null, "cap_per_household": null}
            ]
        })), StatusCode::CREATED).await;
        assert_eq!(programme["committed"]["amount"], "0.00");
        let partner_org = app.call(&admin, Method::POST, "/api/v1/organisations", Some(json!({"name": "Caritas Georgia", "kind": "ngo", "country": "GE"})), StatusCode::CREATED).await;
        let partner_org_id: Uuid = id(&partner_org).parse().unwrap();

        let nino = app.user_token("nino.worker", Role::CaseWorker).await;
        let levan = app.user_token("levan.worker", Role::CaseWorker).await;
        let tamar = app.user_token_in("tamar.partner", Role::Partner, partner_org_id).await;

        // The case worker registers the returnee and her stay abroad.
        let person = app.call(&nino, Method::POST, "/api/v1/persons", Some(person_body("Maia", "Lomidze")), StatusCode::CREATED).await;
        let person_path = format!("/api/v1/persons/{}", id(&person));
        app.call(&nino, Method::POST, &format!("{person_path}/stays-abroad"), Some(json!({
            "country": "GR", "start_date": months_ago(50), "end_date": months_ago(3),
            "legal_status": "irregular", "return_type": "assisted_voluntary_return"
        })), StatusCode::CREATED).await;

        // A dry run first: eligible, every rule explained, nothing written.
        let check = app.call(&nino, Method::POST, "/api/v1/eligibility/check", Some(json!({
            "programme_id": id(&programme), "person_id": id(&person), "on": today().to_string()
        })), StatusCode::OK).await;
        assert_eq!(check["eligible"], true, "{check}");
        assert_eq!(check["results"].as_array().unwrap().len(), 5);

        // The case: registered -> screening -> assessed eligible -> eligible -> planning.
        let case = app.call(&nino, Method::POST, "/api/v1/cases", Some(json!({
            "person_id": id(&person), "programme_id": id(&programme)
        })), StatusCode::CREATED).await;
        let case_path = format!("/api/v1/cases/{}", id(&case));
        let transitions = format!("{case_path}/transitions");
        app.call(&nino, Method::POST, &transitions, Some(json!({"to": "screening", "reason": "Documents received"})), StatusCode::OK).await;
        let assessment = app.call(&nino, Method::POST, &format!("{case_path}/assessments"), None, StatusCode::CREATED).await;
        assert_eq!(assessment["eligible"], true, "{assessment}");
        for to in ["eligible", "planning"] {
            app.call(&nino, Method::POST, &transitions, Some(json!({"to": to, "reason": format!("Moved to {to}")})), StatusCode::OK).await;
        }

        // A micro-business grant: proposed by Nino, approved by Levan (four eyes), delivered.
        let grant = app.call(&nino, Method::POST, &format!("{case_path}/assistance"), Some(json!({
            "type": "micro_business", "amount": {"amount": "2500.00", "currency": "GEL"},
            "in_kind": true, "co_beneficiary_ids": [], "provider_organisation_id": null
        })), StatusCode::CREATED).await;
        let grant_path = format!("/api/v1/assistance/{}", id(&grant));
        app.call(&nino, Method::POST, &format!("{grant_path}/approve"), Some(json!({})), StatusCode::FORBIDDEN).await;
        app.call(&levan, Method::POST, &format!("{grant_path}/approve"), Some(json!({})), StatusCode::OK).await;
        app.call(&nino, Method::POST, &transitions, Some(json!({"to": "assisting", "reason": "Grant approved"})), StatusCode::OK).await;
        let delivered = app.call(&nino, Method::POST, &format!("{grant_path}/deliver"), Some(json!({"delivered_on": today().to_string()})), StatusCode::OK).await;
        assert_eq!(delivered["status"], "delivered");

        // A referral to the partner, who accepts and completes it; the case sees the outcome.
        let referral = app.call(&nino, Method::POST, "/api/v1/referrals", Some(json!({
            "case_id": id(&case), "person_id": id(&person), "organisation_id": partner_org_id,
            "service": "psychosocial", "note": "Counselling in Georgian"
        })), StatusCode::CREATED).await;
        let referral_path = format!("/api/v1/referrals/{}", id(&referral));
        let inbox = app.call(&tamar, Method::GET, "/api/v1/referrals", None, StatusCode::OK).await;
        assert_eq!(inbox["items"].as_array().unwrap().len(), 1);
        app.call(&tamar, Method::GET, &person_path, None, StatusCode::FORBIDDEN).await;
        app.call(&tamar, Method::POST, &format!("{referral_path}/accept"), Some(json!({})), StatusCode::OK).await;
        app.call(&tamar, Method::POST, &format!("{referral_path}/complete"), Some(json!({"outcome": "Six counselling sessions attended"})), StatusCode::OK).await;
        let seen = app.call(&nino, Method::GET, &format!("{case_path}/referrals"), None, StatusCode::OK).await;
        assert_eq!(seen["items"][0]["status"], "completed");

        // Monitoring, a follow-up with scores, and the case closed as completed.
        app.call(&nino, Method::POST, &transitions, Some(json!({"to": "monitoring", "reason": "Business running"})), StatusCode::OK).await;
        let follow_up = app.call(&nino, Method::POST, &format!("{case_path}/follow-ups"), Some(json!({
            "point": "month_3", "conducted_on": today().to_string(),
            "answers": {"income_source": true, "economic_satisfaction": 4, "housing": 5,
                "support_network": 4, "wellbeing": 4, "wish_to_stay": true}
        })), StatusCode::CREATED).await;
        let overall = follow_up["scores"]["overall"].as_f64()
            .or_else(|| follow_up["overall"].as_f64())
            .unwrap_or_else(|| panic!("no overall score in {follow_up}"));
        assert!((0.0..=1.0).contains(&overall), "{follow_up}");
        let closed = app.call(&nino, Method::POST, &transitions, Some(json!({
            "to": "closed", "reason": "Sustainably reintegrated", "outcome": "completed"
        })), StatusCode::OK).await;
        assert_eq!(closed["status"], "closed");
        assert_eq!(closed["outcome"], "completed");

        // The figures: the budget holds the delivered grant; the case's history is complete.
        let programme = app.call(&admin, Method::GET, &format!("/api/v1/programmes/{}", id(&programme)), None, StatusCode::OK).await;
        assert_eq!(programme["committed"]["amount"], "2500.00");
        let history = app.call(&nino, Method::GET, &transitions, None, StatusCode::OK).await;
        let moves: Vec<&str> = history["items"].as_array().unwrap().iter().map(|t| t["to"].as_str().unwrap()).collect();
        assert_eq!(moves, ["screening", "eligible", "planning", "assisting", "monitoring", "closed"]);
        // Everything held on her, in one document, including the case.
        let export = app.call(&admin, Method::GET, &format!("{person_path}/export"), None, StatusCode::OK).await;
        assert_eq!(export["cases"][0]["id"], case["id"]);
        assert_eq!(export["assistance"][0]["id"], grant["id"]);
        assert_eq!(export["referrals"][0]["id"], referral["id"]);
        assert_eq!(export["follow_ups"][0]["id"], follow_up["id"]);
        assert_eq!(export["assessments"][0]["id"], assessment["id"]);
    }
}
