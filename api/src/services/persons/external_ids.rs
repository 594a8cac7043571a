//! Persons as other state systems know them: read and upsert by their id there
//! (`/persons/by-external-id/{system}/{value}`).

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::person::{ExternalId, Person, PersonFields, PersonInput};
use integra_domain::version::Precondition;
use integra_domain::Error;
use integra_persistence::persons;
use uuid::Uuid;

use super::{check_unique, explained, register, replace};
use crate::services::answer::{Answer, Echo, Shown};
use crate::services::json::Body;
use crate::services::{self, Call, ReadSize};

/// What an upsert did, with the person to a caller who may read persons.
#[derive(Debug)]
pub enum Upserted {
    /// No person had the id: this one is new.
    Created(Answer<Person>),
    /// The person holding the id was replaced.
    Replaced(Answer<Person>),
}

/// Reads the person known to `system` as `value` (the read is recorded).
pub async fn get(call: &Call, system: String, value: String) -> Result<Person, Error> {
    call.reach(RecordKind::Person, Access::Read)?;
    ExternalId::check_path(&system, &value)?;
    let actor = call.actor.clone();
    services::audited_read(call, ReadSize::Short, move |c| {
        let id = persons::find_by_external_id(c, &system, &value)?.ok_or(Error::NotFound)?;
        let entries = vec![actor.entry("person.read", RecordKind::Person, id)];
        Ok((persons::get(c, id)?, entries))
    })
    .await
}

/// Creates or replaces the person known to `system` as `value`; `input` gets
/// `(system, value)` among its external ids.
///
/// With `If-Match` (a version, or `*`) the person must exist.
pub async fn upsert(
    call: &Call,
    system: String,
    value: String,
    input: Body<PersonInput>,
    precondition: Precondition,
) -> Result<Upserted, Error> {
    call.reach(RecordKind::Person, Access::Write)?;
    let mut input = input.parse()?;
    ExternalId::check_path(&system, &value)?;
    input.claim_external_id(&system, &value)?;
    let fields = input.validate(services::today())?;
    let expected = precondition.version()?;
    let must_exist = precondition != Precondition::Absent;
    let key = ExternalId { system, value };
    let attempt = || write(call, key.clone(), fields.clone(), expected, must_exist);
    // A concurrent upsert of the same new id may have inserted it first (caught by
    // our check, or by the database's unique key): then this one, run again, finds
    // the person and replaces it.
    let upserted = match attempt().await {
        Err(e) if e.is_duplicate() || e.is_conflict("duplicate_external_id") => attempt().await,
        other => other,
    }
    .map_err(|e| precondition.lost_race(e));
    explained(call, upserted, move |c| check_unique(c, None, &fields)).await
}

/// One try of an upsert, in one transaction. Whether the person is created or
/// replaced is learnt inside it, and so is the audit entry that records it.
async fn write(
    call: &Call,
    key: ExternalId,
    fields: PersonFields,
    expected: Option<i64>,
    must_exist: bool,
) -> Result<Upserted, Error> {
    let actor = call.actor.clone();
    let echo = Echo::of(call, RecordKind::Person);
    services::write(call, Vec::new(), move |c, now| {
        match persons::find_by_external_id(c, &key.system, &key.value)? {
            Some(id) => {
                let current = persons::get(c, id)?;
                let version = expected.unwrap_or(current.version);
                let person = replace(c, id, version, &fields, now)?;
                let entry = actor.entry("person.updated", RecordKind::Person, id);
                let events = services::record_write(c, &[entry], Some(&person.stamp()), now)?;
                let answer = echo.answer(c, now, person)?;
                services::finish_write(c, &events, now)?;
                Ok(Upserted::Replaced(answer))
            }
            // If-Match names a version (or `*`, any version) of a record that does not exist.
            None if must_exist => Err(Error::PreconditionFailed { current: None }),
            None => {
                let id = Uuid::now_v7();
                let person = register(c, id, &fields, now)?;
                let entry = actor.entry("person.created", RecordKind::Person, id);
                let events = services::record_write(c, &[entry], Some(&person.stamp()), now)?;
                let answer = echo.answer(c, now, person)?;
                services::finish_write(c, &events, now)?;
                Ok(Upserted::Created(answer))
            }
        }
    })
    .await
}
