//! Job placements: rows only. Who reaches which placement is the use case's
//! (`api/src/services/placements.rs`); a list takes the organisation to limit
//! it to as data ([`PlacementFilter`]).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::placement::{EmploymentTerm, JobPlacement, PlacementFields, PlacementLocation};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::job_placements;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = job_placements)]
struct PlacementRow {
    id: String,
    person_id: String,
    organisation_id: String,
    location: String,
    country: Option<String>,
    employer_organisation_id: String,
    term: String,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    programme_id: Option<String>,
    note: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl PlacementRow {
    fn into_placement(self) -> Result<JobPlacement, StoreError> {
        Ok(JobPlacement {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            location: rows::parse("location", &self.location, PlacementLocation::parse)?,
            country: self.country,
            employer_organisation_id: rows::uuid(&self.employer_organisation_id)?,
            term: rows::parse("term", &self.term, EmploymentTerm::parse)?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            programme_id: rows::optional_uuid(self.programme_id.as_deref())?,
            note: self.note,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset)]
#[diesel(table_name = job_placements, treat_none_as_null = true)]
struct PlacementChanges<'a> {
    person_id: String,
    location: &'a str,
    country: Option<&'a str>,
    employer_organisation_id: String,
    term: &'a str,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    programme_id: Option<String>,
    note: Option<&'a str>,
}

impl<'a> From<&'a PlacementFields> for PlacementChanges<'a> {
    fn from(fields: &'a PlacementFields) -> Self {
        Self {
            person_id: fields.person_id.to_string(),
            location: fields.location.as_str(),
            country: fields.country.as_deref(),
            employer_organisation_id: fields.employer_organisation_id.to_string(),
            term: fields.term.as_str(),
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
            programme_id: fields.programme_id.map(|p| p.to_string()),
            note: fields.note.as_deref(),
        }
    }
}

/// Who recorded a record of this stream: the user, and the organisation whose
/// staff see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorder {
    pub user: Uuid,
    pub organisation: Uuid,
}

/// Stores a placement (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &PlacementFields,
    by: Recorder,
    now: DateTime<Utc>,
) -> Result<JobPlacement, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(job_placements::table)
        .values((
            job_placements::id.eq(id.to_string()),
            job_placements::organisation_id.eq(by.organisation.to_string()),
            job_placements::recorded_by.eq(by.user.to_string()),
            job_placements::person_id.eq(fields.person_id.to_string()),
            job_placements::location.eq(fields.location.as_str()),
            job_placements::country.eq(fields.country.as_deref()),
            job_placements::employer_organisation_id
                .eq(fields.employer_organisation_id.to_string()),
            job_placements::term.eq(fields.term.as_str()),
            job_placements::starts_on.eq(fields.starts_on),
            job_placements::ends_on.eq(fields.ends_on),
            job_placements::programme_id.eq(fields.programme_id.map(|p| p.to_string())),
            job_placements::note.eq(fields.note.as_deref()),
            job_placements::version.eq(1_i64),
            job_placements::created_at.eq(stamp),
            job_placements::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a placement's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &PlacementFields,
    now: DateTime<Utc>,
) -> Result<JobPlacement, StoreError> {
    let changed = diesel::update(
        job_placements::table
            .filter(job_placements::id.eq(id.to_string()))
            .filter(job_placements::version.eq(expected_version)),
    )
    .set((
        PlacementChanges::from(fields),
        job_placements::version.eq(job_placements::version + 1),
        job_placements::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |r| r.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<JobPlacement, StoreError> {
    job_placements::table
        .find(id.to_string())
        .select(PlacementRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_placement()
}

/// Filters of a list of placements; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlacementFilter {
    /// Recorded by this organisation.
    pub organisation: Option<Uuid>,
    pub person_id: Option<Uuid>,
    /// Started on or after.
    pub from: Option<NaiveDate>,
    /// Started on or before.
    pub to: Option<NaiveDate>,
    pub location: Option<PlacementLocation>,
    pub term: Option<EmploymentTerm>,
    pub programme_id: Option<Uuid>,
}

/// The placements that match `filter`, in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &PlacementFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<JobPlacement>, StoreError> {
    let mut query = job_placements::table
        .select(PlacementRow::as_select())
        .order(job_placements::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(job_placements::organisation_id.eq(organisation.to_string()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(job_placements::person_id.eq(person.to_string()));
    }
    if let Some(from) = filter.from {
        query = query.filter(job_placements::starts_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(job_placements::starts_on.le(to));
    }
    if let Some(location) = filter.location {
        query = query.filter(job_placements::location.eq(location.as_str()));
    }
    if let Some(term) = filter.term {
        query = query.filter(job_placements::term.eq(term.as_str()));
    }
    if let Some(programme) = filter.programme_id {
        query = query.filter(job_placements::programme_id.eq(programme.to_string()));
    }
    if let Some(after) = after {
        query = query.filter(job_placements::id.gt(after.to_string()));
    }
    query
        .load::<PlacementRow>(conn)?
        .into_iter()
        .map(PlacementRow::into_placement)
        .collect()
}

/// The first `limit` placements of a person, in the order recorded (for the
/// export of their data).
pub fn of_person(
    conn: &mut DbConnection,
    person: Uuid,
    limit: i64,
) -> Result<Vec<JobPlacement>, StoreError> {
    list(
        conn,
        &PlacementFilter {
            person_id: Some(person),
            ..PlacementFilter::default()
        },
        None,
        limit,
    )
}

/// Sets the last day of work of a placement (a return from abroad ends it).
pub fn end(
    conn: &mut DbConnection,
    id: Uuid,
    ends_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let changed = diesel::update(job_placements::table.find(id.to_string()))
        .set((
            job_placements::ends_on.eq(Some(ends_on)),
            job_placements::version.eq(job_placements::version + 1),
            job_placements::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
