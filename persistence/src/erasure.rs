//! Erasure of a person's data by anonymisation (Law on Personal Data Protection):
//! names, numbers, contact and other systems' ids go; ids, sex, citizenship,
//! residence status, region, year of birth, stays abroad and every case figure
//! stay, so that reports keep counting right.
//!
//! Every copy goes, not only the person's row: the full date of birth in the
//! facts and results of stored assessments (the year stays, as on the person),
//! the name of their household, the free text of their cases (notes,
//! transition reasons), referrals (note, status reason, outcome), assistance
//! (descriptions, reasons of actions), the answers of their follow-ups (the
//! scores stay), the notes of their job placements, social-enterprise
//! enrolments, movement assistance, residence permits, integration services
//! and jobseeker profile (dates, kinds, terms, countries and hours stay),
//! their permits' numbers, the answers to text questions of their survey
//! responses (choices, scales and numbers stay),
//! and the stored answers of idempotent requests about them.
//! What stays: ids, states, amounts, dates of the records, scores, the
//! `override` flag of transitions, contacts (day, channel, outcome: no free
//! text), the audit log (which holds no personal values) and the erasure
//! record itself (who, when, why). Counselling sessions stay whole, linked to
//! the person (reports count them): their topic is a closed set, so they hold
//! no free text to erase.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{
    application_moves, applications, assessments, assistance_actions, assistance_items, case_notes,
    case_transitions, cases, erasures, follow_ups, households, integration_services,
    job_placements, jobseekers, movements, person_external_ids, persons, referrals,
    residence_permits, social_enterprise_beneficiaries,
};

/// What replaces an erased person's names and the free text about them.
pub const ERASED: &str = "[erased]";

/// What replaces the answers of an erased person's follow-ups (the scores stay).
const NO_ANSWERS: &str = "{}";

/// Who erased a person's data, when and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    pub erased_by: Uuid,
    pub reason: String,
    pub erased_at: DateTime<Utc>,
}

/// Anonymises a person and records who did it, when and why.
pub fn erase(
    conn: &mut DbConnection,
    id: Uuid,
    by: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let (birth, household) = persons::table
        .find(id.to_string())
        .select((persons::date_of_birth, persons::household_id))
        .first::<(Option<NaiveDate>, Option<String>)>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    // The year of birth is kept (as 1 January) for age groups in reports.
    let year_of_birth = birth.and_then(|b| NaiveDate::from_ymd_opt(b.year(), 1, 1));
    let stamp = now.naive_utc();
    diesel::update(persons::table.find(id.to_string()))
        .set((
            persons::personal_number.eq(None::<String>),
            persons::given_name.eq(ERASED),
            persons::family_name.eq(ERASED),
            persons::name_search.eq(""),
            persons::date_of_birth.eq(year_of_birth),
            persons::phone.eq(None::<String>),
            persons::erased_at.eq(Some(stamp)),
            persons::version.eq(persons::version + 1),
            persons::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    diesel::delete(
        person_external_ids::table.filter(person_external_ids::person_id.eq(id.to_string())),
    )
    .execute(conn)?;
    if let Some(household) = household {
        erase_household_name(conn, &household, stamp)?;
    }
    erase_case_records(conn, id)?;
    erase_referrals(conn, id)?;
    erase_assistance(conn, id)?;
    erase_monitoring_notes(conn, id)?;
    crate::surveys::erase_texts(conn, id)?;
    crate::idempotency::forget_person(conn, id)?;
    diesel::insert_into(erasures::table)
        .values((
            erasures::person_id.eq(id.to_string()),
            erasures::erased_by.eq(by.to_string()),
            erasures::reason.eq(reason),
            erasures::erased_at.eq(stamp),
        ))
        .execute(conn)?;
    // The date of birth matching reads is now a year's first day.
    crate::matching::changed(conn, id)?;
    Ok(())
}

/// A household's name is a label made of its members' names ("Beridze household").
fn erase_household_name(
    conn: &mut DbConnection,
    household: &str,
    stamp: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::update(
        households::table
            .find(household)
            .filter(households::name.is_not_null())
            .filter(households::name.ne(ERASED)),
    )
    .set((
        households::name.eq(Some(ERASED)),
        households::version.eq(households::version + 1),
        households::updated_at.eq(stamp),
    ))
    .execute(conn)?;
    Ok(())
}

/// Notes, transition reasons, the full date of birth in assessments and the
/// answers of follow-ups, on every case of the person.
fn erase_case_records(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    let person = person.to_string();
    let case_ids = || {
        cases::table
            .filter(cases::person_id.eq(person.clone()))
            .select(cases::id)
    };
    diesel::update(case_notes::table.filter(case_notes::case_id.eq_any(case_ids())))
        .set(case_notes::text.eq(ERASED))
        .execute(conn)?;
    diesel::update(case_transitions::table.filter(case_transitions::case_id.eq_any(case_ids())))
        .set(case_transitions::reason.eq(ERASED))
        .execute(conn)?;
    diesel::update(follow_ups::table.filter(follow_ups::case_id.eq_any(case_ids())))
        .set(follow_ups::answers.eq(NO_ANSWERS))
        .execute(conn)?;
    let stored: Vec<(String, String, String)> = assessments::table
        .filter(assessments::case_id.eq_any(case_ids()))
        .select((assessments::id, assessments::facts, assessments::results))
        .load(conn)?;
    for (id, facts, results) in stored {
        let (facts, results) = (year_of_birth_only(&facts)?, year_of_birth_only(&results)?);
        diesel::update(assessments::table.find(id))
            .set((
                assessments::facts.eq(facts),
                assessments::results.eq(results),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The JSON `text` with every `date_of_birth` reduced to 1 January of its year.
fn year_of_birth_only(text: &str) -> Result<String, StoreError> {
    fn walk(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if key == "date_of_birth" {
                        if let serde_json::Value::String(date) = value {
                            *date = date
                                .parse::<NaiveDate>()
                                .ok()
                                .and_then(|d| NaiveDate::from_ymd_opt(d.year(), 1, 1))
                                .map_or_else(|| ERASED.to_owned(), |d| d.to_string());
                        }
                    } else {
                        walk(value);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| StoreError::corrupt("assessment", "not JSON"))?;
    walk(&mut value);
    Ok(value.to_string())
}

/// The note, status reason and outcome of the person's referrals.
fn erase_referrals(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    let of_person = || referrals::table.filter(referrals::person_id.eq(person.to_string()));
    diesel::update(of_person().filter(referrals::note.is_not_null()))
        .set(referrals::note.eq(Some(ERASED)))
        .execute(conn)?;
    diesel::update(of_person().filter(referrals::reason.is_not_null()))
        .set(referrals::reason.eq(Some(ERASED)))
        .execute(conn)?;
    diesel::update(of_person().filter(referrals::outcome.is_not_null()))
        .set(referrals::outcome.eq(Some(ERASED)))
        .execute(conn)?;
    Ok(())
}

/// The descriptions of the person's assistance items (on their cases, or given
/// to them) and the reasons of the actions taken on them.
fn erase_assistance(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    let person = person.to_string();
    let items: Vec<String> = assistance_items::table
        .filter(
            assistance_items::person_id
                .eq(person.clone())
                .or(assistance_items::case_id.eq_any(
                    cases::table
                        .filter(cases::person_id.eq(person))
                        .select(cases::id),
                )),
        )
        .select(assistance_items::id)
        .load(conn)?;
    diesel::update(
        assistance_items::table
            .filter(assistance_items::id.eq_any(&items))
            .filter(assistance_items::description.is_not_null()),
    )
    .set(assistance_items::description.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        assistance_actions::table
            .filter(assistance_actions::assistance_id.eq_any(&items))
            .filter(assistance_actions::reason.is_not_null()),
    )
    .set(assistance_actions::reason.eq(Some(ERASED)))
    .execute(conn)?;
    Ok(())
}

/// The notes of the person's job placements, social-enterprise enrolments,
/// movement assistance, residence permits (and the permits' numbers),
/// integration services, the jobseeker profile, and the applications (and the
/// reasons of their moves); what reports count (dates,
/// kinds, terms, countries, hours) stays.
fn erase_monitoring_notes(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    let person = person.to_string();
    diesel::update(
        job_placements::table
            .filter(job_placements::person_id.eq(&person))
            .filter(job_placements::note.is_not_null()),
    )
    .set(job_placements::note.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        social_enterprise_beneficiaries::table
            .filter(social_enterprise_beneficiaries::person_id.eq(&person))
            .filter(social_enterprise_beneficiaries::note.is_not_null()),
    )
    .set(social_enterprise_beneficiaries::note.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        movements::table
            .filter(movements::person_id.eq(&person))
            .filter(movements::note.is_not_null()),
    )
    .set(movements::note.eq(Some(ERASED)))
    .execute(conn)?;
    // A permit's number names the person; its type and dates are counted.
    diesel::update(residence_permits::table.filter(residence_permits::person_id.eq(&person)))
        .set(residence_permits::number.eq(ERASED))
        .execute(conn)?;
    diesel::update(
        residence_permits::table
            .filter(residence_permits::person_id.eq(&person))
            .filter(residence_permits::note.is_not_null()),
    )
    .set(residence_permits::note.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        integration_services::table
            .filter(integration_services::person_id.eq(&person))
            .filter(integration_services::note.is_not_null()),
    )
    .set(integration_services::note.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        jobseekers::table
            .filter(jobseekers::person_id.eq(&person))
            .filter(jobseekers::note.is_not_null()),
    )
    .set(jobseekers::note.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        applications::table
            .filter(applications::person_id.eq(&person))
            .filter(applications::note.is_not_null()),
    )
    .set(applications::note.eq(Some(ERASED)))
    .execute(conn)?;
    diesel::update(
        application_moves::table
            .filter(
                application_moves::application_id.eq_any(
                    applications::table
                        .filter(applications::person_id.eq(&person))
                        .select(applications::id),
                ),
            )
            .filter(application_moves::reason.is_not_null()),
    )
    .set(application_moves::reason.eq(Some(ERASED)))
    .execute(conn)?;
    Ok(())
}

/// The erasure of a person, if their data was erased.
pub fn of(conn: &mut DbConnection, id: Uuid) -> Result<Option<Erasure>, StoreError> {
    erasures::table
        .find(id.to_string())
        .select((erasures::erased_by, erasures::reason, erasures::erased_at))
        .first::<(String, String, NaiveDateTime)>(conn)
        .optional()?
        .map(|(by, reason, at)| {
            Ok(Erasure {
                erased_by: rows::uuid(&by)?,
                reason,
                erased_at: rows::utc(at),
            })
        })
        .transpose()
}

/// Whether the person's data is erased; `None` when there is no such person.
pub fn is_erased(conn: &mut DbConnection, id: Uuid) -> Result<Option<bool>, StoreError> {
    Ok(persons::table
        .find(id.to_string())
        .select(persons::erased_at)
        .first::<Option<NaiveDateTime>>(conn)
        .optional()?
        .map(|erased_at| erased_at.is_some()))
}
