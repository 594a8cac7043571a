//! Rows of persons: upserted by their personal number or external id, as
//! `POST /persons` and `PUT /persons/{id}` write them.

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::error::RecordKind;
use integra_domain::events::NewEvent;
use integra_domain::import::{Columns, Outcome, Row};
use integra_domain::person::{ExternalId, PersonInput};
use integra_domain::Error;
use integra_persistence::{persons, DbConnection};
use uuid::Uuid;

use super::holder;
use crate::services::answer::Shown;
use crate::services::{self, Actor};

/// The columns of a file of persons: the fields of `POST /persons`, and one
/// external id (`external_system`, `external_value`). A row's keys: its
/// personal number, its external id.
pub const COLUMNS: Columns = Columns {
    known: &[
        "personal_number",
        "given_name",
        "family_name",
        "date_of_birth",
        "sex",
        "citizenship",
        "residence_status",
        "region",
        "phone",
        "external_system",
        "external_value",
    ],
    required: &["given_name", "family_name"],
    keys: &[&["personal_number"], &["external_system", "external_value"]],
};

/// The record of a person's row as `POST /persons` takes it: the row's
/// columns over `base` (the person as stored, for an update; nothing for a
/// new one). A column the file does not give keeps its value.
fn person_input(row: &Row, base: Option<&PersonInput>) -> Result<PersonInput, Error> {
    let given = |column: &str, stored: Option<&Option<String>>| {
        if row.cells.contains_key(column) {
            row.text(column)
        } else {
            stored.cloned().flatten()
        }
    };
    let external_ids = match holder::external_id(row)? {
        Some((system, value)) => vec![ExternalId { system, value }],
        None => Vec::new(),
    };
    let base_name = |column: &str, stored: Option<&String>| {
        given(column, Some(&stored.cloned())).unwrap_or_default()
    };
    Ok(PersonInput {
        personal_number: given("personal_number", base.map(|b| &b.personal_number)),
        given_name: base_name("given_name", base.map(|b| &b.given_name)),
        family_name: base_name("family_name", base.map(|b| &b.family_name)),
        date_of_birth: given("date_of_birth", base.map(|b| &b.date_of_birth)),
        sex: given("sex", base.map(|b| &b.sex)),
        citizenship: given("citizenship", base.map(|b| &b.citizenship)),
        residence_status: given("residence_status", base.map(|b| &b.residence_status)),
        region: given("region", base.map(|b| &b.region)),
        phone: given("phone", base.map(|b| &b.phone)),
        external_ids,
    })
}

/// Upserts a person's row: found by its personal number or external id (a row
/// naming two different persons by them is an error), created when found by
/// neither; the person's other external ids stay.
pub(super) fn row(
    c: &mut DbConnection,
    actor: &Actor,
    row: &Row,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(Outcome, Vec<NewEvent>), Error> {
    let input = person_input(row, None)?;
    let fields = input.validate(today)?;
    let external = fields
        .external_ids
        .first()
        .map(|e| (e.system.as_str(), e.value.as_str()));
    let found = holder::find(c, fields.personal_number.as_deref(), external)?;
    match found {
        None => {
            let id = Uuid::now_v7();
            let person = services::persons::register(c, id, &fields, now)?;
            let entry = actor.entry("person.created", RecordKind::Person, id);
            let events = services::record_write(c, &[entry], Some(&person.stamp()), now)?;
            Ok((Outcome::Created, events))
        }
        Some(id) => {
            let current = persons::get(c, id)?;
            let stored = PersonInput::from(&current);
            let mut fields = person_input(row, Some(&stored))?.validate(today)?;
            for external in &current.external_ids {
                if !fields
                    .external_ids
                    .iter()
                    .any(|e| e.system == external.system)
                {
                    fields.external_ids.push(external.clone());
                }
            }
            let now_fields = stored.validate(today).ok();
            let mut sorted = fields.clone();
            sorted.external_ids.sort_by(|a, b| a.system.cmp(&b.system));
            let unchanged = now_fields.is_some_and(|mut f| {
                f.external_ids.sort_by(|a, b| a.system.cmp(&b.system));
                f == sorted
            });
            if unchanged {
                return Ok((Outcome::Unchanged, Vec::new()));
            }
            let person = services::persons::replace(c, id, current.version, &fields, now)?;
            let entry = actor.entry("person.updated", RecordKind::Person, id);
            let events = services::record_write(c, &[entry], Some(&person.stamp()), now)?;
            Ok((Outcome::Updated, events))
        }
    }
}
