//! Households: persons who live and are assisted together. Create, read, add and
//! remove members; a person belongs to one household at most.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::household::{self, Household, HouseholdInput, MemberInput};
use integra_domain::version::Precondition;
use integra_domain::Error;
use integra_persistence::{households, persons};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown};
use crate::services::json::Body;
use crate::services::{self, rights, Actor, Call, ReadSize};

/// Creates an empty household; the household, to a caller who may read households.
pub async fn create(call: &Call, input: Body<HouseholdInput>) -> Result<Answer<Household>, Error> {
    call.reach(RecordKind::Household, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("household.created", RecordKind::Household, id)];
    services::write_answer(call, entries, move |c, now| {
        Ok(households::insert(c, id, &fields, now)?)
    })
    .await
}

/// Reads a household with its members: the read is recorded as a read of the
/// household and of each member (it shows in their access logs).
pub async fn get(call: &Call, id: Uuid) -> Result<Household, Error> {
    call.reach(RecordKind::Household, Access::Read)?;
    let actor = call.actor.clone();
    services::audited_read(call, ReadSize::Short, move |c| {
        let household = households::get(c, id)?;
        let entries = household.reads(&actor);
        Ok((household, entries))
    })
    .await
}

/// Adds a person who belongs to no household yet; the household, to a caller
/// who may read households.
pub async fn add_member(
    call: &Call,
    id: Uuid,
    input: Body<MemberInput>,
    precondition: Precondition,
) -> Result<Answer<Household>, Error> {
    call.reach(RecordKind::Household, Access::Write)?;
    let person = input.parse()?.person_id;
    let expected = precondition.version()?;
    let entries = membership(call, "household.member_added", id, person);
    services::write_answer(call, entries, move |c, now| {
        rights::not_erased(c, person)?;
        if !households::add_member(c, id, person, expected, now)? {
            // The person is missing, in a household already, or moved meanwhile.
            household::joinable(id, persons::household_of(c, person)?)?;
            return Err(Error::conflict(
                "concurrent_update",
                "the person changed while being added; retry",
            ));
        }
        Ok(households::get(c, id)?)
    })
    .await
}

/// Removes a member from the household; the household, to a caller who may
/// read households.
pub async fn remove_member(
    call: &Call,
    id: Uuid,
    person: Uuid,
    precondition: Precondition,
) -> Result<Answer<Household>, Error> {
    call.reach(RecordKind::Household, Access::Write)?;
    let expected = precondition.version()?;
    let entries = membership(call, "household.member_removed", id, person);
    services::write_answer(call, entries, move |c, now| {
        Ok(households::remove_member(c, id, person, expected, now)?)
    })
    .await
}

/// The entries of a change of membership: of the household, and of the person.
fn membership(
    actor: &Actor,
    action: &'static str,
    household: Uuid,
    person: Uuid,
) -> Vec<integra_persistence::audit::AuditEntry> {
    vec![
        actor.entry(action, RecordKind::Household, household),
        actor.entry("person.household_changed", RecordKind::Person, person),
    ]
}
