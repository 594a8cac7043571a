//! Vacancies: rows only. The requirements are stored as their rule-set document.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::labour::vacancy::{Vacancy, VacancyFields, VacancyKind, VacancyStatus};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::vacancies;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = vacancies)]
struct VacancyRow {
    id: String,
    title: String,
    kind: String,
    scheme_id: Option<String>,
    country: String,
    employer_organisation_id: String,
    occupation: String,
    requirements: Option<String>,
    places: i64,
    deadline: NaiveDate,
    status: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl VacancyRow {
    fn into_vacancy(self) -> Result<Vacancy, StoreError> {
        let requirements = self
            .requirements
            .as_deref()
            .map(|text| {
                serde_json::from_str(text).map_err(|_| StoreError::corrupt("requirements", text))
            })
            .transpose()?;
        Ok(Vacancy {
            id: rows::uuid(&self.id)?,
            title: self.title,
            kind: rows::parse("vacancy kind", &self.kind, VacancyKind::parse)?,
            scheme_id: rows::optional_uuid(self.scheme_id.as_deref())?,
            country: self.country,
            employer_organisation_id: rows::uuid(&self.employer_organisation_id)?,
            occupation: self.occupation,
            requirements,
            places: self.places,
            deadline: self.deadline,
            status: rows::parse("vacancy status", &self.status, VacancyStatus::parse)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = vacancies, treat_none_as_null = true)]
struct VacancyChanges<'a> {
    title: &'a str,
    kind: &'a str,
    scheme_id: Option<String>,
    country: &'a str,
    employer_organisation_id: String,
    occupation: &'a str,
    requirements: Option<String>,
    places: i64,
    deadline: NaiveDate,
    status: &'a str,
}

impl<'a> VacancyChanges<'a> {
    fn new(fields: &'a VacancyFields, country: &'a str) -> Self {
        Self {
            title: &fields.title,
            kind: fields.kind.as_str(),
            scheme_id: fields.scheme_id.map(|s| s.to_string()),
            country,
            employer_organisation_id: fields.employer_organisation_id.to_string(),
            occupation: &fields.occupation,
            requirements: fields
                .requirements
                .as_ref()
                .map(|r| r.to_json().to_string()),
            places: fields.places,
            deadline: fields.deadline,
            status: fields.status.as_str(),
        }
    }
}

/// Stores a vacancy in `country` (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &VacancyFields,
    country: &str,
    now: DateTime<Utc>,
) -> Result<Vacancy, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(vacancies::table)
        .values((
            vacancies::id.eq(id.to_string()),
            VacancyChanges::new(fields, country),
            vacancies::version.eq(1_i64),
            vacancies::created_at.eq(stamp),
            vacancies::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a vacancy's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &VacancyFields,
    country: &str,
    now: DateTime<Utc>,
) -> Result<Vacancy, StoreError> {
    let changed = diesel::update(
        vacancies::table
            .filter(vacancies::id.eq(id.to_string()))
            .filter(vacancies::version.eq(expected_version)),
    )
    .set((
        VacancyChanges::new(fields, country),
        vacancies::version.eq(vacancies::version + 1),
        vacancies::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |r| r.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Vacancy, StoreError> {
    vacancies::table
        .find(id.to_string())
        .select(VacancyRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_vacancy()
}

/// Filters of a list of vacancies; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VacancyFilter {
    pub status: Option<VacancyStatus>,
    pub kind: Option<VacancyKind>,
    pub scheme_id: Option<Uuid>,
    pub occupation: Option<String>,
    pub country: Option<String>,
}

/// The vacancies that match `filter`, in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &VacancyFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Vacancy>, StoreError> {
    let mut query = vacancies::table
        .select(VacancyRow::as_select())
        .order(vacancies::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(status) = filter.status {
        query = query.filter(vacancies::status.eq(status.as_str()));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(vacancies::kind.eq(kind.as_str()));
    }
    if let Some(scheme) = filter.scheme_id {
        query = query.filter(vacancies::scheme_id.eq(scheme.to_string()));
    }
    if let Some(occupation) = &filter.occupation {
        query = query.filter(vacancies::occupation.eq(occupation.clone()));
    }
    if let Some(country) = &filter.country {
        query = query.filter(vacancies::country.eq(country.clone()));
    }
    if let Some(after) = after {
        query = query.filter(vacancies::id.gt(after.to_string()));
    }
    query
        .load::<VacancyRow>(conn)?
        .into_iter()
        .map(VacancyRow::into_vacancy)
        .collect()
}
