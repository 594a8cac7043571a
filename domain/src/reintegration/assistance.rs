//! Assistance items of a case: proposal, four-eyes approval, caps, delivery.
//!
//! Workflow ([`WORKFLOW`]):
//!
//! | action | from | to |
//! |---|---|---|
//! | `approve` | `proposed` | `approved` |
//! | `reject` | `proposed` | `rejected` |
//! | `deliver` | `approved` | `delivered` |
//! | `cancel` | `proposed`, `approved` | `cancelled` |
//!
//! `delivered`, `rejected` and `cancelled` are final. `reject` and `cancel`
//! need a reason (nothing a report counts disappears without one); `approve`
//! and `deliver` take an optional one.
//!
//! A delivered item is never edited: it is corrected by a new item that links
//! to it (`corrects_id`), of the same type, whose `amount` is the *difference*
//! (negative to reduce), so that sums over approved and delivered items stay
//! right. A correction goes through the same workflow.
//!
//! Caps ([`check_caps`]) and the budget ([`super::programme::check_budget`])
//! count what is *committed*: approved plus delivered items, corrections
//! included. The use case checks the caps when proposing and again, under a
//! lock, when approving; the database enforces the budget ([`budget_change`]),
//! and, when a correction is approved or cancelled, that the corrected item's
//! amount plus its committed corrections stays at zero or more (the same
//! change moves both).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::case::CaseStatus;
use super::programme::{AssistanceType, CatalogueEntry};
use crate::error::Error;
use crate::money::{self, Money, MoneyInput};
use crate::state_machine::Machine;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// Where an assistance item is in its workflow.
    AssistanceStatus {
        Proposed => "proposed",
        Approved => "approved",
        Delivered => "delivered",
        Rejected => "rejected",
        Cancelled => "cancelled",
    }
}

string_enum! {
    /// What may be done to an assistance item (`POST /assistance/{id}/{action}`).
    AssistanceAction {
        Approve => "approve",
        Reject => "reject",
        Deliver => "deliver",
        Cancel => "cancel",
    }
}

/// Most co-beneficiaries of one item.
pub const CO_BENEFICIARIES_MAX: usize = 20;

/// Longest description of an item.
pub const DESCRIPTION_MAX_CHARS: usize = 2000;

/// Longest reason of an action.
pub const ACTION_REASON_MAX_CHARS: usize = 2000;

/// The workflow of an item: the one table of its moves.
pub const WORKFLOW: Machine<AssistanceStatus, AssistanceAction> = Machine {
    code: "illegal_action",
    record: "an assistance item",
    moves: &[
        (
            AssistanceStatus::Proposed,
            AssistanceAction::Approve,
            AssistanceStatus::Approved,
        ),
        (
            AssistanceStatus::Proposed,
            AssistanceAction::Reject,
            AssistanceStatus::Rejected,
        ),
        (
            AssistanceStatus::Proposed,
            AssistanceAction::Cancel,
            AssistanceStatus::Cancelled,
        ),
        (
            AssistanceStatus::Approved,
            AssistanceAction::Deliver,
            AssistanceStatus::Delivered,
        ),
        (
            AssistanceStatus::Approved,
            AssistanceAction::Cancel,
            AssistanceStatus::Cancelled,
        ),
    ],
};

impl AssistanceStatus {
    /// `delivered`, `rejected` and `cancelled` never change again.
    pub fn is_final(self) -> bool {
        WORKFLOW.is_final(self)
    }

    /// Approved and delivered items count against caps and the budget.
    pub fn is_committed(self) -> bool {
        matches!(self, Self::Approved | Self::Delivered)
    }
}

impl AssistanceAction {
    /// Whether the action needs a reason.
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::Reject | Self::Cancel)
    }

    /// Whether the action decides on the proposal: its actor is kept as the
    /// approver, or as whoever rejected the item.
    pub fn decides(self) -> bool {
        matches!(self, Self::Approve | Self::Reject)
    }
}

/// The status an item in `status` moves to by `action`; a refusal (409) lists
/// the actions the status allows.
pub fn check_action(
    status: AssistanceStatus,
    action: AssistanceAction,
) -> Result<AssistanceStatus, Error> {
    WORKFLOW.apply(status, action, AssistanceAction::as_str)
}

/// Whether assistance of `kind` may be proposed on a case in `case_status`:
/// in `planning` or `assisting`; `counselling_referral` also on `not_eligible`.
pub fn may_propose(case_status: CaseStatus, kind: AssistanceType) -> bool {
    match case_status {
        CaseStatus::Planning | CaseStatus::Assisting => true,
        CaseStatus::NotEligible => kind == AssistanceType::CounsellingReferral,
        _ => false,
    }
}

/// Assistance of a type that is not proposed on a case in its status (409
/// `case_status`): see [`may_propose`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{kind} assistance is not proposed on a case that is {case_status}: only on planning or assisting cases (counselling_referral also on not_eligible ones)")]
pub struct NotProposable {
    pub case_status: CaseStatus,
    pub kind: AssistanceType,
}

impl From<NotProposable> for Error {
    fn from(error: NotProposable) -> Self {
        Error::conflict("case_status", error.to_string())
    }
}

/// [`may_propose`], refusing with the reason.
pub fn check_proposable(
    case_status: CaseStatus,
    kind: AssistanceType,
) -> Result<(), NotProposable> {
    if may_propose(case_status, kind) {
        Ok(())
    } else {
        Err(NotProposable { case_status, kind })
    }
}

/// How much an action moves into (positive) or out of (negative) the
/// programme's committed total: approving commits the item's amount,
/// cancelling an approved item gives it back; nothing else (and no amount, or
/// zero) moves nothing.
pub fn budget_change(
    from: AssistanceStatus,
    action: AssistanceAction,
    amount: Option<Money>,
) -> Option<Money> {
    let amount = amount.filter(|a| *a != Money::ZERO)?;
    match (action, from) {
        (AssistanceAction::Approve, _) => Some(amount),
        (AssistanceAction::Cancel, AssistanceStatus::Approved) => {
            Some(Money::from_tetri(amount.tetri().saturating_neg()))
        }
        _ => None,
    }
}

/// Why the programme's budget does not take an amount (409 `budget_exceeded`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BudgetError {
    /// The budget has less left than the item needs.
    #[error("the programme's budget of {budget} leaves {remaining}; this item needs {amount}")]
    Exceeded {
        budget: Money,
        remaining: Money,
        amount: Money,
    },
    /// The database's own check refused it (when the figures cannot be read).
    #[error("the programme's budget does not hold {amount} more")]
    NotHeld { amount: Money },
}

impl BudgetError {
    /// `amount` did not fit a `budget` of which `committed` is committed.
    pub fn exceeded(budget: Money, committed: Money, amount: Money) -> Self {
        let remaining = Money::from_tetri(budget.tetri().saturating_sub(committed.tetri()).max(0));
        Self::Exceeded {
            budget,
            remaining,
            amount,
        }
    }
}

impl From<BudgetError> for Error {
    fn from(error: BudgetError) -> Self {
        Error::conflict("budget_exceeded", error.to_string())
    }
}

/// Why a user may not approve an item (403).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApprovalError {
    /// Four eyes: the proposer never approves their own proposal.
    #[error("the proposer of an item cannot approve it")]
    SameAsProposer,
    /// Above the programme's threshold only an admin approves.
    #[error("only an admin approves more than {threshold}")]
    AboveThreshold { threshold: Money },
}

/// Four eyes and the approval threshold. `amount` is the item's (none for a
/// service without one); an amount equal to the threshold needs no admin.
pub fn check_approval(
    proposer: Uuid,
    approver: Uuid,
    approver_is_admin: bool,
    amount: Option<Money>,
    threshold: Money,
) -> Result<(), ApprovalError> {
    if proposer == approver {
        return Err(ApprovalError::SameAsProposer);
    }
    if amount.is_some_and(|a| a > threshold) && !approver_is_admin {
        return Err(ApprovalError::AboveThreshold { threshold });
    }
    Ok(())
}

/// Why an item does not fit the programme's catalogue (409).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CapError {
    /// The programme does not offer this type.
    #[error("the programme does not offer {assistance_type}")]
    NotInCatalogue { assistance_type: AssistanceType },
    /// The person's cap for this type would be exceeded.
    #[error("the cap per person of {cap} leaves {remaining}")]
    PerPerson { cap: Money, remaining: Money },
    /// The household's cap for this type would be exceeded.
    #[error("the cap per household of {cap} leaves {remaining}")]
    PerHousehold { cap: Money, remaining: Money },
}

impl CapError {
    /// The cap's name as the API reports it.
    pub fn cap_name(&self) -> &'static str {
        match self {
            Self::NotInCatalogue { .. } => "catalogue",
            Self::PerPerson { .. } => "cap_per_person",
            Self::PerHousehold { .. } => "cap_per_household",
        }
    }
}

impl From<CapError> for Error {
    fn from(error: CapError) -> Self {
        Error::conflict(error.cap_name(), error.to_string())
    }
}

impl From<ApprovalError> for Error {
    fn from(error: ApprovalError) -> Self {
        let code = match error {
            ApprovalError::SameAsProposer => "four_eyes",
            ApprovalError::AboveThreshold { .. } => "above_threshold",
        };
        Error::Denied {
            code,
            detail: error.to_string(),
        }
    }
}

/// Whether `amount` more of `kind` fits the programme's caps.
///
/// `committed_for_person_of_type` / `committed_for_household_of_type` are the
/// approved plus delivered amounts of this type (corrections included) for the
/// case's person and for their household (for a person without a household,
/// pass the person's own figure). `entry` is the programme's catalogue entry
/// of `kind` (none: not offered). The person's cap is checked first.
pub fn check_caps(
    kind: AssistanceType,
    amount: Money,
    committed_for_person_of_type: Money,
    committed_for_household_of_type: Money,
    entry: Option<&CatalogueEntry>,
) -> Result<(), CapError> {
    let entry = entry
        .filter(|e| e.assistance_type == kind)
        .ok_or(CapError::NotInCatalogue {
            assistance_type: kind,
        })?;
    let fits = |cap: Money, committed: Money| -> Result<(), Money> {
        let remaining = cap
            .checked_sub(committed)
            .filter(|r| !r.is_negative())
            .unwrap_or(Money::ZERO);
        if amount <= remaining {
            Ok(())
        } else {
            Err(remaining)
        }
    };
    if let Some(cap) = entry.cap_per_person {
        fits(cap, committed_for_person_of_type)
            .map_err(|remaining| CapError::PerPerson { cap, remaining })?;
    }
    if let Some(cap) = entry.cap_per_household {
        fits(cap, committed_for_household_of_type)
            .map_err(|remaining| CapError::PerHousehold { cap, remaining })?;
    }
    Ok(())
}

/// Why a correction cannot link to the item it names (409).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionError {
    /// Only a delivered item is corrected; others are cancelled or rejected instead.
    #[error("only a delivered item is corrected; this one is {status}")]
    NotDelivered { status: AssistanceStatus },
    /// A correction has the type of the item it corrects.
    #[error("a correction of {original} assistance has the same type")]
    OtherType { original: AssistanceType },
    /// A correction belongs to the same case as the item it corrects.
    #[error("a correction belongs to the case of the item it corrects")]
    OtherCase,
    /// The corrected total would be below zero.
    #[error("the correction would leave less than nothing: at most {max_reduction} less")]
    BelowZero { max_reduction: Money },
}

impl From<CorrectionError> for Error {
    fn from(error: CorrectionError) -> Self {
        let code = match error {
            CorrectionError::NotDelivered { .. } => "correction_not_delivered",
            CorrectionError::OtherType { .. } => "correction_other_type",
            CorrectionError::OtherCase => "correction_other_case",
            CorrectionError::BelowZero { .. } => "correction_below_zero",
        };
        Error::conflict(code, error.to_string())
    }
}

/// Whether a new item (`case_id`, `kind`, `amount`) may correct an earlier one.
/// `original_net` is the original's amount plus its earlier corrections
/// (committed ones).
pub fn check_correction(
    original_status: AssistanceStatus,
    original_type: AssistanceType,
    original_case_id: Uuid,
    original_net: Money,
    case_id: Uuid,
    kind: AssistanceType,
    amount: Option<Money>,
) -> Result<(), CorrectionError> {
    if original_status != AssistanceStatus::Delivered {
        return Err(CorrectionError::NotDelivered {
            status: original_status,
        });
    }
    if original_case_id != case_id {
        return Err(CorrectionError::OtherCase);
    }
    if original_type != kind {
        return Err(CorrectionError::OtherType {
            original: original_type,
        });
    }
    let amount = amount.unwrap_or(Money::ZERO);
    if original_net
        .checked_add(amount)
        .is_none_or(Money::is_negative)
    {
        return Err(CorrectionError::BelowZero {
            max_reduction: if original_net.is_negative() {
                Money::ZERO
            } else {
                original_net
            },
        });
    }
    Ok(())
}

/// An assistance item as a case worker proposes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"type": "micro_business",
    "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
    "co_beneficiary_ids": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61"],
    "provider_organisation_id": null, "corrects_id": null,
    "description": "Two dairy cows and a milk cooler"}))]
pub struct AssistanceInput {
    #[serde(rename = "type")]
    #[schema(value_type = AssistanceType)]
    pub assistance_type: String,
    /// More than zero; optional for the services `employment_assistance` and
    /// `counselling_referral`. On a correction: the difference, possibly negative, never zero.
    #[serde(default)]
    pub amount: Option<MoneyInput>,
    /// Given as goods (equipment, livestock, stock) rather than cash.
    #[serde(default)]
    pub in_kind: bool,
    /// Further persons the item involves (family working in the business); each once, never the case's person.
    #[serde(default)]
    pub co_beneficiary_ids: Vec<Uuid>,
    /// The organisation that provides the goods or service.
    #[serde(default)]
    pub provider_organisation_id: Option<Uuid>,
    /// The delivered item this one corrects.
    #[serde(default)]
    pub corrects_id: Option<Uuid>,
    #[serde(default)]
    #[schema(max_length = 2000, example = "Two dairy cows and a milk cooler")]
    pub description: Option<String>,
}

/// A validated proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssistanceFields {
    pub assistance_type: AssistanceType,
    pub amount: Option<Money>,
    pub in_kind: bool,
    pub co_beneficiary_ids: Vec<Uuid>,
    pub provider_organisation_id: Option<Uuid>,
    pub corrects_id: Option<Uuid>,
    pub description: Option<String>,
}

impl AssistanceInput {
    /// Validates every field; `case_person_id` is the person of the case, who
    /// cannot also be a co-beneficiary.
    pub fn validate(&self, case_person_id: Uuid) -> Result<AssistanceFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let kind = errors.check(AssistanceType::parse("type", &self.assistance_type));
        let is_correction = self.corrects_id.is_some();
        let amount = match (&self.amount, kind) {
            (None, Some(kind)) if !kind.is_service() => {
                errors.add(
                    "amount",
                    "required",
                    format!("{kind} assistance needs an amount"),
                );
                None
            }
            (None, _) => None,
            (Some(input), _) if is_correction => {
                let value = errors.check(money::money("amount", input));
                if value == Some(Money::ZERO) {
                    errors.add(
                        "amount.amount",
                        "zero",
                        "a correction changes the amount: it is not zero",
                    );
                }
                value
            }
            (Some(input), _) => errors.check(money::money_positive("amount", input)),
        };
        if self.co_beneficiary_ids.len() > CO_BENEFICIARIES_MAX {
            errors.add(
                "co_beneficiary_ids",
                "too_many",
                format!("an item has at most {CO_BENEFICIARIES_MAX} co-beneficiaries"),
            );
        }
        for (index, id) in self.co_beneficiary_ids.iter().enumerate() {
            let field = format!("co_beneficiary_ids[{index}]");
            if *id == case_person_id {
                errors.add(
                    field,
                    "is_beneficiary",
                    "the case's person is the beneficiary, not a co-beneficiary",
                );
            } else if self.co_beneficiary_ids[..index].contains(id) {
                errors.add(field, "duplicate", "each co-beneficiary is listed once");
            }
        }
        let description = self
            .description
            .as_deref()
            .and_then(|v| errors.check(validation::text("description", v, DESCRIPTION_MAX_CHARS)));
        match kind {
            Some(assistance_type) if errors.is_empty() => Ok(AssistanceFields {
                assistance_type,
                amount,
                in_kind: self.in_kind,
                co_beneficiary_ids: self.co_beneficiary_ids.clone(),
                provider_organisation_id: self.provider_organisation_id,
                corrects_id: self.corrects_id,
                description,
            }),
            _ => Err(errors),
        }
    }
}

/// An optional reason of `approve`, `reject` or `cancel`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"reason": "The business plan was found not viable"}))]
pub struct ActionInput {
    /// Required to `reject` and `cancel`; at most 2000 characters.
    #[serde(default)]
    #[schema(max_length = 2000, example = "The business plan was found not viable")]
    pub reason: Option<String>,
}

/// Checks an action's reason: required for `reject` and `cancel`.
pub fn action_reason(
    action: AssistanceAction,
    reason: Option<&str>,
) -> Result<Option<String>, FieldError> {
    match reason {
        Some(text) => validation::text("reason", text, ACTION_REASON_MAX_CHARS).map(Some),
        None if action.needs_reason() => Err(FieldError::new(
            "reason",
            "required",
            format!("to {action} an item needs a reason"),
        )),
        None => Ok(None),
    }
}

impl ActionInput {
    pub fn validate(&self, action: AssistanceAction) -> Result<Option<String>, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reason = errors.check(action_reason(action, self.reason.as_deref()));
        errors.finish(|| reason.flatten())
    }
}

/// The body of `deliver`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"delivered_on": "2026-02-15", "reason": "Handed over at the farm"}))]
pub struct DeliverInput {
    /// Not in the future.
    #[schema(value_type = String, format = Date, example = "2026-02-15")]
    pub delivered_on: String,
    #[serde(default)]
    #[schema(max_length = 2000, example = "Handed over at the farm")]
    pub reason: Option<String>,
}

/// A validated delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliverFields {
    pub delivered_on: NaiveDate,
    pub reason: Option<String>,
}

impl DeliverInput {
    pub fn validate(&self, today: NaiveDate) -> Result<DeliverFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let delivered_on = errors.check(validation::past_date(
            "delivered_on",
            &self.delivered_on,
            today,
        ));
        let reason = errors.check(action_reason(
            AssistanceAction::Deliver,
            self.reason.as_deref(),
        ));
        match delivered_on {
            Some(delivered_on) if errors.is_empty() => Ok(DeliverFields {
                delivered_on,
                reason: reason.flatten(),
            }),
            _ => Err(errors),
        }
    }
}

/// An assistance item as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f00",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "type": "micro_business",
    "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
    "co_beneficiary_ids": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61"],
    "provider_organisation_id": null, "corrects_id": null,
    "description": "Two dairy cows and a milk cooler", "status": "delivered",
    "status_reason": null, "imported": false, "proposed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "approved_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1", "delivered_on": "2026-02-15",
    "version": 3, "created_at": "2026-02-05T09:00:00Z", "updated_at": "2026-02-15T12:00:00Z"}))]
pub struct Assistance {
    pub id: Uuid,
    pub case_id: Uuid,
    #[serde(rename = "type")]
    pub assistance_type: AssistanceType,
    pub amount: Option<Money>,
    pub in_kind: bool,
    pub co_beneficiary_ids: Vec<Uuid>,
    pub provider_organisation_id: Option<Uuid>,
    pub corrects_id: Option<Uuid>,
    pub description: Option<String>,
    pub status: AssistanceStatus,
    /// The reason given with the latest action.
    pub status_reason: Option<String>,
    pub proposed_by: Uuid,
    pub approved_by: Option<Uuid>,
    #[schema(value_type = Option<String>, format = Date)]
    pub delivered_on: Option<NaiveDate>,
    /// Delivered before integra and imported from earlier records
    /// (`POST /imports?kind=assistance_history`): no proposal or approval
    /// of its own here.
    pub imported: bool,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use AssistanceAction::*;
    use AssistanceStatus::*;

    fn gel(lari: i64) -> Money {
        Money::from_lari(lari).unwrap()
    }

    #[test]
    fn every_action_from_every_status() {
        for &status in AssistanceStatus::ALL {
            for &action in AssistanceAction::ALL {
                let expected = match (status, action) {
                    (Proposed, Approve) => Some(Approved),
                    (Proposed, Reject) => Some(Rejected),
                    (Proposed, Cancel) | (Approved, Cancel) => Some(Cancelled),
                    (Approved, Deliver) => Some(Delivered),
                    _ => None,
                };
                let result = check_action(status, action);
                assert_eq!(
                    result.as_ref().ok().copied(),
                    expected,
                    "{action} on {status}"
                );
                if let Err(Error::IllegalMove(error)) = result {
                    let allowed: Vec<&str> = WORKFLOW
                        .allowed(status)
                        .iter()
                        .map(|a| a.as_str())
                        .collect();
                    assert_eq!(error.allowed, allowed);
                    assert!(!error.allowed.contains(&action.as_str()));
                }
            }
            assert_eq!(status.is_final(), WORKFLOW.allowed(status).is_empty());
        }
        assert!(Approved.is_committed() && Delivered.is_committed());
        assert!(!Proposed.is_committed() && !Rejected.is_committed() && !Cancelled.is_committed());
    }

    #[test]
    fn proposing_depends_on_the_case() {
        for &status in CaseStatus::ALL {
            for &kind in AssistanceType::ALL {
                let expected = matches!(status, CaseStatus::Planning | CaseStatus::Assisting)
                    || (status == CaseStatus::NotEligible
                        && kind == AssistanceType::CounsellingReferral);
                assert_eq!(may_propose(status, kind), expected, "{kind} on {status}");
                assert_eq!(check_proposable(status, kind).is_ok(), expected);
            }
        }
        let refused = Error::from(
            check_proposable(CaseStatus::Screening, AssistanceType::MicroBusiness).unwrap_err(),
        );
        assert!(refused.is_conflict("case_status"), "{refused}");
    }

    #[test]
    fn what_moves_the_budget() {
        let amount = Some(gel(300));
        assert_eq!(budget_change(Proposed, Approve, amount), amount);
        assert_eq!(budget_change(Approved, Cancel, amount), Some(gel(-300)));
        assert_eq!(budget_change(Proposed, Cancel, amount), None);
        assert_eq!(budget_change(Proposed, Reject, amount), None);
        assert_eq!(budget_change(Approved, Deliver, amount), None);
        assert_eq!(budget_change(Proposed, Approve, Some(Money::ZERO)), None);
        assert_eq!(budget_change(Proposed, Approve, None), None);
        assert!(Approve.decides() && Reject.decides());
        assert!(!Deliver.decides() && !Cancel.decides());

        let over = BudgetError::exceeded(gel(5000), gel(3000), gel(2500));
        assert_eq!(
            over.to_string(),
            "the programme's budget of 5000.00 GEL leaves 2000.00 GEL; this item needs 2500.00 GEL"
        );
        let overcommitted = BudgetError::exceeded(gel(5000), gel(6000), gel(1));
        assert!(
            matches!(overcommitted, BudgetError::Exceeded { remaining, .. } if remaining == Money::ZERO)
        );
        assert!(Error::from(over).is_conflict("budget_exceeded"));
    }

    #[test]
    fn four_eyes_and_threshold() {
        let (alice, bob) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let threshold = gel(3000);
        assert_eq!(
            check_approval(alice, alice, true, Some(gel(10)), threshold),
            Err(ApprovalError::SameAsProposer)
        );
        assert_eq!(
            check_approval(alice, bob, false, Some(gel(3000)), threshold),
            Ok(())
        );
        assert_eq!(check_approval(alice, bob, false, None, threshold), Ok(()));
        assert_eq!(
            check_approval(
                alice,
                bob,
                false,
                Some(Money::from_tetri(300_001)),
                threshold
            ),
            Err(ApprovalError::AboveThreshold { threshold })
        );
        assert_eq!(
            check_approval(alice, bob, true, Some(gel(4000)), threshold),
            Ok(())
        );
        // A zero threshold: every paid item needs an admin.
        assert!(check_approval(alice, bob, false, Some(gel(1)), Money::ZERO).is_err());
    }

    #[test]
    fn caps() {
        let entry = CatalogueEntry {
            assistance_type: AssistanceType::MicroBusiness,
            cap_per_person: Some(gel(4000)),
            cap_per_household: Some(gel(6000)),
        };
        let check = |amount, person, household| {
            check_caps(
                AssistanceType::MicroBusiness,
                gel(amount),
                gel(person),
                gel(household),
                Some(&entry),
            )
        };
        assert_eq!(check(4000, 0, 0), Ok(()));
        assert_eq!(check(1000, 3000, 5000), Ok(()));
        assert_eq!(
            check(1001, 3000, 3000),
            Err(CapError::PerPerson {
                cap: gel(4000),
                remaining: gel(1000)
            })
        );
        assert_eq!(
            check(1000, 0, 5500),
            Err(CapError::PerHousehold {
                cap: gel(6000),
                remaining: gel(500)
            })
        );
        assert_eq!(
            check(1, 0, 7000).unwrap_err().cap_name(),
            "cap_per_household"
        );
        assert_eq!(
            check(1, 5000, 0),
            Err(CapError::PerPerson {
                cap: gel(4000),
                remaining: Money::ZERO
            })
        );
        // A negative correction always fits.
        assert_eq!(check(-500, 5000, 7000), Ok(()));

        let uncapped = CatalogueEntry {
            assistance_type: AssistanceType::Medical,
            cap_per_person: None,
            cap_per_household: None,
        };
        assert_eq!(
            check_caps(
                AssistanceType::Medical,
                gel(1_000_000),
                gel(1),
                gel(1),
                Some(&uncapped)
            ),
            Ok(())
        );
        assert_eq!(
            check_caps(AssistanceType::Medical, gel(1), gel(0), gel(0), None),
            Err(CapError::NotInCatalogue {
                assistance_type: AssistanceType::Medical
            })
        );
        // The entry of another type does not count.
        assert!(matches!(
            check_caps(
                AssistanceType::Medical,
                gel(1),
                gel(0),
                gel(0),
                Some(&entry)
            ),
            Err(CapError::NotInCatalogue { .. })
        ));
    }

    #[test]
    fn corrections() {
        let case = Uuid::from_u128(7);
        let kind = AssistanceType::MicroBusiness;
        let check = |status, original_type, original_case, net, amount| {
            check_correction(
                status,
                original_type,
                original_case,
                gel(net),
                case,
                kind,
                Some(gel(amount)),
            )
        };
        assert_eq!(check(Delivered, kind, case, 4000, -500), Ok(()));
        assert_eq!(check(Delivered, kind, case, 4000, -4000), Ok(()));
        assert_eq!(check(Delivered, kind, case, 3000, 500), Ok(()));
        assert_eq!(
            check(Delivered, kind, case, 4000, -4001),
            Err(CorrectionError::BelowZero {
                max_reduction: gel(4000)
            })
        );
        assert_eq!(
            check(Approved, kind, case, 4000, -1),
            Err(CorrectionError::NotDelivered { status: Approved })
        );
        assert_eq!(
            check(Delivered, AssistanceType::Medical, case, 4000, -1),
            Err(CorrectionError::OtherType {
                original: AssistanceType::Medical
            })
        );
        assert_eq!(
            check(Delivered, kind, Uuid::from_u128(8), 4000, -1),
            Err(CorrectionError::OtherCase)
        );
    }

    fn proposal(value: serde_json::Value) -> AssistanceInput {
        serde_json::from_value(value).unwrap()
    }

    fn error_codes(input: &AssistanceInput) -> Vec<(String, String)> {
        input
            .validate(Uuid::from_u128(1))
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn proposals() {
        let person = Uuid::from_u128(1);
        let grant = proposal(json!({"type": "micro_business",
            "amount": {"amount": "3500.00", "currency": "GEL"}, "in_kind": true,
            "co_beneficiary_ids": ["00000000-0000-0000-0000-000000000002"],
            "provider_organisation_id": null}));
        let fields = grant.validate(person).unwrap();
        assert_eq!(fields.amount, Some(gel(3500)));
        assert!(fields.in_kind);
        assert_eq!(fields.co_beneficiary_ids, vec![Uuid::from_u128(2)]);

        let service = proposal(json!({"type": "counselling_referral"}));
        let fields = service.validate(person).unwrap();
        assert_eq!((fields.amount, fields.in_kind), (None, false));

        assert_eq!(
            error_codes(&proposal(json!({"type": "medical"}))),
            [("amount".to_owned(), "required".to_owned())]
        );
        let bad = proposal(json!({"type": "grant",
            "amount": {"amount": "0.00", "currency": "GEL"},
            "co_beneficiary_ids": ["00000000-0000-0000-0000-000000000002",
                "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"],
            "description": " "}));
        let expected: Vec<(String, String)> = [
            ("type", "invalid_value"),
            ("amount.amount", "not_positive"),
            ("co_beneficiary_ids[1]", "is_beneficiary"),
            ("co_beneficiary_ids[2]", "duplicate"),
            ("description", "required"),
        ]
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect();
        assert_eq!(error_codes(&bad), expected);

        // A correction carries a signed, non-zero difference.
        let correction = proposal(json!({"type": "micro_business",
            "amount": {"amount": "-500.00", "currency": "GEL"},
            "corrects_id": "00000000-0000-0000-0000-000000000009"}));
        assert_eq!(correction.validate(person).unwrap().amount, Some(gel(-500)));
        let zero = proposal(json!({"type": "micro_business",
            "amount": {"amount": "0", "currency": "GEL"},
            "corrects_id": "00000000-0000-0000-0000-000000000009"}));
        assert_eq!(
            error_codes(&zero),
            [("amount.amount".to_owned(), "zero".to_owned())]
        );

        assert!(serde_json::from_value::<AssistanceInput>(
            json!({"type": "medical", "status": "approved"})
        )
        .is_err());
    }

    #[test]
    fn action_reasons() {
        let none = ActionInput::default();
        assert_eq!(none.validate(Approve).unwrap(), None);
        assert_eq!(none.validate(Reject).unwrap_err().0[0].code, "required");
        assert_eq!(none.validate(Cancel).unwrap_err().0[0].code, "required");
        let given = ActionInput {
            reason: Some(" duplicate proposal ".into()),
        };
        assert_eq!(
            given.validate(Cancel).unwrap(),
            Some("duplicate proposal".into())
        );
        let blank = ActionInput {
            reason: Some("".into()),
        };
        assert!(blank.validate(Approve).is_err());
    }

    #[test]
    fn deliveries() {
        let today = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap();
        let input = DeliverInput {
            delivered_on: "2026-02-15".into(),
            reason: None,
        };
        assert_eq!(
            input.validate(today).unwrap().delivered_on,
            NaiveDate::from_ymd_opt(2026, 2, 15).unwrap()
        );
        let future = DeliverInput {
            delivered_on: "2026-02-21".into(),
            reason: Some("x".repeat(2001)),
        };
        let codes: Vec<_> = future
            .validate(today)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["in_future", "too_long"]);
    }
}
