//! What counts against a programme's caps: the approved and delivered items
//! (corrections included) of a type in the programme whose *beneficiary* (the
//! case's person) is the person, and, per household, those of the household's
//! members now (whatever household they were in when assisted) together with
//! those given to the household while a former member was in it (the
//! beneficiary's household is recorded on the item when it is approved).
//! Leaving a household and joining it again therefore escapes nothing.
//! Co-beneficiaries are persons involved, not recipients: an item does not
//! count against their own caps.

use diesel::prelude::*;
use integra_domain::money::Money;
use integra_domain::reintegration::assistance::AssistanceStatus;
use integra_domain::reintegration::programme::{AssistanceType, CatalogueEntry};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{assistance_items, persons, programme_catalogue};

/// The catalogue entry of `kind` in `programme`; `None` when it does not offer it.
pub fn catalogue_entry(
    conn: &mut DbConnection,
    programme: Uuid,
    kind: AssistanceType,
) -> Result<Option<CatalogueEntry>, StoreError> {
    let row: Option<(Option<i64>, Option<i64>)> = programme_catalogue::table
        .filter(programme_catalogue::programme_id.eq(programme.to_string()))
        .filter(programme_catalogue::assistance_type.eq(kind.as_str()))
        .select((
            programme_catalogue::cap_per_person_tetri,
            programme_catalogue::cap_per_household_tetri,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(person, household)| CatalogueEntry {
        assistance_type: kind,
        cap_per_person: person.map(Money::from_tetri),
        cap_per_household: household.map(Money::from_tetri),
    }))
}

fn committed_statuses() -> [&'static str; 2] {
    [
        AssistanceStatus::Approved.as_str(),
        AssistanceStatus::Delivered.as_str(),
    ]
}

fn total(amounts: impl IntoIterator<Item = Option<i64>>) -> Result<Money, StoreError> {
    Money::checked_sum(amounts.into_iter().flatten().map(Money::from_tetri))
        .ok_or_else(|| StoreError::Internal("committed amounts overflow".to_owned()))
}

/// What is committed (approved plus delivered) of a type in a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Committed {
    /// For the beneficiary.
    pub person: Money,
    /// For the household's current members and recorded for the household,
    /// when one was asked for.
    pub household: Option<Money>,
}

/// Approved plus delivered of `kind` in `programme` for the beneficiary
/// `person`, and for `household`: its current members' items and the items
/// recorded for it.
pub fn committed(
    conn: &mut DbConnection,
    programme: Uuid,
    kind: AssistanceType,
    person: Uuid,
    household: Option<Uuid>,
) -> Result<Committed, StoreError> {
    let person = person.to_string();
    let household = household.map(|h| h.to_string());
    let mut members: Vec<String> = match &household {
        Some(household) => persons::table
            .filter(persons::household_id.eq(household))
            .select(persons::id)
            .load(conn)?,
        None => Vec::new(),
    };
    if !members.contains(&person) {
        members.push(person.clone());
    }
    let items: Vec<(String, Option<String>, Option<i64>)> = assistance_items::table
        .filter(assistance_items::programme_id.eq(programme.to_string()))
        .filter(assistance_items::assistance_type.eq(kind.as_str()))
        .filter(assistance_items::status.eq_any(committed_statuses()))
        .filter(
            assistance_items::person_id
                .eq_any(&members)
                .nullable()
                .or(assistance_items::household_id.eq(&household)),
        )
        .select((
            assistance_items::person_id,
            assistance_items::household_id,
            assistance_items::amount_tetri,
        ))
        .load(conn)?;
    let amounts = |counts: &dyn Fn(&String, Option<&String>) -> bool| {
        total(
            items
                .iter()
                .filter(|(p, h, _)| counts(p, h.as_ref()))
                .map(|(_, _, a)| *a),
        )
    };
    Ok(Committed {
        person: amounts(&|p, _| *p == person)?,
        household: match &household {
            Some(household) => Some(amounts(&|p, h| {
                h == Some(household) || members.contains(p)
            })?),
            None => None,
        },
    })
}

/// The person's current household, if any.
pub fn household_of(conn: &mut DbConnection, person: Uuid) -> Result<Option<Uuid>, StoreError> {
    persons::table
        .find(person.to_string())
        .select(persons::household_id)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten()
        .map(|h| rows::uuid(&h))
        .transpose()
}
