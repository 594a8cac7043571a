//! Residence permits of a person: rows only.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::integration::permit::{PermitFields, PermitType, ResidencePermit};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::residence_permits;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = residence_permits)]
struct PermitRow {
    id: String,
    person_id: String,
    permit_type: String,
    number: String,
    issued_on: NaiveDate,
    valid_until: Option<NaiveDate>,
    issuing_authority: String,
    note: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl PermitRow {
    fn into_permit(self) -> Result<ResidencePermit, StoreError> {
        Ok(ResidencePermit {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            permit_type: rows::parse("permit type", &self.permit_type, PermitType::parse)?,
            number: self.number,
            issued_on: self.issued_on,
            valid_until: self.valid_until,
            issuing_authority: self.issuing_authority,
            note: self.note,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = residence_permits, treat_none_as_null = true)]
struct PermitChanges<'a> {
    permit_type: &'a str,
    number: &'a str,
    issued_on: NaiveDate,
    valid_until: Option<NaiveDate>,
    issuing_authority: &'a str,
    note: Option<&'a str>,
}

impl<'a> From<&'a PermitFields> for PermitChanges<'a> {
    fn from(fields: &'a PermitFields) -> Self {
        Self {
            permit_type: fields.permit_type.as_str(),
            number: &fields.number,
            issued_on: fields.issued_on,
            valid_until: fields.valid_until,
            issuing_authority: &fields.issuing_authority,
            note: fields.note.as_deref(),
        }
    }
}

/// Records a residence permit of `person`, recorded by the user `by` (version 1).
pub fn insert(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    fields: &PermitFields,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<ResidencePermit, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(residence_permits::table)
        .values((
            residence_permits::id.eq(id.to_string()),
            residence_permits::person_id.eq(person.to_string()),
            PermitChanges::from(fields),
            residence_permits::recorded_by.eq(by.to_string()),
            residence_permits::version.eq(1_i64),
            residence_permits::created_at.eq(stamp),
            residence_permits::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, person, id)
}

/// Replaces a permit's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &PermitFields,
    now: DateTime<Utc>,
) -> Result<ResidencePermit, StoreError> {
    let changed = diesel::update(
        residence_permits::table
            .filter(residence_permits::id.eq(id.to_string()))
            .filter(residence_permits::person_id.eq(person.to_string()))
            .filter(residence_permits::version.eq(expected_version)),
    )
    .set((
        PermitChanges::from(fields),
        residence_permits::version.eq(residence_permits::version + 1),
        residence_permits::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, person, id), |r| r.version)
}

/// The permit `id` of `person`.
pub fn get(conn: &mut DbConnection, person: Uuid, id: Uuid) -> Result<ResidencePermit, StoreError> {
    residence_permits::table
        .find(id.to_string())
        .filter(residence_permits::person_id.eq(person.to_string()))
        .select(PermitRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_permit()
}

/// Every permit of `person`, in the order recorded (a person holds a handful).
pub fn of_person(
    conn: &mut DbConnection,
    person: Uuid,
) -> Result<Vec<ResidencePermit>, StoreError> {
    residence_permits::table
        .filter(residence_permits::person_id.eq(person.to_string()))
        .select(PermitRow::as_select())
        .order(residence_permits::id.asc())
        .load::<PermitRow>(conn)?
        .into_iter()
        .map(PermitRow::into_permit)
        .collect()
}

/// The permits whose validity ends from `from` to `to` (inclusive), soonest
/// first (ties in the order recorded), after the permit `after`.
pub fn expiring(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<ResidencePermit>, StoreError> {
    let mut query = residence_permits::table
        .filter(residence_permits::valid_until.ge(from))
        .filter(residence_permits::valid_until.le(to))
        .select(PermitRow::as_select())
        .order((
            residence_permits::valid_until.asc(),
            residence_permits::id.asc(),
        ))
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        let last: Option<Option<NaiveDate>> = residence_permits::table
            .find(after.to_string())
            .select(residence_permits::valid_until)
            .first(conn)
            .optional()?;
        // A cursor is the last permit of the page before; its end date (today's,
        // should it have changed since) continues the order.
        let ends = last.flatten().unwrap_or(from);
        let after = after.to_string();
        query = query.filter(
            residence_permits::valid_until
                .gt(ends)
                .or(residence_permits::valid_until
                    .eq(ends)
                    .and(residence_permits::id.gt(after))),
        );
    }
    query
        .load::<PermitRow>(conn)?
        .into_iter()
        .map(PermitRow::into_permit)
        .collect()
}
