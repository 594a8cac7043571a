//! Rows of assistance history: items delivered before integra existed,
//! imported from earlier records onto the person's case of the programme (the
//! latest the importer's organisation holds), delivered on their day and
//! marked as imported. The reports count them like any delivered item.
//! Upserted by the person, the programme, the type and the day: the same row
//! again is unchanged; a changed amount, goods or description updates the
//! imported item (never an item given through integra).

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::events::Codes;
use integra_domain::import::{Outcome, Row};
use integra_domain::money::MoneyInput;
use integra_domain::reintegration::assistance::{Assistance, AssistanceInput};
use integra_domain::validation::past_date;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::assistance::{self as items, NewItem};
use integra_persistence::cases::{self, CaseFilter};
use integra_persistence::{persons, DbConnection};
use uuid::Uuid;

use super::{holder, RowOutcome};
use crate::services::{self, Actor, Stamp};

/// The stamp of an item for its event: version, status and type.
fn stamp(item: &Assistance) -> Stamp {
    Stamp {
        id: item.id,
        version: Some(item.version),
        codes: Codes::status(item.status.as_str()).with_kind(item.assistance_type.as_str()),
    }
}

/// The item a row describes, checked as a proposal of it would be.
fn input(row: &Row) -> Result<AssistanceInput, Error> {
    let in_kind = match row.text("in_kind").as_deref().map(str::trim) {
        None | Some("" | "false" | "no" | "0") => false,
        Some("true" | "yes" | "1") => true,
        Some(other) => {
            return Err(Error::field(
                "in_kind",
                "invalid",
                format!("in_kind is true or false, not {other:?}"),
            ))
        }
    };
    Ok(AssistanceInput {
        assistance_type: row.text("type").unwrap_or_default(),
        amount: row.text("amount").map(|a| MoneyInput::gel(a.trim())),
        in_kind,
        co_beneficiary_ids: Vec::new(),
        provider_organisation_id: None,
        corrects_id: None,
        description: row.text("description"),
    })
}

/// The latest case of the person in the programme that `reach` admits.
fn case_of(
    c: &mut DbConnection,
    person: Uuid,
    programme: Uuid,
    reach: Reach,
) -> Result<Uuid, Error> {
    let filter = CaseFilter {
        organisation: reach.organisation(),
        person_id: Some(person),
        programme_id: Some(programme),
        ..CaseFilter::default()
    };
    let found = cases::list(c, &filter, None, 1_000)?;
    found.last().map(|c| c.case.id).ok_or_else(|| {
        Error::field(
            "programme_id",
            "no_case",
            "the person has no case of this programme (open one first: POST /cases, a past registered_on allowed)",
        )
    })
}

/// Upserts a row of assistance history.
pub(super) fn row(
    c: &mut DbConnection,
    actor: &Actor,
    row: &Row,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> RowOutcome {
    let reach = actor.reach(RecordKind::Assistance, Access::Write)?;
    let person = holder::of(c, row)?;
    let mut errors = ValidationErrors::new();
    let programme = errors.check(holder::programme(row));
    let delivered_on = errors.check(past_date(
        "delivered_on",
        &row.text("delivered_on").unwrap_or_default(),
        today,
    ));
    let fields = match input(row)?.validate(person) {
        Ok(fields) => Some(fields),
        Err(more) => {
            errors.0.extend(more.0);
            None
        }
    };
    let (Some(programme), Some(delivered_on), Some(fields)) = (programme, delivered_on, fields)
    else {
        return Err(Error::Invalid(errors));
    };
    let found = items::imported_on(c, person, programme, fields.assistance_type, delivered_on)?;
    if let Some(item) = &found {
        // On another organisation's case: not this importer's to change.
        if !reach.admits(cases::get(c, item.case_id)?.organisation_id) {
            return Err(Error::field(
                "delivered_on",
                "imported_elsewhere",
                "this item was imported onto another organisation's case",
            ));
        }
    }
    match found {
        None => {
            let case = case_of(c, person, programme, reach)?;
            let id = Uuid::now_v7();
            let new = NewItem {
                id,
                case_id: case,
                person_id: person,
                programme_id: programme,
                household_id: persons::household_of(c, person)?.flatten(),
                fields: &fields,
                proposed_by: actor.id,
            };
            items::insert_imported(c, &new, delivered_on, now)?;
            let item = items::get(c, id)?.item;
            let entry = actor.entry("assistance.imported", RecordKind::Assistance, id);
            let events = services::record_write(c, &[entry], Some(&stamp(&item)), now)?;
            Ok((Outcome::Created, events))
        }
        Some(current)
            if current.amount == fields.amount
                && current.in_kind == fields.in_kind
                && current.description == fields.description =>
        {
            Ok((Outcome::Unchanged, Vec::new()))
        }
        Some(current) => {
            let item = items::change_imported(c, current.id, current.version, &fields, now)?;
            let entry = actor.entry("assistance.updated", RecordKind::Assistance, item.id);
            let events = services::record_write(c, &[entry], Some(&stamp(&item)), now)?;
            Ok((Outcome::Updated, events))
        }
    }
}
