//! Follow-ups of a case at 3, 6 and 12 months, with their scores: rows only.
//! Where and when a follow-up is recorded is the use case's
//! (`api/src/services/follow_ups.rs`); the table's `UNIQUE (case_id, point)`
//! is the backstop of one follow-up per point per case.
//!
//! Due dates count from the start of reintegration assistance
//! ([`assistance_start`]): the earliest `delivered_on` of the case's
//! assistance, or the case's registration date while nothing is delivered.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::reintegration::follow_up::{
    assistance_start, due_on, Answer, FollowUp, FollowUpFields, FollowUpPoint, Scores,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{assistance_items, cases, follow_ups};

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = follow_ups)]
struct FollowUpRow {
    id: String,
    case_id: String,
    point: String,
    conducted_on: NaiveDate,
    answers: String,
    economic: Option<f64>,
    social: Option<f64>,
    psychosocial: Option<f64>,
    overall: Option<f64>,
    recorded_by: String,
    created_at: NaiveDateTime,
}

impl FollowUpRow {
    fn into_follow_up(self, start: NaiveDate) -> Result<FollowUp, StoreError> {
        let point = rows::parse("follow-up point", &self.point, FollowUpPoint::parse)?;
        let answers: BTreeMap<String, Answer> = serde_json::from_str(&self.answers)
            .map_err(|_| StoreError::corrupt("follow-up answers", &self.id))?;
        Ok(FollowUp {
            id: rows::uuid(&self.id)?,
            case_id: rows::uuid(&self.case_id)?,
            point,
            due_on: due_on(start, point),
            conducted_on: self.conducted_on,
            answers,
            scores: Scores {
                economic: self.economic,
                social: self.social,
                psychosocial: self.psychosocial,
                overall: self.overall,
            },
            recorded_by: rows::uuid(&self.recorded_by)?,
            // A follow-up is never changed.
            version: 1,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.created_at),
        })
    }
}

/// The start of reintegration assistance of the case `case_id`.
fn start_of(conn: &mut DbConnection, case_id: &str) -> Result<NaiveDate, StoreError> {
    let registered_on: NaiveDate = cases::table
        .find(case_id)
        .select(cases::registered_on)
        .first(conn)?;
    let delivered: Vec<Option<NaiveDate>> = assistance_items::table
        .filter(assistance_items::case_id.eq(case_id))
        .filter(assistance_items::delivered_on.is_not_null())
        .select(assistance_items::delivered_on)
        .load(conn)?;
    Ok(assistance_start(
        delivered.into_iter().flatten().min(),
        registered_on,
    ))
}

/// The follow-up of the case `case_id` at `point`, if it has one.
pub fn at_point(
    conn: &mut DbConnection,
    case_id: Uuid,
    point: FollowUpPoint,
) -> Result<Option<Uuid>, StoreError> {
    follow_ups::table
        .filter(follow_ups::case_id.eq(case_id.to_string()))
        .filter(follow_ups::point.eq(point.as_str()))
        .select(follow_ups::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

/// A follow-up as it is stored.
#[derive(Debug, Clone, Copy)]
pub struct NewFollowUp<'a> {
    pub id: Uuid,
    pub case_id: Uuid,
    pub fields: &'a FollowUpFields,
    pub scores: &'a Scores,
    pub recorded_by: Uuid,
}

/// Stores a follow-up; a second one at the same point of the case is the
/// generic `duplicate` conflict.
pub fn insert(
    conn: &mut DbConnection,
    new: &NewFollowUp<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let (fields, scores) = (new.fields, new.scores);
    let answers = serde_json::to_string(&fields.answers)
        .map_err(|e| StoreError::Internal(format!("answers do not serialise: {e}")))?;
    diesel::insert_into(follow_ups::table)
        .values((
            follow_ups::id.eq(new.id.to_string()),
            follow_ups::case_id.eq(new.case_id.to_string()),
            follow_ups::point.eq(fields.point.as_str()),
            follow_ups::conducted_on.eq(fields.conducted_on),
            follow_ups::answers.eq(answers),
            follow_ups::economic.eq(scores.economic),
            follow_ups::social.eq(scores.social),
            follow_ups::psychosocial.eq(scores.psychosocial),
            follow_ups::overall.eq(scores.overall),
            follow_ups::recorded_by.eq(new.recorded_by.to_string()),
            follow_ups::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The follow-up `id`.
pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<FollowUp, StoreError> {
    let row: FollowUpRow = follow_ups::table
        .find(id.to_string())
        .select(FollowUpRow::as_select())
        .first(conn)?;
    let start = start_of(conn, &row.case_id)?;
    row.into_follow_up(start)
}

/// The follow-ups of a case, in the order of their points; `organisation`
/// limits them to a case that organisation holds (`None`: any).
pub fn list_for_case(
    conn: &mut DbConnection,
    case_id: Uuid,
    organisation: Option<Uuid>,
) -> Result<Vec<FollowUp>, StoreError> {
    let case = case_id.to_string();
    let mut query = follow_ups::table
        .filter(follow_ups::case_id.eq(&case))
        .select(FollowUpRow::as_select())
        .order(follow_ups::id.asc())
        .into_boxed();
    if let Some(organisation) = organisation {
        query = query.filter(follow_ups::case_id.eq_any(crate::cases::held_by(organisation)));
    }
    let found: Vec<FollowUpRow> = query.load(conn)?;
    if found.is_empty() {
        return Ok(Vec::new());
    }
    let start = start_of(conn, &case)?;
    let mut all = found
        .into_iter()
        .map(|r| r.into_follow_up(start))
        .collect::<Result<Vec<_>, _>>()?;
    all.sort_by_key(|f| f.point.months());
    Ok(all)
}
