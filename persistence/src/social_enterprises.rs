//! Social enterprises: their partner sets, the beneficiaries they enrol and the
//! job places they create; rows only. Which organisations are social
//! enterprises is the organisations table's `kind`; who reaches which
//! beneficiary or job place is the use case's
//! (`api/src/services/social_enterprises.rs`).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::organisation::OrganisationKind;
use integra_domain::placement::EmploymentTerm;
use integra_domain::social_enterprise::{
    Enrolment, EnrolmentFields, EnrolmentProgramme, JobPlace, JobPlaceFields, PartnerOrganisation,
    SocialEnterprise,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::placements::Recorder;
use crate::rows;
use crate::schema::{
    job_places, organisations, social_enterprise_beneficiaries, social_enterprise_partners,
    social_enterprises,
};

// Partners.

/// The version of an enterprise's partner set and when it last changed; `None`
/// before partners were first set.
pub fn partners_version(
    conn: &mut DbConnection,
    enterprise: Uuid,
) -> Result<Option<(i64, DateTime<Utc>)>, StoreError> {
    Ok(social_enterprises::table
        .find(enterprise.to_string())
        .select((
            social_enterprises::partners_version,
            social_enterprises::updated_at,
        ))
        .first::<(i64, NaiveDateTime)>(conn)
        .optional()?
        .map(|(version, at)| (version, rows::utc(at))))
}

/// The partners of each of `enterprises`, by name; an enterprise without
/// partners is left out.
pub fn partners_of(
    conn: &mut DbConnection,
    enterprises: &[Uuid],
) -> Result<HashMap<Uuid, Vec<PartnerOrganisation>>, StoreError> {
    let ids: Vec<String> = enterprises.iter().map(Uuid::to_string).collect();
    let found: Vec<(String, String, String, String, bool)> = social_enterprise_partners::table
        .inner_join(
            organisations::table
                .on(organisations::id.eq(social_enterprise_partners::partner_organisation_id)),
        )
        .filter(social_enterprise_partners::social_enterprise_id.eq_any(&ids))
        .select((
            social_enterprise_partners::social_enterprise_id,
            organisations::id,
            organisations::name,
            organisations::kind,
            organisations::active,
        ))
        .order((organisations::name.asc(), organisations::id.asc()))
        .load(conn)?;
    let mut partners: HashMap<Uuid, Vec<PartnerOrganisation>> = HashMap::new();
    for (enterprise, id, name, kind, active) in found {
        partners
            .entry(rows::uuid(&enterprise)?)
            .or_default()
            .push(PartnerOrganisation {
                id: rows::uuid(&id)?,
                name,
                kind: rows::parse("kind", &kind, OrganisationKind::parse)?,
                active,
            });
    }
    Ok(partners)
}

/// Replaces the partner set of `enterprise`, which is at `expected_version` (0:
/// never set); [`StoreError::VersionMismatch`] when it is not any more.
pub fn set_partners(
    conn: &mut DbConnection,
    enterprise: Uuid,
    expected_version: i64,
    partners: &[Uuid],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let id = enterprise.to_string();
    let stamp = now.naive_utc();
    if expected_version == 0 {
        // A concurrent first setting takes the key first: a lost race.
        diesel::insert_into(social_enterprises::table)
            .values((
                social_enterprises::organisation_id.eq(&id),
                social_enterprises::partners_version.eq(1_i64),
                social_enterprises::updated_at.eq(stamp),
            ))
            .execute(conn)
            .map_err(|e| match StoreError::from(e) {
                StoreError::Duplicate => StoreError::VersionMismatch { current: 1 },
                other => other,
            })?;
    } else {
        let changed = diesel::update(
            social_enterprises::table
                .filter(social_enterprises::organisation_id.eq(&id))
                .filter(social_enterprises::partners_version.eq(expected_version)),
        )
        .set((
            social_enterprises::partners_version.eq(social_enterprises::partners_version + 1),
            social_enterprises::updated_at.eq(stamp),
        ))
        .execute(conn)?;
        if changed == 0 {
            let current = partners_version(conn, enterprise)?.map_or(0, |(v, _)| v);
            return Err(StoreError::VersionMismatch { current });
        }
    }
    diesel::delete(
        social_enterprise_partners::table
            .filter(social_enterprise_partners::social_enterprise_id.eq(&id)),
    )
    .execute(conn)?;
    for partner in partners {
        diesel::insert_into(social_enterprise_partners::table)
            .values((
                social_enterprise_partners::social_enterprise_id.eq(&id),
                social_enterprise_partners::partner_organisation_id.eq(partner.to_string()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The organisations of kind `social_enterprise` (only the active ones, or only
/// the inactive, when `active` is given) after `after`, oldest first, with
/// their partners.
pub fn list(
    conn: &mut DbConnection,
    active: Option<bool>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<SocialEnterprise>, StoreError> {
    let mut query = organisations::table
        .left_join(
            social_enterprises::table.on(social_enterprises::organisation_id.eq(organisations::id)),
        )
        .filter(organisations::kind.eq(OrganisationKind::SocialEnterprise.as_str()))
        .select((
            organisations::id,
            organisations::name,
            organisations::country,
            organisations::active,
            social_enterprises::partners_version.nullable(),
        ))
        .order(organisations::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(active) = active {
        query = query.filter(organisations::active.eq(active));
    }
    if let Some(after) = after {
        query = query.filter(organisations::id.gt(after.to_string()));
    }
    let found: Vec<(String, String, String, bool, Option<i64>)> = query.load(conn)?;
    let ids = found
        .iter()
        .map(|(id, ..)| rows::uuid(id))
        .collect::<Result<Vec<_>, _>>()?;
    let mut partners = partners_of(conn, &ids)?;
    found
        .into_iter()
        .zip(ids)
        .map(|((_, name, country, active, version), id)| {
            Ok(SocialEnterprise {
                id,
                name,
                country,
                active,
                partners: partners.remove(&id).unwrap_or_default(),
                partners_version: version.unwrap_or(0),
            })
        })
        .collect()
}

// Beneficiaries.

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = social_enterprise_beneficiaries)]
struct EnrolmentRow {
    id: String,
    social_enterprise_id: String,
    person_id: String,
    organisation_id: String,
    programme: String,
    started_on: NaiveDate,
    completed_on: Option<NaiveDate>,
    note: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl EnrolmentRow {
    fn into_enrolment(self) -> Result<Enrolment, StoreError> {
        Ok(Enrolment {
            id: rows::uuid(&self.id)?,
            social_enterprise_id: rows::uuid(&self.social_enterprise_id)?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            programme: rows::parse("programme", &self.programme, EnrolmentProgramme::parse)?,
            started_on: self.started_on,
            completed_on: self.completed_on,
            note: self.note,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = social_enterprise_beneficiaries, treat_none_as_null = true)]
struct EnrolmentChanges<'a> {
    person_id: String,
    programme: &'a str,
    started_on: NaiveDate,
    completed_on: Option<NaiveDate>,
    note: Option<&'a str>,
}

impl<'a> From<&'a EnrolmentFields> for EnrolmentChanges<'a> {
    fn from(fields: &'a EnrolmentFields) -> Self {
        Self {
            person_id: fields.person_id.to_string(),
            programme: fields.programme.as_str(),
            started_on: fields.started_on,
            completed_on: fields.completed_on,
            note: fields.note.as_deref(),
        }
    }
}

/// Stores the enrolment of a beneficiary at `enterprise` (version 1).
pub fn enrol(
    conn: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
    fields: &EnrolmentFields,
    by: Recorder,
    now: DateTime<Utc>,
) -> Result<Enrolment, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(social_enterprise_beneficiaries::table)
        .values((
            social_enterprise_beneficiaries::id.eq(id.to_string()),
            social_enterprise_beneficiaries::social_enterprise_id.eq(enterprise.to_string()),
            social_enterprise_beneficiaries::organisation_id.eq(by.organisation.to_string()),
            social_enterprise_beneficiaries::recorded_by.eq(by.user.to_string()),
            EnrolmentChanges::from(fields),
            social_enterprise_beneficiaries::version.eq(1_i64),
            social_enterprise_beneficiaries::created_at.eq(stamp),
            social_enterprise_beneficiaries::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    enrolment(conn, enterprise, id)
}

/// Replaces an enrolment's fields if it is still at `expected_version`.
pub fn update_enrolment(
    conn: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &EnrolmentFields,
    now: DateTime<Utc>,
) -> Result<Enrolment, StoreError> {
    let changed = diesel::update(
        social_enterprise_beneficiaries::table
            .filter(social_enterprise_beneficiaries::id.eq(id.to_string()))
            .filter(social_enterprise_beneficiaries::version.eq(expected_version)),
    )
    .set((
        EnrolmentChanges::from(fields),
        social_enterprise_beneficiaries::version.eq(social_enterprise_beneficiaries::version + 1),
        social_enterprise_beneficiaries::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        let current = enrolment(conn, enterprise, id)?;
        return Err(StoreError::VersionMismatch {
            current: current.version,
        });
    }
    enrolment(conn, enterprise, id)
}

/// The enrolment `id` at `enterprise`.
pub fn enrolment(
    conn: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
) -> Result<Enrolment, StoreError> {
    social_enterprise_beneficiaries::table
        .find(id.to_string())
        .filter(social_enterprise_beneficiaries::social_enterprise_id.eq(enterprise.to_string()))
        .select(EnrolmentRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_enrolment()
}

/// Filters of a list of enrolments; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnrolmentFilter {
    pub social_enterprise_id: Option<Uuid>,
    /// Recorded by this organisation.
    pub organisation: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub programme: Option<EnrolmentProgramme>,
    /// Started on or after.
    pub from: Option<NaiveDate>,
    /// Started on or before.
    pub to: Option<NaiveDate>,
}

/// The enrolments that match `filter`, in the order recorded, after `after`.
pub fn enrolments(
    conn: &mut DbConnection,
    filter: &EnrolmentFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Enrolment>, StoreError> {
    use social_enterprise_beneficiaries as b;
    let mut query = b::table
        .select(EnrolmentRow::as_select())
        .order(b::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(enterprise) = filter.social_enterprise_id {
        query = query.filter(b::social_enterprise_id.eq(enterprise.to_string()));
    }
    if let Some(organisation) = filter.organisation {
        query = query.filter(b::organisation_id.eq(organisation.to_string()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(b::person_id.eq(person.to_string()));
    }
    if let Some(programme) = filter.programme {
        query = query.filter(b::programme.eq(programme.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(b::started_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(b::started_on.le(to));
    }
    if let Some(after) = after {
        query = query.filter(b::id.gt(after.to_string()));
    }
    query
        .load::<EnrolmentRow>(conn)?
        .into_iter()
        .map(EnrolmentRow::into_enrolment)
        .collect()
}

// Job places.

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = job_places)]
struct JobPlaceRow {
    id: String,
    social_enterprise_id: String,
    organisation_id: String,
    term: String,
    created_on: NaiveDate,
    places: i64,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl JobPlaceRow {
    fn into_job_place(self) -> Result<JobPlace, StoreError> {
        Ok(JobPlace {
            id: rows::uuid(&self.id)?,
            social_enterprise_id: rows::uuid(&self.social_enterprise_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            term: rows::parse("term", &self.term, EmploymentTerm::parse)?,
            created_on: self.created_on,
            places: self.places,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Stores job places created at `enterprise` (version 1).
pub fn add_job_place(
    conn: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
    fields: &JobPlaceFields,
    by: Recorder,
    now: DateTime<Utc>,
) -> Result<JobPlace, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(job_places::table)
        .values((
            job_places::id.eq(id.to_string()),
            job_places::social_enterprise_id.eq(enterprise.to_string()),
            job_places::organisation_id.eq(by.organisation.to_string()),
            job_places::recorded_by.eq(by.user.to_string()),
            job_places::term.eq(fields.term.as_str()),
            job_places::created_on.eq(fields.created_on),
            job_places::places.eq(fields.places),
            job_places::version.eq(1_i64),
            job_places::created_at.eq(stamp),
            job_places::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    job_place(conn, enterprise, id)
}

/// Replaces job places' fields if they are still at `expected_version`.
pub fn update_job_place(
    conn: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &JobPlaceFields,
    now: DateTime<Utc>,
) -> Result<JobPlace, StoreError> {
    let changed = diesel::update(
        job_places::table
            .filter(job_places::id.eq(id.to_string()))
            .filter(job_places::version.eq(expected_version)),
    )
    .set((
        job_places::term.eq(fields.term.as_str()),
        job_places::created_on.eq(fields.created_on),
        job_places::places.eq(fields.places),
        job_places::version.eq(job_places::version + 1),
        job_places::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        let current = job_place(conn, enterprise, id)?;
        return Err(StoreError::VersionMismatch {
            current: current.version,
        });
    }
    job_place(conn, enterprise, id)
}

/// The job places `id` of `enterprise`.
pub fn job_place(
    conn: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
) -> Result<JobPlace, StoreError> {
    job_places::table
        .find(id.to_string())
        .filter(job_places::social_enterprise_id.eq(enterprise.to_string()))
        .select(JobPlaceRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_job_place()
}

/// Filters of a list of job places; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobPlaceFilter {
    pub social_enterprise_id: Option<Uuid>,
    /// Recorded by this organisation.
    pub organisation: Option<Uuid>,
    pub term: Option<EmploymentTerm>,
    /// Created on or after.
    pub from: Option<NaiveDate>,
    /// Created on or before.
    pub to: Option<NaiveDate>,
}

/// The job places that match `filter`, in the order recorded, after `after`.
pub fn job_places(
    conn: &mut DbConnection,
    filter: &JobPlaceFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<JobPlace>, StoreError> {
    let mut query = job_places::table
        .select(JobPlaceRow::as_select())
        .order(job_places::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(enterprise) = filter.social_enterprise_id {
        query = query.filter(job_places::social_enterprise_id.eq(enterprise.to_string()));
    }
    if let Some(organisation) = filter.organisation {
        query = query.filter(job_places::organisation_id.eq(organisation.to_string()));
    }
    if let Some(term) = filter.term {
        query = query.filter(job_places::term.eq(term.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(job_places::created_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(job_places::created_on.le(to));
    }
    if let Some(after) = after {
        query = query.filter(job_places::id.gt(after.to_string()));
    }
    query
        .load::<JobPlaceRow>(conn)?
        .into_iter()
        .map(JobPlaceRow::into_job_place)
        .collect()
}
