//! Rows of stays abroad: a person's stay in a country from a day, upserted
//! by the person (their personal number or external id), the country and the
//! first day, written as `POST /persons/{id}/stays-abroad` and its `PATCH`
//! write them (no overlap with the person's other stays, not of an erased
//! person).

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::error::RecordKind;
use integra_domain::import::{Outcome, Row};
use integra_domain::stay::StayInput;
use integra_persistence::{stays, DbConnection};
use uuid::Uuid;

use super::{holder, RowOutcome};
use crate::services::answer::Shown;
use crate::services::{self, Actor};

/// The stay of a row over `base` (the stay as stored, for an update): a
/// column the file does not give keeps its value.
fn input(row: &Row, base: Option<&StayInput>) -> StayInput {
    let given = |column: &str, stored: Option<Option<String>>| {
        if row.cells.contains_key(column) {
            row.text(column)
        } else {
            stored.flatten()
        }
    };
    StayInput {
        country: row.text("country").unwrap_or_default(),
        start_date: row.text("start_date").unwrap_or_default(),
        end_date: given("end_date", base.map(|b| b.end_date.clone())),
        legal_status: given("legal_status", base.map(|b| Some(b.legal_status.clone())))
            .unwrap_or_default(),
        return_type: given("return_type", base.map(|b| b.return_type.clone())),
    }
}

/// Upserts a stay's row.
pub(super) fn row(
    c: &mut DbConnection,
    actor: &Actor,
    row: &Row,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> RowOutcome {
    let person = holder::of(c, row)?;
    let fields = input(row, None).validate(today)?;
    let found = stays::list(c, person)?
        .into_iter()
        .find(|s| s.country == fields.country && s.start_date == fields.start_date);
    let Some(current) = found else {
        let id = Uuid::now_v7();
        services::stays::prepare_change(c, person, None, &fields, now)?;
        let stay = stays::insert(c, person, id, &fields, now)?;
        let entry = actor.entry("stay_abroad.created", RecordKind::Stay, id);
        let events = services::record_write(c, &[entry], Some(&stay.stamp()), now)?;
        return Ok((Outcome::Created, events));
    };
    let stored = StayInput::from(&current);
    let fields = input(row, Some(&stored)).validate(today)?;
    if stored.validate(today).ok().as_ref() == Some(&fields) {
        return Ok((Outcome::Unchanged, Vec::new()));
    }
    services::stays::prepare_change(c, person, Some(current.id), &fields, now)?;
    let stay = stays::update(c, person, current.id, current.version, &fields, now)?;
    let entry = actor.entry("stay_abroad.updated", RecordKind::Stay, current.id);
    let events = services::record_write(c, &[entry], Some(&stay.stamp()), now)?;
    Ok((Outcome::Updated, events))
}
