//! One returnee's whole journey through the API, as the ministry would walk it:
//! an administrator sets up a programme and a partner; a case worker registers
//! the returnee, opens a case, screens it, plans, proposes a grant that a second
//! case worker approves, delivers it, refers to the partner, follows up and
//! closes the case. Every step is a real request; the figures are checked at the end.
//! Every `POST` carries an `Idempotency-Key`, as a careful client's would.
//!
//! The walk takes the personal values it uses ([`Personal`]), so that the privacy
//! scan (`privacy.rs`) can walk it with recognisable ones and look for them after.

use integra_domain::access::Role;
use integra_tests::{both_backends, json, person_body, StatusCode, TestApp};
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

/// The personal values a journey uses: the returnee's, and free text about her.
#[derive(Debug, Clone)]
pub struct Personal {
    pub given_name: String,
    pub family_name: String,
    pub personal_number: String,
    pub date_of_birth: String,
    pub phone: String,
    /// Her id in another system (the readmission database).
    pub external_id: String,
    pub household_name: String,
    /// Words put into every free text about her (reasons, notes, descriptions, outcomes).
    pub text: String,
}

impl Personal {
    /// Ordinary values.
    pub fn ordinary() -> Self {
        let body = person_body("Maia", "Lomidze");
        Self {
            given_name: "Maia".to_owned(),
            family_name: "Lomidze".to_owned(),
            personal_number: body["personal_number"].as_str().unwrap().to_owned(),
            date_of_birth: "1988-04-12".to_owned(),
            phone: "+995 555 12 34 56".to_owned(),
            external_id: format!("RA-{}", Uuid::now_v7().simple()),
            household_name: "Lomidze household, Kutaisi".to_owned(),
            text: "in Kutaisi".to_owned(),
        }
    }

    /// Every value, to search for.
    pub fn values(&self) -> Vec<String> {
        vec![
            self.given_name.clone(),
            self.family_name.clone(),
            self.personal_number.clone(),
            self.date_of_birth.clone(),
            self.phone.clone(),
            self.external_id.clone(),
            self.household_name.clone(),
            self.text.clone(),
        ]
    }

    fn person_body(&self) -> Value {
        json!({
            "personal_number": self.personal_number,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "date_of_birth": self.date_of_birth,
            "sex": "female",
            "citizenship": "GE",
            "residence_status": "citizen",
            "region": "GE-IM",
            "phone": self.phone,
            "external_ids": [{"system": "readmission-db", "value": self.external_id}]
        })
    }
}

/// What a walk made.
#[derive(Debug, Clone)]
pub struct Walked {
    pub person_id: String,
}

/// A request as `token`; every `POST` with a fresh `Idempotency-Key`.
async fn call(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
    status: StatusCode,
) -> Value {
    let mut request = app
        .client
        .request(method.clone(), app.url(path))
        .bearer_auth(token);
    if method == Method::POST {
        request = request.header("idempotency-key", Uuid::now_v7().to_string());
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let actual = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(actual, status, "{path}: {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

both_backends! {
    async fn a_returnee_from_registration_to_a_closed_case(app) {
        walk(&app, &Personal::ordinary()).await;
    }
}

/// The whole journey of one returnee with the personal values of `who`.
pub async fn walk(app: &TestApp, who: &Personal) -> Walked {
    let admin = app.admin_token.clone();
    let year = today().format("%Y").to_string();

    // The administrator: a programme with a budget and a catalogue, and a partner NGO.
    let programme = call(app, &admin, Method::POST, "/api/v1/programmes", Some(json!({
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
    let partner_org = call(
        app,
        &admin,
        Method::POST,
        "/api/v1/organisations",
        Some(json!({"name": "Caritas Georgia", "kind": "ngo", "country": "GE"})),
        StatusCode::CREATED,
    )
    .await;
    let partner_org_id: Uuid = id(&partner_org).parse().unwrap();

    let nino = app.user_token("nino.worker", Role::CaseWorker).await;
    let levan = app.user_token("levan.worker", Role::CaseWorker).await;
    let tamar = app
        .user_token_in("tamar.partner", Role::Partner, partner_org_id)
        .await;

    // The case worker registers the returnee and her stay abroad.
    let person = call(
        app,
        &nino,
        Method::POST,
        "/api/v1/persons",
        Some(who.person_body()),
        StatusCode::CREATED,
    )
    .await;
    let person_path = format!("/api/v1/persons/{}", id(&person));
    call(
        app,
        &nino,
        Method::POST,
        &format!("{person_path}/stays-abroad"),
        Some(json!({
            "country": "GR", "start_date": months_ago(50), "end_date": months_ago(3),
            "legal_status": "irregular", "return_type": "assisted_voluntary_return"
        })),
        StatusCode::CREATED,
    )
    .await;

    // A dry run first: eligible, every rule explained, nothing written.
    let check = call(
        app,
        &nino,
        Method::POST,
        "/api/v1/eligibility/check",
        Some(json!({
            "programme_id": id(&programme), "person_id": id(&person), "on": today().to_string()
        })),
        StatusCode::OK,
    )
    .await;
    assert_eq!(check["eligible"], true, "{check}");
    assert_eq!(check["results"].as_array().unwrap().len(), 5);

    // The case: registered -> screening -> assessed eligible -> eligible -> planning.
    let case = call(
        app,
        &nino,
        Method::POST,
        "/api/v1/cases",
        Some(json!({
            "person_id": id(&person), "programme_id": id(&programme)
        })),
        StatusCode::CREATED,
    )
    .await;
    let case_path = format!("/api/v1/cases/{}", id(&case));
    let transitions = format!("{case_path}/transitions");
    call(
        app,
        &nino,
        Method::POST,
        &transitions,
        Some(json!({"to": "screening", "reason": format!("Documents received {}", who.text)})),
        StatusCode::OK,
    )
    .await;
    let assessment = call(
        app,
        &nino,
        Method::POST,
        &format!("{case_path}/assessments"),
        None,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(assessment["eligible"], true, "{assessment}");
    for to in ["eligible", "planning"] {
        call(
            app,
            &nino,
            Method::POST,
            &transitions,
            Some(json!({"to": to, "reason": format!("Moved to {to}")})),
            StatusCode::OK,
        )
        .await;
    }

    // A micro-business grant: proposed by Nino, approved by Levan (four eyes), delivered.
    let grant = call(
        app,
        &nino,
        Method::POST,
        &format!("{case_path}/assistance"),
        Some(json!({
            "type": "micro_business", "amount": {"amount": "2500.00", "currency": "GEL"},
            "in_kind": true, "co_beneficiary_ids": [], "provider_organisation_id": null,
            "description": format!("Greenhouse {}", who.text)
        })),
        StatusCode::CREATED,
    )
    .await;
    let grant_path = format!("/api/v1/assistance/{}", id(&grant));
    call(
        app,
        &nino,
        Method::POST,
        &format!("{grant_path}/approve"),
        Some(json!({})),
        StatusCode::FORBIDDEN,
    )
    .await;
    call(
        app,
        &levan,
        Method::POST,
        &format!("{grant_path}/approve"),
        Some(json!({"reason": format!("Plan sound {}", who.text)})),
        StatusCode::OK,
    )
    .await;
    call(
        app,
        &nino,
        Method::POST,
        &transitions,
        Some(json!({"to": "assisting", "reason": "Grant approved"})),
        StatusCode::OK,
    )
    .await;
    let delivered = call(
        app,
        &nino,
        Method::POST,
        &format!("{grant_path}/deliver"),
        Some(json!({"delivered_on": today().to_string()})),
        StatusCode::OK,
    )
    .await;
    assert_eq!(delivered["status"], "delivered");

    // A referral to the partner, who accepts and completes it; the case sees the outcome.
    let referral = call(
        app,
        &nino,
        Method::POST,
        "/api/v1/referrals",
        Some(json!({
            "case_id": id(&case), "person_id": id(&person), "organisation_id": partner_org_id,
            "service": "psychosocial", "note": format!("Counselling in Georgian {}", who.text)
        })),
        StatusCode::CREATED,
    )
    .await;
    let referral_path = format!("/api/v1/referrals/{}", id(&referral));
    let inbox = call(
        app,
        &tamar,
        Method::GET,
        "/api/v1/referrals",
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(inbox["items"].as_array().unwrap().len(), 1);
    call(
        app,
        &tamar,
        Method::GET,
        &person_path,
        None,
        StatusCode::FORBIDDEN,
    )
    .await;
    call(
        app,
        &tamar,
        Method::POST,
        &format!("{referral_path}/accept"),
        Some(json!({})),
        StatusCode::OK,
    )
    .await;
    call(
        app,
        &tamar,
        Method::POST,
        &format!("{referral_path}/complete"),
        Some(json!({"outcome": format!("Six counselling sessions attended {}", who.text)})),
        StatusCode::OK,
    )
    .await;
    let seen = call(
        app,
        &nino,
        Method::GET,
        &format!("{case_path}/referrals"),
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(seen["items"][0]["status"], "completed");

    // A note, her household, an item rejected and a referral declined, with reasons.
    call(
        app,
        &nino,
        Method::POST,
        &format!("{case_path}/notes"),
        Some(json!({"text": format!("Called her {}", who.text)})),
        StatusCode::CREATED,
    )
    .await;
    let household = call(
        app,
        &nino,
        Method::POST,
        "/api/v1/households",
        Some(json!({"name": who.household_name, "region": "GE-IM"})),
        StatusCode::CREATED,
    )
    .await;
    call(
        app,
        &nino,
        Method::POST,
        &format!("/api/v1/households/{}/members", id(&household)),
        Some(json!({"person_id": id(&person)})),
        StatusCode::OK,
    )
    .await;
    let extra = call(
        app,
        &nino,
        Method::POST,
        &format!("{case_path}/assistance"),
        Some(json!({
            "type": "counselling_referral", "description": format!("Legal advice {}", who.text)
        })),
        StatusCode::CREATED,
    )
    .await;
    call(
        app,
        &levan,
        Method::POST,
        &format!("/api/v1/assistance/{}/reject", id(&extra)),
        Some(json!({"reason": format!("Not needed {}", who.text)})),
        StatusCode::OK,
    )
    .await;
    let second = call(
        app,
        &nino,
        Method::POST,
        "/api/v1/referrals",
        Some(json!({
            "case_id": id(&case), "person_id": id(&person), "organisation_id": partner_org_id,
            "service": "legal_aid", "note": format!("Second referral {}", who.text)
        })),
        StatusCode::CREATED,
    )
    .await;
    call(
        app,
        &tamar,
        Method::POST,
        &format!("/api/v1/referrals/{}/decline", id(&second)),
        Some(json!({"reason": format!("No places {}", who.text)})),
        StatusCode::OK,
    )
    .await;

    // Monitoring, a follow-up with scores, and the case closed as completed.
    call(
        app,
        &nino,
        Method::POST,
        &transitions,
        Some(json!({"to": "monitoring", "reason": "Business running"})),
        StatusCode::OK,
    )
    .await;
    let follow_up = call(
        app,
        &nino,
        Method::POST,
        &format!("{case_path}/follow-ups"),
        Some(json!({
            "point": "month_3", "conducted_on": today().to_string(),
            "answers": {"income_source": true, "economic_satisfaction": 4, "housing": 5,
                "support_network": 4, "wellbeing": 4, "wish_to_stay": true}
        })),
        StatusCode::CREATED,
    )
    .await;
    let overall = follow_up["scores"]["overall"]
        .as_f64()
        .or_else(|| follow_up["overall"].as_f64())
        .unwrap_or_else(|| panic!("no overall score in {follow_up}"));
    assert!((0.0..=1.0).contains(&overall), "{follow_up}");
    let closed = call(
        app,
        &nino,
        Method::POST,
        &transitions,
        Some(json!({
            "to": "closed", "reason": "Sustainably reintegrated", "outcome": "completed"
        })),
        StatusCode::OK,
    )
    .await;
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["outcome"], "completed");

    let walked = Walked {
        person_id: id(&person).to_owned(),
    };

    // The figures: the budget holds the delivered grant; the case's history is complete.
    let programme = call(
        app,
        &admin,
        Method::GET,
        &format!("/api/v1/programmes/{}", id(&programme)),
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(programme["committed"]["amount"], "2500.00");
    let history = call(app, &nino, Method::GET, &transitions, None, StatusCode::OK).await;
    let moves: Vec<&str> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["to"].as_str().unwrap())
        .collect();
    assert_eq!(
        moves,
        [
            "screening",
            "eligible",
            "planning",
            "assisting",
            "monitoring",
            "closed"
        ]
    );
    // Everything held on her, in one document, including the case.
    let export = call(
        app,
        &admin,
        Method::GET,
        &format!("{person_path}/export"),
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(export["cases"][0]["id"], case["id"]);
    assert_eq!(export["assistance"][0]["id"], grant["id"]);
    assert_eq!(export["referrals"][0]["id"], referral["id"]);
    assert_eq!(export["follow_ups"][0]["id"], follow_up["id"]);
    assert_eq!(export["assessments"][0]["id"], assessment["id"]);

    walked
}
