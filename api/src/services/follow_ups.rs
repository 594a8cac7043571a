//! Follow-ups of a case at 3, 6 and 12 months, scored on the sustainability
//! indicators; and the indicator catalogue.
//!
//! A follow-up belongs to its case: whoever reaches the case reaches its
//! follow-ups ([`Actor::reach`] of [`RecordKind::FollowUp`]).

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::reintegration::follow_up::{
    already_recorded, check_recordable, score, FollowUp, FollowUpInput, IndicatorView, INDICATORS,
};
use integra_domain::Error;
use integra_persistence::follow_ups::{self, NewFollowUp};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::{self, cases, Actor, Call, ReadSize};

/// The sustainability indicators a follow-up answers.
pub fn indicators(actor: &Actor) -> Result<Vec<IndicatorView>, Error> {
    actor.reach(RecordKind::FollowUp, Access::Read)?;
    Ok(INDICATORS.iter().map(IndicatorView::from).collect())
}

/// Records the follow-up of a case at a point, scoring it: only on a case in
/// `assisting`, `monitoring` or `closed`, and once per point.
pub async fn record(
    call: &Call,
    case_id: Uuid,
    input: Body<FollowUpInput>,
) -> Result<Answer<FollowUp>, Error> {
    let reach = call.reach(RecordKind::FollowUp, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("follow_up.recorded", RecordKind::FollowUp, id)];
    let (by, point) = (call.id, fields.point);
    let recorded = services::write_answer(call, entries, move |c, now| {
        let case = cases::load(c, case_id, reach)?.case;
        check_recordable(case.status)?;
        if let Some(existing) = follow_ups::at_point(c, case_id, fields.point)? {
            return Err(already_recorded(case_id, fields.point, Some(existing)));
        }
        let new = NewFollowUp {
            id,
            case_id,
            fields: &fields,
            scores: &score(&fields.answers),
            recorded_by: by,
        };
        follow_ups::insert(c, &new, now)?;
        Ok(follow_ups::get(c, id)?)
    })
    .await;
    match recorded {
        // The unique index caught a concurrent follow-up at the same point.
        Err(e) if e.is_duplicate() => Err(already_recorded(case_id, point, None)),
        other => other,
    }
}

/// The follow-ups of a case, 3 months first (a read of the case).
pub async fn list(call: &Call, case_id: Uuid) -> Result<Vec<FollowUp>, Error> {
    let reach = call.reach(RecordKind::FollowUp, Access::Read)?;
    let entries = vec![call.entry("case.follow_ups_read", RecordKind::Case, case_id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        cases::load(c, case_id, reach)?;
        let items = follow_ups::list_for_case(c, case_id, reach.organisation())?;
        Ok((items, entries))
    })
    .await
}
