//! Referrals of a person to a partner organisation: rows only. Who reaches
//! which referral, and in which view, is the use case's
//! (`api/src/services/referrals.rs`); a list takes the organisations to filter
//! by as data ([`ReferralFilter`]).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::reintegration::referral::{
    Contact, Referral, ReferralFields, ReferralService, ReferralStatus,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{persons, referrals};

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = referrals)]
struct ReferralRow {
    id: String,
    case_id: Option<String>,
    person_id: String,
    organisation_id: String,
    service: String,
    note: Option<String>,
    status: String,
    reason: Option<String>,
    outcome: Option<String>,
    created_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    sender_organisation_id: Option<String>,
}

impl ReferralRow {
    fn into_record(self) -> Result<ReferralRecord, StoreError> {
        let sender_organisation = rows::optional_uuid(self.sender_organisation_id.as_deref())?;
        Ok(ReferralRecord {
            referral: self.into_referral()?,
            sender_organisation,
        })
    }

    fn into_referral(self) -> Result<Referral, StoreError> {
        Ok(Referral {
            id: rows::uuid(&self.id)?,
            case_id: rows::optional_uuid(self.case_id.as_deref())?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            service: rows::parse("referral service", &self.service, ReferralService::parse)?,
            note: self.note,
            status: rows::parse("referral status", &self.status, ReferralStatus::parse)?,
            status_reason: self.reason,
            outcome: self.outcome,
            referred_by: rows::uuid(&self.created_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// A referral with the organisation it was sent from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralRecord {
    pub referral: Referral,
    /// The sender's organisation when it was sent (kept on the referral: it
    /// does not follow the sender elsewhere); `None` for a sender without one.
    pub sender_organisation: Option<Uuid>,
}

/// Who sent a referral: the user and their organisation when they sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sender {
    pub user: Uuid,
    pub organisation: Option<Uuid>,
}

/// Stores a sent referral (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ReferralFields,
    by: Sender,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(referrals::table)
        .values((
            referrals::id.eq(id.to_string()),
            referrals::case_id.eq(fields.case_id.map(|c| c.to_string())),
            referrals::person_id.eq(fields.person_id.to_string()),
            referrals::organisation_id.eq(fields.organisation_id.to_string()),
            referrals::service.eq(fields.service.as_str()),
            referrals::note.eq(&fields.note),
            referrals::status.eq(ReferralStatus::Sent.as_str()),
            referrals::created_by.eq(by.user.to_string()),
            referrals::sender_organisation_id.eq(by.organisation.map(|o| o.to_string())),
            referrals::version.eq(1_i64),
            referrals::created_at.eq(stamp),
            referrals::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    Ok(())
}

/// The referral `id` with the organisation it was sent from.
pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<ReferralRecord, StoreError> {
    referrals::table
        .find(id.to_string())
        .select(ReferralRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_record()
}

/// Filters of a list of referrals; all given filters must match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReferralFilter {
    /// Sent from this organisation (by its users at the time).
    pub sent_from: Option<Uuid>,
    /// Addressed to this organisation.
    pub addressed_to: Option<Uuid>,
    pub case_id: Option<Uuid>,
    pub status: Option<ReferralStatus>,
}

/// The referrals that match `filter`, oldest first, after the referral `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &ReferralFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Referral>, StoreError> {
    let mut query = referrals::table
        .select(ReferralRow::as_select())
        .order(referrals::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(organisation) = filter.sent_from {
        query = query.filter(referrals::sender_organisation_id.eq(organisation.to_string()));
    }
    if let Some(organisation) = filter.addressed_to {
        query = query.filter(referrals::organisation_id.eq(organisation.to_string()));
    }
    if let Some(case_id) = filter.case_id {
        query = query.filter(referrals::case_id.eq(case_id.to_string()));
    }
    if let Some(status) = filter.status {
        query = query.filter(referrals::status.eq(status.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(referrals::id.gt(after.to_string()));
    }
    query
        .load::<ReferralRow>(conn)?
        .into_iter()
        .map(ReferralRow::into_referral)
        .collect()
}

/// Every referral of a person, oldest first (for the export of their data).
pub fn of_person(conn: &mut DbConnection, person: Uuid) -> Result<Vec<Referral>, StoreError> {
    referrals::table
        .filter(referrals::person_id.eq(person.to_string()))
        .select(ReferralRow::as_select())
        .order(referrals::id.asc())
        .load::<ReferralRow>(conn)?
        .into_iter()
        .map(ReferralRow::into_referral)
        .collect()
}

/// The names and phones of `persons`, in one query; a person who is not found
/// is left out.
pub fn contacts(
    conn: &mut DbConnection,
    persons: &[Uuid],
) -> Result<HashMap<Uuid, Contact>, StoreError> {
    let ids: Vec<String> = persons.iter().map(Uuid::to_string).collect();
    let found: Vec<(String, String, String, Option<String>)> = persons::table
        .filter(persons::id.eq_any(&ids))
        .select((
            persons::id,
            persons::given_name,
            persons::family_name,
            persons::phone,
        ))
        .load(conn)?;
    found
        .into_iter()
        .map(|(id, given_name, family_name, phone)| {
            let contact = Contact {
                given_name,
                family_name,
                phone,
            };
            Ok((rows::uuid(&id)?, contact))
        })
        .collect()
}

/// A move of a referral at `version` to `to`, with the action's reason and the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub id: Uuid,
    pub version: i64,
    pub to: ReferralStatus,
    pub reason: Option<String>,
    pub outcome: Option<String>,
}

/// Moves a referral, if it is still at `change.version`; whether it was (a row changed).
pub fn set_status(
    conn: &mut DbConnection,
    change: &StatusChange,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(
        referrals::table
            .filter(referrals::id.eq(change.id.to_string()))
            .filter(referrals::version.eq(change.version)),
    )
    .set((
        referrals::status.eq(change.to.as_str()),
        referrals::reason.eq(&change.reason),
        referrals::outcome.eq(&change.outcome),
        referrals::version.eq(referrals::version + 1),
        referrals::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    Ok(changed > 0)
}
