//! Programmes, cases and organisations straight in the test's database (their
//! own endpoints are built elsewhere), and small helpers of the reintegration tests.

use chrono::{NaiveDate, Utc};
use diesel::prelude::*;
use integra_persistence::schema::{
    cases, organisations, programme_catalogue, programmes, rule_sets, users,
};
use integra_tests::{json, person_body, Role, TestApp};
use serde_json::Value;
use uuid::Uuid;

/// A catalogue entry: type, cap per person and cap per household in tetri.
pub type Entry<'a> = (&'a str, Option<i64>, Option<i64>);

/// An open programme with a budget and an approval threshold (tetri).
pub async fn programme(
    app: &TestApp,
    budget: i64,
    threshold: i64,
    catalogue: &[Entry<'_>],
) -> Uuid {
    let id = Uuid::now_v7();
    let catalogue: Vec<(String, Option<i64>, Option<i64>)> = catalogue
        .iter()
        .map(|(t, p, h)| ((*t).to_owned(), *p, *h))
        .collect();
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            let now = Utc::now().naive_utc();
            let rule_set = Uuid::now_v7().to_string();
            diesel::insert_into(rule_sets::table)
                .values((
                    rule_sets::id.eq(&rule_set),
                    rule_sets::name.eq("Test rules"),
                    rule_sets::version.eq(1_i64),
                    rule_sets::created_at.eq(now),
                    rule_sets::updated_at.eq(now),
                ))
                .execute(c)?;
            diesel::insert_into(programmes::table)
                .values((
                    programmes::id.eq(id.to_string()),
                    programmes::code.eq(format!("T-{}", &id.simple().to_string()[20..])),
                    programmes::name_ka.eq("პროგრამა"),
                    programmes::name_en.eq("Programme"),
                    programmes::stream.eq("reintegration"),
                    programmes::status.eq("open"),
                    programmes::starts_on.eq(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
                    programmes::ends_on.eq(NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()),
                    programmes::budget_tetri.eq(budget),
                    programmes::committed_tetri.eq(0_i64),
                    programmes::approval_threshold_tetri.eq(threshold),
                    programmes::rule_set_id.eq(&rule_set),
                    programmes::rule_set_version.eq(1_i64),
                    programmes::version.eq(1_i64),
                    programmes::created_at.eq(now),
                    programmes::updated_at.eq(now),
                ))
                .execute(c)?;
            for (kind, person, household) in &catalogue {
                diesel::insert_into(programme_catalogue::table)
                    .values((
                        programme_catalogue::programme_id.eq(id.to_string()),
                        programme_catalogue::assistance_type.eq(kind),
                        programme_catalogue::cap_per_person_tetri.eq(person),
                        programme_catalogue::cap_per_household_tetri.eq(household),
                    ))
                    .execute(c)?;
            }
            Ok(())
        })
    })
    .await
    .unwrap()
    .unwrap();
    id
}

/// A case of `person` in `programme`, in `status`, seen by `organisation`.
pub async fn case(
    app: &TestApp,
    person: Uuid,
    programme: Uuid,
    status: &str,
    organisation: Uuid,
) -> Uuid {
    let id = Uuid::now_v7();
    let status = status.to_owned();
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            let now = Utc::now().naive_utc();
            let admin: String = users::table
                .filter(users::username.eq("admin"))
                .select(users::id)
                .first(c)?;
            let day = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
            diesel::insert_into(cases::table)
                .values((
                    cases::id.eq(id.to_string()),
                    cases::person_id.eq(person.to_string()),
                    cases::programme_id.eq(programme.to_string()),
                    cases::organisation_id.eq(organisation.to_string()),
                    cases::status.eq(status),
                    cases::registered_on.eq(day),
                    cases::plan_due_on.eq(day + chrono::Days::new(30)),
                    cases::created_by.eq(admin),
                    cases::version.eq(1_i64),
                    cases::created_at.eq(now),
                    cases::updated_at.eq(now),
                ))
                .execute(c)?;
            Ok(())
        })
    })
    .await
    .unwrap()
    .unwrap();
    id
}

/// A partner organisation (an NGO).
pub async fn organisation(app: &TestApp, name: &str) -> Uuid {
    let id = Uuid::now_v7();
    let name = format!("{name} {}", id.simple());
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            let now = Utc::now().naive_utc();
            diesel::insert_into(organisations::table)
                .values((
                    organisations::id.eq(id.to_string()),
                    organisations::name.eq(name),
                    organisations::kind.eq("ngo"),
                    organisations::country.eq("GE"),
                    organisations::active.eq(true),
                    organisations::version.eq(1_i64),
                    organisations::created_at.eq(now),
                    organisations::updated_at.eq(now),
                ))
                .execute(c)?;
            Ok(())
        })
    })
    .await
    .unwrap()
    .unwrap();
    id
}

/// The programme's committed total in tetri, straight from the database.
pub async fn committed(app: &TestApp, programme: Uuid) -> i64 {
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.read(|c| {
            Ok(programmes::table
                .find(programme.to_string())
                .select(programmes::committed_tetri)
                .first::<i64>(c)?)
        })
    })
    .await
    .unwrap()
    .unwrap()
}

/// A registered person's id.
pub async fn person(app: &TestApp) -> Uuid {
    let person = app.create_person(&person_body("Nino", "Beridze")).await;
    Uuid::parse_str(person["id"].as_str().unwrap()).unwrap()
}

/// `{"amount": "...", "currency": "GEL"}`
pub fn gel(amount: &str) -> Value {
    json!({"amount": amount, "currency": "GEL"})
}

/// A case worker of the ministry.
pub async fn case_worker(app: &TestApp, name: &str) -> String {
    app.user_token(name, Role::CaseWorker).await
}

pub fn ministry() -> Uuid {
    integra_domain::organisation::MINISTRY_ID
}
