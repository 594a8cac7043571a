//! Movement assistance for foreign migrants, on the person's record like a
//! stay abroad: record, list, read, change.
//!
//! Who may see and record it is who may see and record persons ([`Actor::reach`]
//! of [`RecordKind::Movement`]); every read is recorded. Only a foreigner is
//! helped to leave: a Georgian citizen's record refuses it (422
//! `not_a_foreigner`). An erased person's movements keep their dates, kinds
//! and countries and are not changed any more.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::movement::{self, Movement, MovementFields, MovementInput, MovementKind};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::audit::AuditEntry;
use integra_persistence::movements::{self, MovementFilter};
use integra_persistence::{persons, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::json::{merge_patch, Body};
use crate::services::placements::{check_organisation, period};
use crate::services::{self, paging, rights, Actor, Call, ReadSize};

/// One page of a person's movement assistance.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f80",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "departed_on": "2026-02-10", "destination_country": "AM", "kind": "voluntary_return",
    "help": ["ticket", "travel_documents"],
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "note": null,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-11T09:00:00Z", "updated_at": "2026-02-11T09:00:00Z"}],
    "next_cursor": null}))]
pub struct MovementPage {
    pub items: Vec<Movement>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /persons/{id}/movements`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MovementQuery {
    /// Departed on or after this date.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Departed on or before this date.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    #[param(value_type = Option<MovementKind>)]
    kind: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl MovementQuery {
    fn validate(&self) -> Result<(MovementFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let kind = self
            .kind
            .as_deref()
            .and_then(|v| errors.check(MovementKind::parse("kind", v)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        Ok((MovementFilter { from, to, kind }, limit, after))
    }
}

impl Shown for Movement {
    const KIND: RecordKind = RecordKind::Movement;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::Movement.read_action(),
            RecordKind::Movement,
            self.id,
        )]
    }
}

/// Before movement assistance of `person` is recorded or changed to `fields`:
/// the person exists (404), is not erased (409) and is no Georgian citizen
/// (422 `not_a_foreigner`), and the helping organisation exists (422).
fn check(c: &mut DbConnection, person: Uuid, fields: &MovementFields) -> Result<(), Error> {
    let citizenship = persons::get(c, person)?.citizenship;
    rights::not_erased(c, person)?;
    movement::check_foreigner(citizenship.as_deref())?;
    let mut errors = ValidationErrors::new();
    check_organisation(&mut errors, c, fields.organisation_id, "organisation_id")?;
    Ok(errors.finish(|| ())?)
}

/// Records movement assistance of `person`; the record, to a caller who may read it.
pub async fn create(
    call: &Call,
    person: Uuid,
    input: Body<MovementInput>,
) -> Result<Answer<Movement>, Error> {
    call.reach(RecordKind::Movement, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = call.id;
    let entries = vec![call.entry("movement_assistance.created", RecordKind::Movement, id)];
    services::write_answer(call, entries, move |c, now| {
        check(c, person, &fields)?;
        Ok(movements::insert(c, person, id, &fields, by, now)?)
    })
    .await
}

/// The movement assistance of a person, in the order recorded: a read of the
/// person and of every movement listed.
pub async fn list(call: &Call, person: Uuid, query: MovementQuery) -> Result<MovementPage, Error> {
    call.reach(RecordKind::Movement, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        if !persons::exists(c, person)? {
            return Err(Error::NotFound);
        }
        let items = movements::list(c, person, &filter, after, limit)?;
        let mut entries = vec![actor.entry("person.movements_read", RecordKind::Person, person)];
        entries.extend(actor.reads(
            RecordKind::Movement.read_action(),
            RecordKind::Movement,
            items.iter().map(|m| m.id),
        ));
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|m| m.id), limit);
    Ok(MovementPage { items, next_cursor })
}

/// Reads movement assistance of `person` (the read is recorded).
pub async fn get(call: &Call, person: Uuid, id: Uuid) -> Result<Movement, Error> {
    call.reach(RecordKind::Movement, Access::Read)?;
    let entries = vec![call.entry(RecordKind::Movement.read_action(), RecordKind::Movement, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((movements::get(c, person, id)?, entries))
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

/// Changes movement assistance with a JSON merge patch (RFC 7386); the record,
/// to a caller who may read it.
pub async fn update(
    call: &Call,
    person: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Movement>, Error> {
    call.reach(RecordKind::Movement, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("movement_assistance.updated", RecordKind::Movement, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = movements::get(c, person, id)?;
        let input = merge_patch(&current, &MovementInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        check(c, person, &fields)?;
        Ok(movements::update(c, person, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
