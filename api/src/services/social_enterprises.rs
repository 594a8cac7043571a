//! Social enterprises: organisations of kind `social_enterprise`, their
//! implementing partners (set by administrators, read by whoever reads
//! organisations), the beneficiaries they enrol and the job places they create.
//!
//! Beneficiaries and job places are service records: each belongs to the
//! organisation that recorded it (the ministry for an account without one),
//! whose case workers and employment counsellors see it; another
//! organisation's is not found. A beneficiary's enrolment is personal data:
//! every read is recorded; job places are counts, and only their changes are.
//!
//! A path naming no organisation is not found; one naming an organisation of
//! another kind is a 422 `not_a_social_enterprise`.

use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::placement::EmploymentTerm;
use integra_domain::social_enterprise::{
    self as domain, Enrolment, EnrolmentInput, EnrolmentProgramme, JobPlace, JobPlaceInput,
    Partners, PartnersInput, SocialEnterprise,
};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::social_enterprises::{self as stored, EnrolmentFilter, JobPlaceFilter};
use integra_persistence::{organisations, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::json::{merge_patch, Body};
use crate::services::placements::{check_organisation, check_person, id, period, recorder};
use crate::services::{self, paging, rights, visible, Actor, Call, ReadSize};

/// The organisation `id` is a social enterprise: not found when there is no
/// such organisation, 422 when it is of another kind.
fn enterprise(c: &mut DbConnection, id: Uuid) -> Result<(), Error> {
    let organisation = organisations::get(c, id)?;
    domain::check_social_enterprise(organisation.kind)
}

// Social enterprises and their partners.

/// One page of social enterprises.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "name": "Bakery of Hope", "country": "GE", "active": true,
    "partners": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
        "kind": "ngo", "active": true}],
    "partners_version": 1}], "next_cursor": null}))]
pub struct SocialEnterprisePage {
    pub items: Vec<SocialEnterprise>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /social-enterprises`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SocialEnterpriseQuery {
    active: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Lists the social enterprises with their partners, oldest first.
pub async fn list(
    call: &Call,
    query: SocialEnterpriseQuery,
) -> Result<SocialEnterprisePage, Error> {
    call.reach(RecordKind::Organisation, Access::Read)?;
    let (limit, after) = paging::params(query.limit, query.cursor.as_deref())?;
    let active = query.active;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, active, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|e| e.id), limit);
    Ok(SocialEnterprisePage { items, next_cursor })
}

/// The partners of `enterprise` as they are stored.
fn load_partners(c: &mut DbConnection, enterprise: Uuid) -> Result<Partners, Error> {
    let version = stored::partners_version(c, enterprise)?;
    let partners = stored::partners_of(c, &[enterprise])?
        .remove(&enterprise)
        .unwrap_or_default();
    Ok(Partners {
        social_enterprise_id: enterprise,
        partners,
        version: version.map_or(0, |(v, _)| v),
        updated_at: version.map(|(_, at)| at),
    })
}

/// Reads the implementing partners of a social enterprise.
pub async fn partners(call: &Call, id: Uuid) -> Result<Partners, Error> {
    call.reach(RecordKind::Organisation, Access::Read)?;
    services::read(&call.app, move |c| {
        enterprise(c, id)?;
        load_partners(c, id)
    })
    .await
}

/// Sets the implementing partners of a social enterprise (the whole set).
pub async fn set_partners(
    call: &Call,
    id: Uuid,
    input: Body<PartnersInput>,
    precondition: Precondition,
) -> Result<Partners, Error> {
    call.reach(RecordKind::Organisation, Access::Write)?;
    let partners = input.parse()?.validate(id)?;
    let entries = vec![call.entry(
        "social_enterprise.partners_set",
        RecordKind::Organisation,
        id,
    )];
    services::write(call, entries, move |c, now| {
        enterprise(c, id)?;
        let mut errors = ValidationErrors::new();
        for (index, partner) in partners.iter().enumerate() {
            check_organisation(&mut errors, c, *partner, &format!("partner_ids[{index}]"))?;
        }
        errors.finish(|| ())?;
        let current = stored::partners_version(c, id)?.map_or(0, |(v, _)| v);
        let expected = precondition.expected(current)?;
        stored::set_partners(c, id, expected, &partners, now)?;
        load_partners(c, id)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

// Beneficiaries.

/// One page of a social enterprise's beneficiaries.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "social_enterprise_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "programme": "rehabilitation", "started_on": "2026-01-12", "completed_on": null,
    "note": null, "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-12T09:00:00Z", "updated_at": "2026-01-12T09:00:00Z"}],
    "next_cursor": null}))]
pub struct EnrolmentPage {
    pub items: Vec<Enrolment>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /social-enterprises/{id}/beneficiaries`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EnrolmentQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    #[param(value_type = Option<EnrolmentProgramme>)]
    programme: Option<String>,
    /// Started on or after this date.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Started on or before this date.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl EnrolmentQuery {
    fn validate(
        &self,
        enterprise: Uuid,
        reach: Reach,
    ) -> Result<(EnrolmentFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let person_id = id(&mut errors, "person_id", self.person_id.as_deref());
        let programme = self
            .programme
            .as_deref()
            .and_then(|v| errors.check(EnrolmentProgramme::parse("programme", v)));
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = EnrolmentFilter {
            social_enterprise_id: Some(enterprise),
            organisation: reach.organisation(),
            person_id,
            programme,
            from,
            to,
        };
        Ok((filter, limit, after))
    }
}

impl Shown for Enrolment {
    const KIND: RecordKind = RecordKind::Enrolment;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<integra_persistence::audit::AuditEntry> {
        vec![actor.entry(
            RecordKind::Enrolment.read_action(),
            RecordKind::Enrolment,
            self.id,
        )]
    }
}

/// The enrolment `id` at `enterprise`, if the caller reaches it.
fn load_enrolment(
    c: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
    reach: Reach,
) -> Result<Enrolment, Error> {
    let enrolment = stored::enrolment(c, enterprise, id)?;
    visible(reach, enrolment.organisation_id)?;
    Ok(enrolment)
}

/// Enrols a beneficiary at a social enterprise, recorded by the caller's organisation.
pub async fn enrol(
    call: &Call,
    enterprise_id: Uuid,
    input: Body<EnrolmentInput>,
) -> Result<Answer<Enrolment>, Error> {
    call.reach(RecordKind::Enrolment, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry(
        "social_enterprise_beneficiary.enrolled",
        RecordKind::Enrolment,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        enterprise(c, enterprise_id)?;
        check_person(c, fields.person_id, "person_id")?;
        Ok(stored::enrol(c, enterprise_id, id, &fields, by, now)?)
    })
    .await
}

/// Lists the beneficiaries of a social enterprise that the caller's
/// organisation enrolled, in the order recorded; every one listed is a read.
pub async fn list_beneficiaries(
    call: &Call,
    enterprise_id: Uuid,
    query: EnrolmentQuery,
) -> Result<EnrolmentPage, Error> {
    let reach = call.reach(RecordKind::Enrolment, Access::Read)?;
    let (filter, limit, after) = query.validate(enterprise_id, reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        enterprise(c, enterprise_id)?;
        let items = stored::enrolments(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::Enrolment.read_action(),
            RecordKind::Enrolment,
            items.iter().map(|e| e.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|e| e.id), limit);
    Ok(EnrolmentPage { items, next_cursor })
}

/// Reads a beneficiary's enrolment (the read is recorded).
pub async fn get_beneficiary(
    call: &Call,
    enterprise_id: Uuid,
    id: Uuid,
) -> Result<Enrolment, Error> {
    let reach = call.reach(RecordKind::Enrolment, Access::Read)?;
    let entries = vec![call.entry(
        RecordKind::Enrolment.read_action(),
        RecordKind::Enrolment,
        id,
    )];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((load_enrolment(c, enterprise_id, id, reach)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 7] = [
    "id",
    "social_enterprise_id",
    "organisation_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a beneficiary's enrolment with a JSON merge patch (its completion, say).
pub async fn update_beneficiary(
    call: &Call,
    enterprise_id: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Enrolment>, Error> {
    let reach = call.reach(RecordKind::Enrolment, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry(
        "social_enterprise_beneficiary.updated",
        RecordKind::Enrolment,
        id,
    )];
    services::write_answer(call, entries, move |c, now| {
        let current = load_enrolment(c, enterprise_id, id, reach)?;
        let input = merge_patch(&current, &EnrolmentInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        rights::not_erased(c, current.person_id)?;
        check_person(c, fields.person_id, "person_id")?;
        Ok(stored::update_enrolment(
            c,
            enterprise_id,
            id,
            expected,
            &fields,
            now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

// Job places.

/// One page of job places.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f70",
    "social_enterprise_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "term": "permanent", "created_on": "2026-02-01", "places": 2,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-01T09:00:00Z", "updated_at": "2026-02-01T09:00:00Z"}],
    "next_cursor": null}))]
pub struct JobPlacePage {
    pub items: Vec<JobPlace>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /social-enterprises/{id}/job-places`; all given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct JobPlaceQuery {
    #[param(value_type = Option<EmploymentTerm>)]
    term: Option<String>,
    /// Created on or after this date.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Created on or before this date.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl JobPlaceQuery {
    fn validate(
        &self,
        enterprise: Uuid,
        reach: Reach,
    ) -> Result<(JobPlaceFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let term = self
            .term
            .as_deref()
            .and_then(|v| errors.check(EmploymentTerm::parse("term", v)));
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = JobPlaceFilter {
            social_enterprise_id: Some(enterprise),
            organisation: reach.organisation(),
            term,
            from,
            to,
        };
        Ok((filter, limit, after))
    }
}

/// The job places `id` of `enterprise`, if the caller reaches them.
fn load_job_place(
    c: &mut DbConnection,
    enterprise: Uuid,
    id: Uuid,
    reach: Reach,
) -> Result<JobPlace, Error> {
    let place = stored::job_place(c, enterprise, id)?;
    visible(reach, place.organisation_id)?;
    Ok(place)
}

/// Records job places a social enterprise created, for the caller's organisation.
pub async fn add_job_place(
    call: &Call,
    enterprise_id: Uuid,
    input: Body<JobPlaceInput>,
) -> Result<JobPlace, Error> {
    call.reach(RecordKind::JobPlace, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry("job_place.created", RecordKind::JobPlace, id)];
    services::write(call, entries, move |c, now| {
        enterprise(c, enterprise_id)?;
        Ok(stored::add_job_place(
            c,
            enterprise_id,
            id,
            &fields,
            by,
            now,
        )?)
    })
    .await
}

/// Lists the job places of a social enterprise that the caller's organisation
/// recorded, in the order recorded.
pub async fn list_job_places(
    call: &Call,
    enterprise_id: Uuid,
    query: JobPlaceQuery,
) -> Result<JobPlacePage, Error> {
    let reach = call.reach(RecordKind::JobPlace, Access::Read)?;
    let (filter, limit, after) = query.validate(enterprise_id, reach)?;
    let items = services::read(&call.app, move |c| {
        enterprise(c, enterprise_id)?;
        Ok(stored::job_places(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(JobPlacePage { items, next_cursor })
}

/// Reads job places (not personal data: the read is not recorded).
pub async fn get_job_place(call: &Call, enterprise_id: Uuid, id: Uuid) -> Result<JobPlace, Error> {
    let reach = call.reach(RecordKind::JobPlace, Access::Read)?;
    services::read(&call.app, move |c| {
        load_job_place(c, enterprise_id, id, reach)
    })
    .await
}

/// Changes job places with a JSON merge patch.
pub async fn update_job_place(
    call: &Call,
    enterprise_id: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<JobPlace, Error> {
    let reach = call.reach(RecordKind::JobPlace, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("job_place.updated", RecordKind::JobPlace, id)];
    services::write(call, entries, move |c, now| {
        let current = load_job_place(c, enterprise_id, id, reach)?;
        let input = merge_patch(&current, &JobPlaceInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update_job_place(
            c,
            enterprise_id,
            id,
            expected,
            &fields,
            now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
