//! Follow-ups of a case at 3, 6 and 12 months, with their scores.
//!
//! A follow-up is recorded only on a case in `assisting`, `monitoring` or
//! `closed` (a closed case may still get the follow-up that was due before it
//! closed): before assistance there is nothing to follow up. One follow-up per
//! point per case (the table's `UNIQUE (case_id, point)` is the backstop).
//!
//! Due dates count from the start of reintegration assistance: the earliest
//! `delivered_on` of the case's assistance, or, while nothing has been
//! delivered, the case's registration date.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::reintegration::case::CaseStatus;
use integra_domain::reintegration::follow_up::{
    due_on, score, Answer, FollowUp, FollowUpFields, FollowUpPoint, Scores,
};
use uuid::Uuid;

use crate::assistance::{case_facts, CaseFacts};
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{assistance_items, follow_ups};

/// The case statuses on which follow-ups are recorded.
pub const STATUSES: &[CaseStatus] = &[
    CaseStatus::Assisting,
    CaseStatus::Monitoring,
    CaseStatus::Closed,
];

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

/// The start of reintegration assistance of a case (see the module).
fn start_of(conn: &mut DbConnection, case: &CaseFacts) -> Result<NaiveDate, StoreError> {
    let delivered: Vec<Option<NaiveDate>> = assistance_items::table
        .filter(assistance_items::case_id.eq(case.id.to_string()))
        .filter(assistance_items::delivered_on.is_not_null())
        .select(assistance_items::delivered_on)
        .load(conn)?;
    Ok(delivered
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(case.registered_on))
}

fn path(case_id: Uuid, id: &str) -> String {
    format!("/api/v1/cases/{case_id}/follow-ups#{id}")
}

/// Records a follow-up with its scores.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    case_id: Uuid,
    organisation: Option<Uuid>,
    fields: &FollowUpFields,
    actor: Uuid,
    now: DateTime<Utc>,
) -> Result<FollowUp, StoreError> {
    let case = case_facts(conn, case_id, organisation)?;
    if !STATUSES.contains(&case.status) {
        return Err(StoreError::conflict(
            "case_status",
            format!(
                "follow-ups are recorded on cases that are assisting, monitoring or closed; this one is {}",
                case.status
            ),
            None,
        ));
    }
    let existing = follow_ups::table
        .filter(follow_ups::case_id.eq(case_id.to_string()))
        .filter(follow_ups::point.eq(fields.point.as_str()))
        .select(follow_ups::id)
        .first::<String>(conn)
        .optional()?;
    if let Some(existing) = existing {
        return Err(StoreError::conflict(
            "duplicate_follow_up",
            format!("the case has its {} follow-up already", fields.point),
            Some(path(case_id, &existing)),
        ));
    }
    let scores = score(&fields.answers);
    let answers = serde_json::to_string(&fields.answers)
        .map_err(|e| StoreError::Internal(format!("answers do not serialise: {e}")))?;
    let inserted = diesel::insert_into(follow_ups::table)
        .values((
            follow_ups::id.eq(id.to_string()),
            follow_ups::case_id.eq(case_id.to_string()),
            follow_ups::point.eq(fields.point.as_str()),
            follow_ups::conducted_on.eq(fields.conducted_on),
            follow_ups::answers.eq(answers),
            follow_ups::economic.eq(scores.economic),
            follow_ups::social.eq(scores.social),
            follow_ups::psychosocial.eq(scores.psychosocial),
            follow_ups::overall.eq(scores.overall),
            follow_ups::recorded_by.eq(actor.to_string()),
            follow_ups::created_at.eq(now.naive_utc()),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => {}
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {
            return Err(StoreError::conflict(
                "duplicate_follow_up",
                format!("the case has its {} follow-up already", fields.point),
                None,
            ))
        }
        Err(other) => return Err(other.into()),
    }
    let start = start_of(conn, &case)?;
    follow_ups::table
        .find(id.to_string())
        .select(FollowUpRow::as_select())
        .first(conn)?
        .into_follow_up(start)
}

/// The follow-ups of a case, in the order of their points.
pub fn list_for_case(
    conn: &mut DbConnection,
    case_id: Uuid,
    organisation: Option<Uuid>,
) -> Result<Vec<FollowUp>, StoreError> {
    let case = case_facts(conn, case_id, organisation)?;
    let start = start_of(conn, &case)?;
    let found: Vec<FollowUpRow> = follow_ups::table
        .filter(follow_ups::case_id.eq(case_id.to_string()))
        .select(FollowUpRow::as_select())
        .order(follow_ups::id.asc())
        .load(conn)?;
    let mut all = found
        .into_iter()
        .map(|r| r.into_follow_up(start))
        .collect::<Result<Vec<_>, _>>()?;
    all.sort_by_key(|f| f.point.months());
    Ok(all)
}
