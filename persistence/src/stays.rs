//! Stays abroad of a person.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::stay::{LegalStatus, ReturnType, StayAbroad, StayFields};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::stays_abroad;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = stays_abroad)]
struct StayRow {
    id: String,
    person_id: String,
    country: String,
    start_date: NaiveDate,
    end_date: Option<NaiveDate>,
    legal_status: String,
    return_type: Option<String>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = stays_abroad, treat_none_as_null = true)]
pub(crate) struct StayChanges<'a> {
    country: &'a str,
    start_date: NaiveDate,
    end_date: Option<NaiveDate>,
    legal_status: &'a str,
    return_type: Option<&'a str>,
}

impl<'a> From<&'a StayFields> for StayChanges<'a> {
    fn from(fields: &'a StayFields) -> Self {
        Self {
            country: &fields.country,
            start_date: fields.start_date,
            end_date: fields.end_date,
            legal_status: fields.legal_status.as_str(),
            return_type: fields.return_type.map(ReturnType::as_str),
        }
    }
}

impl StayRow {
    fn into_stay(self) -> Result<StayAbroad, StoreError> {
        Ok(StayAbroad {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            country: self.country,
            start_date: self.start_date,
            end_date: self.end_date,
            legal_status: rows::parse("legal_status", &self.legal_status, LegalStatus::parse)?,
            return_type: self
                .return_type
                .as_deref()
                .map(|r| rows::parse("return_type", r, ReturnType::parse))
                .transpose()?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Records a stay abroad of the person.
pub fn insert(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    fields: &StayFields,
    now: DateTime<Utc>,
) -> Result<StayAbroad, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(stays_abroad::table)
        .values((
            stays_abroad::id.eq(id.to_string()),
            stays_abroad::person_id.eq(person.to_string()),
            StayChanges::from(fields),
            stays_abroad::version.eq(1_i64),
            stays_abroad::created_at.eq(stamp),
            stays_abroad::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    crate::matching::changed(conn, person)?;
    get(conn, person, id)
}

/// Replaces a stay's fields if it is at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &StayFields,
    now: DateTime<Utc>,
) -> Result<StayAbroad, StoreError> {
    check_version(conn, person, id, Some(expected_version))?;
    diesel::update(stays_abroad::table.find(id.to_string()))
        .set((
            StayChanges::from(fields),
            stays_abroad::version.eq(stays_abroad::version + 1),
            stays_abroad::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    crate::matching::changed(conn, person)?;
    get(conn, person, id)
}

/// Removes a stay, if it is at `expected_version` (when given).
pub fn delete(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    expected_version: Option<i64>,
) -> Result<(), StoreError> {
    check_version(conn, person, id, expected_version)?;
    diesel::delete(stays_abroad::table.find(id.to_string())).execute(conn)?;
    crate::matching::changed(conn, person)?;
    Ok(())
}

/// The stay `id` of `person` exists, at `expected_version` when one is given.
fn check_version(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    expected_version: Option<i64>,
) -> Result<(), StoreError> {
    let current = get(conn, person, id)?.version;
    match expected_version {
        Some(expected) if expected != current => Err(StoreError::VersionMismatch { current }),
        _ => Ok(()),
    }
}

pub fn get(conn: &mut DbConnection, person: Uuid, id: Uuid) -> Result<StayAbroad, StoreError> {
    stays_abroad::table
        .find(id.to_string())
        .filter(stays_abroad::person_id.eq(person.to_string()))
        .select(StayRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_stay()
}

/// The person's stays, earliest first.
pub fn list(conn: &mut DbConnection, person: Uuid) -> Result<Vec<StayAbroad>, StoreError> {
    stays_abroad::table
        .filter(stays_abroad::person_id.eq(person.to_string()))
        .order((stays_abroad::start_date.asc(), stays_abroad::id.asc()))
        .select(StayRow::as_select())
        .load(conn)?
        .into_iter()
        .map(StayRow::into_stay)
        .collect()
}
