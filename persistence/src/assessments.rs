//! Eligibility assessments of cases (immutable once stored), and the facts the
//! registry holds about a person for the rule engine.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::eligibility::Facts;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::schema::{assessments, assistance_items, cases};
use crate::{persons, rows, stays};

/// A stored assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRecord {
    pub id: Uuid,
    pub case_id: Uuid,
    pub rule_set_id: Uuid,
    pub rule_set_version: i64,
    pub assessed_on: NaiveDate,
    pub eligible: bool,
    /// The facts used, as JSON.
    pub facts: serde_json::Value,
    /// Every rule's result, as JSON.
    pub results: serde_json::Value,
    pub assessed_by: Uuid,
    pub created_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = assessments)]
struct AssessmentRow {
    id: String,
    case_id: String,
    rule_set_id: String,
    rule_set_version: i64,
    assessed_on: NaiveDate,
    eligible: bool,
    facts: String,
    results: String,
    assessed_by: String,
    created_at: NaiveDateTime,
}

impl AssessmentRow {
    fn into_record(self) -> Result<AssessmentRecord, StoreError> {
        let json = |what: &str, text: &str| {
            serde_json::from_str(text).map_err(|_| StoreError::corrupt(what, "not JSON"))
        };
        Ok(AssessmentRecord {
            id: rows::uuid(&self.id)?,
            case_id: rows::uuid(&self.case_id)?,
            rule_set_id: rows::uuid(&self.rule_set_id)?,
            rule_set_version: self.rule_set_version,
            assessed_on: self.assessed_on,
            eligible: self.eligible,
            facts: json("facts", &self.facts)?,
            results: json("results", &self.results)?,
            assessed_by: rows::uuid(&self.assessed_by)?,
            created_at: rows::utc(self.created_at),
        })
    }
}

/// Stores an assessment.
pub fn insert(conn: &mut DbConnection, record: &AssessmentRecord) -> Result<(), StoreError> {
    diesel::insert_into(assessments::table)
        .values((
            assessments::id.eq(record.id.to_string()),
            assessments::case_id.eq(record.case_id.to_string()),
            assessments::rule_set_id.eq(record.rule_set_id.to_string()),
            assessments::rule_set_version.eq(record.rule_set_version),
            assessments::assessed_on.eq(record.assessed_on),
            assessments::eligible.eq(record.eligible),
            assessments::facts.eq(record.facts.to_string()),
            assessments::results.eq(record.results.to_string()),
            assessments::assessed_by.eq(record.assessed_by.to_string()),
            assessments::created_at.eq(record.created_at.naive_utc()),
        ))
        .execute(conn)?;
    // Kept on the case for the reports' funnel (screened).
    diesel::update(cases::table.filter(cases::id.eq(record.case_id.to_string())))
        .set(cases::assessed.eq(true))
        .execute(conn)?;
    Ok(())
}

/// The assessments of a case, oldest first.
pub fn list(conn: &mut DbConnection, case: Uuid) -> Result<Vec<AssessmentRecord>, StoreError> {
    assessments::table
        .filter(assessments::case_id.eq(case.to_string()))
        .order(assessments::id.asc())
        .select(AssessmentRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AssessmentRow::into_record)
        .collect()
}

pub fn get(conn: &mut DbConnection, case: Uuid, id: Uuid) -> Result<AssessmentRecord, StoreError> {
    assessments::table
        .find(id.to_string())
        .filter(assessments::case_id.eq(case.to_string()))
        .select(AssessmentRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_record()
}

/// The latest assessment of a case, if any.
pub fn latest(conn: &mut DbConnection, case: Uuid) -> Result<Option<AssessmentRecord>, StoreError> {
    assessments::table
        .filter(assessments::case_id.eq(case.to_string()))
        .order(assessments::id.desc())
        .select(AssessmentRow::as_select())
        .first(conn)
        .optional()?
        .map(AssessmentRow::into_record)
        .transpose()
}

/// The latest assessment of each of `cases` that has one.
pub fn latest_of(
    conn: &mut DbConnection,
    cases: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, AssessmentRecord>, StoreError> {
    let ids: Vec<String> = cases.iter().map(Uuid::to_string).collect();
    let mut latest = std::collections::HashMap::new();
    // Oldest first: each later one replaces the one before.
    for row in assessments::table
        .filter(assessments::case_id.eq_any(&ids))
        .order(assessments::id.asc())
        .select(AssessmentRow::as_select())
        .load(conn)?
    {
        let record = row.into_record()?;
        latest.insert(record.case_id, record);
    }
    Ok(latest)
}

/// Grants (micro-business, self-employment support) delivered to the person by the programme.
pub fn grants_received(
    conn: &mut DbConnection,
    programme: Uuid,
    person: Uuid,
) -> Result<u32, StoreError> {
    let count: i64 = assistance_items::table
        .filter(assistance_items::programme_id.eq(programme.to_string()))
        .filter(assistance_items::person_id.eq(person.to_string()))
        .filter(assistance_items::status.eq("delivered"))
        .filter(
            assistance_items::assistance_type.eq_any(["micro_business", "self_employment_support"]),
        )
        .count()
        .get_result(conn)?;
    Ok(u32::try_from(count).unwrap_or(u32::MAX))
}

/// What the registry knows about the person on `on`, for the programme's rules
/// (see [`Facts::of_registry`]).
pub fn facts_of(
    conn: &mut DbConnection,
    person: Uuid,
    programme: Uuid,
    on: NaiveDate,
) -> Result<Facts, StoreError> {
    let found = persons::get(conn, person)?;
    let stays = stays::list(conn, person)?;
    let grants = grants_received(conn, programme, person)?;
    Ok(Facts::of_registry(&found, &stays, grants, on))
}
