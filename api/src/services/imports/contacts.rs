//! Rows of contacts: a contact with a person about a programme on a day by a
//! channel, recorded for the importer's organisation as `POST /contacts`
//! records it; upserted by the person (their personal number or external
//! id), the programme, the day and the channel (its outcome may change).

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::contact::ContactInput;
use integra_domain::error::RecordKind;
use integra_domain::import::{Outcome, Row};
use integra_domain::{Error, ValidationErrors};
use integra_persistence::contacts::{self, ContactFilter};
use integra_persistence::DbConnection;
use uuid::Uuid;

use super::{holder, RowOutcome};
use crate::services::answer::Shown;
use crate::services::{self, Actor};

/// Upserts a contact's row, for the importer's organisation.
pub(super) fn row(
    c: &mut DbConnection,
    actor: &Actor,
    row: &Row,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> RowOutcome {
    let person_id = holder::of(c, row)?;
    let programme_id =
        holder::programme(row).map_err(|e| Error::Invalid(ValidationErrors(vec![e])))?;
    let input = ContactInput {
        person_id,
        programme_id,
        contacted_on: row.text("contacted_on").unwrap_or_default(),
        channel: row.text("channel").unwrap_or_default(),
        outcome: row.text("outcome").unwrap_or_default(),
    };
    let fields = input.validate(today)?;
    services::contacts::check_programme(c, programme_id)?;
    let organisation = actor
        .organisation_id
        .unwrap_or(integra_domain::organisation::MINISTRY_ID);
    let same = ContactFilter {
        organisation: Some(organisation),
        person_id: Some(person_id),
        programme_id: Some(programme_id),
        from: Some(fields.contacted_on),
        to: Some(fields.contacted_on),
        channel: Some(fields.channel),
        outcome: None,
    };
    let Some(current) = contacts::list(c, &same, None, 1)?.into_iter().next() else {
        let id = Uuid::now_v7();
        let contact = contacts::insert(c, id, &fields, organisation, actor.id, now)?;
        let entry = actor.entry("contact.recorded", RecordKind::Contact, id);
        let events = services::record_write(c, &[entry], Some(&contact.stamp()), now)?;
        return Ok((Outcome::Created, events));
    };
    if current.outcome == fields.outcome {
        return Ok((Outcome::Unchanged, Vec::new()));
    }
    let contact = contacts::update(c, current.id, current.version, &fields, now)?;
    let entry = actor.entry("contact.updated", RecordKind::Contact, current.id);
    let events = services::record_write(c, &[entry], Some(&contact.stamp()), now)?;
    Ok((Outcome::Updated, events))
}
