//! A reintegration case: one person in one programme, and its enforced life cycle.
//!
//! ```text
//! registered -> screening -> eligible -> planning -> assisting -> monitoring -> closed
//!                         \-> not_eligible --------------------------------------/
//! ```
//!
//! The full table ([`CaseStatus::allowed_moves`]), beyond the main path of DOMAIN.md:
//!
//! | from | to |
//! |---|---|
//! | `registered` | `screening`, `closed` |
//! | `screening` | `eligible`, `not_eligible`, `closed` |
//! | `eligible` | `planning`, `screening` (re-assessment), `closed` |
//! | `not_eligible` | `closed`, `screening` (re-assessment, e.g. new documents) |
//! | `planning` | `assisting`, `closed` |
//! | `assisting` | `monitoring`, `closed` |
//! | `monitoring` | `closed` |
//! | `closed` | nothing: final (a person comes back through a new case) |
//!
//! Closing needs an outcome ([`CaseOutcome::allowed_on_close_from`]): any open
//! case may close as `withdrawn`, `lost_contact` or `deceased`; `completed`
//! only from `monitoring` (assistance done and followed up) or from
//! `not_eligible` (after counselling/referral). Every move needs a reason.
//! Moving to `eligible` / `not_eligible` must agree with the latest assessment,
//! unless an admin overrides it with a reason; without any assessment neither
//! move is possible, override or not.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Error;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// Where a case is in its life cycle.
    CaseStatus {
        Registered => "registered",
        Screening => "screening",
        Eligible => "eligible",
        NotEligible => "not_eligible",
        Planning => "planning",
        Assisting => "assisting",
        Monitoring => "monitoring",
        Closed => "closed",
    }
}

string_enum! {
    /// How a case ended.
    CaseOutcome {
        Completed => "completed",
        Withdrawn => "withdrawn",
        LostContact => "lost_contact",
        Deceased => "deceased",
    }
}

/// Days from registration within which a reintegration plan is due.
pub const PLAN_DUE_DAYS: u64 = 30;

/// Longest reason of a transition.
pub const REASON_MAX_CHARS: usize = 2000;

/// Longest case note.
pub const NOTE_MAX_CHARS: usize = 4000;

impl CaseStatus {
    /// The statuses a case in this one may move to (see the module's table).
    pub fn allowed_moves(self) -> &'static [CaseStatus] {
        use CaseStatus::*;
        match self {
            Registered => &[Screening, Closed],
            Screening => &[Eligible, NotEligible, Closed],
            Eligible => &[Planning, Screening, Closed],
            NotEligible => &[Closed, Screening],
            Planning => &[Assisting, Closed],
            Assisting => &[Monitoring, Closed],
            Monitoring => &[Closed],
            Closed => &[],
        }
    }

    pub fn may_move_to(self, to: CaseStatus) -> bool {
        self.allowed_moves().contains(&to)
    }

    /// Every status but `closed`: a person has at most one open case per programme.
    pub fn is_open(self) -> bool {
        self != CaseStatus::Closed
    }
}

impl CaseOutcome {
    /// The outcomes a case in `from` may close with.
    pub fn allowed_on_close_from(from: CaseStatus) -> &'static [CaseOutcome] {
        use CaseOutcome::*;
        match from {
            CaseStatus::Monitoring | CaseStatus::NotEligible => {
                &[Completed, Withdrawn, LostContact, Deceased]
            }
            CaseStatus::Closed => &[],
            _ => &[Withdrawn, LostContact, Deceased],
        }
    }
}

/// The date a case's reintegration plan is due: 30 days after registration.
pub fn plan_due_on(registered_on: NaiveDate) -> NaiveDate {
    registered_on
        .checked_add_days(Days::new(PLAN_DUE_DAYS))
        .unwrap_or(NaiveDate::MAX)
}

/// The statuses of a case that has no plan yet. Such a case's plan is overdue
/// once its due date has passed ([`plan_is_overdue`]); the case list's `overdue`
/// filter asks the database the same question with this list.
pub const AWAITING_PLAN: [CaseStatus; 3] = [
    CaseStatus::Registered,
    CaseStatus::Screening,
    CaseStatus::Eligible,
];

/// Whether a case still without a plan is past its plan's due date on `today`.
pub fn plan_is_overdue(status: CaseStatus, registered_on: NaiveDate, today: NaiveDate) -> bool {
    AWAITING_PLAN.contains(&status) && today > plan_due_on(registered_on)
}

/// Why a case may not make a move.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// Not a move of the life cycle (409); `allowed` lists the moves from `from`.
    #[error("a case cannot move from {from} to {to}")]
    IllegalMove {
        from: CaseStatus,
        to: CaseStatus,
        allowed: &'static [CaseStatus],
    },
    /// Closing without an outcome (422).
    #[error("closing a case needs an outcome")]
    OutcomeMissing { allowed: &'static [CaseOutcome] },
    /// An outcome this closing cannot have (422).
    #[error("a case closing from {from} cannot have the outcome {outcome}")]
    OutcomeNotAllowed {
        from: CaseStatus,
        outcome: CaseOutcome,
        allowed: &'static [CaseOutcome],
    },
    /// An outcome on a move other than closing (422).
    #[error("only closing a case takes an outcome")]
    OutcomeUnexpected,
    /// The reason is missing, too long or has control characters (422).
    #[error("{}", .0.message)]
    InvalidReason(FieldError),
    /// `eligible` / `not_eligible` with no assessment of the case at all (409).
    #[error("the case has no eligibility assessment yet")]
    NoAssessment,
    /// `eligible` / `not_eligible` against the latest assessment, without an admin override (409).
    #[error("the latest assessment found the case {}", if *.assessment_eligible { "eligible" } else { "not eligible" })]
    AssessmentDisagrees { assessment_eligible: bool },
}

impl TransitionError {
    /// The HTTP status the API answers with: 409 for conflicts with the case's
    /// state, 422 for a request that is wrong in itself.
    pub fn http_status(&self) -> u16 {
        match self {
            Self::IllegalMove { .. } | Self::NoAssessment | Self::AssessmentDisagrees { .. } => 409,
            Self::OutcomeMissing { .. }
            | Self::OutcomeNotAllowed { .. }
            | Self::OutcomeUnexpected
            | Self::InvalidReason(_) => 422,
        }
    }

    /// The field error of a 422, naming the body's field.
    pub fn field_error(&self) -> Option<FieldError> {
        let names = |allowed: &[CaseOutcome]| {
            allowed
                .iter()
                .map(|o| o.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Self::OutcomeMissing { allowed } => Some(FieldError::new(
                "outcome",
                "required",
                format!(
                    "closing a case needs an outcome, one of: {}",
                    names(allowed)
                ),
            )),
            Self::OutcomeNotAllowed { allowed, .. } => Some(FieldError::new(
                "outcome",
                "not_allowed",
                format!("{self}; allowed: {}", names(allowed)),
            )),
            Self::OutcomeUnexpected => Some(FieldError::new(
                "outcome",
                "not_allowed",
                "only closing a case takes an outcome",
            )),
            Self::InvalidReason(error) => Some(error.clone()),
            Self::IllegalMove { .. } | Self::NoAssessment | Self::AssessmentDisagrees { .. } => {
                None
            }
        }
    }
}

impl From<TransitionError> for Error {
    fn from(error: TransitionError) -> Self {
        match &error {
            TransitionError::IllegalMove { allowed, .. } => Error::illegal_move(
                "illegal_transition",
                error.to_string(),
                allowed.iter().map(|s| s.as_str()),
            ),
            TransitionError::NoAssessment => Error::conflict(
                "no_assessment",
                "the case has no eligibility assessment yet: run one first (POST /cases/{id}/assessments)",
            ),
            TransitionError::AssessmentDisagrees { .. } => Error::conflict(
                "assessment_disagrees",
                format!("{error}; only an admin may override it, with a reason"),
            ),
            other => match other.field_error() {
                Some(field) => field.into(),
                None => Error::Internal(other.to_string()),
            },
        }
    }
}

/// Whether a user (`role`, whether active, organisation; `None`: no such user)
/// may be assigned a case of `case_organisation`: an active case worker or admin
/// of that organisation.
pub fn assignable(
    user: Option<(crate::access::Role, bool, Uuid)>,
    case_organisation: Uuid,
) -> Result<(), FieldError> {
    use crate::access::Role;
    let fits = user.is_some_and(|(role, active, organisation)| {
        active
            && matches!(role, Role::CaseWorker | Role::Admin)
            && organisation == case_organisation
    });
    if fits {
        Ok(())
    } else {
        Err(FieldError::new(
            "user_id",
            "not_assignable",
            "user_id must name an active case worker or admin of the case's organisation",
        ))
    }
}

/// Checks a transition reason: required, at most 2000 characters.
pub fn reason(field: &str, value: &str) -> Result<String, FieldError> {
    validation::text(field, value, REASON_MAX_CHARS)
}

/// Whether a case in `from` may move to `to`.
///
/// `latest_assessment_eligible` is the overall result of the case's latest
/// assessment (`None`: never assessed). `is_admin_override` is true only when
/// the client asked for an override *and* is an admin (the HTTP layer answers
/// 403 to a non-admin asking for one).
pub fn check_transition(
    from: CaseStatus,
    to: CaseStatus,
    outcome: Option<CaseOutcome>,
    reason_text: &str,
    latest_assessment_eligible: Option<bool>,
    is_admin_override: bool,
) -> Result<(), TransitionError> {
    reason("reason", reason_text).map_err(TransitionError::InvalidReason)?;
    if !from.may_move_to(to) {
        return Err(TransitionError::IllegalMove {
            from,
            to,
            allowed: from.allowed_moves(),
        });
    }
    if to == CaseStatus::Closed {
        let allowed = CaseOutcome::allowed_on_close_from(from);
        match outcome {
            None => return Err(TransitionError::OutcomeMissing { allowed }),
            Some(outcome) if !allowed.contains(&outcome) => {
                return Err(TransitionError::OutcomeNotAllowed {
                    from,
                    outcome,
                    allowed,
                })
            }
            Some(_) => {}
        }
    } else if outcome.is_some() {
        return Err(TransitionError::OutcomeUnexpected);
    }
    if matches!(to, CaseStatus::Eligible | CaseStatus::NotEligible) {
        let wanted = to == CaseStatus::Eligible;
        match latest_assessment_eligible {
            None => return Err(TransitionError::NoAssessment),
            Some(found) if found != wanted && !is_admin_override => {
                return Err(TransitionError::AssessmentDisagrees {
                    assessment_eligible: found,
                })
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Whether a transition that passed [`check_transition`] overrode the
/// assessment (to be kept and reported).
pub fn is_override(to: CaseStatus, latest_assessment_eligible: Option<bool>) -> bool {
    match (to, latest_assessment_eligible) {
        (CaseStatus::Eligible, Some(found)) => !found,
        (CaseStatus::NotEligible, Some(found)) => found,
        _ => false,
    }
}

/// A case as a client opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80", "registered_on": "2026-01-31"}))]
pub struct CaseInput {
    pub person_id: Uuid,
    pub programme_id: Uuid,
    /// The application date: today by default; past dates allowed (records first kept on paper), never a future one.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-01-31")]
    pub registered_on: Option<String>,
}

/// A validated new case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFields {
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub registered_on: NaiveDate,
    pub plan_due_on: NaiveDate,
}

impl CaseInput {
    pub fn validate(&self, today: NaiveDate) -> Result<CaseFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let registered_on = match self.registered_on.as_deref() {
            None => Some(today),
            Some(v) => errors.check(validation::past_date("registered_on", v, today)),
        };
        errors.finish(|| {
            let registered_on = registered_on.unwrap_or(today);
            CaseFields {
                person_id: self.person_id,
                programme_id: self.programme_id,
                registered_on,
                plan_due_on: plan_due_on(registered_on),
            }
        })
    }
}

/// A case as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80", "status": "planning",
    "outcome": null, "registered_on": "2026-01-31", "plan_due_on": "2026-03-02",
    "closed_on": null, "version": 4,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-02-10T11:30:00Z"}))]
pub struct Case {
    pub id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub status: CaseStatus,
    /// Set once the case is closed.
    pub outcome: Option<CaseOutcome>,
    #[schema(value_type = String, format = Date)]
    pub registered_on: NaiveDate,
    /// 30 days after `registered_on`.
    #[schema(value_type = String, format = Date)]
    pub plan_due_on: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub closed_on: Option<NaiveDate>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A move of a case, as a client asks for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"to": "eligible",
    "reason": "Assessment of 2026-02-01 passed every rule", "outcome": null, "override": false}))]
pub struct TransitionInput {
    #[schema(value_type = CaseStatus)]
    pub to: String,
    /// Why: required, at most 2000 characters.
    #[schema(
        min_length = 1,
        max_length = 2000,
        example = "Assessment of 2026-02-01 passed every rule"
    )]
    pub reason: String,
    /// Required when `to` is `closed`, refused otherwise.
    #[serde(default)]
    #[schema(value_type = Option<CaseOutcome>)]
    pub outcome: Option<String>,
    /// An admin's override of the latest assessment (`eligible` / `not_eligible` only).
    #[serde(default, rename = "override")]
    pub admin_override: bool,
}

/// A validated transition request (the move itself is checked by [`check_transition`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionFields {
    pub to: CaseStatus,
    pub reason: String,
    pub outcome: Option<CaseOutcome>,
    pub admin_override: bool,
}

impl TransitionInput {
    pub fn validate(&self) -> Result<TransitionFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let to = errors.check(CaseStatus::parse("to", &self.to));
        let reason = errors.check(reason("reason", &self.reason));
        let outcome = self
            .outcome
            .as_deref()
            .map(|v| errors.check(CaseOutcome::parse("outcome", v)));
        match (to, reason) {
            (Some(to), Some(reason)) if errors.is_empty() => Ok(TransitionFields {
                to,
                reason,
                outcome: outcome.flatten(),
                admin_override: self.admin_override,
            }),
            _ => Err(errors),
        }
    }
}

/// One recorded move of a case: who, when, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4eb0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "from": "screening", "to": "eligible",
    "reason": "Assessment of 2026-02-01 passed every rule", "outcome": null, "override": false,
    "by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "at": "2026-02-01T10:15:00Z"}))]
pub struct CaseTransition {
    pub id: Uuid,
    pub case_id: Uuid,
    pub from: CaseStatus,
    pub to: CaseStatus,
    pub reason: String,
    pub outcome: Option<CaseOutcome>,
    /// Whether an admin overrode the latest assessment.
    #[serde(rename = "override")]
    pub admin_override: bool,
    /// The user who made the move.
    pub by: Uuid,
    pub at: DateTime<Utc>,
}

/// A note on a case, as a client writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": "Called; the business plan is due next week."}))]
pub struct NoteInput {
    /// 1 to 4000 characters.
    #[schema(
        min_length = 1,
        max_length = 4000,
        example = "Called; the business plan is due next week."
    )]
    pub text: String,
}

impl NoteInput {
    /// The trimmed note text. Line breaks and tabs are kept; other control characters are refused.
    pub fn validate(&self) -> Result<String, ValidationErrors> {
        let trimmed = self.text.trim();
        let mut errors = ValidationErrors::new();
        if trimmed.is_empty() {
            errors.add("text", "required", "text must not be empty");
        } else if trimmed.chars().count() > NOTE_MAX_CHARS {
            errors.add(
                "text",
                "too_long",
                format!("text must be at most {NOTE_MAX_CHARS} characters"),
            );
        } else if trimmed
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            errors.add(
                "text",
                "invalid_characters",
                "text must not contain control characters",
            );
        }
        errors.finish(|| trimmed.to_owned())
    }
}

/// A note on a case as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ed0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "text": "Called; the business plan is due next week.",
    "author_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "created_at": "2026-02-03T14:00:00Z"}))]
pub struct CaseNote {
    pub id: Uuid,
    pub case_id: Uuid,
    pub text: String,
    pub author_id: Uuid,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseStatus::*;

    /// The life cycle, written out pair by pair.
    fn expected_move(from: CaseStatus, to: CaseStatus) -> bool {
        matches!(
            (from, to),
            (Registered, Screening)
                | (Registered, Closed)
                | (Screening, Eligible)
                | (Screening, NotEligible)
                | (Screening, Closed)
                | (Eligible, Planning)
                | (Eligible, Screening)
                | (Eligible, Closed)
                | (NotEligible, Closed)
                | (NotEligible, Screening)
                | (Planning, Assisting)
                | (Planning, Closed)
                | (Assisting, Monitoring)
                | (Assisting, Closed)
                | (Monitoring, Closed)
        )
    }

    /// The facts that make a legal move pass the other checks.
    fn passing(from: CaseStatus, to: CaseStatus) -> (Option<CaseOutcome>, Option<bool>) {
        let outcome = (to == Closed).then_some(if matches!(from, Monitoring | NotEligible) {
            CaseOutcome::Completed
        } else {
            CaseOutcome::Withdrawn
        });
        (outcome, Some(to == Eligible))
    }

    #[test]
    fn every_pair_against_the_table() {
        for &from in CaseStatus::ALL {
            for &to in CaseStatus::ALL {
                let (outcome, assessment) = passing(from, to);
                let result = check_transition(from, to, outcome, "why", assessment, false);
                if expected_move(from, to) {
                    assert_eq!(result, Ok(()), "{from} -> {to}");
                } else {
                    assert_eq!(
                        result,
                        Err(TransitionError::IllegalMove {
                            from,
                            to,
                            allowed: from.allowed_moves()
                        }),
                        "{from} -> {to}"
                    );
                    assert_eq!(result.unwrap_err().http_status(), 409);
                }
                assert_eq!(from.may_move_to(to), expected_move(from, to));
            }
        }
    }

    #[test]
    fn closing_outcomes() {
        for &from in CaseStatus::ALL {
            for &outcome in CaseOutcome::ALL {
                let result = check_transition(from, Closed, Some(outcome), "why", None, false);
                let expected = from != Closed
                    && (outcome != CaseOutcome::Completed
                        || matches!(from, Monitoring | NotEligible));
                assert_eq!(result.is_ok(), expected, "{from} closed as {outcome}");
                if from != Closed && !expected {
                    let error = result.unwrap_err();
                    assert_eq!(error.http_status(), 422);
                    assert_eq!(error.field_error().unwrap().field, "outcome");
                }
            }
            if from != Closed {
                let error = check_transition(from, Closed, None, "why", None, false).unwrap_err();
                assert!(matches!(error, TransitionError::OutcomeMissing { .. }));
                assert_eq!(error.field_error().unwrap().code, "required");
            }
        }
        assert_eq!(
            check_transition(
                Registered,
                Screening,
                Some(CaseOutcome::Completed),
                "why",
                None,
                false
            ),
            Err(TransitionError::OutcomeUnexpected)
        );
    }

    #[test]
    fn a_reason_is_always_required() {
        for bad in ["", "   ", &"x".repeat(REASON_MAX_CHARS + 1)] {
            let error =
                check_transition(Registered, Screening, None, bad, None, false).unwrap_err();
            assert_eq!(error.http_status(), 422);
            assert_eq!(error.field_error().unwrap().field, "reason");
        }
        assert!(
            check_transition(Registered, Screening, None, &"x".repeat(2000), None, false).is_ok()
        );
    }

    #[test]
    fn eligibility_follows_the_latest_assessment() {
        assert_eq!(
            check_transition(Screening, Eligible, None, "r", Some(true), false),
            Ok(())
        );
        assert_eq!(
            check_transition(Screening, NotEligible, None, "r", Some(false), false),
            Ok(())
        );
        assert_eq!(
            check_transition(Screening, Eligible, None, "r", Some(false), false),
            Err(TransitionError::AssessmentDisagrees {
                assessment_eligible: false
            })
        );
        assert_eq!(
            check_transition(Screening, NotEligible, None, "r", Some(true), false),
            Err(TransitionError::AssessmentDisagrees {
                assessment_eligible: true
            })
        );
        // An admin overrides either way, with a reason.
        assert_eq!(
            check_transition(Screening, Eligible, None, "r", Some(false), true),
            Ok(())
        );
        assert_eq!(
            check_transition(Screening, NotEligible, None, "r", Some(true), true),
            Ok(())
        );
        assert!(check_transition(Screening, Eligible, None, " ", Some(false), true).is_err());
        // No assessment: a conflict, override or not.
        for override_ in [false, true] {
            for to in [Eligible, NotEligible] {
                let error =
                    check_transition(Screening, to, None, "r", None, override_).unwrap_err();
                assert_eq!(error, TransitionError::NoAssessment);
                assert_eq!(error.http_status(), 409);
            }
        }
        assert!(is_override(Eligible, Some(false)));
        assert!(is_override(NotEligible, Some(true)));
        assert!(!is_override(Eligible, Some(true)));
        assert!(!is_override(Planning, Some(false)));
    }

    #[test]
    fn plan_due_dates() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(plan_due_on(day(2026, 1, 31)), day(2026, 3, 2));
        assert_eq!(plan_due_on(day(2024, 2, 1)), day(2024, 3, 2));
        assert!(!plan_is_overdue(
            Eligible,
            day(2026, 1, 31),
            day(2026, 3, 2)
        ));
        assert!(plan_is_overdue(Eligible, day(2026, 1, 31), day(2026, 3, 3)));
        assert!(!plan_is_overdue(
            Planning,
            day(2026, 1, 31),
            day(2026, 6, 1)
        ));
        assert_eq!(plan_due_on(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn case_input() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        let mut input: CaseInput = serde_json::from_value(serde_json::json!({
            "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
            "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80"}))
        .unwrap();
        let fields = input.validate(today).unwrap();
        assert_eq!(fields.registered_on, today);
        assert_eq!(fields.plan_due_on, plan_due_on(today));

        input.registered_on = Some("2025-11-03".into());
        assert_eq!(
            input.validate(today).unwrap().registered_on,
            NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()
        );
        input.registered_on = Some("2026-02-01".into());
        assert_eq!(input.validate(today).unwrap_err().0[0].code, "in_future");
    }

    #[test]
    fn transition_input() {
        let input: TransitionInput = serde_json::from_value(serde_json::json!({
            "to": "closed", "reason": " moved abroad again ", "outcome": "withdrawn"}))
        .unwrap();
        let fields = input.validate().unwrap();
        assert_eq!(fields.to, Closed);
        assert_eq!(fields.reason, "moved abroad again");
        assert_eq!(fields.outcome, Some(CaseOutcome::Withdrawn));
        assert!(!fields.admin_override);

        let with_override: TransitionInput = serde_json::from_value(serde_json::json!({
            "to": "eligible", "reason": "r", "override": true}))
        .unwrap();
        assert!(with_override.validate().unwrap().admin_override);

        let bad: TransitionInput = serde_json::from_value(serde_json::json!({
            "to": "open", "reason": "", "outcome": "done"}))
        .unwrap();
        let fields: Vec<_> = bad
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["to", "reason", "outcome"]);

        assert!(
            serde_json::from_value::<TransitionInput>(serde_json::json!({
            "to": "screening", "reason": "r", "by": "me"}))
            .is_err()
        );
    }

    #[test]
    fn notes() {
        let note = |t: &str| NoteInput { text: t.into() }.validate();
        assert_eq!(
            note(" first line\nsecond\tline ").unwrap(),
            "first line\nsecond\tline"
        );
        assert_eq!(note("  ").unwrap_err().0[0].code, "required");
        assert!(note(&"ა".repeat(4000)).is_ok());
        assert_eq!(note(&"a".repeat(4001)).unwrap_err().0[0].code, "too_long");
        assert_eq!(note("a\u{7}b").unwrap_err().0[0].code, "invalid_characters");
    }

    #[test]
    fn is_open() {
        assert!(CaseStatus::ALL
            .iter()
            .filter(|s| !s.is_open())
            .eq([&Closed]));
    }
}
