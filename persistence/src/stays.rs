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
    chain_returns(conn, person)?;
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
    chain_returns(conn, person)?;
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
    chain_returns(conn, person)?;
    crate::matching::changed(conn, person)?;
    Ok(())
}

/// Brings `previous_return_on` of the person's stays up to date after one of
/// them changed (see [`previous_returns`]). The writes of a person's stays run
/// one at a time (the services take the person's row lock first), so each
/// sees the chain the one before left.
fn chain_returns(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    /// A stay's id, end, return type and the previous return it names.
    type Link = (String, Option<NaiveDate>, Option<String>, Option<NaiveDate>);
    let stays: Vec<Link> = stays_abroad::table
        .filter(stays_abroad::person_id.eq(person.to_string()))
        .select((
            stays_abroad::id,
            stays_abroad::end_date,
            stays_abroad::return_type,
            stays_abroad::previous_return_on,
        ))
        .load(conn)?;
    let links: Vec<_> = stays
        .iter()
        .map(|(id, end_date, return_type, _)| ((), id, *end_date, return_type.as_deref()))
        .collect();
    let previous = previous_returns(&links);
    for ((id, _, _, stored), previous) in stays.iter().zip(previous) {
        if *stored != previous {
            diesel::update(stays_abroad::table.find(id))
                .set(stays_abroad::previous_return_on.eq(previous))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// For each stay `(person, id, end date, return type)`, the end date of the
/// same person's previous return of the same type, with the stays that ended
/// with a return in order of end date, then id (`None` for the first, and for
/// a stay with no end date or no return type).
///
/// A stay is its person's first return of its type in a period `from..=to`
/// when it ended in the period and its previous return did not (before
/// `from`, or none): the reports count distinct persons who returned as such
/// stays, without reading them (`stays_abroad.previous_return_on`).
pub(crate) fn previous_returns<P: Ord, K: Ord>(
    stays: &[(P, K, Option<NaiveDate>, Option<&str>)],
) -> Vec<Option<NaiveDate>> {
    let mut order: Vec<_> = stays
        .iter()
        .enumerate()
        .filter_map(|(index, (person, id, end_date, return_type))| {
            Some(((person, (*return_type)?, (*end_date)?, id), index))
        })
        .collect();
    order.sort_unstable();
    let mut previous = vec![None; stays.len()];
    for pair in order.windows(2) {
        let [((person, kind, end_date, _), _), ((next_person, next_kind, _, _), next)] = pair
        else {
            continue;
        };
        if person == next_person && kind == next_kind {
            if let Some(slot) = previous.get_mut(*next) {
                *slot = Some(*end_date);
            }
        }
    }
    previous
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 1, d)
    }

    #[test]
    fn each_return_names_the_previous_of_its_person_and_type() {
        let avr = Some("assisted_voluntary_return");
        let readmission = Some("readmission");
        let stays = [
            (1, "c", day(20), avr),
            (1, "a", day(5), avr),
            (1, "b", day(10), readmission),
            (1, "d", day(5), avr),   // the same day as "a": after it, by id
            (2, "e", day(30), avr),  // another person
            (1, "f", None, avr),     // not ended
            (1, "g", day(25), None), // no return type
            (1, "h", day(12), readmission), // after "b"
        ];
        assert_eq!(
            previous_returns(&stays),
            vec![day(5), None, None, day(5), None, None, None, day(10)]
        );
    }

    #[test]
    fn no_stays_no_chain() {
        let stays: [((), &str, Option<NaiveDate>, Option<&str>); 0] = [];
        assert!(previous_returns(&stays).is_empty());
    }
}
