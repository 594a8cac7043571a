//! A person's stays abroad: record, list, read, change, delete.
//!
//! A person is in one country at a time: stays may not overlap. Writes about one
//! person's stays run one at a time (they take the person's row lock first), and
//! an erased person's stays are kept as they are.

use chrono::{DateTime, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::stay::{self, StayAbroad, StayFields, StayInput};
use integra_domain::version::Precondition;
use integra_domain::Error;
use integra_persistence::{persons, stays, DbConnection};
use serde::Serialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::merge_patch;
use crate::services::json::Body;
use crate::services::{self, rights, Call, ReadSize};

/// A person's stays abroad, earliest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e60",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "country": "DE",
    "start_date": "2019-03-01", "end_date": "2024-05-20", "legal_status": "irregular",
    "return_type": "assisted_voluntary_return", "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}],
    "next_cursor": null}))]
pub struct StayList {
    pub items: Vec<StayAbroad>,
    /// Always `null`: a person's stays come in one page.
    pub next_cursor: Option<String>,
}

/// Records a stay abroad of `person`; the stay, to a caller who may read stays.
pub async fn create(
    call: &Call,
    person: Uuid,
    input: Body<StayInput>,
) -> Result<Answer<StayAbroad>, Error> {
    call.reach(RecordKind::Stay, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("stay_abroad.created", RecordKind::Stay, id)];
    services::write_answer(call, entries, move |c, now| {
        prepare_change(c, person, None, &fields, now)?;
        Ok(stays::insert(c, person, id, &fields, now)?)
    })
    .await
}

/// The stays abroad of a person, earliest first (recorded as one read of the person).
pub async fn list(call: &Call, person: Uuid) -> Result<StayList, Error> {
    call.reach(RecordKind::Stay, Access::Read)?;
    let entries = vec![call.entry("person.stays_abroad_read", RecordKind::Person, person)];
    let items = services::audited_read(call, ReadSize::Short, move |c| {
        if !persons::exists(c, person)? {
            return Err(Error::NotFound);
        }
        Ok((stays::list(c, person)?, entries))
    })
    .await?;
    Ok(StayList {
        items,
        next_cursor: None,
    })
}

/// Reads a stay abroad of `person` (the read is recorded).
pub async fn get(call: &Call, person: Uuid, id: Uuid) -> Result<StayAbroad, Error> {
    call.reach(RecordKind::Stay, Access::Read)?;
    let entries = vec![call.entry("stay_abroad.read", RecordKind::Stay, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((stays::get(c, person, id)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 5] = ["id", "person_id", "version", "created_at", "updated_at"];

/// Changes a stay abroad with a JSON merge patch (RFC 7386); the stay, to a
/// caller who may read stays.
pub async fn update(
    call: &Call,
    person: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<StayAbroad>, Error> {
    call.reach(RecordKind::Stay, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("stay_abroad.updated", RecordKind::Stay, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = stays::get(c, person, id)?;
        let input = merge_patch(&current, &StayInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        prepare_change(c, person, Some(id), &fields, now)?;
        Ok(stays::update(c, person, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// Deletes a stay recorded in error.
pub async fn delete(
    call: &Call,
    person: Uuid,
    id: Uuid,
    precondition: Precondition,
) -> Result<(), Error> {
    call.reach(RecordKind::Stay, Access::Write)?;
    let expected = precondition.version()?;
    let entries = vec![call.entry("stay_abroad.deleted", RecordKind::Stay, id)];
    services::write(call, entries, move |c, now| {
        changeable(c, person, now)?;
        Ok(stays::delete(c, person, id, expected)?)
    })
    .await
}

/// Before a stay of `person` is recorded or changed to `fields` (the stay `own`
/// when it is recorded already): the person may be changed, and the stay
/// overlaps none of theirs.
pub(crate) fn prepare_change(
    c: &mut DbConnection,
    person: Uuid,
    own: Option<Uuid>,
    fields: &StayFields,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    changeable(c, person, now)?;
    stay::check_no_overlap(fields, own, &stays::list(c, person)?)?;
    Ok(())
}

/// An erased person's migration history is kept as it was, never changed; the
/// stays of anyone else change one request at a time (the person's row lock).
fn changeable(c: &mut DbConnection, person: Uuid, now: DateTime<Utc>) -> Result<(), Error> {
    rights::not_erased(c, person)?;
    Ok(persons::touch(c, person, now)?)
}
