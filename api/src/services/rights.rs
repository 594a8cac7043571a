//! Data-subject rights, for admins: everything held on a person in one document
//! (export), who read or changed their data (access log), and erasure by
//! anonymisation that keeps ids and figures so that reports stay right.

use chrono::{DateTime, Utc};
use integra_domain::access::Access;
use integra_domain::contact::Contact;
use integra_domain::counselling::CounsellingSession;
use integra_domain::error::RecordKind;
use integra_domain::household::Household;
use integra_domain::integration::permit::ResidencePermit;
use integra_domain::integration::service::IntegrationService;
use integra_domain::labour::application::Application;
use integra_domain::labour::jobseeker::Jobseeker;
use integra_domain::movement::Movement;
use integra_domain::person::Person;
use integra_domain::placement::JobPlacement;
use integra_domain::reintegration::assistance::Assistance;
use integra_domain::reintegration::case::{Case, CaseNote};
use integra_domain::reintegration::follow_up::FollowUp;
use integra_domain::reintegration::referral::Referral;
use integra_domain::social_enterprise::Enrolment;
use integra_domain::stay::StayAbroad;
use integra_domain::{audit::AuditRecord, validation, Error};
use integra_persistence::audit_log::{self, AuditFilter};
use integra_persistence::cases::{self, CaseFilter};
use integra_persistence::integration_services::ServiceFilter;
use integra_persistence::movements::MovementFilter;
use integra_persistence::social_enterprises::{self, EnrolmentFilter};
use integra_persistence::{
    applications, assessments, assistance, contacts, counselling_sessions, erasure, follow_ups,
    households, integration_services, jobseekers, movements, persons, placements, referrals,
    residence_permits, stays, DbConnection,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::audit_log::AuditPage;
use crate::services::cases::assessments::AssessmentView;
use crate::services::json::Body;
use crate::services::paging::PageQuery;
use crate::services::{self, Call, ReadSize};

/// Most audit entries, and most records of each other kind, put in one export.
const EXPORT_LIMIT: i64 = 10_000;

/// Who erased a person's data, when and why.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"erased_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01",
    "reason": "Request of the data subject, letter 2026/145", "erased_at": "2026-02-01T10:00:00Z"}))]
pub struct ErasureRecord {
    pub erased_by: Uuid,
    pub reason: String,
    pub erased_at: DateTime<Utc>,
}

/// Everything integra holds on a person, in one document.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"exported_at": "2026-02-01T10:00:00Z",
    "person": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "personal_number": "01001012345",
        "given_name": "Nino", "family_name": "Beridze", "date_of_birth": "1988-04-12",
        "sex": "female", "citizenship": "GE", "residence_status": "citizen",
        "region": "GE-IM", "phone": "+995 555 12 34 56", "household_id": null,
        "external_ids": [], "version": 1, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"},
    "stays_abroad": [], "household": null, "erasure": null, "cases": [], "case_notes": [],
    "assessments": [], "assistance": [], "referrals": [], "follow_ups": [], "contacts": [],
    "counselling_sessions": [], "job_placements": [], "social_enterprise_enrolments": [],
    "movements": [], "residence_permits": [], "integration_services": [], "jobseeker": null, "applications": [],
    "survey_responses": [], "access_log": []}))]
pub struct PersonExport {
    pub exported_at: DateTime<Utc>,
    pub person: Person,
    pub stays_abroad: Vec<StayAbroad>,
    pub household: Option<Household>,
    pub erasure: Option<ErasureRecord>,
    /// Every case of the person, in every programme.
    pub cases: Vec<Case>,
    pub case_notes: Vec<CaseNote>,
    /// Eligibility assessments of the person's cases, with the facts they used.
    pub assessments: Vec<AssessmentView>,
    /// Assistance items of the person's cases.
    pub assistance: Vec<Assistance>,
    pub referrals: Vec<Referral>,
    pub follow_ups: Vec<FollowUp>,
    /// Contacts with the person about a programme, by any organisation.
    pub contacts: Vec<Contact>,
    /// Counselling sessions of the person, whichever organisation recorded them.
    pub counselling_sessions: Vec<CounsellingSession>,
    /// Jobs the person was placed in, by whichever organisation recorded them.
    pub job_placements: Vec<JobPlacement>,
    /// The person's enrolments as a beneficiary of social enterprises.
    pub social_enterprise_enrolments: Vec<Enrolment>,
    /// Movement assistance the person received to leave Georgia.
    pub movements: Vec<Movement>,
    /// The person's residence permits in Georgia.
    pub residence_permits: Vec<ResidencePermit>,
    /// Integration services delivered to the person, by whichever organisation
    /// recorded them.
    pub integration_services: Vec<IntegrationService>,
    /// The person's jobseeker profile, if they have one.
    pub jobseeker: Option<Jobseeker>,
    /// The person's applications to labour migration schemes, with their moves.
    pub applications: Vec<Application>,
    /// The responses to field surveys the person gave and agreed to be named in.
    pub survey_responses: Vec<integra_domain::survey::response::Response>,
    /// Who read or changed the person's data, and when.
    pub access_log: Vec<AuditRecord>,
}

/// The entries about a person's data: the person, and their stays abroad, cases,
/// assessments, assistance items, referrals, follow-ups, counselling sessions,
/// job placements, social-enterprise enrolments, movement assistance,
/// residence permits, integration services, jobseeker profile, applications
/// and survey responses.
fn about(person: Uuid) -> AuditFilter {
    AuditFilter {
        subject: Some(person),
        ..AuditFilter::default()
    }
}

/// Everything held on a person, as one document (the right of access); the
/// export is recorded.
pub async fn export(call: &Call, id: Uuid) -> Result<PersonExport, Error> {
    call.reach(RecordKind::Person, Access::Manage)?;
    let entries = vec![call.entry("person.exported", RecordKind::Person, id)];
    let exported_at = services::now();
    services::audited_read(call, ReadSize::Long, move |c| {
        Ok((gather(c, id, exported_at)?, entries))
    })
    .await
}

/// Reads everything held on the person `id`.
fn gather(
    c: &mut DbConnection,
    id: Uuid,
    exported_at: DateTime<Utc>,
) -> Result<PersonExport, Error> {
    let person = persons::get(c, id)?;
    let stays_abroad = stays::list(c, id)?;
    let household = person
        .household_id
        .map(|h| households::get(c, h))
        .transpose()?;
    let erasure = erasure::of(c, id)?.map(|e| ErasureRecord {
        erased_by: e.erased_by,
        reason: e.reason,
        erased_at: e.erased_at,
    });
    let access_log = audit_log::list(c, &about(id), None, EXPORT_LIMIT)?;
    let found = cases::list(
        c,
        &CaseFilter {
            person_id: Some(id),
            ..CaseFilter::default()
        },
        None,
        EXPORT_LIMIT,
    )?;
    let (mut case_notes, mut assessed, mut items, mut followed) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for record in &found {
        let case = record.case.id;
        case_notes.extend(cases::notes(c, case)?);
        assessed.extend(
            assessments::list(c, case)?
                .into_iter()
                .map(AssessmentView::from),
        );
        items.extend(assistance::list_for_case(
            c,
            case,
            None,
            None,
            EXPORT_LIMIT,
        )?);
        followed.extend(follow_ups::list_for_case(c, case, None)?);
    }
    Ok(PersonExport {
        exported_at,
        person,
        stays_abroad,
        household,
        erasure,
        cases: found.into_iter().map(|r| r.case).collect(),
        case_notes,
        assessments: assessed,
        assistance: items,
        // Referrals outside a case too.
        referrals: referrals::of_person(c, id)?,
        follow_ups: followed,
        contacts: contacts::of_person(c, id, EXPORT_LIMIT)?,
        counselling_sessions: counselling_sessions::of_person(c, id, EXPORT_LIMIT)?,
        job_placements: placements::of_person(c, id, EXPORT_LIMIT)?,
        social_enterprise_enrolments: social_enterprises::enrolments(
            c,
            &EnrolmentFilter {
                person_id: Some(id),
                ..EnrolmentFilter::default()
            },
            None,
            EXPORT_LIMIT,
        )?,
        movements: movements::list(c, id, &MovementFilter::default(), None, EXPORT_LIMIT)?,
        residence_permits: residence_permits::of_person(c, id)?,
        integration_services: integration_services::list(
            c,
            &ServiceFilter {
                person_id: Some(id),
                ..ServiceFilter::default()
            },
            None,
            EXPORT_LIMIT,
        )?,
        jobseeker: jobseekers::of_person(c, id)?,
        applications: applications::of_person(c, id)?,
        survey_responses: integra_persistence::surveys::of_person(c, id, EXPORT_LIMIT)?,
        access_log,
    })
}

/// Who read or changed a person's data, and when, oldest first. Reading it is
/// recorded too: `person.access_log_read` of the audit log, with the person's id
/// (in the audit log, not in the person's access log, which would otherwise grow
/// with every page read of it).
pub async fn access_log(call: &Call, person: Uuid, query: PageQuery) -> Result<AuditPage, Error> {
    call.reach(RecordKind::Person, Access::Manage)?;
    let (limit, after) = query.validate()?;
    let entries = vec![call.entry("person.access_log_read", RecordKind::AuditLog, person)];
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        if !persons::exists(c, person)? {
            return Err(Error::NotFound);
        }
        Ok((audit_log::list(c, &about(person), after, limit)?, entries))
    })
    .await?;
    Ok(AuditPage::of(items, limit))
}

/// Why a person's data is erased.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"reason": "Request of the data subject, letter 2026/145"}))]
pub struct EraseInput {
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
}

/// Erases a person's data by anonymisation (the right to erasure), for `reason`;
/// the anonymised person. A person is erased once.
pub async fn erase(
    call: &Call,
    id: Uuid,
    input: Body<EraseInput>,
) -> Result<Answer<Person>, Error> {
    call.reach(RecordKind::Person, Access::Manage)?;
    let reason = validation::text("reason", &input.parse()?.reason, 2000)?;
    let by = call.id;
    let entries = vec![call.entry("person.erased", RecordKind::Person, id)];
    services::write_answer(call, entries, move |c, now| {
        match erasure::is_erased(c, id)? {
            None => return Err(Error::NotFound),
            Some(true) => {
                return Err(Error::conflict(
                    "already_erased",
                    "the person's data is erased already",
                ))
            }
            Some(false) => erasure::erase(c, id, by, &reason, now)?,
        }
        Ok(persons::get(c, id)?)
    })
    .await
}

/// Refuses a change of an erased person: erased data does not come back.
pub(crate) fn not_erased(c: &mut DbConnection, person: Uuid) -> Result<(), Error> {
    if erasure::is_erased(c, person)? == Some(true) {
        return Err(Error::conflict(
            "erased",
            "the person's data is erased; it cannot be changed",
        ));
    }
    Ok(())
}
