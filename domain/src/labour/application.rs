//! Applications of jobseekers to labour migration schemes, from applying to
//! coming home.
//!
//! Workflow ([`WORKFLOW`]):
//!
//! | action | from | to |
//! |---|---|---|
//! | `shortlist` | `applied` | `shortlisted` |
//! | `orient` | `shortlisted` | `oriented` (by attending an orientation session) |
//! | `depart` | `oriented` | `departed` |
//! | `return` | `departed` | `returned` |
//! | `reject` | `applied`, `shortlisted`, `oriented` | `rejected` |
//! | `withdraw` | `applied`, `shortlisted`, `oriented` | `withdrawn` |
//!
//! `returned`, `rejected` and `withdrawn` are final. `reject` and `withdraw`
//! need a reason; `depart` and `return` need the day.
//!
//! A scheme's yearly quota counts the applications shortlisted in a calendar
//! year that are shortlisted or later ([`quota_change`]): shortlisting takes
//! a place of the year, rejecting or withdrawing a shortlisted or oriented
//! application gives it back. The database holds the count (a conditional
//! update of one row per scheme and year), so that it is never exceeded, also
//! by several nodes at once.
//!
//! The term abroad: an application that departed on day `d` under a scheme of
//! `max_stay_days` is due back on `d + max_stay_days` ([`due_back_on`]); one
//! that returned after that day, or is still abroad after it, overstayed.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Error;
use crate::placement;
use crate::state_machine::Machine;
use crate::string_enum;
use crate::validation::{self, ValidationErrors};

/// Longest reason of a move.
pub const REASON_MAX_CHARS: usize = 2000;

string_enum! {
    /// Where an application is.
    ApplicationStatus {
        Applied => "applied",
        Shortlisted => "shortlisted",
        /// Attended a pre-departure orientation session.
        Oriented => "oriented",
        Departed => "departed",
        Returned => "returned",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
}

string_enum! {
    /// What may be done to an application (`POST /applications/{id}/{action}`;
    /// `orient` by attendance at an orientation session).
    ApplicationAction {
        Shortlist => "shortlist",
        Orient => "orient",
        Depart => "depart",
        Return => "return",
        Reject => "reject",
        Withdraw => "withdraw",
    }
}

use ApplicationAction as A;
use ApplicationStatus as S;

/// The workflow of an application: the one table of its moves.
pub const WORKFLOW: Machine<ApplicationStatus, ApplicationAction> = Machine {
    code: "illegal_action",
    record: "an application",
    moves: &[
        (S::Applied, A::Shortlist, S::Shortlisted),
        (S::Applied, A::Reject, S::Rejected),
        (S::Applied, A::Withdraw, S::Withdrawn),
        (S::Shortlisted, A::Orient, S::Oriented),
        (S::Shortlisted, A::Reject, S::Rejected),
        (S::Shortlisted, A::Withdraw, S::Withdrawn),
        (S::Oriented, A::Depart, S::Departed),
        (S::Oriented, A::Reject, S::Rejected),
        (S::Oriented, A::Withdraw, S::Withdrawn),
        (S::Departed, A::Return, S::Returned),
    ],
};

impl ApplicationStatus {
    /// `returned`, `rejected` and `withdrawn` never change again.
    pub fn is_final(self) -> bool {
        WORKFLOW.is_final(self)
    }

    /// Whether the application holds a place of its scheme's quota.
    pub fn holds_quota(self) -> bool {
        matches!(
            self,
            S::Shortlisted | S::Oriented | S::Departed | S::Returned
        )
    }
}

impl ApplicationAction {
    /// Whether the action needs a reason.
    pub fn needs_reason(self) -> bool {
        matches!(self, A::Reject | A::Withdraw)
    }

    /// Whether the action needs the day it happened on.
    pub fn needs_date(self) -> bool {
        matches!(self, A::Depart | A::Return)
    }
}

/// The status an application in `status` moves to by `action`; a refusal (409)
/// lists the actions the status allows.
pub fn check_action(
    status: ApplicationStatus,
    action: ApplicationAction,
) -> Result<ApplicationStatus, Error> {
    WORKFLOW.apply(status, action, ApplicationAction::as_str)
}

/// How a move changes the places its scheme's quota has taken: +1 when
/// shortlisted, -1 when a shortlisted or later application is rejected or
/// withdrawn, 0 otherwise.
pub fn quota_change(from: ApplicationStatus, to: ApplicationStatus) -> i64 {
    match (from.holds_quota(), to.holds_quota()) {
        (false, true) => 1,
        (true, false) => -1,
        _ => 0,
    }
}

/// The last day of the term abroad of an application that departed on
/// `departed_on` under a scheme of `max_stay_days`.
pub fn due_back_on(departed_on: NaiveDate, max_stay_days: i64) -> NaiveDate {
    let days = u64::try_from(max_stay_days).unwrap_or(0);
    departed_on
        .checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// Days past the term: after `due_back_on` until `returned_on`, or until
/// `today` while still abroad; `None` within the term.
pub fn days_over(
    due_back_on: NaiveDate,
    returned_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<i64> {
    let until = returned_on.unwrap_or(today);
    let days = (until - due_back_on).num_days();
    (days > 0).then_some(days)
}

/// An application as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "scheme_id": "00000000-0000-7000-8000-000000000402",
    "vacancy_id": null, "applied_on": "2026-12-01", "note": null}))]
pub struct ApplicationInput {
    /// The jobseeker applying; an existing profile.
    pub jobseeker_id: Uuid,
    /// The scheme applied to; it must take applications on `applied_on`.
    pub scheme_id: Uuid,
    /// A vacancy abroad under the scheme, if the application is for one; it
    /// must be open.
    #[serde(default)]
    pub vacancy_id: Option<Uuid>,
    /// The day of the application; not in the future; today when absent.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-12-01")]
    pub applied_on: Option<String>,
    /// Free text (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// A validated application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationFields {
    pub jobseeker_id: Uuid,
    pub scheme_id: Uuid,
    pub vacancy_id: Option<Uuid>,
    pub applied_on: NaiveDate,
    pub note: Option<String>,
}

impl ApplicationInput {
    /// Checks every field at once; the day against `today` (Tbilisi).
    pub fn validate(&self, today: NaiveDate) -> Result<ApplicationFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let applied_on = match self.applied_on.as_deref() {
            Some(day) => errors.check(validation::past_date("applied_on", day, today)),
            None => Some(today),
        };
        let note = placement::note(&mut errors, self.note.as_deref());
        match applied_on {
            Some(applied_on) if errors.is_empty() => Ok(ApplicationFields {
                jobseeker_id: self.jobseeker_id,
                scheme_id: self.scheme_id,
                vacancy_id: self.vacancy_id,
                applied_on,
                note,
            }),
            _ => Err(errors),
        }
    }
}

/// The body of a move (`POST /applications/{id}/{action}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"date": "2027-03-01", "reason": null}))]
pub struct MoveInput {
    /// Why: required to `reject` and `withdraw`, optional otherwise.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub reason: Option<String>,
    /// The day it happened, not in the future: required to `depart` (the day
    /// of departure) and `return` (the day back); absent otherwise.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2027-03-01")]
    pub date: Option<String>,
}

/// A validated move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveFields {
    pub action: ApplicationAction,
    pub reason: Option<String>,
    pub date: Option<NaiveDate>,
}

impl MoveInput {
    /// Checks the body of `action` against `today`. `orient` is not taken here:
    /// attending an orientation session moves an application there.
    pub fn validate(
        &self,
        action: ApplicationAction,
        today: NaiveDate,
    ) -> Result<MoveFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if action == A::Orient {
            errors.add(
                "action",
                "by_attendance",
                "an application is oriented by recording its attendance at an orientation \
                 session (POST /orientation-sessions/{id}/attendance)",
            );
        }
        let reason = match self.reason.as_deref() {
            Some(reason) => errors.check(validation::text("reason", reason, REASON_MAX_CHARS)),
            None if action.needs_reason() => {
                errors.add("reason", "required", format!("{action} needs a reason"));
                None
            }
            None => None,
        };
        let date = match (self.date.as_deref(), action.needs_date()) {
            (Some(day), true) => errors.check(validation::past_date("date", day, today)),
            (None, true) => {
                errors.add(
                    "date",
                    "required",
                    format!("{action} needs the day it happened on"),
                );
                None
            }
            (Some(_), false) => {
                errors.add(
                    "date",
                    "not_allowed",
                    format!("{action} takes no date; it happens today"),
                );
                None
            }
            (None, false) => None,
        };
        errors.finish(|| MoveFields {
            action,
            reason,
            date,
        })
    }
}

/// The dates a move must keep in order: departure not before the application,
/// return not before departure.
pub fn check_dates(
    fields: &MoveFields,
    applied_on: NaiveDate,
    departed_on: Option<NaiveDate>,
) -> Result<(), ValidationErrors> {
    let (Some(date), action) = (fields.date, fields.action) else {
        return Ok(());
    };
    let (earliest, name) = match action {
        A::Depart => (Some(applied_on), "the day of the application"),
        A::Return => (departed_on, "the day of departure"),
        _ => (None, ""),
    };
    match earliest {
        Some(earliest) if date < earliest => Err(ValidationErrors::single(
            "date",
            "before_start",
            format!("date must not be before {name} ({earliest})"),
        )),
        _ => Ok(()),
    }
}

/// One move of an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"action": "shortlist", "from": "applied", "to": "shortlisted",
    "reason": null, "date": null, "moved_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "moved_at": "2026-12-02T09:00:00Z"}))]
pub struct ApplicationMove {
    pub action: ApplicationAction,
    pub from: ApplicationStatus,
    pub to: ApplicationStatus,
    pub reason: Option<String>,
    /// The day of departure or return, for those moves.
    #[schema(value_type = Option<String>, format = Date)]
    pub date: Option<NaiveDate>,
    pub moved_by: Uuid,
    pub moved_at: DateTime<Utc>,
}

/// An application as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0",
    "jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "vacancy_id": null,
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "status": "departed", "allowed_actions": ["return"], "applied_on": "2026-12-01",
    "quota_year": 2026, "departed_on": "2027-03-01", "due_back_on": "2028-03-01",
    "returned_on": null, "placement_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40",
    "note": null, "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "moves": [], "version": 4,
    "created_at": "2026-12-01T09:00:00Z", "updated_at": "2027-03-01T09:00:00Z"}))]
pub struct Application {
    pub id: Uuid,
    pub jobseeker_id: Uuid,
    /// The jobseeker's person.
    pub person_id: Uuid,
    pub scheme_id: Uuid,
    pub vacancy_id: Option<Uuid>,
    /// The organisation that recorded the application.
    pub organisation_id: Uuid,
    pub status: ApplicationStatus,
    /// What may be done next, in the workflow's order.
    pub allowed_actions: Vec<ApplicationAction>,
    #[schema(value_type = String, format = Date)]
    pub applied_on: NaiveDate,
    /// The year whose quota the application holds a place of (shortlisted and
    /// later); `null` before shortlisting and once rejected or withdrawn.
    pub quota_year: Option<i32>,
    #[schema(value_type = Option<String>, format = Date)]
    pub departed_on: Option<NaiveDate>,
    /// The last day of the term abroad: the day of departure plus the
    /// scheme's longest stay.
    #[schema(value_type = Option<String>, format = Date)]
    pub due_back_on: Option<NaiveDate>,
    #[schema(value_type = Option<String>, format = Date)]
    pub returned_on: Option<NaiveDate>,
    /// The job placement recorded on departure.
    pub placement_id: Option<Uuid>,
    pub note: Option<String>,
    pub recorded_by: Uuid,
    /// Every move, first to last.
    pub moves: Vec<ApplicationMove>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An application past its term abroad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"application": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0",
    "jobseeker_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "scheme_id": "00000000-0000-7000-8000-000000000402", "vacancy_id": null,
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "status": "departed", "allowed_actions": ["return"], "applied_on": "2025-12-01",
    "quota_year": 2025, "departed_on": "2025-12-10", "due_back_on": "2026-12-10",
    "returned_on": null, "placement_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40",
    "note": null, "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "moves": [], "version": 4,
    "created_at": "2025-12-01T09:00:00Z", "updated_at": "2025-12-10T09:00:00Z"}, "days_over": 3, "still_abroad": true}))]
pub struct Overstay {
    pub application: Application,
    /// Days after `due_back_on`: until the return, or until today when still abroad.
    pub days_over: i64,
    /// Not back yet.
    pub still_abroad: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_quota_follows_the_status() {
        assert_eq!(quota_change(S::Applied, S::Shortlisted), 1);
        assert_eq!(quota_change(S::Shortlisted, S::Oriented), 0);
        assert_eq!(quota_change(S::Oriented, S::Withdrawn), -1);
        assert_eq!(quota_change(S::Shortlisted, S::Rejected), -1);
        assert_eq!(quota_change(S::Applied, S::Rejected), 0);
        assert_eq!(quota_change(S::Departed, S::Returned), 0);
        for status in ApplicationStatus::ALL {
            for action in WORKFLOW.allowed(*status) {
                let to = check_action(*status, action).unwrap();
                assert!(quota_change(*status, to).abs() <= 1);
            }
        }
    }

    #[test]
    fn moves_need_what_they_record() {
        let today = day("2026-12-06");
        let reject = MoveInput::default().validate(A::Reject, today).unwrap_err();
        assert_eq!(reject.0[0].code, "required");
        let depart = MoveInput {
            date: Some("2026-12-07".into()),
            ..MoveInput::default()
        };
        assert_eq!(
            depart.validate(A::Depart, today).unwrap_err().0[0].code,
            "in_future"
        );
        let orient = MoveInput::default().validate(A::Orient, today).unwrap_err();
        assert_eq!(orient.0[0].code, "by_attendance");
        let shortlist = MoveInput {
            date: Some("2026-12-01".into()),
            ..MoveInput::default()
        };
        assert_eq!(
            shortlist.validate(A::Shortlist, today).unwrap_err().0[0].code,
            "not_allowed"
        );
        let fields = MoveInput {
            date: Some("2026-11-30".into()),
            ..MoveInput::default()
        }
        .validate(A::Depart, today)
        .unwrap();
        assert!(check_dates(&fields, day("2026-12-01"), None).is_err());
        assert!(check_dates(&fields, day("2026-11-30"), None).is_ok());
    }

    #[test]
    fn the_term_and_what_is_over_it() {
        let due = due_back_on(day("2027-03-01"), 180);
        assert_eq!(due, day("2027-08-28"));
        assert_eq!(
            days_over(due, Some(day("2027-08-28")), day("2028-01-01")),
            None
        );
        assert_eq!(
            days_over(due, Some(day("2027-08-30")), day("2028-01-01")),
            Some(2)
        );
        assert_eq!(days_over(due, None, day("2027-09-07")), Some(10));
        assert_eq!(days_over(due, None, day("2027-08-01")), None);
    }

    #[test]
    fn only_final_statuses_end_the_workflow() {
        let finals: Vec<_> = ApplicationStatus::ALL
            .iter()
            .filter(|s| s.is_final())
            .collect();
        assert_eq!(finals, [&S::Returned, &S::Rejected, &S::Withdrawn]);
    }
}
