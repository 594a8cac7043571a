//! Residence permits of a foreigner, on the person's record like a stay
//! abroad: record, list, read, change, and the permits expiring soon.
//!
//! Who may see and record them is who may see and record persons
//! ([`Actor::reach`] of [`RecordKind::ResidencePermit`]); every read is
//! recorded. Only a foreigner holds one (422 `not_a_foreigner` for a Georgian
//! citizen), and one of a type at a time (422 `overlaps`): writes about one
//! person's permits run one at a time (they take the person's row lock first).
//! An erased person's permits keep their types and dates and are not changed
//! any more.

use chrono::{DateTime, Duration, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::integration::permit::{self, PermitFields, PermitInput, ResidencePermit};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::audit::AuditEntry;
use integra_persistence::{persons, residence_permits, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::json::{merge_patch, Body};
use crate::services::{self, paging, rights, Actor, Call, ReadSize};

/// A person's residence permits, in the order recorded.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "type": "work",
    "number": "RP-2025-004211", "issued_on": "2025-03-01", "valid_until": "2026-02-28",
    "issuing_authority": "Public Service Development Agency", "note": null,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2025-03-02T09:00:00Z", "updated_at": "2025-03-02T09:00:00Z"}],
    "next_cursor": null}))]
pub struct PermitList {
    pub items: Vec<ResidencePermit>,
    /// Always `null` for a person's permits (they come in one page); the
    /// cursor of the next page of expiring permits.
    pub next_cursor: Option<String>,
}

/// `GET /residence-permits/expiring`: permits whose validity ends from today
/// to `within_days` days from today (Tbilisi), soonest first.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExpiringQuery {
    /// Days ahead, 0 (expiring today) to 366; 30 when absent.
    #[param(minimum = 0, maximum = 366)]
    within_days: Option<i64>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl Shown for ResidencePermit {
    const KIND: RecordKind = RecordKind::ResidencePermit;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::ResidencePermit.read_action(),
            RecordKind::ResidencePermit,
            self.id,
        )]
    }
}

/// Before a permit of `person` is recorded or changed to `fields` (the permit
/// `own` when it is recorded already): the person exists (404), is not erased
/// (409), is a foreigner (422 `not_a_foreigner`), and holds no other permit of
/// the type at the same time (422 `overlaps`). Takes the person's row lock.
fn prepare_change(
    c: &mut DbConnection,
    person: Uuid,
    own: Option<Uuid>,
    fields: &PermitFields,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let citizenship = persons::get(c, person)?.citizenship;
    rights::not_erased(c, person)?;
    permit::check_foreigner(citizenship.as_deref())?;
    persons::touch(c, person, now)?;
    permit::check_no_overlap(fields, own, &residence_permits::of_person(c, person)?)?;
    Ok(())
}

/// Records a residence permit of `person`; the permit, to a caller who may read it.
pub async fn create(
    call: &Call,
    person: Uuid,
    input: Body<PermitInput>,
) -> Result<Answer<ResidencePermit>, Error> {
    call.reach(RecordKind::ResidencePermit, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = call.id;
    let entries = vec![call.entry("residence_permit.created", RecordKind::ResidencePermit, id)];
    services::write_answer(call, entries, move |c, now| {
        prepare_change(c, person, None, &fields, now)?;
        Ok(residence_permits::insert(c, person, id, &fields, by, now)?)
    })
    .await
}

/// The residence permits of a person, in the order recorded: a read of the
/// person and of every permit listed.
pub async fn list(call: &Call, person: Uuid) -> Result<PermitList, Error> {
    call.reach(RecordKind::ResidencePermit, Access::Read)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Short, move |c| {
        if !persons::exists(c, person)? {
            return Err(Error::NotFound);
        }
        let items = residence_permits::of_person(c, person)?;
        let mut entries =
            vec![actor.entry("person.residence_permits_read", RecordKind::Person, person)];
        entries.extend(actor.reads(
            RecordKind::ResidencePermit.read_action(),
            RecordKind::ResidencePermit,
            items.iter().map(|p| p.id),
        ));
        Ok((items, entries))
    })
    .await?;
    Ok(PermitList {
        items,
        next_cursor: None,
    })
}

/// The permits whose validity ends within the next `within_days` days
/// (today included), soonest first; every permit listed is a read.
pub async fn expiring(call: &Call, query: ExpiringQuery) -> Result<PermitList, Error> {
    call.reach(RecordKind::ResidencePermit, Access::Read)?;
    let mut errors = ValidationErrors::new();
    let days = errors.check(permit::within_days(query.within_days));
    let (limit, after) = paging::finish(errors, query.limit, query.cursor.as_deref())?;
    let from = services::today();
    let to = from + Duration::days(days.unwrap_or_default());
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = residence_permits::expiring(c, from, to, after, limit)?;
        let entries = actor.reads(
            RecordKind::ResidencePermit.read_action(),
            RecordKind::ResidencePermit,
            items.iter().map(|p| p.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(PermitList { items, next_cursor })
}

/// Reads a residence permit of `person` (the read is recorded).
pub async fn get(call: &Call, person: Uuid, id: Uuid) -> Result<ResidencePermit, Error> {
    call.reach(RecordKind::ResidencePermit, Access::Read)?;
    let entries = vec![call.entry(
        RecordKind::ResidencePermit.read_action(),
        RecordKind::ResidencePermit,
        id,
    )];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((residence_permits::get(c, person, id)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 6] = [
    "id",
    "person_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a residence permit with a JSON merge patch (RFC 7386); the permit,
/// to a caller who may read it.
pub async fn update(
    call: &Call,
    person: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<ResidencePermit>, Error> {
    call.reach(RecordKind::ResidencePermit, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("residence_permit.updated", RecordKind::ResidencePermit, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = residence_permits::get(c, person, id)?;
        let input = merge_patch(&current, &PermitInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        prepare_change(c, person, Some(id), &fields, now)?;
        Ok(residence_permits::update(
            c, person, id, expected, &fields, now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
