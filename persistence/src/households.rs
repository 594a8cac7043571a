//! Households and their members.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::household::{Household, HouseholdFields};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::persons;
use crate::rows;
use crate::schema::{households, persons as persons_table};

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = households)]
struct HouseholdRow {
    id: String,
    name: Option<String>,
    region: Option<String>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &HouseholdFields,
    now: DateTime<Utc>,
) -> Result<Household, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(households::table)
        .values((
            households::id.eq(id.to_string()),
            households::name.eq(&fields.name),
            households::region.eq(&fields.region),
            households::version.eq(1_i64),
            households::created_at.eq(stamp),
            households::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Household, StoreError> {
    let row = households::table
        .find(id.to_string())
        .select(HouseholdRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let members: Vec<String> = persons_table::table
        .filter(persons_table::household_id.eq(&row.id))
        .order((
            persons_table::household_position.asc(),
            persons_table::id.asc(),
        ))
        .select(persons_table::id)
        .load(conn)?;
    Ok(Household {
        id: rows::uuid(&row.id)?,
        name: row.name,
        region: row.region,
        member_ids: members
            .iter()
            .map(|m| rows::uuid(m))
            .collect::<Result<_, _>>()?,
        version: row.version,
        created_at: rows::utc(row.created_at),
        updated_at: rows::utc(row.updated_at),
    })
}

/// Adds a person who belongs to no household yet; `false` when the person is
/// not free to join (there is no such person, or they are in a household).
pub fn add_member(
    conn: &mut DbConnection,
    household: Uuid,
    person: Uuid,
    expected_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let position = touch(conn, household, expected_version, now)?;
    persons::set_household(conn, person, None, Some((household, position)), now)
}

/// Removes a member from the household.
pub fn remove_member(
    conn: &mut DbConnection,
    household: Uuid,
    person: Uuid,
    expected_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Household, StoreError> {
    touch(conn, household, expected_version, now)?;
    if !persons::set_household(conn, person, Some(household), None, now)? {
        return Err(StoreError::NotFound);
    }
    get(conn, household)
}

/// Locks the household for this transaction and bumps its version, checking it first;
/// returns the new version.
fn touch(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let mut target = diesel::update(households::table.find(id.to_string())).into_boxed();
    if let Some(version) = expected_version {
        target = target.filter(households::version.eq(version));
    }
    let changed = target
        .set((
            households::version.eq(households::version + 1),
            households::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    let current: Option<i64> = households::table
        .find(id.to_string())
        .select(households::version)
        .first(conn)
        .optional()?;
    match (changed, current) {
        (1, Some(version)) => Ok(version),
        (_, Some(current)) => Err(StoreError::VersionMismatch { current }),
        (_, None) => Err(StoreError::NotFound),
    }
}
