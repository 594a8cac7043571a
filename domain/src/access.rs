//! Who may do what: the one place where roles meet permissions, and where it is
//! decided which records of a kind a caller reaches ([`reach`]). Every use case
//! asks [`reach`] before it reads or changes a record; nothing else decides
//! visibility.

use uuid::Uuid;

use crate::error::{Error, RecordKind};
use crate::string_enum;

string_enum! {
    /// The roles of DOMAIN.md ("The people who use it").
    Role {
        Admin => "admin",
        CaseWorker => "case_worker",
        EmploymentCounsellor => "employment_counsellor",
        Partner => "partner",
        Monitor => "monitor",
        Integration => "integration",
    }
}

string_enum! {
    /// What a service account may do: granted per account, checked per route.
    Scope {
        PersonsRead => "persons:read",
        PersonsWrite => "persons:write",
        EventsRead => "events:read",
        ImportsWrite => "imports:write",
    }
}

/// What an operation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Read persons, their stays abroad and households.
    ReadPersons,
    /// Register and change persons, stays abroad and households.
    WritePersons,
    /// See the list of organisations (to pick a partner for a referral, say).
    ReadOrganisations,
    /// See programmes and rule sets, and run eligibility checks (dry runs).
    ReadProgrammes,
    /// Read cases (of the caller's organisation), their assessments, assistance,
    /// referrals and follow-ups.
    ReadCases,
    /// Open and move cases, run assessments, propose, approve (four eyes) and
    /// deliver assistance, refer, record follow-ups.
    WriteCases,
    /// Work the referrals addressed to the caller's own organisation.
    WorkReferrals,
    /// Read the service records of the caller's organisation: contacts,
    /// outreach events, counselling sessions, job placements, social
    /// enterprises' beneficiaries and job places.
    ReadServiceRecords,
    /// Record and change those service records.
    WriteServiceRecords,
    /// Read aggregate reports (exact figures; suppressed for monitors).
    ReadReports,
    /// Read jobseeker profiles (and, later, vacancies, matches, applications).
    ReadJobseekers,
    /// Register and change jobseeker profiles.
    WriteJobseekers,
    /// Read the steering records: projects, their risks (and, to come, their
    /// results framework, work plan and committee meetings).
    ReadSteering,
    /// Follow the change feed: what changed in which record, never what it says.
    ReadEvents,
    /// Import files of records (each kind also needs its own write permission).
    ImportRecords,
    /// Read the questionnaires of field studies, and record and read the
    /// responses collected with them (of the caller's organisation).
    RecordSurveys,
    /// Manage users, organisations, service accounts and programmes; read the
    /// audit log; export and erase a person's data.
    Administer,
}

impl Permission {
    /// The scope a service account needs for this permission; `None` when no
    /// service account may have it.
    pub fn scope(self) -> Option<Scope> {
        match self {
            Permission::ReadPersons => Some(Scope::PersonsRead),
            Permission::ReadEvents => Some(Scope::EventsRead),
            Permission::ImportRecords => Some(Scope::ImportsWrite),
            Permission::WritePersons => Some(Scope::PersonsWrite),
            Permission::ReadOrganisations
            | Permission::ReadProgrammes
            | Permission::ReadCases
            | Permission::WriteCases
            | Permission::WorkReferrals
            | Permission::ReadServiceRecords
            | Permission::WriteServiceRecords
            | Permission::ReadReports
            | Permission::ReadJobseekers
            | Permission::WriteJobseekers
            | Permission::ReadSteering
            | Permission::RecordSurveys
            | Permission::Administer => None,
        }
    }
}

/// Whether a caller with `role` (and, for service accounts, `scopes`) may do what `permission` guards.
pub fn grants(role: Role, scopes: &[Scope], permission: Permission) -> bool {
    if role == Role::Integration {
        permission.scope().is_some_and(|s| scopes.contains(&s))
    } else {
        role.permits(permission)
    }
}

impl Role {
    /// Whether the role grants the permission.
    pub fn permits(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Admin => true,
            Role::CaseWorker => matches!(
                permission,
                ReadPersons
                    | WritePersons
                    | ReadOrganisations
                    | ReadProgrammes
                    | ReadCases
                    | WriteCases
                    | ReadServiceRecords
                    | WriteServiceRecords
                    | ReadReports
                    | ReadJobseekers
                    | WriteJobseekers
                    | RecordSurveys
                    | ImportRecords
            ),
            // Full access to the labour stream; the rest of a person's record read only.
            Role::EmploymentCounsellor => matches!(
                permission,
                ReadPersons
                    | ReadOrganisations
                    | ReadProgrammes
                    | ReadServiceRecords
                    | WriteServiceRecords
                    | ReadReports
                    | ReadJobseekers
                    | WriteJobseekers
            ),
            Role::Partner => matches!(permission, WorkReferrals),
            // Monitors (committee members) see aggregate reports and the
            // steering records, and never a person.
            Role::Monitor => matches!(permission, ReadReports | ReadSteering),
            // Partners see persons only through their referrals; service
            // accounts act through the scopes granted to them.
            Role::Integration => false,
        }
    }
}

/// Who is calling: the account behind a verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub id: Uuid,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    /// What a service account may do; empty for people, whose role decides.
    pub scopes: Vec<Scope>,
}

impl Caller {
    /// Whether the caller's role (or a service account's scopes) grants `permission`.
    pub fn may(&self, permission: Permission) -> bool {
        grants(self.role, &self.scopes, permission)
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// The caller's organisation (nil for an account without one, which owns nothing).
    pub fn organisation(&self) -> Uuid {
        self.organisation_id.unwrap_or(Uuid::nil())
    }
}

/// What a caller wants to do with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// See it.
    Read,
    /// Create or change it.
    Write,
    /// A partner's work on a referral addressed to it (accept, decline, complete).
    Work,
    /// Administer it: a person's export and erasure, users, organisations.
    Manage,
}

/// Which records of a kind a caller reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Every record of the kind.
    All,
    /// The records of this organisation: cases (and their assessments, assistance
    /// and follow-ups) it holds, referrals sent from it (the organisation kept on
    /// the referral when it was sent, whatever became of the sender since).
    Organisation(Uuid),
    /// Referrals addressed to this partner organisation, in the partner's limited view.
    Addressee(Uuid),
}

impl Reach {
    /// Whether a record held by `organisation` is within reach (for records that
    /// belong to an organisation: cases, and what hangs off them).
    pub fn admits(self, organisation: Uuid) -> bool {
        match self {
            Reach::All => true,
            Reach::Organisation(own) | Reach::Addressee(own) => own == organisation,
        }
    }

    /// Whether a referral sent from `sent_from` (the sender's organisation when
    /// it was sent; `None` for a sender without one) to the partner
    /// `addressed_to` is within reach: the sending organisation's for the
    /// referring agency, the addressee's for the partner.
    pub fn admits_referral(self, sent_from: Option<Uuid>, addressed_to: Uuid) -> bool {
        match self {
            Reach::All => true,
            Reach::Organisation(own) => sent_from == Some(own),
            Reach::Addressee(own) => own == addressed_to,
        }
    }

    /// The organisation a list is limited to; `None` for every record.
    pub fn organisation(self) -> Option<Uuid> {
        match self {
            Reach::All => None,
            Reach::Organisation(own) | Reach::Addressee(own) => Some(own),
        }
    }
}

/// The visibility rule: which records of `kind` the caller reaches for `access`,
/// or [`Error::Forbidden`] when their role (or scopes) allows none.
///
/// | kind | read | write | reach of a non-admin |
/// |---|---|---|---|
/// | person, stay abroad, household, movement assistance, residence permit | `ReadPersons` | `WritePersons` | all |
/// | case, assessment, assistance, follow-up | `ReadCases` | `WriteCases` | their organisation's cases |
/// | referral | `ReadCases` (sent from their organisation) or `WorkReferrals` (addressed to it) | `WriteCases` | as read; `Work`: addressed to it ([`Reach::admits_referral`]) |
/// | programme, rule set, labour scheme | `ReadProgrammes` | `Administer` | all |
/// | organisation | `ReadOrganisations` | `Administer` | all |
/// | contact, outreach event, counselling session, job placement, social-enterprise beneficiary and job place, integration service | `ReadServiceRecords` | `WriteServiceRecords` | their organisation's (the organisation that recorded it) |
/// | jobseeker profile, vacancy, application, orientation session | `ReadJobseekers` | `WriteJobseekers` | all (case workers and employment counsellors) |
/// | report | `ReadReports` | - | their organisation's records; all for admins and monitors (monitors: small cells suppressed) |
/// | project, risk | `ReadSteering` (monitors) | `Administer` | all |
/// | questionnaire | `ReadSteering` (monitors) or `RecordSurveys` (case workers) | `Administer` | all |
/// | survey response (anonymous or linked to a person) | `RecordSurveys` | `RecordSurveys` | their organisation's (the organisation that collected it) |
/// | change feed event | `ReadEvents` (administrators, `events:read`) | - | all |
/// | webhook subscription and its deliveries | `ReadEvents` (administrators, `events:read`) | `ReadEvents` | their own subscriptions (the service checks the owner) |
/// | import job | `ImportRecords` (administrators, case workers, `imports:write`) | `ImportRecords` and the kind's own write permission | their own jobs (the service checks the creator) |
/// | user, service account, audit log, training of officials and its participants | `Administer` | `Administer` | all |
///
/// `Manage` needs `Administer` for every kind. Admins reach everything.
pub fn reach(caller: &Caller, kind: RecordKind, access: Access) -> Result<Reach, Error> {
    use Permission::*;
    let own = Reach::Organisation(caller.organisation());
    let needs = |permission: Permission, reach: Reach| {
        if caller.may(permission) {
            Ok(if caller.is_admin() { Reach::All } else { reach })
        } else {
            Err(Error::Forbidden)
        }
    };
    match (kind, access) {
        (_, Access::Manage) => needs(Administer, Reach::All),
        (
            RecordKind::Person
            | RecordKind::Stay
            | RecordKind::Household
            | RecordKind::Movement
            | RecordKind::ResidencePermit,
            Access::Read,
        ) => needs(ReadPersons, Reach::All),
        (
            RecordKind::Person
            | RecordKind::Stay
            | RecordKind::Household
            | RecordKind::Movement
            | RecordKind::ResidencePermit,
            _,
        ) => needs(WritePersons, Reach::All),
        (
            RecordKind::Contact
            | RecordKind::OutreachEvent
            | RecordKind::CounsellingSession
            | RecordKind::Placement
            | RecordKind::Enrolment
            | RecordKind::JobPlace
            | RecordKind::IntegrationService,
            Access::Read,
        ) => needs(ReadServiceRecords, own),
        (
            RecordKind::Contact
            | RecordKind::OutreachEvent
            | RecordKind::CounsellingSession
            | RecordKind::Placement
            | RecordKind::Enrolment
            | RecordKind::JobPlace
            | RecordKind::IntegrationService,
            Access::Write,
        ) => needs(WriteServiceRecords, own),
        (
            RecordKind::Jobseeker
            | RecordKind::Vacancy
            | RecordKind::Application
            | RecordKind::OrientationSession,
            Access::Read,
        ) => needs(ReadJobseekers, Reach::All),
        (
            RecordKind::Jobseeker
            | RecordKind::Vacancy
            | RecordKind::Application
            | RecordKind::OrientationSession,
            _,
        ) => needs(WriteJobseekers, Reach::All),
        (RecordKind::Report, Access::Read) => needs(
            ReadReports,
            if caller.role == Role::Monitor {
                Reach::All
            } else {
                own
            },
        ),
        (
            RecordKind::Case
            | RecordKind::Assessment
            | RecordKind::Assistance
            | RecordKind::FollowUp,
            Access::Read,
        ) => needs(ReadCases, own),
        (
            RecordKind::Case
            | RecordKind::Assessment
            | RecordKind::Assistance
            | RecordKind::FollowUp,
            _,
        ) => needs(WriteCases, own),
        (RecordKind::Referral, Access::Read) => {
            if caller.may(ReadCases) {
                needs(ReadCases, own)
            } else {
                needs(WorkReferrals, Reach::Addressee(caller.organisation()))
            }
        }
        (RecordKind::Referral, Access::Write) => needs(WriteCases, own),
        (RecordKind::Referral, Access::Work) => {
            needs(WorkReferrals, Reach::Addressee(caller.organisation()))
        }
        (RecordKind::Programme | RecordKind::RuleSet | RecordKind::Scheme, Access::Read) => {
            needs(ReadProgrammes, Reach::All)
        }
        (RecordKind::Organisation, Access::Read) => needs(ReadOrganisations, Reach::All),
        (RecordKind::Project | RecordKind::Risk, Access::Read) => needs(ReadSteering, Reach::All),
        (RecordKind::Questionnaire, Access::Read) if caller.may(RecordSurveys) => {
            needs(RecordSurveys, Reach::All)
        }
        (RecordKind::Questionnaire, Access::Read) => needs(ReadSteering, Reach::All),
        (RecordKind::SurveyResponse, Access::Read | Access::Write) => needs(RecordSurveys, own),
        (RecordKind::Event, Access::Read) => needs(ReadEvents, Reach::All),
        (RecordKind::Import, Access::Read | Access::Write) => needs(ImportRecords, Reach::All),
        (RecordKind::Webhook, Access::Read | Access::Write) => needs(ReadEvents, Reach::All),
        (_, _) => needs(Administer, Reach::All),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(role: Role, scopes: &[Scope]) -> Caller {
        Caller {
            id: Uuid::now_v7(),
            role,
            organisation_id: Some(Uuid::from_u128(7)),
            scopes: scopes.to_vec(),
        }
    }

    #[test]
    fn case_workers_reach_their_organisations_cases_and_admins_all() {
        let worker = caller(Role::CaseWorker, &[]);
        let own = Reach::Organisation(Uuid::from_u128(7));
        for kind in [
            RecordKind::Case,
            RecordKind::Assistance,
            RecordKind::FollowUp,
        ] {
            assert_eq!(reach(&worker, kind, Access::Read), Ok(own));
            assert_eq!(reach(&worker, kind, Access::Write), Ok(own));
            assert_eq!(reach(&worker, kind, Access::Manage), Err(Error::Forbidden));
            let admin = caller(Role::Admin, &[]);
            assert_eq!(reach(&admin, kind, Access::Write), Ok(Reach::All));
        }
        assert!(own.admits(Uuid::from_u128(7)));
        assert!(!own.admits(Uuid::from_u128(8)));
        let counsellor = caller(Role::EmploymentCounsellor, &[]);
        assert_eq!(
            reach(&counsellor, RecordKind::Case, Access::Read),
            Err(Error::Forbidden)
        );
    }

    #[test]
    fn referrals_are_seen_by_the_sender_and_worked_by_the_addressee() {
        let partner = caller(Role::Partner, &[]);
        let addressee = Reach::Addressee(Uuid::from_u128(7));
        assert_eq!(
            reach(&partner, RecordKind::Referral, Access::Read),
            Ok(addressee)
        );
        assert_eq!(
            reach(&partner, RecordKind::Referral, Access::Work),
            Ok(addressee)
        );
        assert_eq!(
            reach(&partner, RecordKind::Referral, Access::Write),
            Err(Error::Forbidden)
        );
        assert_eq!(
            reach(&partner, RecordKind::Person, Access::Read),
            Err(Error::Forbidden)
        );
        let worker = caller(Role::CaseWorker, &[]);
        assert_eq!(
            reach(&worker, RecordKind::Referral, Access::Read),
            Ok(Reach::Organisation(Uuid::from_u128(7)))
        );
        assert_eq!(
            reach(&worker, RecordKind::Referral, Access::Work),
            Err(Error::Forbidden)
        );
        // The sending organisation kept on the referral decides, not the sender's now.
        let (own, other) = (Uuid::from_u128(7), Uuid::from_u128(8));
        let sender = Reach::Organisation(own);
        assert!(sender.admits_referral(Some(own), other));
        assert!(!sender.admits_referral(Some(other), own));
        assert!(!sender.admits_referral(None, own));
        assert!(addressee.admits_referral(Some(other), own));
        assert!(!addressee.admits_referral(Some(own), other));
        assert!(Reach::All.admits_referral(None, other));
    }

    #[test]
    fn service_accounts_reach_persons_through_their_scopes_only() {
        let reader = caller(Role::Integration, &[Scope::PersonsRead]);
        assert_eq!(
            reach(&reader, RecordKind::Person, Access::Read),
            Ok(Reach::All)
        );
        assert_eq!(
            reach(&reader, RecordKind::Person, Access::Write),
            Err(Error::Forbidden)
        );
        assert_eq!(
            reach(&reader, RecordKind::Case, Access::Read),
            Err(Error::Forbidden)
        );
        let monitor = caller(Role::Monitor, &[]);
        assert_eq!(
            reach(&monitor, RecordKind::Household, Access::Read),
            Err(Error::Forbidden)
        );
    }

    #[test]
    fn service_records_are_their_organisations_and_reports_aggregate() {
        let own = Reach::Organisation(Uuid::from_u128(7));
        for role in [Role::CaseWorker, Role::EmploymentCounsellor] {
            let staff = caller(role, &[]);
            for kind in [
                RecordKind::Contact,
                RecordKind::Placement,
                RecordKind::JobPlace,
            ] {
                assert_eq!(reach(&staff, kind, Access::Read), Ok(own));
                assert_eq!(reach(&staff, kind, Access::Write), Ok(own));
            }
            assert_eq!(reach(&staff, RecordKind::Report, Access::Read), Ok(own));
        }
        let monitor = caller(Role::Monitor, &[]);
        assert_eq!(
            reach(&monitor, RecordKind::Report, Access::Read),
            Ok(Reach::All)
        );
        for kind in [
            RecordKind::Contact,
            RecordKind::CounsellingSession,
            RecordKind::Movement,
        ] {
            assert_eq!(reach(&monitor, kind, Access::Read), Err(Error::Forbidden));
        }
        let partner = caller(Role::Partner, &[]);
        assert_eq!(
            reach(&partner, RecordKind::Report, Access::Read),
            Err(Error::Forbidden)
        );
        let counsellor = caller(Role::EmploymentCounsellor, &[]);
        assert_eq!(
            reach(&counsellor, RecordKind::Movement, Access::Write),
            Err(Error::Forbidden)
        );
    }

    #[test]
    fn survey_answers_are_seen_by_case_workers_of_the_collecting_organisation_only() {
        let own = Reach::Organisation(Uuid::from_u128(7));
        let worker = caller(Role::CaseWorker, &[]);
        assert_eq!(
            reach(&worker, RecordKind::SurveyResponse, Access::Read),
            Ok(own)
        );
        assert_eq!(
            reach(&worker, RecordKind::SurveyResponse, Access::Write),
            Ok(own)
        );
        assert_eq!(
            reach(&worker, RecordKind::Questionnaire, Access::Read),
            Ok(Reach::All)
        );
        assert_eq!(
            reach(&worker, RecordKind::Questionnaire, Access::Write),
            Err(Error::Forbidden)
        );
        let monitor = caller(Role::Monitor, &[]);
        assert_eq!(
            reach(&monitor, RecordKind::Questionnaire, Access::Read),
            Ok(Reach::All)
        );
        for role in [
            Role::Monitor,
            Role::EmploymentCounsellor,
            Role::Partner,
            Role::Integration,
        ] {
            assert_eq!(
                reach(
                    &caller(role, Scope::ALL),
                    RecordKind::SurveyResponse,
                    Access::Read
                ),
                Err(Error::Forbidden),
                "{role}"
            );
        }
    }

    #[test]
    fn policy() {
        assert!(Role::ALL
            .iter()
            .all(|r| !r.permits(Permission::Administer) || *r == Role::Admin));
        assert!(Role::CaseWorker.permits(Permission::WritePersons));
        assert!(!Role::Monitor.permits(Permission::ReadPersons));
        assert!(!Role::Partner.permits(Permission::ReadPersons));
        assert!(!Role::EmploymentCounsellor.permits(Permission::WritePersons));
    }

    #[test]
    fn service_accounts_act_within_their_scopes() {
        let read = [Scope::PersonsRead];
        assert!(grants(Role::Integration, &read, Permission::ReadPersons));
        assert!(!grants(Role::Integration, &read, Permission::WritePersons));
        assert!(!grants(Role::Integration, &[], Permission::ReadPersons));
        // No scope makes a service account an administrator.
        let all = Scope::ALL;
        assert!(!grants(Role::Integration, all, Permission::Administer));
        // Scopes mean nothing to people: their role decides.
        assert!(!grants(Role::Monitor, all, Permission::ReadPersons));
    }
}
