//! Erasure leaves nothing behind: after `POST /persons/{id}/erase` no personal
//! value of the person is anywhere in the database (every column of every table
//! the catalogue lists), while the figures reports count stay.

use integra_tests::{both_backends, json, StatusCode};
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

both_backends! {
    async fn an_erased_person_leaves_no_personal_value_in_any_column(app) {
        let who = recognisable();
        let walked = walk(&app, &who).await;
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
        let facts: &Value = &export["assessments"][0]["facts"];
        assert_eq!(facts["date_of_birth"], "1979-01-01", "{facts}");
        // The audit trail stays, and still names the person's records.
        assert!(export["access_log"].as_array().unwrap().len() > 10, "{export}");
    }
}
