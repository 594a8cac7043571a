//! Referrals of a person to a partner organisation for a service.
//!
//! | action | from | to | needs |
//! |---|---|---|---|
//! | `accept` | `sent` | `accepted` | |
//! | `decline` | `sent` | `declined` | a reason |
//! | `complete` | `accepted` | `completed` | an outcome text |
//! | `cancel` | `sent`, `accepted` | `cancelled` | a reason |
//!
//! `declined`, `completed` and `cancelled` are final. The partner accepts,
//! declines and completes; the referring agency cancels (the access policy
//! decides who, not this module).
//!
//! Services are their own closed set ([`ReferralService`]) rather than the
//! assistance types: partners provide things the programme does not pay for
//! (legal aid, education, social assistance), and a referral is not money.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Error;
use crate::state_machine::Machine;
use crate::string_enum;
use crate::validation::{self, ValidationErrors};

string_enum! {
    /// Where a referral is.
    ReferralStatus {
        Sent => "sent",
        Accepted => "accepted",
        Declined => "declined",
        Completed => "completed",
        Cancelled => "cancelled",
    }
}

string_enum! {
    /// What may be done to a referral (`POST /referrals/{id}/{action}`).
    ReferralAction {
        Accept => "accept",
        Decline => "decline",
        Complete => "complete",
        Cancel => "cancel",
    }
}

string_enum! {
    /// The service a partner is asked for.
    ReferralService {
        VocationalTraining => "vocational_training",
        Employment => "employment",
        BusinessDevelopment => "business_development",
        Medical => "medical",
        Psychosocial => "psychosocial",
        LegalAid => "legal_aid",
        Housing => "housing",
        Education => "education",
        SocialAssistance => "social_assistance",
        Other => "other",
    }
}

/// Longest note, reason or outcome text of a referral.
pub const REFERRAL_TEXT_MAX_CHARS: usize = 2000;

/// The life of a referral: the one table of its moves.
pub const WORKFLOW: Machine<ReferralStatus, ReferralAction> = Machine {
    code: "illegal_action",
    record: "a referral",
    moves: &[
        (
            ReferralStatus::Sent,
            ReferralAction::Accept,
            ReferralStatus::Accepted,
        ),
        (
            ReferralStatus::Sent,
            ReferralAction::Decline,
            ReferralStatus::Declined,
        ),
        (
            ReferralStatus::Sent,
            ReferralAction::Cancel,
            ReferralStatus::Cancelled,
        ),
        (
            ReferralStatus::Accepted,
            ReferralAction::Complete,
            ReferralStatus::Completed,
        ),
        (
            ReferralStatus::Accepted,
            ReferralAction::Cancel,
            ReferralStatus::Cancelled,
        ),
    ],
};

impl ReferralStatus {
    pub fn is_final(self) -> bool {
        WORKFLOW.is_final(self)
    }

    /// Whether the partner still has to act on a referral in this status
    /// (accept or decline it, complete it): only then does it need to reach
    /// the person, and only then does its view carry the person's contact.
    pub fn awaits_partner(self) -> bool {
        WORKFLOW
            .allowed(self)
            .into_iter()
            .any(ReferralAction::is_partners)
    }
}

impl ReferralAction {
    /// Whether the partner a referral is addressed to takes this action
    /// (accept, decline, complete); the referring agency cancels.
    pub fn is_partners(self) -> bool {
        matches!(self, Self::Accept | Self::Decline | Self::Complete)
    }
}

/// The status a referral in `status` moves to by `action`; a refusal (409)
/// lists the actions the status allows.
pub fn check_referral_action(
    status: ReferralStatus,
    action: ReferralAction,
) -> Result<ReferralStatus, Error> {
    WORKFLOW.apply(status, action, ReferralAction::as_str)
}

/// A referral as a case worker sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10", "service": "psychosocial",
    "note": "Asked for counselling in Georgian; mornings only"}))]
pub struct ReferralInput {
    /// The case the referral belongs to, if any (a person may be referred outside a case).
    #[serde(default)]
    pub case_id: Option<Uuid>,
    pub person_id: Uuid,
    /// The partner organisation referred to.
    pub organisation_id: Uuid,
    #[schema(value_type = ReferralService)]
    pub service: String,
    /// What the partner should know; shared with the partner.
    #[serde(default)]
    #[schema(
        max_length = 2000,
        example = "Asked for counselling in Georgian; mornings only"
    )]
    pub note: Option<String>,
}

/// A validated referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralFields {
    pub case_id: Option<Uuid>,
    pub person_id: Uuid,
    pub organisation_id: Uuid,
    pub service: ReferralService,
    pub note: Option<String>,
}

impl ReferralInput {
    pub fn validate(&self) -> Result<ReferralFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let service = errors.check(ReferralService::parse("service", &self.service));
        let note = self
            .note
            .as_deref()
            .and_then(|v| errors.check(validation::text("note", v, REFERRAL_TEXT_MAX_CHARS)));
        match service {
            Some(service) if errors.is_empty() => Ok(ReferralFields {
                case_id: self.case_id,
                person_id: self.person_id,
                organisation_id: self.organisation_id,
                service,
                note,
            }),
            _ => Err(errors),
        }
    }
}

/// The body of a referral action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"reason": null, "outcome": "Eight counselling sessions attended"}))]
pub struct ReferralActionInput {
    /// Required to `decline` and `cancel`; optional otherwise.
    #[serde(default)]
    #[schema(max_length = 2000, example = "No places left this quarter")]
    pub reason: Option<String>,
    /// Required to `complete`, refused otherwise: what came of it.
    #[serde(default)]
    #[schema(max_length = 2000, example = "Eight counselling sessions attended")]
    pub outcome: Option<String>,
}

/// A validated referral action body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralActionFields {
    pub reason: Option<String>,
    pub outcome: Option<String>,
}

impl ReferralActionInput {
    pub fn validate(
        &self,
        action: ReferralAction,
    ) -> Result<ReferralActionFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reason = match self.reason.as_deref() {
            Some(text) => errors.check(validation::text("reason", text, REFERRAL_TEXT_MAX_CHARS)),
            None if matches!(action, ReferralAction::Decline | ReferralAction::Cancel) => {
                errors.add(
                    "reason",
                    "required",
                    format!("to {action} a referral needs a reason"),
                );
                None
            }
            None => None,
        };
        let outcome = match (self.outcome.as_deref(), action) {
            (Some(text), ReferralAction::Complete) => {
                errors.check(validation::text("outcome", text, REFERRAL_TEXT_MAX_CHARS))
            }
            (Some(_), _) => {
                errors.add(
                    "outcome",
                    "not_allowed",
                    "only completing a referral takes an outcome",
                );
                None
            }
            (None, ReferralAction::Complete) => {
                errors.add(
                    "outcome",
                    "required",
                    "completing a referral needs an outcome",
                );
                None
            }
            (None, _) => None,
        };
        errors.finish(|| ReferralActionFields { reason, outcome })
    }
}

/// A referral as the referring agency sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10", "service": "psychosocial",
    "note": "Asked for counselling in Georgian; mornings only", "status": "completed",
    "status_reason": null, "outcome": "Eight counselling sessions attended",
    "referred_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 3,
    "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-04-01T16:00:00Z"}))]
pub struct Referral {
    pub id: Uuid,
    pub case_id: Option<Uuid>,
    pub person_id: Uuid,
    pub organisation_id: Uuid,
    pub service: ReferralService,
    pub note: Option<String>,
    pub status: ReferralStatus,
    /// The reason of the latest action, if it had one.
    pub status_reason: Option<String>,
    /// What came of it, once completed.
    pub outcome: Option<String>,
    pub referred_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A referral as the partner it is addressed to sees it: only what the
/// referral shares (service asked, note, how it went), never the case; the
/// person's name and phone only while the partner still has to act on it
/// (`sent`, `accepted`), `null` once it is declined, completed or cancelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20",
    "given_name": "Nino", "family_name": "Beridze", "phone": "+995 555 12 34 56",
    "service": "psychosocial", "note": "Asked for counselling in Georgian; mornings only",
    "status": "sent", "outcome": null, "version": 1,
    "created_at": "2026-02-03T09:00:00Z", "updated_at": "2026-02-03T09:00:00Z"}))]
pub struct PartnerReferral {
    pub id: Uuid,
    /// The person's given name while the referral is open; `null` once closed.
    pub given_name: Option<String>,
    /// The person's family name while the referral is open; `null` once closed.
    pub family_name: Option<String>,
    /// The person's phone while the referral is open (if known); `null` once closed.
    pub phone: Option<String>,
    pub service: ReferralService,
    pub note: Option<String>,
    pub status: ReferralStatus,
    pub outcome: Option<String>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Referral {
    /// Whether the partner's view of the referral carries the person's contact:
    /// only while the partner still has to act on it.
    pub fn shares_contact(&self) -> bool {
        self.status.awaits_partner()
    }

    /// The referral as the partner it is addressed to sees it: the service
    /// asked and how it went, never the case; the person's name and phone
    /// (`contact`) only while the partner still has to act on it, whatever is
    /// passed ([`Self::shares_contact`]).
    pub fn for_partner(self, contact: Option<Contact>) -> PartnerReferral {
        let contact = contact.filter(|_| self.shares_contact());
        let (given_name, family_name, phone) = match contact {
            Some(c) => (Some(c.given_name), Some(c.family_name), c.phone),
            None => (None, None, None),
        };
        PartnerReferral {
            id: self.id,
            given_name,
            family_name,
            phone,
            service: self.service,
            note: self.note,
            status: self.status,
            outcome: self.outcome,
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

/// What a referral shares of its person with the partner (while it is open).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub given_name: String,
    pub family_name: String,
    pub phone: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use ReferralAction::*;
    use ReferralStatus::*;

    #[test]
    fn every_action_from_every_status() {
        for &status in ReferralStatus::ALL {
            for &action in ReferralAction::ALL {
                let expected = match (status, action) {
                    (Sent, Accept) => Some(Accepted),
                    (Sent, Decline) => Some(Declined),
                    (Accepted, Complete) => Some(Completed),
                    (Sent, Cancel) | (Accepted, Cancel) => Some(Cancelled),
                    _ => None,
                };
                let result = check_referral_action(status, action);
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
                }
            }
            assert_eq!(status.is_final(), WORKFLOW.allowed(status).is_empty());
            assert_eq!(
                status.awaits_partner(),
                matches!(status, Sent | Accepted),
                "{status}"
            );
        }
    }

    #[test]
    fn partners_see_the_contact_only_while_they_have_to_act() {
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let referral = |status| Referral {
            id: Uuid::from_u128(1),
            case_id: None,
            person_id: Uuid::from_u128(2),
            organisation_id: Uuid::from_u128(3),
            service: ReferralService::Housing,
            note: None,
            status,
            status_reason: None,
            outcome: None,
            referred_by: Uuid::from_u128(4),
            version: 1,
            created_at: at,
            updated_at: at,
        };
        let contact = || Contact {
            given_name: "Nino".into(),
            family_name: "Beridze".into(),
            phone: Some("+995 555 12 34 56".into()),
        };
        for &status in ReferralStatus::ALL {
            let view = referral(status).for_partner(Some(contact()));
            let shown = [&view.given_name, &view.family_name, &view.phone]
                .iter()
                .filter(|f| f.is_some())
                .count();
            assert_eq!(
                shown,
                if status.awaits_partner() { 3 } else { 0 },
                "{status}"
            );
        }
        assert!(Accept.is_partners() && Decline.is_partners() && Complete.is_partners());
        assert!(!Cancel.is_partners());
    }

    #[test]
    fn referral_input() {
        let input: ReferralInput = serde_json::from_value(json!({
            "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
            "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10",
            "service": "legal_aid", "note": " Needs documents translated "}))
        .unwrap();
        let fields = input.validate().unwrap();
        assert_eq!(fields.service, ReferralService::LegalAid);
        assert_eq!(fields.note.as_deref(), Some("Needs documents translated"));
        assert_eq!(fields.case_id, None);

        let bad = ReferralInput {
            service: "massage".into(),
            note: Some(" ".into()),
            ..input
        };
        let codes: Vec<_> = bad
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("service".to_owned(), "invalid_value".to_owned()),
                ("note".to_owned(), "required".to_owned())
            ]
        );
    }

    #[test]
    fn action_bodies() {
        let empty = ReferralActionInput::default();
        assert!(empty.validate(Accept).is_ok());
        assert_eq!(empty.validate(Decline).unwrap_err().0[0].field, "reason");
        assert_eq!(empty.validate(Cancel).unwrap_err().0[0].field, "reason");
        assert_eq!(empty.validate(Complete).unwrap_err().0[0].field, "outcome");

        let completed = ReferralActionInput {
            reason: None,
            outcome: Some("Placed at a bakery".into()),
        };
        assert_eq!(
            completed.validate(Complete).unwrap().outcome.as_deref(),
            Some("Placed at a bakery")
        );
        assert_eq!(
            completed.validate(Accept).unwrap_err().0[0].code,
            "not_allowed"
        );

        let declined = ReferralActionInput {
            reason: Some("No places".into()),
            outcome: None,
        };
        assert_eq!(
            declined.validate(Decline).unwrap().reason.as_deref(),
            Some("No places")
        );
    }
}
