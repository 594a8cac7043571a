//! Object-level authorisation (issue 11, "Prove it"): two organisations, each with
//! a case worker, a counsellor and a partner, and records of their own (persons,
//! stays, a household, cases with assessments, notes, assistance and follow-ups,
//! referrals sent to the other organisation, an outreach event and a counselling
//! session). Every operation of the OpenAPI
//! document is called by each of those six people on their own organisation's
//! records and on the other's, and by service accounts holding each single scope.
//!
//! The expected answers come from one table, [`TABLE`]: who may call an operation
//! (the roles of DOMAIN.md) and which records it reaches (`domain::access::reach`:
//! persons, stays and households are everyone's who may read them; cases and what
//! hangs off them belong to the organisation holding the case; a referral is the
//! sending organisation's and, in the partner's view, the addressee's; service
//! records (outreach events, counselling sessions, job placements, social
//! enterprises' beneficiaries and job places, integration services) are the
//! recording organisation's; movement assistance and residence permits are a
//! person's, like a stay). Without the permission the answer is 403; with it,
//! on a record out of reach, the caller must not learn that the record exists (404, or 422 `not_found` on the field when the record
//! is named in the body); otherwise the call succeeds with the table's status. A
//! 404 anywhere else fails. Every answer is also searched for what the caller may
//! not see: the other organisation's record ids and notes, names of
//! persons it may not read, personal fields for callers who may only write.
//!
//! An operation of the document missing from the table (or an entry the document
//! lacks) fails the test, so a new route cannot skip the question.

use std::collections::BTreeMap;
use std::sync::Arc;

use integra_domain::access::Role;
use integra_tests::{both_backends, id_of, json, person_body, StatusCode, TestApp};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

use crate::authorization::{example_body, service_token};
use crate::cases::{today, DEFAULT_PROGRAMME};
use crate::reintegration_fixtures::{self as fx, gel};

/// A seeded labour migration scheme (`integra_api::seed::scheme_id(2)`).
const SEEDED_SCHEME: &str = "00000000-0000-7000-8000-000000000402";

/// The seeded scheme of seasonal work in Bulgaria, whose one condition is
/// being an adult (`integra_api::seed::scheme_id(4)`).
const SEASONAL_SCHEME: &str = "00000000-0000-7000-8000-000000000404";

/// The seeded default rule set (`integra_api::seed::DEFAULT_RULE_SET_ID`).
const DEFAULT_RULE_SET: &str = "00000000-0000-7000-8000-000000000101";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Org {
    A,
    B,
}

impl Org {
    fn other(self) -> Org {
        match self {
            Org::A => Org::B,
            Org::B => Org::A,
        }
    }
}

/// Who calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Caller {
    Worker(Org),
    Counsellor(Org),
    Partner(Org),
    /// A service account holding this one scope.
    Service(&'static str),
}

use Caller::*;

const SCOPES: [&str; 4] = [
    "persons:read",
    "persons:write",
    "events:read",
    "imports:write",
];

impl Caller {
    fn all() -> Vec<Caller> {
        let mut all = Vec::new();
        for org in [Org::A, Org::B] {
            all.extend([Worker(org), Counsellor(org), Partner(org)]);
        }
        all.extend(SCOPES.iter().map(|scope| Service(scope)));
        all
    }

    fn reads_persons(self) -> bool {
        matches!(self, Worker(_) | Counsellor(_) | Service("persons:read"))
    }

    fn writes_persons(self) -> bool {
        matches!(self, Worker(_) | Service("persons:write"))
    }

    fn name(self) -> String {
        match self {
            Worker(org) => format!("case worker {org:?}"),
            Counsellor(org) => format!("counsellor {org:?}"),
            Partner(org) => format!("partner {org:?}"),
            Service(scope) => format!("service {scope}"),
        }
    }
}

/// Who may call an operation, and which records it reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// No token needed (called once, without one).
    Public,
    /// Anyone signed in.
    Anyone,
    /// Administrators only: every caller here gets 403.
    Admins,
    /// `ReadPersons`: case workers, counsellors, `persons:read`; every person.
    ReadPersons,
    /// `WritePersons`: case workers, `persons:write`; every person.
    WritePersons,
    /// Case workers and counsellors; every record.
    ReadOrganisations,
    /// Case workers and counsellors; every record.
    ReadProgrammes,
    /// Case workers, on the cases their organisation holds and what hangs off them.
    Cases,
    /// Case workers on the referrals their organisation sent, partners on those
    /// addressed to their organisation.
    ReadReferrals,
    /// Case workers of the organisation that sent the referral.
    SendReferrals,
    /// Partners of the organisation the referral is addressed to.
    WorkReferrals,
    /// Case workers and employment counsellors, on the service records their
    /// organisation recorded (contacts, outreach events, counselling sessions,
    /// placements, beneficiaries, job places).
    ServiceRecords,
    /// Case workers and counsellors: reports of their organisation's records.
    Reports,
    /// Case workers and counsellors: every jobseeker profile.
    Jobseekers,
    /// Case workers: every questionnaire, and the survey responses their
    /// organisation collected.
    Surveys,
    /// Service accounts with `events:read`: the change feed, every event.
    Events,
    /// Case workers (who import and write persons): their own imports (the
    /// import of X is X's case worker's). Service accounts need two scopes,
    /// `imports:write` and `persons:write`: none here holds both.
    Imports,
    /// An import job: its creator's (the case worker of X for X's); a
    /// service account with `imports:write` may read jobs, but none here is its.
    ImportJobs,
    /// Webhook subscriptions: service accounts with `events:read`, their own
    /// only (X's subscription is an administrator's: out of their reach).
    Webhooks,
}

/// What record of an organisation the operation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum On {
    /// None: called once per caller.
    Nothing,
    /// One in the path, called with A's and with B's (out of reach: 404).
    Path,
    /// One in the body, called with A's and with B's (out of reach: 422 with the
    /// field's `not_found`, the same answer as for an id that names nothing).
    Body,
}

use On::{Body, Nothing, Path};
use Who::*;

/// Every operation: who may call it, what it names, the status of success.
/// The referral of organisation X is one X sent, addressed to the other.
const TABLE: &[(&str, Who, On, u16)] = &[
    // Public. The sign-in names an unknown client: 401.
    ("create_token", Public, Nothing, 401),
    ("get_liveness", Public, Nothing, 200),
    ("get_readiness", Public, Nothing, 200),
    ("get_metrics", Public, Nothing, 200),
    ("get_current_user", Anyone, Nothing, 200),
    // Persons, stays, households: everyone's who may read or write persons.
    ("list_persons", ReadPersons, Nothing, 200),
    ("get_person", ReadPersons, Path, 200),
    ("get_person_by_external_id", ReadPersons, Path, 200),
    ("list_stays", ReadPersons, Path, 200),
    ("get_stay", ReadPersons, Path, 200),
    ("get_household", ReadPersons, Path, 200),
    ("create_person", WritePersons, Nothing, 201),
    ("patch_person", WritePersons, Path, 200),
    ("upsert_person_by_external_id", WritePersons, Path, 200),
    ("create_stay", WritePersons, Path, 201),
    ("patch_stay", WritePersons, Path, 200),
    ("delete_stay", WritePersons, Path, 204),
    // Movement assistance: on a foreigner's record, like a stay.
    ("list_movements", ReadPersons, Path, 200),
    ("get_movement", ReadPersons, Path, 200),
    ("create_movement", WritePersons, Path, 201),
    ("patch_movement", WritePersons, Path, 200),
    // Residence permits: on a foreigner's record, like a stay.
    ("list_residence_permits", ReadPersons, Path, 200),
    ("get_residence_permit", ReadPersons, Path, 200),
    ("list_expiring_residence_permits", ReadPersons, Nothing, 200),
    ("create_residence_permit", WritePersons, Path, 201),
    ("patch_residence_permit", WritePersons, Path, 200),
    ("create_household", WritePersons, Nothing, 201),
    ("add_household_member", WritePersons, Path, 200),
    ("remove_household_member", WritePersons, Path, 200),
    ("get_person_access_log", Admins, Path, 200),
    ("export_person", Admins, Path, 200),
    ("erase_person", Admins, Path, 200),
    // Organisations, programmes, rule sets.
    ("list_organisations", ReadOrganisations, Nothing, 200),
    ("get_organisation", ReadOrganisations, Path, 200),
    ("create_organisation", Admins, Nothing, 201),
    ("patch_organisation", Admins, Path, 200),
    // Social enterprises and their partners: organisations.
    ("list_social_enterprises", ReadOrganisations, Nothing, 200),
    (
        "get_social_enterprise_partners",
        ReadOrganisations,
        Path,
        200,
    ),
    ("set_social_enterprise_partners", Admins, Path, 200),
    ("list_programmes", ReadProgrammes, Nothing, 200),
    ("get_programme", ReadProgrammes, Nothing, 200),
    ("create_programme", Admins, Nothing, 201),
    ("patch_programme", Admins, Nothing, 200),
    ("list_rule_sets", ReadProgrammes, Nothing, 200),
    ("get_rule_set", ReadProgrammes, Nothing, 200),
    ("get_rule_set_version", ReadProgrammes, Nothing, 200),
    ("create_rule_set", Admins, Nothing, 201),
    ("add_rule_set_version", Admins, Nothing, 201),
    ("patch_rule_set_version", Admins, Nothing, 200),
    ("replace_rule_set_version", Admins, Nothing, 200),
    ("publish_rule_set_version", Admins, Nothing, 200),
    // Trainings of officials and their participants: administrators'.
    ("create_training", Admins, Nothing, 201),
    ("list_trainings", Admins, Nothing, 200),
    ("get_training", Admins, Nothing, 200),
    ("patch_training", Admins, Nothing, 200),
    ("add_training_participant", Admins, Nothing, 201),
    ("list_training_participants", Admins, Nothing, 200),
    ("get_training_participant", Admins, Nothing, 200),
    ("patch_training_participant", Admins, Nothing, 200),
    // Projects and their risks: administrators' (and committee members', who
    // are not among the callers here).
    ("create_project", Admins, Nothing, 201),
    ("list_projects", Admins, Nothing, 200),
    ("get_project", Admins, Nothing, 200),
    ("patch_project", Admins, Nothing, 200),
    ("add_project_risk", Admins, Nothing, 201),
    ("list_project_risks", Admins, Nothing, 200),
    ("get_project_risk", Admins, Nothing, 200),
    ("patch_project_risk", Admins, Nothing, 200),
    ("add_project_logic_element", Admins, Nothing, 201),
    ("get_project_logic", Admins, Nothing, 200),
    ("add_project_indicator", Admins, Nothing, 201),
    ("list_project_indicators", Admins, Nothing, 200),
    ("get_project_indicator", Admins, Nothing, 200),
    ("add_indicator_measurement", Admins, Nothing, 201),
    ("list_indicator_measurements", Admins, Nothing, 200),
    ("add_project_activity", Admins, Nothing, 201),
    ("list_project_activities", Admins, Nothing, 200),
    ("get_project_activity", Admins, Nothing, 200),
    ("patch_project_activity", Admins, Nothing, 200),
    ("add_project_meeting", Admins, Nothing, 201),
    ("list_project_meetings", Admins, Nothing, 200),
    ("get_project_meeting", Admins, Nothing, 200),
    ("list_project_action_items", Admins, Nothing, 200),
    ("patch_project_action_item", Admins, Nothing, 200),
    ("progress_report", Admins, Nothing, 200),
    ("check_eligibility", ReadProgrammes, Nothing, 200),
    // Users, service accounts, the audit log.
    ("list_users", Admins, Nothing, 200),
    ("create_user", Admins, Nothing, 201),
    ("get_user", Admins, Path, 200),
    ("patch_user", Admins, Path, 200),
    ("activate_user", Admins, Path, 200),
    ("deactivate_user", Admins, Path, 200),
    ("reset_user_password", Admins, Path, 200),
    ("list_service_accounts", Admins, Nothing, 200),
    ("create_service_account", Admins, Nothing, 201),
    ("get_service_account", Admins, Nothing, 200),
    ("patch_service_account", Admins, Nothing, 200),
    ("deactivate_service_account", Admins, Nothing, 200),
    ("list_service_account_secrets", Admins, Nothing, 200),
    ("add_service_account_secret", Admins, Nothing, 201),
    ("revoke_service_account_secret", Admins, Nothing, 204),
    ("list_audit_log", Admins, Nothing, 200),
    // Cases and what hangs off them: the holding organisation's case workers.
    ("list_cases", Cases, Nothing, 200),
    ("create_case", Cases, Nothing, 201),
    ("get_case", Cases, Path, 200),
    ("transition_case", Cases, Path, 200),
    ("list_case_transitions", Cases, Path, 200),
    ("assign_case", Cases, Path, 200),
    ("add_case_note", Cases, Path, 201),
    ("list_case_notes", Cases, Path, 200),
    ("assess_case", Cases, Path, 201),
    ("list_case_assessments", Cases, Path, 200),
    ("get_case_assessment", Cases, Path, 200),
    ("propose_assistance", Cases, Path, 201),
    ("list_case_assistance", Cases, Path, 200),
    ("get_assistance", Cases, Path, 200),
    ("approve_assistance", Cases, Path, 200),
    ("reject_assistance", Cases, Path, 200),
    ("deliver_assistance", Cases, Path, 200),
    ("cancel_assistance", Cases, Path, 200),
    ("list_indicators", Cases, Nothing, 200),
    ("record_case_follow_up", Cases, Path, 201),
    ("list_case_follow_ups", Cases, Path, 200),
    ("list_case_referrals", Cases, Path, 200),
    // Referrals: sent within a case of the sender's organisation.
    ("create_referral", Cases, Body, 201),
    ("list_referrals", ReadReferrals, Nothing, 200),
    ("get_referral", ReadReferrals, Path, 200),
    ("cancel_referral", SendReferrals, Path, 200),
    ("accept_referral", WorkReferrals, Path, 200),
    ("decline_referral", WorkReferrals, Path, 200),
    ("complete_referral", WorkReferrals, Path, 200),
    // Service records: the recording organisation's case workers and counsellors.
    ("create_outreach_event", ServiceRecords, Nothing, 201),
    ("list_outreach_events", ServiceRecords, Nothing, 200),
    ("get_outreach_event", ServiceRecords, Path, 200),
    ("patch_outreach_event", ServiceRecords, Path, 200),
    ("create_counselling_session", ServiceRecords, Nothing, 201),
    ("list_counselling_sessions", ServiceRecords, Nothing, 200),
    ("get_counselling_session", ServiceRecords, Path, 200),
    ("patch_counselling_session", ServiceRecords, Path, 200),
    // (Lists and creates name a social enterprise, which is everyone's: A's.)
    ("create_placement", ServiceRecords, Nothing, 201),
    ("list_placements", ServiceRecords, Nothing, 200),
    ("get_placement", ServiceRecords, Path, 200),
    ("patch_placement", ServiceRecords, Path, 200),
    (
        "enrol_social_enterprise_beneficiary",
        ServiceRecords,
        Nothing,
        201,
    ),
    (
        "list_social_enterprise_beneficiaries",
        ServiceRecords,
        Nothing,
        200,
    ),
    (
        "get_social_enterprise_beneficiary",
        ServiceRecords,
        Path,
        200,
    ),
    (
        "patch_social_enterprise_beneficiary",
        ServiceRecords,
        Path,
        200,
    ),
    ("create_job_place", ServiceRecords, Nothing, 201),
    ("list_job_places", ServiceRecords, Nothing, 200),
    ("get_job_place", ServiceRecords, Path, 200),
    ("patch_job_place", ServiceRecords, Path, 200),
    ("create_contact", ServiceRecords, Nothing, 201),
    ("list_contacts", ServiceRecords, Nothing, 200),
    ("get_contact", ServiceRecords, Path, 200),
    ("patch_contact", ServiceRecords, Path, 200),
    ("create_integration_service", ServiceRecords, Nothing, 201),
    ("list_integration_services", ServiceRecords, Nothing, 200),
    ("get_integration_service", ServiceRecords, Path, 200),
    ("patch_integration_service", ServiceRecords, Path, 200),
    // Reports: of the caller's organisation's records; the records behind a
    // figure for those who may read them (persons here).
    ("reintegration_report", Reports, Nothing, 200),
    ("list_reintegration_records", Reports, Nothing, 200),
    ("overview_report", Reports, Nothing, 200),
    ("integration_report", Reports, Nothing, 200),
    ("labour_report", Reports, Nothing, 200),
    ("capacity_report", Reports, Nothing, 200),
    // Jobseeker profiles: every case worker's and counsellor's.
    ("register_jobseeker", Jobseekers, Nothing, 201),
    ("list_jobseekers", Jobseekers, Nothing, 200),
    ("get_jobseeker", Jobseekers, Path, 200),
    ("patch_jobseeker", Jobseekers, Path, 200),
    ("list_jobseeker_matches", Jobseekers, Path, 200),
    // Vacancies: every case worker's and counsellor's.
    ("create_vacancy", Jobseekers, Nothing, 201),
    ("list_vacancies", Jobseekers, Nothing, 200),
    ("get_vacancy", Jobseekers, Nothing, 200),
    ("patch_vacancy", Jobseekers, Nothing, 200),
    ("list_vacancy_candidates", Jobseekers, Nothing, 200),
    // Applications and orientation sessions: every case worker's and counsellor's.
    ("create_application", Jobseekers, Nothing, 201),
    ("list_applications", Jobseekers, Nothing, 200),
    ("list_overstays", Jobseekers, Nothing, 200),
    ("get_application", Jobseekers, Path, 200),
    ("shortlist_application", Jobseekers, Path, 200),
    ("depart_application", Jobseekers, Path, 200),
    ("return_application", Jobseekers, Path, 200),
    ("reject_application", Jobseekers, Path, 200),
    ("withdraw_application", Jobseekers, Path, 200),
    ("create_orientation_session", Jobseekers, Nothing, 201),
    ("list_orientation_sessions", Jobseekers, Nothing, 200),
    ("get_orientation_session", Jobseekers, Nothing, 200),
    ("record_orientation_attendance", Jobseekers, Nothing, 200),
    // Labour migration schemes: read by staff, written by administrators.
    ("list_schemes", ReadProgrammes, Nothing, 200),
    ("get_scheme", ReadProgrammes, Nothing, 200),
    ("create_scheme", Admins, Nothing, 201),
    ("patch_scheme", Admins, Nothing, 200),
    ("list_overview_records", Reports, Nothing, 200),
    // Field surveys: questionnaires written by administrators, read by case
    // workers (and committee members); responses the collecting organisation's
    // case workers'; aggregates a report of the caller's organisation's.
    ("create_questionnaire", Admins, Nothing, 201),
    ("patch_questionnaire", Admins, Nothing, 200),
    ("publish_questionnaire", Admins, Nothing, 200),
    ("create_questionnaire_edition", Admins, Nothing, 201),
    ("list_questionnaires", Surveys, Nothing, 200),
    ("get_questionnaire", Surveys, Nothing, 200),
    ("record_survey_response", Surveys, Nothing, 201),
    ("list_survey_responses", Surveys, Nothing, 200),
    ("get_survey_response", Surveys, Path, 200),
    ("patch_survey_response", Surveys, Path, 200),
    ("get_survey_aggregates", Reports, Nothing, 200),
    // The change feed: names records, holds none of their data.
    ("list_events", Events, Nothing, 200),
    // Bulk imports: a dry run of one person; the importer's own jobs.
    ("create_import", Imports, Nothing, 200),
    ("get_import", ImportJobs, Path, 200),
    // Webhook subscriptions: a service account's own only.
    ("create_webhook", Webhooks, Nothing, 201),
    ("list_webhooks", Webhooks, Nothing, 200),
    ("get_webhook", Webhooks, Path, 200),
    ("patch_webhook", Webhooks, Path, 200),
    ("enable_webhook", Webhooks, Path, 200),
    ("list_webhook_deliveries", Webhooks, Path, 200),
    ("delete_webhook", Webhooks, Path, 204),
];

/// A seeded questionnaire (`integra_domain::survey::seeded::questionnaire_id(2)`).
const SEEDED_QUESTIONNAIRE: &str = "00000000-0000-7000-8000-000000000502";

/// A response to the seeded questionnaire, naming `person`.
fn survey_body(person: &str) -> Value {
    json!({"collected_on": today().to_string(), "person_id": person,
        "answers": {"years_in_georgia": 2, "georgian_level": "basic", "feel_welcome": 4}})
}

/// What an answer must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Allowed and within reach: this status.
    Status(u16),
    /// The role or scope does not allow it.
    Forbidden,
    /// Out of reach: the caller must not learn that the record exists.
    Hidden(On),
}

impl Expect {
    fn holds(self, status: u16, body: &Value) -> bool {
        match self {
            Expect::Status(want) => status == want,
            Expect::Forbidden => status == 403,
            Expect::Hidden(Body) => {
                status == 422
                    && body["errors"]
                        .as_array()
                        .is_some_and(|errors| errors.iter().any(|e| e["code"] == "not_found"))
            }
            Expect::Hidden(_) => status == 404,
        }
    }

    fn describe(self) -> String {
        match self {
            Expect::Status(want) => want.to_string(),
            Expect::Forbidden => "403".to_owned(),
            Expect::Hidden(Body) => "422 not_found (out of reach)".to_owned(),
            Expect::Hidden(_) => "404 (out of reach)".to_owned(),
        }
    }
}

/// The expected answer to `caller` calling an operation that `who` may call on
/// the record of `target` (none for `On::Nothing`).
fn expected(who: Who, on: On, caller: Caller, target: Option<Org>, ok: u16) -> Expect {
    let allow = |may: bool| {
        if may {
            Expect::Status(ok)
        } else {
            Expect::Forbidden
        }
    };
    // Whether the record of `target` is within the reach of a caller reaching `own`'s.
    let within = |own: Org| {
        if target.is_none_or(|t| t == own) {
            Expect::Status(ok)
        } else {
            Expect::Hidden(on)
        }
    };
    match who {
        Public | Anyone => Expect::Status(ok),
        Admins => Expect::Forbidden,
        ReadPersons => allow(caller.reads_persons()),
        WritePersons => allow(caller.writes_persons()),
        ReadOrganisations | ReadProgrammes => allow(matches!(caller, Worker(_) | Counsellor(_))),
        Cases | SendReferrals | Surveys | Imports => match caller {
            Worker(own) => within(own),
            _ => Expect::Forbidden,
        },
        ReadReferrals => match caller {
            Worker(own) => within(own),
            // X's referral is addressed to the other organisation.
            Partner(own) => within(own.other()),
            _ => Expect::Forbidden,
        },
        WorkReferrals => match caller {
            Partner(own) => within(own.other()),
            _ => Expect::Forbidden,
        },
        ServiceRecords => match caller {
            Worker(own) | Counsellor(own) => within(own),
            _ => Expect::Forbidden,
        },
        Reports | Jobseekers => allow(matches!(caller, Worker(_) | Counsellor(_))),
        Events => allow(caller == Service("events:read")),
        ImportJobs => match caller {
            Worker(own) => within(own),
            Service("imports:write") => Expect::Hidden(on),
            _ => Expect::Forbidden,
        },
        Webhooks => match (caller, on) {
            (Service("events:read"), Path) => Expect::Hidden(on),
            (Service("events:read"), _) => Expect::Status(ok),
            _ => Expect::Forbidden,
        },
    }
}

/// Who may see a recognisable value (an id, a note, a name) in an answer.
#[derive(Debug, Clone, Copy)]
enum SeenBy {
    /// The case workers of the organisation holding the case.
    CaseWorkersOf(Org),
    /// The case workers and counsellors of the organisation that recorded a
    /// service record.
    StaffOf(Org),
    /// The case workers of the sending organisation and the addressee's partners.
    ReferralParties { sender: Org, addressee: Org },
    /// Whoever may read persons, and the partners of `partner` (an open referral
    /// of the person is addressed to it).
    PersonReaders { partner: Option<Org> },
    /// Whoever may read or write persons (a writer gets the id it wrote).
    PersonWriters,
    /// The case workers and counsellors of the organisation that recorded a service record.
    ServiceStaffOf(Org),
}

impl SeenBy {
    fn admits(self, caller: Caller) -> bool {
        match self {
            SeenBy::CaseWorkersOf(org) => caller == Worker(org),
            SeenBy::StaffOf(org) => caller == Worker(org) || caller == Counsellor(org),
            SeenBy::ReferralParties { sender, addressee } => {
                caller == Worker(sender) || caller == Partner(addressee)
            }
            SeenBy::PersonReaders { partner } => {
                caller.reads_persons() || partner.is_some_and(|p| caller == Partner(p))
            }
            SeenBy::PersonWriters => caller.reads_persons() || caller.writes_persons(),
            SeenBy::ServiceStaffOf(org) => caller == Worker(org) || caller == Counsellor(org),
        }
    }
}

/// A value an answer may show only to some callers.
#[derive(Debug, Clone)]
struct Secret {
    text: String,
    what: String,
    seen_by: SeenBy,
}

/// Keys of personal data, which a caller who may only write persons must not get back.
const PERSONAL_KEYS: &[&str] = &[
    "given_name",
    "family_name",
    "personal_number",
    "date_of_birth",
    "phone",
    "external_ids",
    "members",
    "start_date",
    "end_date",
    "legal_status",
    "country",
];

/// An organisation's people and records.
struct Side {
    org: Uuid,
    worker: String,
    counsellor: String,
    partner: String,
    /// Another case worker of the organisation, who makes its records (four eyes).
    helper: String,
    worker_id: String,
    person: String,
    person_body: Value,
    external: (String, String),
    stay: String,
    household: String,
    case: Uuid,
    assessment: String,
    proposed: String,
    approved: String,
    /// A referral this organisation sent to the other, as sent.
    referral: String,
    /// One sent to the other, accepted.
    accepted: String,
    /// A person without a case.
    spare_person: String,
    /// An outreach event the organisation recorded.
    outreach_event: String,
    /// A counselling session of `person` the organisation recorded.
    counselling_session: String,
    /// A social enterprise (everyone's), where this organisation recorded a
    /// beneficiary and job places.
    enterprise: String,
    /// A job placement, an enrolment and job places this organisation recorded.
    placement: String,
    enrolment: String,
    job_place: String,
    /// A foreigner, helped to leave Georgia (`movement`), holding a residence
    /// permit (`permit`).
    foreigner: String,
    movement: String,
    permit: String,
    /// An integration service of `person` the organisation recorded.
    integration_service: String,
    /// The jobseeker profile of `person`, registered by the organisation.
    jobseeker: String,
    /// The jobseeker's application to the seasonal scheme (`applied`).
    application: String,
    /// A contact with the person, recorded by the organisation's worker.
    contact: String,
    /// A survey response naming the person, collected by the organisation's worker.
    survey_response: String,
    /// A dry-run import by the organisation's worker.
    import: String,
    /// A webhook subscription (an administrator's).
    webhook: String,
}

struct World {
    a: Side,
    b: Side,
    services: BTreeMap<&'static str, String>,
    service_account: String,
    secrets: Vec<Secret>,
    /// Operation id -> (method, path template, operation).
    operations: BTreeMap<String, (Method, String, Value)>,
    doc: Value,
    /// A vacancy at home (vacancies are everyone's).
    vacancy: String,
    /// A vacancy abroad under the seasonal scheme, with A as the employer.
    abroad_vacancy: String,
    /// An orientation session of the seasonal scheme, held today.
    session: String,
}

impl World {
    fn side(&self, org: Org) -> &Side {
        match org {
            Org::A => &self.a,
            Org::B => &self.b,
        }
    }

    fn token(&self, caller: Caller) -> &str {
        match caller {
            Worker(org) => &self.side(org).worker,
            Counsellor(org) => &self.side(org).counsellor,
            Partner(org) => &self.side(org).partner,
            Service(scope) => &self.services[scope],
        }
    }
}

/// A request to make.
#[derive(Debug, Clone)]
struct Req {
    method: Method,
    path: String,
    body: Option<(String, Value)>,
}

fn get(path: String) -> Req {
    Req {
        method: Method::GET,
        path,
        body: None,
    }
}

fn post(path: String, body: Value) -> Req {
    Req {
        method: Method::POST,
        path,
        body: Some(("application/json".to_owned(), body)),
    }
}

fn merge(path: String, body: Value) -> Req {
    Req {
        method: Method::PATCH,
        path,
        body: Some(("application/merge-patch+json".to_owned(), body)),
    }
}

fn delete(path: String) -> Req {
    Req {
        method: Method::DELETE,
        path,
        body: None,
    }
}

/// Sends `req` as the holder of `token` (none when `None`): the status and the
/// answer (`null` when it is not JSON).
async fn send(
    client: &reqwest::Client,
    address: &str,
    token: Option<&str>,
    req: &Req,
) -> (u16, Value) {
    let mut request = client.request(req.method.clone(), format!("{address}{}", req.path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some((media, body)) = &req.body {
        request =
            request
                .header("content-type", media.as_str())
                .body(match (media.as_str(), body) {
                    // A file (CSV, say) goes as it is.
                    (media, Value::String(text)) if !media.contains("json") => {
                        text.clone().into_bytes()
                    }
                    _ => serde_json::to_vec(body).unwrap(),
                });
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let text = response.text().await.expect("answer");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn created(app: &TestApp, token: &str, path: &str, body: Value) -> Value {
    let answer = app.post_as(token, path, &body).await;
    let status = answer.status();
    let text = answer.text().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{path}: {text}");
    serde_json::from_str(&text).unwrap()
}

async fn done(app: &TestApp, token: &str, path: &str, body: Value) -> Value {
    let answer = app.post_as(token, path, &body).await;
    let status = answer.status();
    let text = answer.text().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{path}: {text}");
    serde_json::from_str(&text).unwrap()
}

/// A person registered by the admin; its id.
async fn fresh_person(app: &TestApp) -> String {
    id_of(&app.create_person(&person_body("Spare", "Person")).await)
}

/// A case of a fresh person in the default programme, held by `side`'s organisation.
async fn fresh_case(app: &TestApp, side: &Side, status: &str) -> Uuid {
    let person = Uuid::parse_str(&fresh_person(app).await).unwrap();
    let programme = Uuid::parse_str(DEFAULT_PROGRAMME).unwrap();
    fx::case(app, person, programme, status, side.org).await
}

/// An item of 10 GEL proposed by `side`'s helper on its case.
async fn fresh_proposal(app: &TestApp, side: &Side) -> String {
    let body = json!({"type": "micro_business", "amount": gel("10.00"), "in_kind": true,
        "description": "Tools"});
    id_of(
        &created(
            app,
            &side.helper,
            &format!("/api/v1/cases/{}/assistance", side.case),
            body,
        )
        .await,
    )
}

/// A proposed item, approved by the admin.
async fn fresh_approved(app: &TestApp, side: &Side) -> String {
    let id = fresh_proposal(app, side).await;
    done(
        app,
        &app.admin_token,
        &format!("/api/v1/assistance/{id}/approve"),
        json!({}),
    )
    .await;
    id
}

/// A referral `side`'s helper sends to `to` within its case; accepted by the admin when asked.
async fn fresh_referral(app: &TestApp, side: &Side, to: Uuid, accepted: bool) -> String {
    let body = json!({"person_id": side.person, "case_id": side.case, "organisation_id": to,
        "service": "psychosocial"});
    let id = id_of(&created(app, &side.helper, "/api/v1/referrals", body).await);
    if accepted {
        done(
            app,
            &app.admin_token,
            &format!("/api/v1/referrals/{id}/accept"),
            json!({}),
        )
        .await;
    }
    id
}

fn outreach_body() -> Value {
    json!({"held_on": today().to_string(), "region": "GE-IM", "kind": "community",
        "people_reached": 25, "programme_id": DEFAULT_PROGRAMME})
}

fn session_body(person: Option<&str>) -> Value {
    json!({"held_on": today().to_string(), "stream": "reintegration",
        "topic": "reintegration_assistance", "person_id": person})
}

/// A job placement of `person` with the employer `employer`.
fn placement_body(person: &str, employer: Uuid) -> Value {
    json!({"person_id": person, "location": "domestic", "employer_organisation_id": employer,
        "term": "temporary", "starts_on": today().to_string()})
}

/// A beneficiary's enrolment of `person`.
fn enrolment_body(person: &str) -> Value {
    json!({"person_id": person, "programme": "training", "started_on": today().to_string()})
}

/// Movement assistance given by `organisation`.
fn movement_body(organisation: Uuid) -> Value {
    json!({"departed_on": today().to_string(), "destination_country": "AM",
        "kind": "voluntary_return", "help": ["ticket"], "organisation_id": organisation})
}

/// A work permit valid from today for a year.
fn permit_body() -> Value {
    json!({"type": "work", "number": "OBJ-1", "issued_on": today().to_string(),
        "valid_until": (today() + chrono::Days::new(365)).to_string(),
        "issuing_authority": "Public Service Development Agency"})
}

/// An integration service delivered to `person` by `provider`.
fn integration_service_body(person: &str, provider: Uuid) -> Value {
    json!({"person_id": person, "type": "civic_orientation", "provider_organisation_id": provider,
        "starts_on": today().to_string(), "hours": 4, "outcome": "ongoing"})
}

/// A vacancy at home with the employer `employer`.
fn vacancy_body(employer: Uuid) -> Value {
    json!({"title": "Objects vacancy", "kind": "domestic", "employer_organisation_id": employer,
        "occupation": "5322", "places": 2, "deadline": today().to_string(), "status": "open"})
}

/// A jobseeker profile of `person`.
fn jobseeker_body(person: &str) -> Value {
    json!({"person_id": person, "education": {"isced_level": 3}, "occupations": ["5322"],
        "experience_months": 12})
}

/// An orientation session of the seasonal scheme, held today.
fn orientation_body() -> Value {
    json!({"scheme_id": SEASONAL_SCHEME, "held_on": today().to_string(),
        "venue": "Objects hall", "topics": "Contract and return"})
}

/// A fresh person's jobseeker profile, registered by the admin; its id.
async fn fresh_jobseeker(app: &TestApp) -> String {
    let person = fresh_person(app).await;
    id_of(
        &created(
            app,
            &app.admin_token,
            "/api/v1/jobseekers",
            jobseeker_body(&person),
        )
        .await,
    )
}

/// A fresh jobseeker's application to the seasonal scheme for the abroad
/// vacancy, moved by the admin as far as `status` (`applied`, `shortlisted`,
/// `oriented` or `departed`).
async fn fresh_application(app: &TestApp, world: &World, status: &str) -> String {
    let jobseeker = fresh_jobseeker(app).await;
    let body = json!({"jobseeker_id": jobseeker, "scheme_id": SEASONAL_SCHEME,
        "vacancy_id": world.abroad_vacancy});
    let id = id_of(&created(app, &app.admin_token, "/api/v1/applications", body).await);
    let path = |action: &str| format!("/api/v1/applications/{id}/{action}");
    let steps = ["shortlisted", "oriented", "departed"];
    let upto = steps.iter().position(|s| *s == status).map_or(0, |i| i + 1);
    for step in &steps[..upto] {
        match *step {
            "shortlisted" => done(app, &app.admin_token, &path("shortlist"), json!({})).await,
            "oriented" => {
                let attendance =
                    format!("/api/v1/orientation-sessions/{}/attendance", world.session);
                done(
                    app,
                    &app.admin_token,
                    &attendance,
                    json!({"application_id": id}),
                )
                .await
            }
            _ => {
                let body = json!({"date": today().to_string()});
                done(app, &app.admin_token, &path("depart"), body).await
            }
        };
    }
    id
}

/// A foreigner registered by the admin; their id.
async fn fresh_foreigner(app: &TestApp) -> String {
    let mut body = person_body("Spare", "Foreigner");
    body["citizenship"] = json!("AM");
    body["residence_status"] = json!("temporary_resident");
    id_of(&app.create_person(&body).await)
}

fn contact_body(person: &str) -> Value {
    json!({"person_id": person, "programme_id": DEFAULT_PROGRAMME,
        "contacted_on": today().to_string(), "channel": "phone", "outcome": "informed"})
}

/// The query of a report over this year.
fn report_period() -> String {
    format!("from={}-01-01&to={}", today().format("%Y"), today())
}

fn stay_body() -> Value {
    json!({"country": "DE", "start_date": "2019-03-01", "end_date": "2024-05-20",
        "legal_status": "irregular", "return_type": "assisted_voluntary_return"})
}

/// A fresh person with a stay abroad: (person, stay).
async fn fresh_stay(app: &TestApp) -> (String, String) {
    let person = fresh_person(app).await;
    let stay = id_of(
        &created(
            app,
            &app.admin_token,
            &format!("/api/v1/persons/{person}/stays-abroad"),
            stay_body(),
        )
        .await,
    );
    (person, stay)
}

/// A fresh household with one member: (household, person).
async fn fresh_membership(app: &TestApp) -> (String, String) {
    let household = id_of(
        &created(
            app,
            &app.admin_token,
            "/api/v1/households",
            json!({"name": "Spare household"}),
        )
        .await,
    );
    let person = fresh_person(app).await;
    done(
        app,
        &app.admin_token,
        &format!("/api/v1/households/{household}/members"),
        json!({"person_id": person}),
    )
    .await;
    (household, person)
}

/// Makes organisation `org`'s people and records; `other` is where its referrals go.
async fn side(
    app: &TestApp,
    label: &str,
    org: Uuid,
    other: Uuid,
    secrets: &mut Vec<Secret>,
    me: Org,
) -> Side {
    let user = |role: &str| format!("objects.{role}.{label}");
    let worker = app
        .user_token_in(&user("worker"), Role::CaseWorker, org)
        .await;
    let counsellor = app
        .user_token_in(&user("counsellor"), Role::EmploymentCounsellor, org)
        .await;
    let partner = app
        .user_token_in(&user("partner"), Role::Partner, org)
        .await;
    let helper = app
        .user_token_in(&user("helper"), Role::CaseWorker, org)
        .await;
    let worker_id = id_of(
        &app.call(
            &worker,
            Method::GET,
            "/api/v1/auth/me",
            None,
            StatusCode::OK,
        )
        .await,
    );

    let tag = Uuid::now_v7().simple().to_string();
    let family = format!("Objfamily{label}{}", &tag[20..]);
    let external = (
        "objects-test".to_owned(),
        format!("OBJ-{label}-{}", &tag[20..]),
    );
    let mut person_body = person_body("Objgiven", &family);
    person_body["external_ids"] = json!([{"system": external.0, "value": external.1}]);
    let person = id_of(&created(app, &worker, "/api/v1/persons", person_body.clone()).await);
    let stay = id_of(
        &created(
            app,
            &worker,
            &format!("/api/v1/persons/{person}/stays-abroad"),
            stay_body(),
        )
        .await,
    );
    let household = id_of(
        &created(
            app,
            &worker,
            "/api/v1/households",
            json!({"name": format!("Household {label}")}),
        )
        .await,
    );
    let programme = Uuid::parse_str(DEFAULT_PROGRAMME).unwrap();
    let person_uuid = Uuid::parse_str(&person).unwrap();
    let case = fx::case(app, person_uuid, programme, "assisting", org).await;
    let case_path = format!("/api/v1/cases/{case}");
    let assessment = id_of(
        &app.call(
            &helper,
            Method::POST,
            &format!("{case_path}/assessments"),
            None,
            StatusCode::CREATED,
        )
        .await,
    );
    let note = format!("Objnote{label}{}", &tag[20..]);
    created(
        app,
        &helper,
        &format!("{case_path}/notes"),
        json!({"text": note}),
    )
    .await;
    let follow_up = id_of(
        &created(
            app,
            &helper,
            &format!("{case_path}/follow-ups"),
            json!({"point": "month_3", "conducted_on": today().to_string(),
                "answers": {"income_source": true}}),
        )
        .await,
    );
    let contact = id_of(&created(app, &worker, "/api/v1/contacts", contact_body(&person)).await);
    let survey_response = id_of(
        &created(
            app,
            &worker,
            &format!("/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}/responses"),
            survey_body(&person),
        )
        .await,
    );
    let import = id_of(
        &app.client
            .post(app.url("/api/v1/imports?kind=persons"))
            .bearer_auth(&worker)
            .header("content-type", "text/csv")
            .body("given_name,family_name\nNino,Beridze\n")
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap(),
    );
    let mut side = Side {
        org,
        worker,
        counsellor,
        partner,
        helper,
        worker_id,
        person: person.clone(),
        person_body,
        external,
        stay,
        household,
        case,
        assessment: assessment.clone(),
        proposed: String::new(),
        approved: String::new(),
        referral: String::new(),
        accepted: String::new(),
        spare_person: fresh_person(app).await,
        outreach_event: String::new(),
        counselling_session: String::new(),
        enterprise: String::new(),
        placement: String::new(),
        enrolment: String::new(),
        job_place: String::new(),
        foreigner: String::new(),
        movement: String::new(),
        permit: String::new(),
        integration_service: String::new(),
        jobseeker: String::new(),
        application: String::new(),
        contact,
        survey_response,
        import,
        webhook: id_of(
            &created(
                app,
                &app.admin_token,
                "/api/v1/webhooks",
                json!({"url": format!("https://hooks.example.ge/{label}")}),
            )
            .await["webhook"],
        ),
    };
    side.enterprise = id_of(
        &created(
            app,
            &app.admin_token,
            "/api/v1/organisations",
            json!({"name": format!("Objects enterprise {label} {}", &tag[20..]),
                "kind": "social_enterprise", "country": "GE"}),
        )
        .await,
    );
    side.placement = id_of(
        &created(
            app,
            &side.worker,
            "/api/v1/job-placements",
            placement_body(&side.person, org),
        )
        .await,
    );
    side.enrolment = id_of(
        &created(
            app,
            &side.worker,
            &format!(
                "/api/v1/social-enterprises/{}/beneficiaries",
                side.enterprise
            ),
            enrolment_body(&side.person),
        )
        .await,
    );
    side.job_place = id_of(
        &created(
            app,
            &side.counsellor,
            &format!("/api/v1/social-enterprises/{}/job-places", side.enterprise),
            json!({"term": "permanent", "created_on": today().to_string()}),
        )
        .await,
    );
    side.foreigner = fresh_foreigner(app).await;
    side.movement = id_of(
        &created(
            app,
            &side.worker,
            &format!("/api/v1/persons/{}/movements", side.foreigner),
            movement_body(org),
        )
        .await,
    );
    side.permit = id_of(
        &created(
            app,
            &side.worker,
            &format!("/api/v1/persons/{}/residence-permits", side.foreigner),
            permit_body(),
        )
        .await,
    );
    side.integration_service = id_of(
        &created(
            app,
            &side.counsellor,
            "/api/v1/integration-services",
            integration_service_body(&side.person, org),
        )
        .await,
    );
    side.jobseeker = id_of(
        &created(
            app,
            &side.counsellor,
            "/api/v1/jobseekers",
            jobseeker_body(&side.person),
        )
        .await,
    );
    side.application = id_of(
        &created(
            app,
            &side.counsellor,
            "/api/v1/applications",
            json!({"jobseeker_id": side.jobseeker, "scheme_id": SEASONAL_SCHEME}),
        )
        .await,
    );
    side.outreach_event = id_of(
        &created(
            app,
            &side.counsellor,
            "/api/v1/outreach-events",
            outreach_body(),
        )
        .await,
    );
    side.counselling_session = id_of(
        &created(
            app,
            &side.worker,
            "/api/v1/counselling-sessions",
            session_body(Some(&side.person)),
        )
        .await,
    );
    side.proposed = fresh_proposal(app, &side).await;
    side.approved = fresh_approved(app, &side).await;
    let referral_note = format!("Objreferral{label}{}", &tag[20..]);
    let body = json!({"person_id": person, "case_id": case, "organisation_id": other,
        "service": "psychosocial", "note": referral_note});
    side.referral = id_of(&created(app, &side.helper, "/api/v1/referrals", body).await);
    side.accepted = fresh_referral(app, &side, other, true).await;

    // A closed referral of another person: its name is no longer the partner's.
    let closed_family = format!("Objclosed{label}{}", &tag[20..]);
    let closed_person = id_of(
        &app.create_person(&integra_tests::person_body("Objgiven", &closed_family))
            .await,
    );
    let body = json!({"person_id": closed_person, "organisation_id": other, "service": "housing"});
    let completed = id_of(&created(app, &side.helper, "/api/v1/referrals", body).await);
    let admin = app.admin_token.clone();
    done(
        app,
        &admin,
        &format!("/api/v1/referrals/{completed}/accept"),
        json!({}),
    )
    .await;
    done(
        app,
        &admin,
        &format!("/api/v1/referrals/{completed}/complete"),
        json!({"outcome": "Housed"}),
    )
    .await;

    let holder = SeenBy::CaseWorkersOf(me);
    let parties = SeenBy::ReferralParties {
        sender: me,
        addressee: me.other(),
    };
    let mut secret = |text: String, what: &str, seen_by: SeenBy| {
        secrets.push(Secret {
            text,
            what: format!("{what} of {me:?}"),
            seen_by,
        });
    };
    secret(case.to_string(), "the case id", holder);
    secret(assessment, "an assessment id", holder);
    secret(side.proposed.clone(), "an assistance id", holder);
    secret(side.approved.clone(), "an assistance id", holder);
    secret(follow_up, "a follow-up id", holder);
    let staff = SeenBy::StaffOf(me);
    secret(side.placement.clone(), "a placement id", staff);
    secret(side.enrolment.clone(), "an enrolment id", staff);
    secret(side.job_place.clone(), "a job place id", staff);
    secret(note, "a case note", holder);
    secret(side.referral.clone(), "a referral id", parties);
    secret(side.accepted.clone(), "a referral id", parties);
    secret(completed, "a referral id", parties);
    secret(referral_note, "a referral note", parties);
    secret(
        family,
        "the name of a person with an open referral",
        SeenBy::PersonReaders {
            partner: Some(me.other()),
        },
    );
    secret(
        closed_family,
        "the name of a person whose referral is closed",
        SeenBy::PersonReaders { partner: None },
    );
    secret(
        side.contact.clone(),
        "a contact id",
        SeenBy::ServiceStaffOf(me),
    );
    secret(
        side.survey_response.clone(),
        "a survey response id",
        SeenBy::CaseWorkersOf(me),
    );
    secret(person, "a person id", SeenBy::PersonWriters);
    let staff = SeenBy::ServiceStaffOf(me);
    secret(side.outreach_event.clone(), "an outreach event id", staff);
    secret(
        side.integration_service.clone(),
        "an integration service id",
        staff,
    );
    secret(
        side.counselling_session.clone(),
        "a counselling session id",
        staff,
    );
    side
}

/// The request of `op` on the record of `target` (A's when none). With `fresh`, a
/// call that changes its record gets a new one (a success must not spoil the
/// next); without, the organisation's standing records serve as bait.
async fn prepare(
    app: &TestApp,
    world: &World,
    op: &str,
    target: Option<Org>,
    fresh: bool,
) -> Option<Req> {
    let org = target.unwrap_or(Org::A);
    let s = world.side(org);
    let other = world.side(org.other());
    let person = |id: &str| format!("/api/v1/persons/{id}");
    let case = |id: Uuid| format!("/api/v1/cases/{id}");
    let assistance = |id: &str, action: &str| format!("/api/v1/assistance/{id}/{action}");
    let referral = |id: &str, action: &str| format!("/api/v1/referrals/{id}/{action}");
    let enterprise = |id: &str| format!("/api/v1/social-enterprises/{id}");
    Some(match op {
        "create_token" => post(
            "/api/v1/auth/token".to_owned(),
            json!({"grant_type": "client_credentials", "client_id": "objects-nobody",
                "client_secret": "not the secret"}),
        ),
        "get_current_user" => get("/api/v1/auth/me".to_owned()),
        // Persons, stays, households.
        "list_persons" => get("/api/v1/persons?limit=10".to_owned()),
        "get_person" => get(person(&s.person)),
        "get_person_by_external_id" => get(format!(
            "/api/v1/persons/by-external-id/{}/{}",
            s.external.0, s.external.1
        )),
        "list_stays" => get(format!("{}/stays-abroad", person(&s.person))),
        "get_stay" => get(format!("{}/stays-abroad/{}", person(&s.person), s.stay)),
        "get_household" => get(format!("/api/v1/households/{}", s.household)),
        "create_person" => post(
            "/api/v1/persons".to_owned(),
            person_body("Objnew", "Person"),
        ),
        "patch_person" => merge(person(&s.person), json!({"region": "GE-TB"})),
        "upsert_person_by_external_id" => Req {
            method: Method::PUT,
            path: format!(
                "/api/v1/persons/by-external-id/{}/{}",
                s.external.0, s.external.1
            ),
            body: Some(("application/json".to_owned(), s.person_body.clone())),
        },
        "create_stay" => {
            let owner = if fresh {
                fresh_person(app).await
            } else {
                s.person.clone()
            };
            post(format!("{}/stays-abroad", person(&owner)), stay_body())
        }
        "patch_stay" => merge(
            format!("{}/stays-abroad/{}", person(&s.person), s.stay),
            json!({"return_type": "spontaneous"}),
        ),
        "delete_stay" => {
            let (owner, stay) = if fresh {
                fresh_stay(app).await
            } else {
                (s.person.clone(), s.stay.clone())
            };
            delete(format!("{}/stays-abroad/{stay}", person(&owner)))
        }
        // Movement assistance.
        "list_movements" => get(format!("{}/movements", person(&s.foreigner))),
        "get_movement" => get(format!("{}/movements/{}", person(&s.foreigner), s.movement)),
        "create_movement" => post(
            format!("{}/movements", person(&s.foreigner)),
            movement_body(s.org),
        ),
        "patch_movement" => merge(
            format!("{}/movements/{}", person(&s.foreigner), s.movement),
            json!({"help": ["ticket", "escort"]}),
        ),
        // Residence permits.
        "list_residence_permits" => get(format!("{}/residence-permits", person(&s.foreigner))),
        "get_residence_permit" => get(format!(
            "{}/residence-permits/{}",
            person(&s.foreigner),
            s.permit
        )),
        "list_expiring_residence_permits" => {
            get("/api/v1/residence-permits/expiring?within_days=366".to_owned())
        }
        "create_residence_permit" => {
            // One permit of a type at a time: a success needs a person without one.
            let owner = if fresh {
                fresh_foreigner(app).await
            } else {
                s.foreigner.clone()
            };
            post(
                format!("{}/residence-permits", person(&owner)),
                permit_body(),
            )
        }
        "patch_residence_permit" => merge(
            format!("{}/residence-permits/{}", person(&s.foreigner), s.permit),
            json!({"note": "Renewal requested"}),
        ),
        "create_household" => post(
            "/api/v1/households".to_owned(),
            json!({"name": "New household"}),
        ),
        "add_household_member" => {
            let member = if fresh {
                fresh_person(app).await
            } else {
                s.spare_person.clone()
            };
            post(
                format!("/api/v1/households/{}/members", s.household),
                json!({"person_id": member}),
            )
        }
        "remove_household_member" => {
            let (household, member) = if fresh {
                fresh_membership(app).await
            } else {
                (s.household.clone(), s.person.clone())
            };
            delete(format!("/api/v1/households/{household}/members/{member}"))
        }
        // Organisations, programmes, rule sets, eligibility.
        "list_organisations" => get("/api/v1/organisations".to_owned()),
        "get_organisation" => get(format!("/api/v1/organisations/{}", s.org)),
        "list_social_enterprises" => get("/api/v1/social-enterprises".to_owned()),
        "get_social_enterprise_partners" => get(format!("{}/partners", enterprise(&s.enterprise))),
        "set_social_enterprise_partners" => Req {
            method: Method::PUT,
            path: format!("{}/partners", enterprise(&s.enterprise)),
            body: Some((
                "application/json".to_owned(),
                json!({"partner_ids": [other.org]}),
            )),
        },
        "list_programmes" => get("/api/v1/programmes".to_owned()),
        "get_programme" => get(format!("/api/v1/programmes/{DEFAULT_PROGRAMME}")),
        "list_rule_sets" => get("/api/v1/rule-sets".to_owned()),
        "get_rule_set" => get(format!("/api/v1/rule-sets/{DEFAULT_RULE_SET}")),
        "get_rule_set_version" => get(format!("/api/v1/rule-sets/{DEFAULT_RULE_SET}/versions/1")),
        "check_eligibility" => post(
            "/api/v1/eligibility/check".to_owned(),
            json!({"programme_id": DEFAULT_PROGRAMME, "person_id": s.person,
                "on": today().to_string()}),
        ),
        // Cases and what hangs off them.
        "list_cases" => get("/api/v1/cases?limit=500".to_owned()),
        "create_case" => {
            let holder = if fresh {
                fresh_person(app).await
            } else {
                s.spare_person.clone()
            };
            post(
                "/api/v1/cases".to_owned(),
                json!({"person_id": holder, "programme_id": DEFAULT_PROGRAMME}),
            )
        }
        "get_case" => get(case(s.case)),
        "transition_case" => {
            let id = if fresh {
                fresh_case(app, s, "registered").await
            } else {
                s.case
            };
            post(
                format!("{}/transitions", case(id)),
                json!({"to": "screening", "reason": "Documents received"}),
            )
        }
        "list_case_transitions" => get(format!("{}/transitions", case(s.case))),
        "assign_case" => post(
            format!("{}/assign", case(s.case)),
            json!({"user_id": s.worker_id}),
        ),
        "add_case_note" => post(
            format!("{}/notes", case(s.case)),
            json!({"text": "Called back"}),
        ),
        "list_case_notes" => get(format!("{}/notes", case(s.case))),
        "assess_case" => Req {
            method: Method::POST,
            path: format!("{}/assessments", case(s.case)),
            body: None,
        },
        "list_case_assessments" => get(format!("{}/assessments", case(s.case))),
        "get_case_assessment" => get(format!("{}/assessments/{}", case(s.case), s.assessment)),
        "propose_assistance" => post(
            format!("{}/assistance", case(s.case)),
            json!({"type": "micro_business", "amount": gel("10.00"), "in_kind": true}),
        ),
        "list_case_assistance" => get(format!("{}/assistance", case(s.case))),
        "get_assistance" => get(format!("/api/v1/assistance/{}", s.approved)),
        "approve_assistance" | "reject_assistance" | "cancel_assistance" => {
            let id = if fresh {
                fresh_proposal(app, s).await
            } else {
                s.proposed.clone()
            };
            let action = op.trim_end_matches("_assistance");
            post(assistance(&id, action), json!({"reason": "Decided"}))
        }
        "deliver_assistance" => {
            let id = if fresh {
                fresh_approved(app, s).await
            } else {
                s.approved.clone()
            };
            post(
                assistance(&id, "deliver"),
                json!({"delivered_on": today().to_string()}),
            )
        }
        "list_indicators" => get("/api/v1/follow-ups/indicators".to_owned()),
        "record_case_follow_up" => {
            let id = if fresh {
                fresh_case(app, s, "assisting").await
            } else {
                s.case
            };
            post(
                format!("{}/follow-ups", case(id)),
                json!({"point": "month_6", "conducted_on": today().to_string(),
                    "answers": {"income_source": true, "housing": 4}}),
            )
        }
        "list_case_follow_ups" => get(format!("{}/follow-ups", case(s.case))),
        "list_case_referrals" => get(format!("{}/referrals", case(s.case))),
        // Referrals.
        "create_referral" => post(
            "/api/v1/referrals".to_owned(),
            json!({"person_id": s.person, "case_id": s.case, "organisation_id": other.org,
                "service": "legal_aid"}),
        ),
        "list_referrals" => get("/api/v1/referrals?limit=500".to_owned()),
        "get_referral" => get(format!("/api/v1/referrals/{}", s.referral)),
        "cancel_referral" | "accept_referral" | "decline_referral" => {
            let id = if fresh {
                fresh_referral(app, s, other.org, false).await
            } else {
                s.referral.clone()
            };
            let action = op.trim_end_matches("_referral");
            let body = if action == "accept" {
                json!({})
            } else {
                json!({"reason": "No places left"})
            };
            post(referral(&id, action), body)
        }
        "complete_referral" => {
            let id = if fresh {
                fresh_referral(app, s, other.org, true).await
            } else {
                s.accepted.clone()
            };
            post(referral(&id, "complete"), json!({"outcome": "Attended"}))
        }
        // Service records.
        "create_outreach_event" => post("/api/v1/outreach-events".to_owned(), outreach_body()),
        "list_outreach_events" => get("/api/v1/outreach-events?limit=500".to_owned()),
        "get_outreach_event" => get(format!("/api/v1/outreach-events/{}", s.outreach_event)),
        "patch_outreach_event" => merge(
            format!("/api/v1/outreach-events/{}", s.outreach_event),
            json!({"people_reached": 30}),
        ),
        "create_counselling_session" => post(
            "/api/v1/counselling-sessions".to_owned(),
            session_body(Some(&s.spare_person)),
        ),
        "list_counselling_sessions" => get("/api/v1/counselling-sessions?limit=500".to_owned()),
        "get_counselling_session" => get(format!(
            "/api/v1/counselling-sessions/{}",
            s.counselling_session
        )),
        "patch_counselling_session" => merge(
            format!("/api/v1/counselling-sessions/{}", s.counselling_session),
            json!({"topic": "employment"}),
        ),
        "create_placement" => post(
            "/api/v1/job-placements".to_owned(),
            placement_body(&s.person, s.org),
        ),
        "create_integration_service" => post(
            "/api/v1/integration-services".to_owned(),
            integration_service_body(&s.person, s.org),
        ),
        "list_integration_services" => get("/api/v1/integration-services?limit=500".to_owned()),
        "get_integration_service" => get(format!(
            "/api/v1/integration-services/{}",
            s.integration_service
        )),
        "patch_integration_service" => merge(
            format!("/api/v1/integration-services/{}", s.integration_service),
            json!({"hours": 6}),
        ),
        "register_jobseeker" => {
            // One profile per person: a success needs a person without one.
            let someone = if fresh {
                fresh_person(app).await
            } else {
                s.person.clone()
            };
            post("/api/v1/jobseekers".to_owned(), jobseeker_body(&someone))
        }
        "list_jobseekers" => get("/api/v1/jobseekers?limit=500".to_owned()),
        "list_jobseeker_matches" => get(format!("/api/v1/jobseekers/{}/matches", s.jobseeker)),
        "create_vacancy" => post("/api/v1/vacancies".to_owned(), vacancy_body(s.org)),
        "list_vacancies" => get("/api/v1/vacancies".to_owned()),
        "get_vacancy" => get(format!("/api/v1/vacancies/{}", world.vacancy)),
        "patch_vacancy" => merge(
            format!("/api/v1/vacancies/{}", world.vacancy),
            json!({"places": 5}),
        ),
        "list_vacancy_candidates" => get(format!("/api/v1/vacancies/{}/candidates", world.vacancy)),
        "create_application" => {
            let jobseeker = if fresh {
                fresh_jobseeker(app).await
            } else {
                s.jobseeker.clone()
            };
            post(
                "/api/v1/applications".to_owned(),
                json!({"jobseeker_id": jobseeker, "scheme_id": SEASONAL_SCHEME}),
            )
        }
        "list_applications" => get("/api/v1/applications?limit=500".to_owned()),
        "list_overstays" => get("/api/v1/applications/overstays".to_owned()),
        "get_application" => get(format!("/api/v1/applications/{}", s.application)),
        "shortlist_application"
        | "depart_application"
        | "return_application"
        | "reject_application"
        | "withdraw_application" => {
            let action = op.trim_end_matches("_application");
            let (from, body) = match action {
                "depart" => ("oriented", json!({"date": today().to_string()})),
                "return" => ("departed", json!({"date": today().to_string()})),
                "shortlist" => ("applied", json!({})),
                _ => ("applied", json!({"reason": "Decided"})),
            };
            let id = if fresh {
                fresh_application(app, world, from).await
            } else {
                s.application.clone()
            };
            post(format!("/api/v1/applications/{id}/{action}"), body)
        }
        "create_orientation_session" => post(
            "/api/v1/orientation-sessions".to_owned(),
            orientation_body(),
        ),
        "list_orientation_sessions" => get("/api/v1/orientation-sessions".to_owned()),
        "get_orientation_session" => get(format!("/api/v1/orientation-sessions/{}", world.session)),
        "record_orientation_attendance" => {
            let id = if fresh {
                fresh_application(app, world, "shortlisted").await
            } else {
                s.application.clone()
            };
            post(
                format!("/api/v1/orientation-sessions/{}/attendance", world.session),
                json!({"application_id": id}),
            )
        }
        "list_schemes" => get("/api/v1/schemes".to_owned()),
        "get_scheme" => get(format!("/api/v1/schemes/{SEEDED_SCHEME}")),
        "create_scheme" => post(
            "/api/v1/schemes".to_owned(),
            json!({"name": {"ka": "სქემა", "en": "Scheme"}, "destination_country": "GR",
                "sector": "other", "seasonal": false, "max_stay_days": 90, "quota_per_year": 10,
                "status": "open", "rule_set_id": DEFAULT_RULE_SET}),
        ),
        "patch_scheme" => merge(
            format!("/api/v1/schemes/{SEEDED_SCHEME}"),
            json!({"quota_per_year": 1001}),
        ),
        "get_jobseeker" => get(format!("/api/v1/jobseekers/{}", s.jobseeker)),
        "patch_jobseeker" => merge(
            format!("/api/v1/jobseekers/{}", s.jobseeker),
            json!({"experience_months": 13}),
        ),
        "list_placements" => get("/api/v1/job-placements?limit=500".to_owned()),
        "get_placement" => get(format!("/api/v1/job-placements/{}", s.placement)),
        "patch_placement" => merge(
            format!("/api/v1/job-placements/{}", s.placement),
            json!({"term": "permanent"}),
        ),
        "enrol_social_enterprise_beneficiary" => post(
            format!("{}/beneficiaries", enterprise(&s.enterprise)),
            enrolment_body(&s.person),
        ),
        "list_social_enterprise_beneficiaries" => get(format!(
            "{}/beneficiaries?limit=500",
            enterprise(&s.enterprise)
        )),
        "get_social_enterprise_beneficiary" => get(format!(
            "{}/beneficiaries/{}",
            enterprise(&s.enterprise),
            s.enrolment
        )),
        "patch_social_enterprise_beneficiary" => merge(
            format!(
                "{}/beneficiaries/{}",
                enterprise(&s.enterprise),
                s.enrolment
            ),
            json!({"programme": "other"}),
        ),
        "create_job_place" => post(
            format!("{}/job-places", enterprise(&s.enterprise)),
            json!({"term": "temporary", "created_on": today().to_string(), "places": 2}),
        ),
        "list_job_places" => get(format!(
            "{}/job-places?limit=500",
            enterprise(&s.enterprise)
        )),
        "get_job_place" => get(format!(
            "{}/job-places/{}",
            enterprise(&s.enterprise),
            s.job_place
        )),
        "patch_job_place" => merge(
            format!("{}/job-places/{}", enterprise(&s.enterprise), s.job_place),
            json!({"places": 3}),
        ),
        "create_contact" => post("/api/v1/contacts".to_owned(), contact_body(&s.person)),
        "list_contacts" => get("/api/v1/contacts?limit=500".to_owned()),
        "get_contact" => get(format!("/api/v1/contacts/{}", s.contact)),
        "patch_contact" => merge(
            format!("/api/v1/contacts/{}", s.contact),
            json!({"outcome": "interested"}),
        ),
        // Reports.
        "reintegration_report" => get(format!("/api/v1/reports/reintegration?{}", report_period())),
        "list_reintegration_records" => get(format!(
            "/api/v1/reports/reintegration/records?figure=funnel.reached&{}",
            report_period()
        )),
        "overview_report" => get(format!("/api/v1/reports/overview?{}", report_period())),
        "integration_report" => get(format!("/api/v1/reports/integration?{}", report_period())),
        "labour_report" => get(format!("/api/v1/reports/labour?{}", report_period())),
        "capacity_report" => get(format!("/api/v1/reports/capacity?{}", report_period())),
        "list_overview_records" => get(format!(
            "/api/v1/reports/overview/records?figure=persons_employed&{}",
            report_period()
        )),
        "list_events" => get("/api/v1/events?limit=10000".to_owned()),
        "create_import" => Req {
            method: Method::POST,
            path: "/api/v1/imports?kind=persons".to_owned(),
            body: Some((
                "text/csv".to_owned(),
                json!("given_name,family_name\nNino,Beridze\n"),
            )),
        },
        "get_import" => get(format!("/api/v1/imports/{}", s.import)),
        "create_webhook" => post(
            "/api/v1/webhooks".to_owned(),
            json!({"url": "https://hooks.example.ge/objects"}),
        ),
        "list_webhooks" => get("/api/v1/webhooks?limit=500".to_owned()),
        "get_webhook" => get(format!("/api/v1/webhooks/{}", s.webhook)),
        "patch_webhook" => merge(
            format!("/api/v1/webhooks/{}", s.webhook),
            json!({"description": "Objects"}),
        ),
        "enable_webhook" => post(format!("/api/v1/webhooks/{}/enable", s.webhook), json!({})),
        "list_webhook_deliveries" => get(format!("/api/v1/webhooks/{}/deliveries", s.webhook)),
        "delete_webhook" => Req {
            method: Method::DELETE,
            path: format!("/api/v1/webhooks/{}", s.webhook),
            body: None,
        },
        // Field surveys.
        "list_questionnaires" => get("/api/v1/questionnaires".to_owned()),
        "get_questionnaire" => get(format!("/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}")),
        "record_survey_response" => post(
            format!("/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}/responses"),
            survey_body(&s.person),
        ),
        "list_survey_responses" => get(format!(
            "/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}/responses?limit=500"
        )),
        "get_survey_response" => get(format!(
            "/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}/responses/{}",
            s.survey_response
        )),
        "patch_survey_response" => merge(
            format!(
                "/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}/responses/{}",
                s.survey_response
            ),
            json!({"answers": {"feel_welcome": 5}}),
        ),
        "get_survey_aggregates" => get(format!(
            "/api/v1/questionnaires/{SEEDED_QUESTIONNAIRE}/aggregates?{}",
            report_period()
        )),
        // What no caller here may do (or everyone may, without a token): the
        // documented example, on the organisation's records where the path names one.
        _ => return generic(world, op, s),
    })
}

/// The documented request of `op`, its path naming `side`'s records.
fn generic(world: &World, op: &str, side: &Side) -> Option<Req> {
    let (method, template, operation) = world.operations.get(op)?;
    let id = |prefix: &str| template.starts_with(prefix);
    let path = template
        .split('/')
        .map(|part| match part {
            "{id}" if id("/api/v1/persons/") => side.person.clone(),
            "{id}" if id("/api/v1/users/") => side.worker_id.clone(),
            "{id}" if id("/api/v1/organisations/") => side.org.to_string(),
            "{id}" if id("/api/v1/programmes/") => DEFAULT_PROGRAMME.to_owned(),
            "{id}" if id("/api/v1/rule-sets/") => DEFAULT_RULE_SET.to_owned(),
            "{id}" if id("/api/v1/service-accounts/") => world.service_account.clone(),
            "{number}" => "1".to_owned(),
            p if p.starts_with('{') => Uuid::now_v7().to_string(),
            p => p.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/");
    Some(Req {
        method: method.clone(),
        path,
        body: example_body(&world.doc, operation),
    })
}

/// One call to make and judge.
struct Call {
    op: &'static str,
    caller: Option<Caller>,
    target: Option<Org>,
    expect: Expect,
    /// Values this answer must not show, beyond the world's secrets.
    extra: Vec<Secret>,
    /// Sent with a body the operation refuses (an unknown field): a caller without
    /// the permission gets 403 all the same, before the body is read.
    bad_body: bool,
}

impl Call {
    fn key(&self) -> String {
        if self.bad_body {
            return format!("{} with an unknown body field", self.op);
        }
        let caller = self.caller.map_or("nobody".to_owned(), Caller::name);
        let target = self.target.map_or("-".to_owned(), |t| format!("{t:?}"));
        format!("{} by {caller} on {target}", self.op)
    }
}

/// The ids a list must show the caller: its own organisation's.
fn must_see(world: &World, op: &str, caller: Caller) -> Vec<String> {
    match (op, caller) {
        ("list_cases", Worker(own)) => vec![world.side(own).case.to_string()],
        ("list_referrals", Worker(own)) => vec![world.side(own).referral.clone()],
        ("list_referrals", Partner(own)) => vec![world.side(own.other()).referral.clone()],
        ("list_outreach_events", Worker(own) | Counsellor(own)) => {
            vec![world.side(own).outreach_event.clone()]
        }
        ("list_counselling_sessions", Worker(own) | Counsellor(own)) => {
            vec![world.side(own).counselling_session.clone()]
        }
        ("list_placements", Worker(own) | Counsellor(own)) => {
            vec![world.side(own).placement.clone()]
        }
        // The lists of A's social enterprise.
        ("list_social_enterprise_beneficiaries", Worker(Org::A) | Counsellor(Org::A)) => {
            vec![world.a.enrolment.clone()]
        }
        ("list_job_places", Worker(Org::A) | Counsellor(Org::A)) => vec![world.a.job_place.clone()],
        ("list_social_enterprises", Worker(_) | Counsellor(_)) => {
            vec![world.a.enterprise.clone(), world.b.enterprise.clone()]
        }
        ("list_contacts", Worker(own) | Counsellor(own)) => vec![world.side(own).contact.clone()],
        ("list_survey_responses", Worker(own)) => vec![world.side(own).survey_response.clone()],
        ("list_jobseekers", Worker(_) | Counsellor(_)) => {
            vec![world.a.jobseeker.clone(), world.b.jobseeker.clone()]
        }
        ("list_applications", Worker(_) | Counsellor(_)) => {
            vec![world.a.application.clone(), world.b.application.clone()]
        }
        ("list_integration_services", Worker(own) | Counsellor(own)) => {
            vec![world.side(own).integration_service.clone()]
        }
        ("list_expiring_residence_permits", c) if c.reads_persons() => {
            vec![world.a.permit.clone(), world.b.permit.clone()]
        }
        _ => Vec::new(),
    }
}

/// Finds a key of personal data anywhere in `value`.
fn personal_key(value: &Value) -> Option<String> {
    match value {
        Value::Object(fields) => fields.iter().find_map(|(key, inner)| {
            if PERSONAL_KEYS.contains(&key.as_str()) {
                Some(key.clone())
            } else {
                personal_key(inner)
            }
        }),
        Value::Array(items) => items.iter().find_map(personal_key),
        _ => None,
    }
}

/// What is wrong with the answer `(status, body)` to `call`: one (key, message) each.
fn judge(world: &World, call: &Call, status: u16, body: &Value) -> Vec<(String, String)> {
    let key = call.key();
    let mut wrong = Vec::new();
    if !call.expect.holds(status, body) {
        let shown: String = body.to_string().chars().take(300).collect();
        let who = call.caller.map_or("nobody".to_owned(), Caller::name);
        wrong.push((
            key.clone(),
            format!(
                "{who}: expected {}, got {status}: {shown}",
                call.expect.describe()
            ),
        ));
    }
    let Some(caller) = call.caller else {
        return wrong;
    };
    // The problem's `instance` repeats the path the caller sent.
    let mut body = body.clone();
    if let Some(fields) = body.as_object_mut() {
        fields.remove("instance");
    }
    let text = body.to_string();
    // The change feed names every record changed, by id only, to whom it was
    // granted (`events:read`): ids are what it is for; any other value is not.
    let ids_allowed = call.op == "list_events";
    for secret in world.secrets.iter().chain(&call.extra) {
        if ids_allowed && secret.what.contains(" id of ") {
            continue;
        }
        if !secret.seen_by.admits(caller) && text.contains(&secret.text) {
            wrong.push((
                format!("{key} shows {}", secret.what),
                format!("({status}) {}", secret.text),
            ));
        }
    }
    if caller.writes_persons() && !caller.reads_persons() {
        if let Some(field) = personal_key(&body) {
            wrong.push((
                format!("{key} shows personal data to a writer who may not read"),
                format!("({status}) field {field}"),
            ));
        }
    }
    if status < 300 {
        for id in must_see(world, call.op, caller) {
            if !text.contains(&id) {
                wrong.push((
                    format!("{key} misses its own record"),
                    format!("{id} is not listed"),
                ));
            }
        }
    }
    wrong
}

/// Sets up both organisations, the service accounts and the operations of the document.
async fn world(app: &TestApp) -> World {
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let mut operations = BTreeMap::new();
    for (path, methods) in doc["paths"].as_object().unwrap() {
        for (method, operation) in methods.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap().to_owned();
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            operations.insert(id, (method, path.clone(), operation.clone()));
        }
    }
    let (org_a, org_b) = (
        fx::organisation(app, "Objects A").await,
        fx::organisation(app, "Objects B").await,
    );
    let mut secrets = Vec::new();
    let a = side(app, "a", org_a, org_b, &mut secrets, Org::A).await;
    let b = side(app, "b", org_b, org_a, &mut secrets, Org::B).await;
    let mut services = BTreeMap::new();
    for scope in SCOPES {
        let client = format!("objects-{}", scope.replace(':', "-"));
        services.insert(scope, service_token(app, &client, &[scope]).await);
    }
    let accounts = app
        .call(
            &app.admin_token,
            Method::GET,
            "/api/v1/service-accounts",
            None,
            StatusCode::OK,
        )
        .await;
    let service_account = id_of(&accounts["items"][0]);
    let vacancy = id_of(
        &app.call(
            &app.admin_token,
            Method::POST,
            "/api/v1/vacancies",
            Some(vacancy_body(org_a)),
            StatusCode::CREATED,
        )
        .await,
    );
    let abroad_vacancy = id_of(
        &app.call(
            &app.admin_token,
            Method::POST,
            "/api/v1/vacancies",
            Some(
                json!({"title": "Objects harvest", "kind": "abroad", "scheme_id": SEASONAL_SCHEME,
                "employer_organisation_id": org_a, "occupation": "9211", "places": 100,
                "deadline": (today() + chrono::Days::new(30)).to_string(), "status": "open"}),
            ),
            StatusCode::CREATED,
        )
        .await,
    );
    let session = id_of(
        &app.call(
            &app.admin_token,
            Method::POST,
            "/api/v1/orientation-sessions",
            Some(orientation_body()),
            StatusCode::CREATED,
        )
        .await,
    );
    World {
        a,
        b,
        services,
        service_account,
        secrets,
        operations,
        doc,
        vacancy,
        abroad_vacancy,
        session,
    }
}

both_backends! {
    async fn every_operation_reaches_only_the_records_the_table_says(app) {
        let world = world(&app).await;
        let mut wrong: Vec<(String, String)> = Vec::new();

        // The table and the document name the same operations.
        let table: BTreeMap<&str, (Who, On, u16)> =
            TABLE.iter().map(|(op, who, on, ok)| (*op, (*who, *on, *ok))).collect();
        assert_eq!(table.len(), TABLE.len(), "an operation is in the table twice");
        for op in world.operations.keys() {
            if !table.contains_key(op.as_str()) {
                wrong.push((format!("{op} is not in the table"), "every operation needs an entry".to_owned()));
            }
        }
        for op in table.keys() {
            if !world.operations.contains_key(*op) {
                wrong.push((format!("{op} is not in the OpenAPI document"), "drop it from the table".to_owned()));
            }
        }

        let mut calls = Vec::new();
        for (op, who, on, ok) in TABLE {
            if *who == Public {
                calls.push(Call { op, caller: None, target: None, expect: Expect::Status(*ok), extra: Vec::new(), bad_body: false });
                continue;
            }
            let targets: &[Option<Org>] = if *on == Nothing { &[None] } else { &[Some(Org::A), Some(Org::B)] };
            for caller in Caller::all() {
                for target in targets {
                    let expect = expected(*who, *on, caller, *target, *ok);
                    calls.push(Call { op, caller: Some(caller), target: *target, expect, extra: Vec::new(), bad_body: false });
                }
            }
        }
        let (mut refused, allowed): (Vec<Call>, Vec<Call>) =
            calls.into_iter().partition(|c| !matches!(c.expect, Expect::Status(_)));
        let with_body: Vec<Call> = refused
            .iter()
            .filter(|c| c.expect == Expect::Forbidden && world.operations[c.op].2.get("requestBody").is_some())
            .map(|c| Call { op: c.op, caller: c.caller, target: c.target, expect: Expect::Forbidden, extra: Vec::new(), bad_body: true })
            .collect();
        refused.extend(with_body);

        // Refusals change nothing: all at once, on the organisations' standing records.
        let limit = Arc::new(tokio::sync::Semaphore::new(8));
        let mut running = tokio::task::JoinSet::new();
        for (index, call) in refused.iter().enumerate() {
            let Some(mut req) = prepare(&app, &world, call.op, call.target, false).await else {
                wrong.push((call.key(), "no request is made for this operation".to_owned()));
                continue;
            };
            if call.bad_body {
                if let Some((_, body)) = &mut req.body {
                    *body = json!({"objects_unknown_field": true});
                }
            }
            let token = call.caller.map(|c| world.token(c).to_owned());
            let (client, address, limit) = (app.client.clone(), app.address.clone(), limit.clone());
            running.spawn(async move {
                let _permit = limit.acquire_owned().await.unwrap();
                (index, send(&client, &address, token.as_deref(), &req).await)
            });
        }
        while let Some(done) = running.join_next().await {
            let (index, (status, body)) = done.unwrap();
            wrong.extend(judge(&world, &refused[index], status, &body));
        }

        // Successes change their record: one after the other, each on a fresh one.
        for call in &allowed {
            let Some(req) = prepare(&app, &world, call.op, call.target, true).await else {
                wrong.push((call.key(), "no request is made for this operation".to_owned()));
                continue;
            };
            let token = call.caller.map(|c| world.token(c));
            let (status, body) = send(&app.client, &app.address, token, &req).await;
            wrong.extend(judge(&world, call, status, &body));
        }

        // Conflicts name what is in the way only to those who may see it.
        for org in [Org::A, Org::B] {
            let side = world.side(org);
            let holder = person_id_secret(side);
            let open_case = post("/api/v1/cases".to_owned(),
                json!({"person_id": side.person, "programme_id": DEFAULT_PROGRAMME}));
            let mut duplicate = person_body("Objdup", "Person");
            duplicate["personal_number"] = side.person_body["personal_number"].clone();
            let duplicate = post("/api/v1/persons".to_owned(), duplicate);
            for caller in [Worker(Org::A), Worker(Org::B), Service("persons:write")] {
                let conflicts = [("create_case", &open_case, Vec::new()), ("create_person", &duplicate, vec![holder.clone()])];
                for (op, req, extra) in conflicts {
                    if op == "create_case" && !matches!(caller, Worker(_)) {
                        continue;
                    }
                    let call = Call { op, caller: Some(caller), target: Some(org), expect: Expect::Status(409), extra, bad_body: false };
                    let (status, body) = send(&app.client, &app.address, Some(world.token(caller)), req).await;
                    wrong.extend(judge(&world, &call, status, &body));
                }
            }
        }

        report(wrong);
    }
}

/// A person's id, as the holder named by a conflict: only for those who may read persons.
fn person_id_secret(side: &Side) -> Secret {
    Secret {
        text: side.person.clone(),
        what: "the holder of the personal number".to_owned(),
        seen_by: SeenBy::PersonReaders { partner: None },
    }
}

/// Fails with every unexpected finding (one line per key, with its first case).
fn report(wrong: Vec<(String, String)>) {
    let mut found: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (key, message) in &wrong {
        found
            .entry(key.as_str())
            .or_default()
            .push(message.as_str());
    }
    let lines: Vec<String> = found
        .iter()
        .map(|(key, messages)| match messages.len() {
            1 => format!("{key}: {}", messages[0]),
            n => format!("{key}: {} (and {} more)", messages[0], n - 1),
        })
        .collect();
    assert!(
        lines.is_empty(),
        "object-level authorisation, {} findings:\n{}",
        lines.len(),
        lines.join("\n")
    );
}
