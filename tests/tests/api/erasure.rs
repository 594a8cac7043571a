//! Erasure leaves nothing behind: after `POST /persons/{id}/erase` no personal
//! value of the person is anywhere in the database (every column of every table
//! the catalogue lists), while the figures reports count stay.

use integra_tests::{both_backends, id_of, json, StatusCode, TestApp};
use reqwest::Method;
use serde_json::Value;

use crate::journey::{walk, Personal};

/// Values no other record of a test run has.
pub fn recognisable() -> Personal {
    let tag = uuid::Uuid::now_v7().simple().to_string();
    let digits: String = tag.chars().filter(char::is_ascii_digit).take(5).collect();
    Personal {
        given_name: "Ketevanqx".to_owned(),
        family_name: format!("Zhghentiqx{}", &tag[24..]),
        personal_number: format!("314159{digits:0<5}"),
        date_of_birth: "1979-02-23".to_owned(),
        phone: "+995 599 31 41 59".to_owned(),
        external_id: format!("RA-QX-{}", &tag[20..]),
        household_name: format!("Qxhousehold {}", &tag[24..]),
        text: format!("secretqx {}", &tag[24..]),
    }
}

/// `POST path` as the admin with a fresh `Idempotency-Key` (its answer is kept).
async fn keyed(app: &TestApp, path: &str, body: Value) -> Value {
    let response = app
        .request(Method::POST, path)
        .header("idempotency-key", uuid::Uuid::now_v7().to_string())
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{path}: {text}");
    serde_json::from_str(&text).unwrap()
}

/// The monitoring records of issue 12 about the person, each with free text
/// about her: a job placement, an enrolment at a social enterprise, (once
/// she is known to be a foreigner) movement assistance, and a response to the
/// seeded integration survey (issue 14) naming her, with a text answer.
async fn monitoring_records(app: &TestApp, person: &str, who: &Personal) {
    let organisation = |name: &str, kind: &str| json!({"name": format!("{name} {}", uuid::Uuid::now_v7().simple()), "kind": kind, "country": "GE"});
    let employer = id_of(
        &keyed(
            app,
            "/api/v1/organisations",
            organisation("Erasure employer", "employer"),
        )
        .await,
    );
    let enterprise = id_of(
        &keyed(
            app,
            "/api/v1/organisations",
            organisation("Erasure enterprise", "social_enterprise"),
        )
        .await,
    );
    let day = integra_domain::time::tbilisi_date(chrono::Utc::now()).to_string();
    keyed(
        app,
        "/api/v1/job-placements",
        json!({"person_id": person, "location": "abroad", "country": "DE",
        "employer_organisation_id": employer, "term": "temporary", "starts_on": day,
        "note": format!("Harvest {}", who.text)}),
    )
    .await;
    keyed(
        app,
        &format!("/api/v1/social-enterprises/{enterprise}/beneficiaries"),
        json!({"person_id": person,
        "programme": "rehabilitation", "started_on": day, "note": format!("Bakery {}", who.text)}),
    )
    .await;
    app.call(
        &app.admin_token,
        Method::PATCH,
        &format!("/api/v1/persons/{person}"),
        Some(json!({"citizenship": "AM", "residence_status": "temporary_resident"})),
        StatusCode::OK,
    )
    .await;
    keyed(
        app,
        &format!("/api/v1/persons/{person}/movements"),
        json!({"departed_on": day,
        "destination_country": "AM", "kind": "voluntary_return", "help": ["ticket"],
        "organisation_id": employer, "note": format!("By bus {}", who.text)}),
    )
    .await;
    keyed(
        app,
        "/api/v1/questionnaires/00000000-0000-7000-8000-000000000502/responses",
        json!({"collected_on": day, "person_id": person, "answers": {
            "years_in_georgia": 3, "georgian_level": "basic", "feel_welcome": 4,
            "hardest_part": format!("The paperwork {}", who.text)}}),
    )
    .await;
}

both_backends! {
    async fn an_erased_person_leaves_no_personal_value_in_any_column(app) {
        let who = recognisable();
        let walked = walk(&app, &who).await;
        // Counselling of the person (issue 12): no free text to leave behind;
        // kept whole after the erasure, since reports count it.
        let session = app.call(&app.admin_token, Method::POST, "/api/v1/counselling-sessions",
            Some(json!({"held_on": "2025-11-03", "stream": "reintegration", "topic": "psychosocial",
                "person_id": walked.person_id})), StatusCode::CREATED).await;
        monitoring_records(&app, &walked.person_id, &who).await;
        // A contact with her (issue 12): no free text, kept whole for the reports.
        app.call(&app.admin_token, Method::POST, "/api/v1/contacts", Some(json!({
            "person_id": walked.person_id, "programme_id": crate::cases::DEFAULT_PROGRAMME,
            "contacted_on": "2015-03-02", "channel": "readmission_notice", "outcome": "informed"})),
            StatusCode::CREATED).await;
        let before = app.search_database(&who.values()).await;
        // The search finds what is there: every value is stored before the erasure.
        for value in who.values() {
            assert!(before.iter().any(|f| f.value == value), "{value} not found before erasure: {before:?}");
        }

        let person = format!("/api/v1/persons/{}", walked.person_id);
        app.call(&app.admin_token, Method::POST, &format!("{person}/erase"),
            Some(json!({"reason": "Request of the data subject, letter 2026/145"})), StatusCode::OK).await;

        let left = app.search_database(&who.values()).await;
        assert!(left.is_empty(), "personal values left after erasure: {left:?}");

        // What reports count stays: the case, its figures, the scores, the year of birth.
        let export = app.call(&app.admin_token, Method::GET, &format!("{person}/export"), None, StatusCode::OK).await;
        assert_eq!(export["person"]["date_of_birth"], "1979-01-01");
        assert_eq!(export["cases"][0]["status"], "closed");
        assert_eq!(export["cases"][0]["outcome"], "completed");
        assert_eq!(export["assistance"][0]["status"], "delivered");
        assert_eq!(export["assistance"][0]["amount"]["amount"], "2500.00");
        assert!(export["follow_ups"][0]["scores"]["overall"].is_number(), "{export}");
        assert_eq!(export["follow_ups"][0]["answers"], json!({}));
        assert_eq!(export["household"]["name"], "[erased]");
        assert_eq!(export["contacts"][0]["contacted_on"], "2015-03-02");
        assert_eq!(export["contacts"][0]["channel"], "readmission_notice");
        assert_eq!(export["erasure"]["reason"], "Request of the data subject, letter 2026/145");
        let sessions = export["counselling_sessions"].as_array().unwrap();
        assert_eq!(sessions.len(), 1, "{export}");
        assert_eq!(sessions[0]["id"], session["id"]);
        assert_eq!((sessions[0]["held_on"].as_str(), sessions[0]["stream"].as_str()), (Some("2025-11-03"), Some("reintegration")));
        assert_eq!(sessions[0]["person_id"], walked.person_id.as_str());
        let facts: &Value = &export["assessments"][0]["facts"];
        assert_eq!(facts["date_of_birth"], "1979-01-01", "{facts}");
        // Placements, enrolments and movements keep what reports count, not the text.
        let placement = &export["job_placements"][0];
        assert_eq!((placement["note"].as_str(), placement["country"].as_str(), placement["term"].as_str()),
            (Some("[erased]"), Some("DE"), Some("temporary")), "{export}");
        assert!(placement["starts_on"].is_string());
        let enrolment = &export["social_enterprise_enrolments"][0];
        assert_eq!((enrolment["note"].as_str(), enrolment["programme"].as_str()), (Some("[erased]"), Some("rehabilitation")));
        let movement = &export["movements"][0];
        assert_eq!((movement["note"].as_str(), movement["destination_country"].as_str()), (Some("[erased]"), Some("AM")));
        assert_eq!(movement["help"], json!(["ticket"]));
        // The survey response: the text answer erased, the rest counted as before.
        let answers = &export["survey_responses"][0]["answers"];
        assert_eq!(answers, &json!({"years_in_georgia": 3, "georgian_level": "basic",
            "feel_welcome": 4, "hardest_part": "[erased]"}), "{export}");
        // The audit trail stays, and still names the person's records.
        assert!(export["access_log"].as_array().unwrap().len() > 10, "{export}");
    }
}
