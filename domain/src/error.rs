//! The one error of an operation: what the use cases return, and what the API
//! turns into a problem+json answer in one place (`api/src/error.rs`).
//!
//! Each variant says what went wrong in the domain's terms; none knows HTTP.
//! Storage failures arrive here too ([`Error::Unavailable`], [`Error::Internal`]),
//! converted from the persistence layer's own error.

use uuid::Uuid;

use crate::{FieldError, ValidationErrors};

/// The code of a conflict with a unique value that no use case named more
/// precisely (a concurrent request took it first).
pub const DUPLICATE: &str = "duplicate";

/// Why an operation did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// No such record, or one the caller may not see (the two look alike on purpose).
    #[error("not found")]
    NotFound,
    /// The caller's role (or a service account's scopes) does not allow the operation.
    #[error("forbidden")]
    Forbidden,
    /// Allowed by the role, refused by a rule about this record (four eyes, say).
    #[error("denied ({code}): {detail}")]
    Denied { code: &'static str, detail: String },
    /// Fields of the request are not valid; every one is listed.
    #[error("invalid: {0}")]
    Invalid(ValidationErrors),
    /// The operation would break a uniqueness or state rule.
    #[error("conflict ({}): {}", .0.code, .0.detail)]
    Conflict(Conflict),
    /// A move that the record's state machine does not allow from where it is.
    #[error("illegal move ({}): {}", .0.code, .0.detail)]
    IllegalMove(IllegalMove),
    /// The version the caller holds is not the current one.
    #[error("precondition failed")]
    PreconditionFailed { current: Option<i64> },
    /// A well-formed request that cannot be carried out as it stands.
    #[error("unprocessable ({code}): {detail}")]
    Unprocessable { code: &'static str, detail: String },
    /// The operation's input could not be read at all (told only to a caller
    /// who may carry out the operation: a use case reads its input after its
    /// permission check).
    #[error("unreadable input: {0}")]
    Unreadable(Unreadable),
    /// The database cannot be reached or did not answer in time.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A bug or corrupt data; never shown to a client in detail.
    #[error("internal: {0}")]
    Internal(String),
}

/// A conflict with the stored state: a stable `code` for programs, a sentence
/// for people, and the record in the way when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub code: &'static str,
    pub detail: String,
    pub holder: Option<Holder>,
}

/// The record a conflict is about: a person holding the personal number, say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// A record of its own collection (`/persons/{id}`, `/cases/{id}`, ...).
    Record(RecordKind, Uuid),
    /// A case's follow-up.
    FollowUp { case: Uuid, id: Uuid },
    /// A version of a rule set.
    RuleSetVersion { rule_set: Uuid, number: i64 },
    /// A participant of a training of officials.
    Participant { training: Uuid, id: Uuid },
}

/// Why an operation's input could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    /// Sent as another media type than this one, which the operation takes.
    #[error("not sent as {0}")]
    MediaType(&'static str),
    /// Larger than the operation takes.
    #[error("too large")]
    TooLarge,
    /// Not well-formed (not JSON, say); the detail says where.
    #[error("malformed: {0}")]
    Malformed(String),
}

/// A refused state change, with the moves that are allowed from the current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IllegalMove {
    /// `illegal_transition` (cases), `illegal_action` (assistance, referrals),
    /// `illegal_status_change` (programmes).
    pub code: &'static str,
    pub detail: String,
    pub allowed: Vec<&'static str>,
}

/// The kinds of record integra keeps, as audit entries and visibility name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Person,
    Stay,
    Household,
    Case,
    Assessment,
    Assistance,
    Referral,
    FollowUp,
    Programme,
    RuleSet,
    Organisation,
    User,
    ServiceAccount,
    AuditLog,
    /// A recorded contact with a person about a programme.
    Contact,
    /// An information event and the number of people it reached (no persons).
    OutreachEvent,
    /// A counselling session, with or without an identified person.
    CounsellingSession,
    /// A person placed in a job, at home or abroad.
    Placement,
    /// A person enrolled as a beneficiary of a social enterprise.
    Enrolment,
    /// A job place created by a social enterprise.
    JobPlace,
    /// Help given to a foreigner to leave Georgia, on the person's record.
    Movement,
    /// A foreigner's residence permit, on the person's record.
    ResidencePermit,
    /// An integration service delivered to an immigrant.
    IntegrationService,
    /// A person's jobseeker profile.
    Jobseeker,
    /// A labour migration scheme.
    Scheme,
    /// A vacancy at home or abroad.
    Vacancy,
    /// A jobseeker's application to a labour migration scheme.
    Application,
    /// A pre-departure orientation session of a scheme.
    OrientationSession,
    /// A training of officials.
    Training,
    /// An official who took part in a training.
    TrainingParticipant,
    /// A project steered by the committee.
    Project,
    /// A risk of a project.
    Risk,
    /// A questionnaire of a field study.
    Questionnaire,
    /// A response to a questionnaire, anonymous or linked to a person.
    SurveyResponse,
    /// An event of the change feed (names a record, holds none of its data).
    Event,
    /// A bulk import job (its report names rows by their keys).
    Import,
    /// A webhook subscription (a URL and the event types sent to it).
    Webhook,
    /// An aggregate report.
    Report,
}

impl RecordKind {
    /// Every kind of record.
    pub const ALL: [RecordKind; 38] = [
        Self::Person,
        Self::Stay,
        Self::Household,
        Self::Case,
        Self::Assessment,
        Self::Assistance,
        Self::Referral,
        Self::FollowUp,
        Self::Programme,
        Self::RuleSet,
        Self::Organisation,
        Self::User,
        Self::ServiceAccount,
        Self::AuditLog,
        Self::Contact,
        Self::OutreachEvent,
        Self::CounsellingSession,
        Self::Placement,
        Self::Enrolment,
        Self::JobPlace,
        Self::Movement,
        Self::ResidencePermit,
        Self::IntegrationService,
        Self::Jobseeker,
        Self::Scheme,
        Self::Vacancy,
        Self::Application,
        Self::OrientationSession,
        Self::Training,
        Self::TrainingParticipant,
        Self::Project,
        Self::Risk,
        Self::Questionnaire,
        Self::SurveyResponse,
        Self::Event,
        Self::Import,
        Self::Webhook,
        Self::Report,
    ];

    /// Whether records of the kind hold someone's personal data, so that every
    /// read of one is recorded.
    pub fn is_personal(self) -> bool {
        !matches!(
            self,
            Self::Programme
                | Self::Scheme
                | Self::Vacancy
                | Self::OrientationSession
                | Self::Training
                | Self::Project
                | Self::Risk
                | Self::Questionnaire
                | Self::Event
                | Self::Webhook
                | Self::RuleSet
                | Self::Organisation
                | Self::User
                | Self::ServiceAccount
                | Self::AuditLog
                | Self::OutreachEvent
                | Self::JobPlace
                | Self::Report
        )
    }

    /// The audit action of reading a record of the kind (`person.read`, ...).
    pub fn read_action(self) -> &'static str {
        match self {
            Self::Person => "person.read",
            Self::Stay => "stay_abroad.read",
            Self::Household => "household.read",
            Self::Case => "case.read",
            Self::Assessment => "assessment.read",
            Self::Assistance => "assistance.read",
            Self::Referral => "referral.read",
            Self::FollowUp => "follow_up.read",
            Self::Programme => "programme.read",
            Self::RuleSet => "rule_set.read",
            Self::Organisation => "organisation.read",
            Self::User => "user.read",
            Self::ServiceAccount => "service_account.read",
            Self::AuditLog => "audit_log.read",
            Self::Contact => "contact.read",
            Self::OutreachEvent => "outreach_event.read",
            Self::CounsellingSession => "counselling_session.read",
            Self::Placement => "job_placement.read",
            Self::Enrolment => "social_enterprise_beneficiary.read",
            Self::JobPlace => "job_place.read",
            Self::Movement => "movement_assistance.read",
            Self::ResidencePermit => "residence_permit.read",
            Self::IntegrationService => "integration_service.read",
            Self::Jobseeker => "jobseeker.read",
            Self::Scheme => "scheme.read",
            Self::Vacancy => "vacancy.read",
            Self::Application => "application.read",
            Self::OrientationSession => "orientation_session.read",
            Self::Training => "training.read",
            Self::TrainingParticipant => "training_participant.read",
            Self::Project => "project.read",
            Self::Risk => "risk.read",
            Self::Questionnaire => "questionnaire.read",
            Self::SurveyResponse => "survey_response.read",
            Self::Event => "event.read",
            Self::Import => "import.read",
            Self::Webhook => "webhook.read",
            Self::Report => "report.read",
        }
    }

    /// The name used in audit entries (`record_type`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Stay => "stay_abroad",
            Self::Household => "household",
            Self::Case => "case",
            Self::Assessment => "assessment",
            Self::Assistance => "assistance",
            Self::Referral => "referral",
            Self::FollowUp => "follow_up",
            Self::Programme => "programme",
            Self::RuleSet => "rule_set",
            Self::Organisation => "organisation",
            Self::User => "user",
            Self::ServiceAccount => "service_account",
            Self::AuditLog => "audit_log",
            Self::Contact => "contact",
            Self::OutreachEvent => "outreach_event",
            Self::CounsellingSession => "counselling_session",
            Self::Placement => "job_placement",
            Self::Enrolment => "social_enterprise_beneficiary",
            Self::JobPlace => "job_place",
            Self::Movement => "movement_assistance",
            Self::ResidencePermit => "residence_permit",
            Self::IntegrationService => "integration_service",
            Self::Jobseeker => "jobseeker",
            Self::Scheme => "scheme",
            Self::Vacancy => "vacancy",
            Self::Application => "application",
            Self::OrientationSession => "orientation_session",
            Self::Training => "training",
            Self::TrainingParticipant => "training_participant",
            Self::Project => "project",
            Self::Risk => "risk",
            Self::Questionnaire => "questionnaire",
            Self::SurveyResponse => "survey_response",
            Self::Event => "event",
            Self::Import => "import",
            Self::Webhook => "webhook",
            Self::Report => "report",
        }
    }

    /// The collection of the API the record lives in (`persons`, `cases`, ...).
    pub fn collection(self) -> &'static str {
        match self {
            Self::Person => "persons",
            Self::Stay => "stays-abroad",
            Self::Household => "households",
            Self::Case => "cases",
            Self::Assessment => "assessments",
            Self::Assistance => "assistance",
            Self::Referral => "referrals",
            Self::FollowUp => "follow-ups",
            Self::Programme => "programmes",
            Self::RuleSet => "rule-sets",
            Self::Organisation => "organisations",
            Self::User => "users",
            Self::ServiceAccount => "service-accounts",
            Self::AuditLog => "audit-log",
            Self::Contact => "contacts",
            Self::OutreachEvent => "outreach-events",
            Self::CounsellingSession => "counselling-sessions",
            Self::Placement => "job-placements",
            Self::Enrolment => "social-enterprise-beneficiaries",
            Self::JobPlace => "job-places",
            Self::Movement => "movements",
            Self::ResidencePermit => "residence-permits",
            Self::IntegrationService => "integration-services",
            Self::Jobseeker => "jobseekers",
            Self::Scheme => "schemes",
            Self::Vacancy => "vacancies",
            Self::Application => "applications",
            Self::OrientationSession => "orientation-sessions",
            Self::Training => "trainings",
            Self::TrainingParticipant => "participants",
            Self::Project => "projects",
            Self::Risk => "risks",
            Self::Questionnaire => "questionnaires",
            Self::SurveyResponse => "responses",
            Self::Event => "events",
            Self::Import => "imports",
            Self::Webhook => "webhooks",
            Self::Report => "reports",
        }
    }
}

impl Error {
    /// A conflict that names no other record.
    pub fn conflict(code: &'static str, detail: impl Into<String>) -> Self {
        Self::Conflict(Conflict {
            code,
            detail: detail.into(),
            holder: None,
        })
    }

    /// A conflict with the record `id` of kind `kind`, which is in the way.
    pub fn conflict_with(
        code: &'static str,
        detail: impl Into<String>,
        kind: RecordKind,
        id: Uuid,
    ) -> Self {
        Self::Conflict(Conflict {
            code,
            detail: detail.into(),
            holder: Some(Holder::Record(kind, id)),
        })
    }

    /// One invalid field.
    pub fn field(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self::Invalid(ValidationErrors::single(field, code, message))
    }

    /// A refused move of a state machine: `detail` says what was tried, `allowed`
    /// what the current state allows.
    pub fn illegal_move(
        code: &'static str,
        detail: impl Into<String>,
        allowed: impl IntoIterator<Item = &'static str>,
    ) -> Self {
        Self::IllegalMove(IllegalMove {
            code,
            detail: detail.into(),
            allowed: allowed.into_iter().collect(),
        })
    }

    /// The conflict of a unique value taken by a concurrent request.
    pub fn duplicate() -> Self {
        Self::conflict(DUPLICATE, "a record with the same unique value exists")
    }

    /// Whether this is the conflict of a unique value taken by a concurrent request.
    pub fn is_duplicate(&self) -> bool {
        self.is_conflict(DUPLICATE)
    }

    /// Whether this is a conflict with the code `code`.
    pub fn is_conflict(&self, code: &str) -> bool {
        matches!(self, Self::Conflict(c) if c.code == code)
    }
}

impl From<ValidationErrors> for Error {
    fn from(errors: ValidationErrors) -> Self {
        Self::Invalid(errors)
    }
}

impl From<FieldError> for Error {
    fn from(error: FieldError) -> Self {
        Self::Invalid(ValidationErrors(vec![error]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflicts_name_their_holder() {
        let id = Uuid::nil();
        let error = Error::conflict_with("duplicate", "taken", RecordKind::Person, id);
        assert!(error.is_conflict("duplicate"));
        assert!(!error.is_conflict("other"));
        let Error::Conflict(conflict) = error else {
            unreachable!()
        };
        assert_eq!(
            conflict.holder,
            Some(Holder::Record(RecordKind::Person, id))
        );
        assert_eq!(RecordKind::Person.collection(), "persons");
    }
}
