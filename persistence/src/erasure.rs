//! Erasure of a person's data by anonymisation (Law on Personal Data Protection):
//! names, numbers, contact and other systems' ids go; ids, sex, citizenship,
//! residence status, region, year of birth, stays abroad and every case figure
//! stay, so that reports keep counting right.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{erasures, person_external_ids, persons};

/// What replaces an erased person's names.
pub const ERASED: &str = "[erased]";

/// Who erased a person's data, when and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    pub erased_by: Uuid,
    pub reason: String,
    pub erased_at: DateTime<Utc>,
}

/// Anonymises a person and records who did it, when and why.
pub fn erase(
    conn: &mut DbConnection,
    id: Uuid,
    by: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let birth = persons::table
        .find(id.to_string())
        .select(persons::date_of_birth)
        .first::<Option<NaiveDate>>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    // The year of birth is kept (as 1 January) for age groups in reports.
    let year_of_birth = birth.and_then(|b| NaiveDate::from_ymd_opt(b.year(), 1, 1));
    let stamp = now.naive_utc();
    diesel::update(persons::table.find(id.to_string()))
        .set((
            persons::personal_number.eq(None::<String>),
            persons::given_name.eq(ERASED),
            persons::family_name.eq(ERASED),
            persons::name_search.eq(""),
            persons::date_of_birth.eq(year_of_birth),
            persons::phone.eq(None::<String>),
            persons::erased_at.eq(Some(stamp)),
            persons::version.eq(persons::version + 1),
            persons::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    diesel::delete(
        person_external_ids::table.filter(person_external_ids::person_id.eq(id.to_string())),
    )
    .execute(conn)?;
    diesel::insert_into(erasures::table)
        .values((
            erasures::person_id.eq(id.to_string()),
            erasures::erased_by.eq(by.to_string()),
            erasures::reason.eq(reason),
            erasures::erased_at.eq(stamp),
        ))
        .execute(conn)?;
    Ok(())
}

/// The erasure of a person, if their data was erased.
pub fn of(conn: &mut DbConnection, id: Uuid) -> Result<Option<Erasure>, StoreError> {
    erasures::table
        .find(id.to_string())
        .select((erasures::erased_by, erasures::reason, erasures::erased_at))
        .first::<(String, String, NaiveDateTime)>(conn)
        .optional()?
        .map(|(by, reason, at)| {
            Ok(Erasure {
                erased_by: rows::uuid(&by)?,
                reason,
                erased_at: rows::utc(at),
            })
        })
        .transpose()
}

/// Whether the person's data is erased; `None` when there is no such person.
pub fn is_erased(conn: &mut DbConnection, id: Uuid) -> Result<Option<bool>, StoreError> {
    Ok(persons::table
        .find(id.to_string())
        .select(persons::erased_at)
        .first::<Option<NaiveDateTime>>(conn)
        .optional()?
        .map(|erased_at| erased_at.is_some()))
}
