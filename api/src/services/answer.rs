//! What a write tells its caller: an answer that contains personal data needs
//! read permission and is recorded as a read.
//!
//! Every write that answers with the record it wrote goes through here
//! ([`services::write_answer`](crate::services::write_answer), or [`Echo`]
//! inside a transaction of its own): a caller who may read the record's kind
//! gets the record, and the read is recorded in the write's own transaction; a
//! caller who may only write (a service account with `persons:write` alone)
//! gets its id and version ([`Written`]), nothing more.
//!
//! A conflict that names the record in the way ([`disclosed`]) names it only to
//! a caller who may read that record, and naming it is recorded as a read.

use chrono::{DateTime, Utc};
use integra_domain::access::{Access, Reach};
use integra_domain::contact::Contact;
use integra_domain::counselling::CounsellingSession;
use integra_domain::error::{Holder, RecordKind};
use integra_domain::events::Codes;
use integra_domain::household::Household;
use integra_domain::outreach::OutreachEvent;
use integra_domain::person::Person;
use integra_domain::reintegration::case::CaseNote;
use integra_domain::reintegration::follow_up::FollowUp;
use integra_domain::reintegration::referral::Referral;
use integra_domain::stay::StayAbroad;
use integra_domain::Error;
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::{assistance, cases, DbConnection};
use serde::Serialize;
use std::borrow::Cow;
use utoipa::openapi::schema::{OneOfBuilder, Schema};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};
use uuid::Uuid;

use crate::services::assistance::AssistanceWithHistory;
use crate::services::cases::assessments::AssessmentView;
use crate::services::cases::CaseView;
use crate::services::referrals::ReferralView;
use crate::services::{self, Actor, Call, ReadSize, Stamp};

/// The answer of a write: the record, to a caller who may read it; otherwise
/// only which record was written, and its version.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Answer<T> {
    /// The record as written (the answer is recorded as a read of it).
    Record(T),
    /// The caller may write but not read records of this kind.
    Written(Written),
}

/// Which record a write wrote, for a caller who may not read it.
///
/// Closed (`additionalProperties: false`), so that a record never also
/// matches this schema in the `oneOf` of a write's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "version": 2}))]
pub struct Written {
    pub id: Uuid,
    /// The version written (also the `ETag`); absent for records that never change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

/// Declares the OpenAPI schema of the answer of a write of each record kind:
/// `oneOf` the record and [`Written`] (routes say `body = PersonAnswer`, ...).
macro_rules! answer_schemas {
    ($($name:ident => $record:ty),+ $(,)?) => {
        $(
            #[doc = concat!("The OpenAPI schema of an [`Answer`] with a `", stringify!($record), "`.")]
            pub struct $name;

            impl PartialSchema for $name {
                fn schema() -> RefOr<Schema> {
                    answer_schema(
                        <$record as ToSchema>::name(),
                        <$record as PartialSchema>::schema(),
                    )
                }
            }

            impl ToSchema for $name {
                fn name() -> Cow<'static, str> {
                    Cow::Borrowed(stringify!($name))
                }

                fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                    schemas.push((
                        <$record as ToSchema>::name().into_owned(),
                        <$record as PartialSchema>::schema(),
                    ));
                    <$record as ToSchema>::schemas(schemas);
                    schemas.push((Written::name().into_owned(), Written::schema()));
                }
            }
        )+
    };
}

/// `oneOf` the record `name` (whose schema is `record`) and [`Written`], with the
/// record's example.
fn answer_schema(name: Cow<'static, str>, record: RefOr<Schema>) -> RefOr<Schema> {
    let example = serde_json::to_value(record).ok().and_then(|schema| {
        (schema.get("example").cloned()).or_else(|| schema.pointer("/examples/0").cloned())
    });
    OneOfBuilder::new()
        .item(Ref::from_schema_name(name))
        .item(Ref::from_schema_name(Written::name()))
        .description(Some(
            "The record, to a caller who may read it; otherwise only its id and version",
        ))
        .examples(example)
        .into()
}

answer_schemas! {
    PersonAnswer => Person,
    StayAnswer => StayAbroad,
    HouseholdAnswer => Household,
    CaseAnswer => CaseView,
    NoteAnswer => CaseNote,
    AssessmentAnswer => AssessmentView,
    AssistanceAnswer => AssistanceWithHistory,
    ReferralAnswer => Referral,
    ReferralViewAnswer => ReferralView,
    FollowUpAnswer => FollowUp,
    OutreachEventAnswer => OutreachEvent,
    CounsellingSessionAnswer => CounsellingSession,
    PlacementAnswer => integra_domain::placement::JobPlacement,
    EnrolmentAnswer => integra_domain::social_enterprise::Enrolment,
    MovementAnswer => integra_domain::movement::Movement,
    ResidencePermitAnswer => integra_domain::integration::permit::ResidencePermit,
    IntegrationServiceAnswer => integra_domain::integration::service::IntegrationService,
    JobseekerAnswer => integra_domain::labour::jobseeker::Jobseeker,
    ApplicationAnswer => integra_domain::labour::application::Application,
    ContactAnswer => Contact,
    TrainingAnswer => integra_domain::steering::training::Training,
    ParticipantAnswer => integra_domain::steering::training::Participant,
    ProjectAnswer => integra_domain::steering::project::Project,
    RiskAnswer => integra_domain::steering::risk::Risk,
    ElementAnswer => integra_domain::steering::framework::Element,
    IndicatorAnswer => integra_domain::steering::framework::Indicator,
    MeasurementAnswer => integra_domain::steering::framework::Measurement,
    ActivityAnswer => integra_domain::steering::activity::Activity,
    MeetingAnswer => integra_domain::steering::meeting::Meeting,
    ActionItemAnswer => integra_domain::steering::meeting::ActionItem,
    QuestionnaireAnswer => integra_domain::survey::questionnaire::Questionnaire,
    SurveyResponseAnswer => integra_domain::survey::response::Response,
}

impl<T: Shown> Answer<T> {
    /// The record's id.
    pub fn id(&self) -> Uuid {
        self.written().id
    }

    /// The record's version, for the `ETag`.
    pub fn version(&self) -> Option<i64> {
        self.written().version
    }

    fn written(&self) -> Written {
        match self {
            Self::Record(record) => record.written(),
            Self::Written(written) => *written,
        }
    }

    /// The record, when the caller may see it.
    pub fn record(&self) -> Option<&T> {
        match self {
            Self::Record(record) => Some(record),
            Self::Written(_) => None,
        }
    }
}

/// A record that a write answers with.
pub trait Shown {
    /// The kind whose read permission the whole record needs.
    const KIND: RecordKind;

    /// Its id and version.
    fn written(&self) -> Written;

    /// The audit entries of `actor`'s reading it.
    fn reads(&self, actor: &Actor) -> Vec<AuditEntry>;

    /// Its codes (a status, a type) that the change feed's event of its
    /// write carries; none unless the kind has such codes.
    fn codes(&self) -> Codes {
        Codes::default()
    }

    /// What the change feed's event of its write says of it.
    fn stamp(&self) -> Stamp {
        let written = self.written();
        Stamp {
            id: written.id,
            version: written.version,
            codes: self.codes(),
        }
    }
}

/// How a write answers its caller, decided before the write from what the
/// caller may read.
#[derive(Debug, Clone)]
pub struct Echo {
    reader: Option<Actor>,
}

impl Echo {
    /// How a write of a record of `kind` answers `actor`.
    pub fn of(actor: &Actor, kind: RecordKind) -> Self {
        Self {
            reader: actor
                .reach(kind, Access::Read)
                .is_ok()
                .then(|| actor.clone()),
        }
    }

    /// The answer with the `record` written, in the write's transaction: the
    /// record, its read recorded, for a reader; its id and version otherwise.
    pub fn answer<T: Shown>(
        &self,
        c: &mut DbConnection,
        now: DateTime<Utc>,
        record: T,
    ) -> Result<Answer<T>, Error> {
        match &self.reader {
            Some(actor) => {
                audit::record(c, &record.reads(actor), now)?;
                Ok(Answer::Record(record))
            }
            None => Ok(Answer::Written(record.written())),
        }
    }
}

impl Shown for Person {
    const KIND: RecordKind = RecordKind::Person;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("person.read", RecordKind::Person, self.id)]
    }
}

impl Shown for StayAbroad {
    const KIND: RecordKind = RecordKind::Stay;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("stay_abroad.read", RecordKind::Stay, self.id)]
    }
}

/// A household read is a read of each member too: it shows in their access logs.
impl Shown for Household {
    const KIND: RecordKind = RecordKind::Household;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        let mut entries = vec![actor.entry("household.read", RecordKind::Household, self.id)];
        entries.extend(actor.reads(
            "person.read",
            RecordKind::Person,
            self.member_ids.iter().copied(),
        ));
        entries
    }
}

impl Shown for CaseView {
    const KIND: RecordKind = RecordKind::Case;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("case.read", RecordKind::Case, self.id)]
    }

    fn codes(&self) -> Codes {
        Codes::status(self.status.as_str())
    }
}

/// A note is read with its case (as `GET /cases/{id}/notes` records it).
impl Shown for CaseNote {
    const KIND: RecordKind = RecordKind::Case;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: None,
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("case.read", RecordKind::Case, self.case_id)]
    }
}

/// An assessment is read with its case (as `GET /cases/{id}/assessments/..` records it).
impl Shown for AssessmentView {
    const KIND: RecordKind = RecordKind::Assessment;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: None,
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("case.read", RecordKind::Case, self.case_id)]
    }
}

impl Shown for AssistanceWithHistory {
    const KIND: RecordKind = RecordKind::Assistance;

    fn written(&self) -> Written {
        versioned(self.item.id, self.item.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("assistance.read", RecordKind::Assistance, self.item.id)]
    }

    fn codes(&self) -> Codes {
        Codes::status(self.item.status.as_str()).with_kind(self.item.assistance_type.as_str())
    }
}

impl Shown for Referral {
    const KIND: RecordKind = RecordKind::Referral;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("referral.read", RecordKind::Referral, self.id)]
    }

    fn codes(&self) -> Codes {
        Codes::status(self.status.as_str()).with_kind(self.service.as_str())
    }
}

impl Shown for ReferralView {
    const KIND: RecordKind = RecordKind::Referral;

    fn written(&self) -> Written {
        versioned(self.id(), self.version())
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("referral.read", RecordKind::Referral, self.id())]
    }

    fn codes(&self) -> Codes {
        match self {
            Self::Full(referral) => referral.codes(),
            Self::Partner(referral) => Codes::status(referral.status.as_str()),
        }
    }
}

impl Shown for FollowUp {
    const KIND: RecordKind = RecordKind::FollowUp;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry("follow_up.read", RecordKind::FollowUp, self.id)]
    }
}

/// An outreach event names no person: reading it is not recorded.
impl Shown for OutreachEvent {
    const KIND: RecordKind = RecordKind::OutreachEvent;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

/// A session is personal data when it names a person; an anonymous one is not.
impl Shown for CounsellingSession {
    const KIND: RecordKind = RecordKind::CounsellingSession;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        services::counselling_sessions::reads(actor, [self])
    }
}

impl Shown for Contact {
    const KIND: RecordKind = RecordKind::Contact;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::Contact.read_action(),
            RecordKind::Contact,
            self.id,
        )]
    }
}

/// A training names nobody: reading it is not recorded.
impl Shown for integra_domain::steering::training::Training {
    const KIND: RecordKind = RecordKind::Training;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

/// A questionnaire names nobody: reading it is not recorded.
impl Shown for integra_domain::survey::questionnaire::Questionnaire {
    const KIND: RecordKind = RecordKind::Questionnaire;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }

    fn codes(&self) -> Codes {
        Codes::status(self.status.as_str())
    }
}

/// A survey response is recorded when read, anonymous or not (free text may
/// name someone).
impl Shown for integra_domain::survey::response::Response {
    const KIND: RecordKind = RecordKind::SurveyResponse;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::SurveyResponse.read_action(),
            RecordKind::SurveyResponse,
            self.id,
        )]
    }
}

/// A project names nobody: reading it is not recorded.
impl Shown for integra_domain::steering::project::Project {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

/// The results framework names nobody: reading it is not recorded.
impl Shown for integra_domain::steering::framework::Element {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

impl Shown for integra_domain::steering::framework::Indicator {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

impl Shown for integra_domain::steering::activity::Activity {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

impl Shown for integra_domain::steering::meeting::Meeting {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

impl Shown for integra_domain::steering::meeting::ActionItem {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

/// A measurement is never changed: it has no version.
impl Shown for integra_domain::steering::framework::Measurement {
    const KIND: RecordKind = RecordKind::Project;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: None,
        }
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

/// A risk names nobody: reading it is not recorded.
impl Shown for integra_domain::steering::risk::Risk {
    const KIND: RecordKind = RecordKind::Risk;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, _: &Actor) -> Vec<AuditEntry> {
        Vec::new()
    }
}

impl Shown for integra_domain::steering::training::Participant {
    const KIND: RecordKind = RecordKind::TrainingParticipant;

    fn written(&self) -> Written {
        versioned(self.id, self.version)
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::TrainingParticipant.read_action(),
            RecordKind::TrainingParticipant,
            self.id,
        )]
    }
}

fn versioned(id: Uuid, version: i64) -> Written {
    Written {
        id,
        version: Some(version),
    }
}

/// The audit action of reading a record of `kind`; `None` for the kinds that
/// hold no one's personal data (their reads are not recorded).
fn read_action(kind: RecordKind) -> Option<&'static str> {
    kind.is_personal().then(|| kind.read_action())
}

/// A conflict as the caller may see it: the record in the way (a person holding
/// the personal number, another open case) is named only to a caller who may
/// read it, and naming it is recorded as a read of it; to anyone else the
/// conflict names nothing. Every other outcome passes unchanged.
pub async fn disclosed<T>(call: &Call, result: Result<T, Error>) -> Result<T, Error> {
    let Err(Error::Conflict(mut conflict)) = result else {
        return result;
    };
    let (kind, id, case) = match conflict.holder {
        Some(Holder::Record(kind, id)) => (kind, id, None),
        Some(Holder::FollowUp { case, id }) => (RecordKind::FollowUp, id, Some(case)),
        Some(Holder::Participant { id, .. }) => (RecordKind::TrainingParticipant, id, None),
        Some(Holder::RuleSetVersion { .. }) | None => return Err(Error::Conflict(conflict)),
    };
    let Some(action) = read_action(kind) else {
        return Err(Error::Conflict(conflict));
    };
    let shown = match call.reach(kind, Access::Read) {
        Err(_) => false,
        Ok(reach) => {
            let entry = call.entry(action, kind, id);
            services::audited_read(call, ReadSize::Short, move |c| {
                let visible = reaches(c, reach, kind, id, case)?;
                Ok((visible, if visible { vec![entry] } else { Vec::new() }))
            })
            .await?
        }
    };
    if !shown {
        conflict.holder = None;
    }
    Err(Error::Conflict(conflict))
}

/// Whether `reach` takes in the record `id` of `kind` (of the case `case`, for
/// a follow-up).
fn reaches(
    c: &mut DbConnection,
    reach: Reach,
    kind: RecordKind,
    id: Uuid,
    case: Option<Uuid>,
) -> Result<bool, Error> {
    if reach == Reach::All {
        return Ok(true);
    }
    let case = match (kind, case) {
        (RecordKind::FollowUp, Some(case)) => case,
        (RecordKind::Case, _) => id,
        (RecordKind::Assistance, _) => assistance::item(c, id)?.case_id,
        // No other kind is limited to an organisation and named by a conflict.
        _ => return Ok(false),
    };
    let owner = cases::get(c, case)?.organisation_id;
    Ok(reach.admits(owner))
}
