//! The workflow actions on an assistance item: approve, reject, deliver,
//! cancel. One path takes them all ([`act`]); what differs between them is
//! read off the tables here and in the domain (`WORKFLOW`, [`budget_change`],
//! [`AssistanceAction::decides`]).
//!
//! Approving is four-eyes (the proposer never approves; above the programme's
//! threshold only an admin does), commits the amount against the programme's
//! budget in one conditional update (the database never lets it overspend),
//! and checks the caps again while the programme's approvals are serialised by
//! that update. Cancelling an approved item gives its amount back. A correction
//! moves the corrected item's total in the same transaction, by a conditional
//! update that never lets it fall below zero (checked when proposing too, but
//! only this one counts: two corrections that each fit may not both).

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::money::Money;
use integra_domain::reintegration::assistance::{
    budget_change, check_action, check_approval, ActionInput, AssistanceAction, BudgetError,
    CorrectionError, DeliverInput,
};
use integra_domain::version::Precondition;
use integra_domain::Error;
use integra_persistence::assistance::budget::{self, BudgetUpdate};
use integra_persistence::assistance::{self, StatusChange};
use integra_persistence::DbConnection;
use uuid::Uuid;

use super::{load, net_of, view, within_caps, AssistanceWithHistory};
use crate::services::answer::Answer;
use crate::services::json::Body;
use crate::services::{self, Call};

/// The body of an action, read after the permission check.
#[derive(Debug)]
pub enum ActionBody {
    /// `approve`, `reject` and `cancel`: a reason (required to reject and cancel).
    Reason(Body<ActionInput>),
    /// `deliver`: the delivery date and an optional reason.
    Delivery(Body<DeliverInput>),
}

impl From<Body<ActionInput>> for ActionBody {
    fn from(input: Body<ActionInput>) -> Self {
        Self::Reason(input)
    }
}

impl From<Body<DeliverInput>> for ActionBody {
    fn from(input: Body<DeliverInput>) -> Self {
        Self::Delivery(input)
    }
}

/// A validated action body.
struct Step {
    reason: Option<String>,
    delivered_on: Option<NaiveDate>,
}

impl ActionBody {
    fn validate(self, action: AssistanceAction, today: NaiveDate) -> Result<Step, Error> {
        match (action, self) {
            (AssistanceAction::Deliver, Self::Delivery(input)) => {
                let fields = input.parse()?.validate(today)?;
                Ok(Step {
                    reason: fields.reason,
                    delivered_on: Some(fields.delivered_on),
                })
            }
            (AssistanceAction::Deliver, Self::Reason(_)) | (_, Self::Delivery(_)) => Err(
                Error::Internal(format!("{action} was called with another action's body")),
            ),
            (_, Self::Reason(input)) => Ok(Step {
                reason: input.parse()?.validate(action)?,
                delivered_on: None,
            }),
        }
    }
}

/// The audit action of each workflow action.
fn event(action: AssistanceAction) -> &'static str {
    match action {
        AssistanceAction::Approve => "assistance.approved",
        AssistanceAction::Reject => "assistance.rejected",
        AssistanceAction::Deliver => "assistance.delivered",
        AssistanceAction::Cancel => "assistance.cancelled",
    }
}

/// Takes `action` on the item `id` in one transaction with its audit entry:
/// the four-eyes check (approving), the version the client holds, the move,
/// the budget, the caps (approving) and the history step.
pub async fn act(
    call: &Call,
    id: Uuid,
    action: AssistanceAction,
    input: ActionBody,
    precondition: Precondition,
) -> Result<Answer<AssistanceWithHistory>, Error> {
    let reach = call.reach(RecordKind::Assistance, Access::Write)?;
    let step = input.validate(action, services::today())?;
    let entries = vec![call.entry(event(action), RecordKind::Assistance, id)];
    let (by, is_admin) = (call.id, call.is_admin());
    services::write_answer(call, entries, move |c, now| {
        let item = load(c, id, reach)?;
        if action == AssistanceAction::Approve {
            let threshold = budget::approval_threshold(c, item.programme_id)?;
            check_approval(item.proposed_by, by, is_admin, item.amount, threshold)?;
        }
        let version = precondition.expected(item.version)?;
        let to = check_action(item.status, action)?;
        if let Some(amount) = budget_change(item.status, action, item.amount) {
            commit(c, item.programme_id, amount, now)?;
            if let Some(original) = item.corrects_id {
                // A correction moves the corrected item's total the same way.
                correct(c, original, amount)?;
            }
        }
        if action == AssistanceAction::Approve {
            // Checked again now that the programme's approvals are serialised.
            let (programme, person) = (item.programme_id, item.person_id);
            let household = within_caps(c, programme, person, item.assistance_type, item.amount)?;
            // The household that receives it is the one the caps counted now.
            assistance::set_household(c, id, household)?;
        }
        let change = StatusChange {
            id,
            version,
            from: item.status,
            to,
            decided_by: action.decides().then_some(by).or(item.decided_by),
            delivered_on: step.delivered_on.or(item.delivered_on),
        };
        if !assistance::set_status(c, &change, now)? {
            // Someone else acted on the item meanwhile; this transaction is undone.
            return Err(Error::conflict(
                "concurrent_change",
                "the item changed while this action was taken; read it again",
            ));
        }
        let reason = step.reason.as_deref();
        assistance::record_action(c, id, action.as_str(), reason, by, now)?;
        view(c, id)
    })
    .await
}

/// Moves `amount` into (or, negative, out of) what the committed corrections of
/// the item `original` add up to; refused (409 `correction_below_zero`) when
/// the corrected total would fall below zero. The database decides, in the
/// transaction that moves the budget.
fn correct(c: &mut DbConnection, original: Uuid, amount: Money) -> Result<(), Error> {
    let corrected = assistance::item(c, original)?;
    if assistance::move_corrections(c, original, corrected.amount, amount)? {
        return Ok(());
    }
    // Read again: another correction may have moved it meanwhile.
    let net = net_of(&assistance::item(c, original)?)?;
    Err(CorrectionError::BelowZero {
        max_reduction: net.max(Money::ZERO),
    }
    .into())
}

/// Moves `amount` into (or, negative, out of) the programme's committed total;
/// refused when the budget does not hold it.
fn commit(
    c: &mut DbConnection,
    programme: Uuid,
    amount: Money,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    match budget::commit_budget(c, programme, amount, now)? {
        BudgetUpdate::Changed => Ok(()),
        BudgetUpdate::Unchanged => {
            let (total, committed) = budget::figures(c, programme)?;
            Err(BudgetError::exceeded(total, committed, amount).into())
        }
        // The transaction may be aborted: no figures can be read.
        BudgetUpdate::CheckViolated => Err(BudgetError::NotHeld { amount }.into()),
    }
}
