//! Referrals of a person to a partner organisation.
//!
//! Who sees a referral ([`Viewer`]): an admin every one; a partner those
//! addressed to its own organisation (in the limited [`PartnerReferral`]
//! view); a case worker those sent by someone of their own organisation.
//! Any other referral is not found.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::reintegration::referral::{
    check_referral_action, PartnerReferral, Referral, ReferralAction, ReferralActionFields,
    ReferralFields, ReferralService, ReferralStatus,
};
use integra_domain::ValidationErrors;
use uuid::Uuid;

use crate::assistance::case_facts;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{organisations, persons, referrals, users};

/// Whose view of referrals a request has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Every referral (admin).
    All,
    /// Those addressed to this organisation (a partner).
    Partner(Uuid),
    /// Those sent by users of this organisation (a case worker).
    Agency(Uuid),
}

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
}

impl ReferralRow {
    fn status(&self) -> Result<ReferralStatus, StoreError> {
        rows::parse("referral status", &self.status, ReferralStatus::parse)
    }

    fn into_referral(self) -> Result<Referral, StoreError> {
        let status = self.status()?;
        Ok(Referral {
            id: rows::uuid(&self.id)?,
            case_id: rows::optional_uuid(self.case_id.as_deref())?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            service: rows::parse("referral service", &self.service, ReferralService::parse)?,
            note: self.note,
            status,
            status_reason: self.reason,
            outcome: self.outcome,
            referred_by: rows::uuid(&self.created_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

type Boxed<'a> = referrals::BoxedQuery<'a, crate::connection::MultiBackend>;

fn visible(viewer: Viewer) -> Boxed<'static> {
    let query = referrals::table.into_boxed();
    match viewer {
        Viewer::All => query,
        Viewer::Partner(org) => query.filter(referrals::organisation_id.eq(org.to_string())),
        Viewer::Agency(org) => query.filter(
            referrals::created_by.eq_any(
                users::table
                    .filter(users::organisation_id.eq(org.to_string()))
                    .select(users::id),
            ),
        ),
    }
}

fn row(conn: &mut DbConnection, id: Uuid, viewer: Viewer) -> Result<ReferralRow, StoreError> {
    visible(viewer)
        .filter(referrals::id.eq(id.to_string()))
        .select(ReferralRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// Sends a referral. `organisation` is the sender's (case visibility: `None` = any case).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ReferralFields,
    organisation: Option<Uuid>,
    actor: Uuid,
    now: DateTime<Utc>,
) -> Result<Referral, StoreError> {
    let mut errors = ValidationErrors::new();
    let person = persons::table
        .find(fields.person_id.to_string())
        .select(persons::id)
        .first::<String>(conn)
        .optional()?;
    if person.is_none() {
        errors.add("person_id", "not_found", "no person has this id");
    }
    let partner = organisations::table
        .find(fields.organisation_id.to_string())
        .select(organisations::active)
        .first::<bool>(conn)
        .optional()?;
    match partner {
        None => errors.add(
            "organisation_id",
            "not_found",
            "no organisation has this id",
        ),
        Some(false) => errors.add(
            "organisation_id",
            "inactive",
            "the organisation is deactivated",
        ),
        Some(true) => {}
    }
    if let Some(case_id) = fields.case_id {
        match case_facts(conn, case_id, organisation) {
            Ok(case) if case.person_id != fields.person_id => {
                errors.add("case_id", "other_person", "the case is not the person's")
            }
            Ok(_) => {}
            Err(StoreError::NotFound) => {
                errors.add("case_id", "not_found", "no case of yours has this id")
            }
            Err(other) => return Err(other),
        }
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
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
            referrals::created_by.eq(actor.to_string()),
            referrals::version.eq(1_i64),
            referrals::created_at.eq(stamp),
            referrals::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id, Viewer::All)
}

pub fn get(conn: &mut DbConnection, id: Uuid, viewer: Viewer) -> Result<Referral, StoreError> {
    row(conn, id, viewer)?.into_referral()
}

fn partner_views(
    conn: &mut DbConnection,
    rows_: Vec<ReferralRow>,
) -> Result<Vec<PartnerReferral>, StoreError> {
    let ids: Vec<&str> = rows_.iter().map(|r| r.person_id.as_str()).collect();
    let people: Vec<(String, String, String, Option<String>)> = persons::table
        .filter(persons::id.eq_any(&ids))
        .select((
            persons::id,
            persons::given_name,
            persons::family_name,
            persons::phone,
        ))
        .load(conn)?;
    rows_
        .into_iter()
        .map(|r| {
            let (given_name, family_name, phone) = people
                .iter()
                .find(|p| p.0 == r.person_id)
                .map(|p| (p.1.clone(), p.2.clone(), p.3.clone()))
                .unwrap_or_default();
            Ok(PartnerReferral {
                id: rows::uuid(&r.id)?,
                given_name,
                family_name,
                phone,
                service: rows::parse("referral service", &r.service, ReferralService::parse)?,
                note: r.note.clone(),
                status: r.status()?,
                outcome: r.outcome.clone(),
                version: r.version,
                created_at: rows::utc(r.created_at),
                updated_at: rows::utc(r.updated_at),
            })
        })
        .collect()
}

/// A referral as the partner it is addressed to sees it.
pub fn get_for_partner(
    conn: &mut DbConnection,
    id: Uuid,
    partner: Uuid,
) -> Result<PartnerReferral, StoreError> {
    let r = row(conn, id, Viewer::Partner(partner))?;
    partner_views(conn, vec![r])?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// The person a referral is about (for the audit log).
pub fn person_of(conn: &mut DbConnection, id: Uuid) -> Result<Option<Uuid>, StoreError> {
    referrals::table
        .find(id.to_string())
        .select(referrals::person_id)
        .first::<String>(conn)
        .optional()?
        .map(|p| rows::uuid(&p))
        .transpose()
}

fn page(
    conn: &mut DbConnection,
    viewer: Viewer,
    case_id: Option<Uuid>,
    status: Option<ReferralStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<ReferralRow>, StoreError> {
    let mut query = visible(viewer)
        .select(ReferralRow::as_select())
        .order(referrals::id.asc())
        .limit(limit);
    if let Some(case_id) = case_id {
        query = query.filter(referrals::case_id.eq(case_id.to_string()));
    }
    if let Some(status) = status {
        query = query.filter(referrals::status.eq(status.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(referrals::id.gt(after.to_string()));
    }
    Ok(query.load(conn)?)
}

/// Referrals the viewer sees, oldest first.
pub fn list(
    conn: &mut DbConnection,
    viewer: Viewer,
    status: Option<ReferralStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Referral>, StoreError> {
    page(conn, viewer, None, status, after, limit)?
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

/// A partner's inbox: referrals addressed to its organisation.
pub fn inbox(
    conn: &mut DbConnection,
    partner: Uuid,
    status: Option<ReferralStatus>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<PartnerReferral>, StoreError> {
    let found = page(conn, Viewer::Partner(partner), None, status, after, limit)?;
    partner_views(conn, found)
}

/// The referrals of a case (any sender), for case workers who see the case.
pub fn list_for_case(
    conn: &mut DbConnection,
    case_id: Uuid,
    organisation: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Referral>, StoreError> {
    case_facts(conn, case_id, organisation)?;
    page(conn, Viewer::All, Some(case_id), None, after, limit)?
        .into_iter()
        .map(ReferralRow::into_referral)
        .collect()
}

/// Takes an action on a referral the viewer sees.
pub fn act(
    conn: &mut DbConnection,
    id: Uuid,
    viewer: Viewer,
    action: ReferralAction,
    fields: &ReferralActionFields,
    expected_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<ReferralRowOut, StoreError> {
    let current = row(conn, id, viewer)?;
    if let Some(expected) = expected_version {
        if expected != current.version {
            return Err(StoreError::VersionMismatch {
                current: current.version,
            });
        }
    }
    let status = current.status()?;
    let target = check_referral_action(status, action)?;
    let outcome = match action {
        ReferralAction::Complete => fields.outcome.clone(),
        _ => current.outcome.clone(),
    };
    let changed = diesel::update(
        referrals::table
            .filter(referrals::id.eq(&current.id))
            .filter(referrals::version.eq(current.version)),
    )
    .set((
        referrals::status.eq(target.as_str()),
        referrals::reason.eq(&fields.reason),
        referrals::outcome.eq(outcome),
        referrals::version.eq(referrals::version + 1),
        referrals::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::conflict(
            "concurrent_change",
            "the referral changed while this action was taken; read it again",
            None,
        ));
    }
    let updated = row(conn, id, Viewer::All)?;
    Ok(match viewer {
        Viewer::Partner(_) => ReferralRowOut::Partner(
            partner_views(conn, vec![updated])?
                .pop()
                .ok_or(StoreError::NotFound)?,
        ),
        _ => ReferralRowOut::Full(updated.into_referral()?),
    })
}

/// A referral as the viewer of an action sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReferralRowOut {
    Full(Referral),
    Partner(PartnerReferral),
}
