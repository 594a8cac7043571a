//! The moves of a case through its life cycle: who moved it, when and why.

use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::reintegration::case::{self, CaseTransition, TransitionInput};
use integra_domain::version::Precondition;
use integra_domain::Error;
use integra_persistence::assessments;
use integra_persistence::cases::{self, Move};

use super::{load, load_view, CaseView};
use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::{self, Call, ReadSize};
use uuid::Uuid;

/// Moves a case: `to`, with a reason, an outcome when closing, and an admin's
/// override of the latest assessment. A move the life cycle does not allow is
/// refused with the moves it does allow.
pub async fn transition(
    call: &Call,
    id: Uuid,
    input: Body<TransitionInput>,
    precondition: Precondition,
) -> Result<Answer<CaseView>, Error> {
    let reach = call.reach(RecordKind::Case, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    if fields.admin_override && !call.is_admin() {
        return Err(Error::Forbidden);
    }
    let entries = vec![call.entry("case.status_changed", RecordKind::Case, id)];
    let by = call.id;
    services::write_answer(call, entries, move |c, now| {
        let record = load(c, id, reach)?;
        let latest = assessments::latest(c, id)?.map(|a| a.eligible);
        let from = record.case.status;
        case::check_transition(
            from,
            fields.to,
            fields.outcome,
            &fields.reason,
            latest,
            fields.admin_override,
        )?;
        let expected = precondition.expected(record.case.version)?;
        let step = Move {
            from,
            to: fields.to,
            outcome: fields.outcome,
            reason: &fields.reason,
            is_override: case::is_override(fields.to, latest),
        };
        cases::transition(c, id, expected, &step, by, now)?;
        load_view(c, id, Reach::All)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// The moves of a case, first to last.
pub async fn list(call: &Call, id: Uuid) -> Result<Vec<CaseTransition>, Error> {
    let reach = call.reach(RecordKind::Case, Access::Read)?;
    let entries = vec![call.entry("case.read", RecordKind::Case, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        load(c, id, reach)?;
        Ok((cases::transitions(c, id)?, entries))
    })
    .await
}
