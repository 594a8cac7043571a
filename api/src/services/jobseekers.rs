//! Jobseeker profiles: register, find, read, change.
//!
//! Case workers and employment counsellors register and read every profile
//! ([`Actor::reach`] of [`RecordKind::Jobseeker`]: all); every read is
//! recorded. A person has one profile: a second is a 409 `already_registered`
//! naming the first (to a caller who may read it). An erased person's profile
//! is kept and not changed any more.

use chrono::NaiveDate;
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::labour::jobseeker::{isco_code, Jobseeker, JobseekerFields, JobseekerInput};
use integra_domain::version::Precondition;
use integra_domain::{codes, reintegration, Error, ValidationErrors};
use integra_persistence::audit::AuditEntry;
use integra_persistence::jobseekers::{self, JobseekerFilter};
use integra_persistence::{persons, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::json::{merge_patch, Body};
use crate::services::placements::{id, recorder};
use crate::services::{self, paging, rights, Actor, Call, ReadSize};

/// One page of jobseeker profiles.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "education": {"isced_level": 3, "field": null}, "occupations": ["5322"], "skills": [],
    "languages": [{"language": "en", "level": "B1"}], "certificates": [],
    "experience_months": 36, "preferred_countries": ["IL"], "preferred_sectors": ["care"],
    "close_relatives_in": [], "available_from": null, "available_to": null, "note": null,
    "registered_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-11T09:00:00Z", "updated_at": "2026-02-11T09:00:00Z"}],
    "next_cursor": null}))]
pub struct JobseekerPage {
    pub items: Vec<Jobseeker>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /jobseekers`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct JobseekerQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    /// Has this ISCO-08 unit group among their occupations.
    #[param(pattern = "^[0-9]{4}$", example = "5322")]
    occupation: Option<String>,
    /// Prefers this country (ISO 3166-1 alpha-2).
    #[param(pattern = "^[A-Z]{2}$", example = "IL")]
    country: Option<String>,
    /// Available on this day.
    #[param(value_type = Option<String>, format = Date)]
    available_on: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl JobseekerQuery {
    fn validate(&self) -> Result<(JobseekerFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let person_id = id(&mut errors, "person_id", self.person_id.as_deref());
        let occupation = self
            .occupation
            .as_deref()
            .and_then(|v| errors.check(isco_code("occupation", v)));
        let country = self
            .country
            .as_deref()
            .and_then(|v| errors.check(codes::country("country", v)));
        let available_on: Option<NaiveDate> = self
            .available_on
            .as_deref()
            .and_then(|v| errors.check(reintegration::date("available_on", v)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = JobseekerFilter {
            person_id,
            occupation,
            country,
            available_on,
        };
        Ok((filter, limit, after))
    }
}

impl Shown for Jobseeker {
    const KIND: RecordKind = RecordKind::Jobseeker;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<AuditEntry> {
        vec![actor.entry(
            RecordKind::Jobseeker.read_action(),
            RecordKind::Jobseeker,
            self.id,
        )]
    }
}

/// Before a profile is registered: the person exists (422 `not_found` on
/// `person_id`), is not erased (409), and has no profile yet (409
/// `already_registered`). Takes the person's row lock, so that two
/// registrations of one person do not both pass.
fn check_new(
    c: &mut DbConnection,
    fields: &JobseekerFields,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), Error> {
    if !persons::exists(c, fields.person_id)? {
        return Err(Error::field(
            "person_id",
            "not_found",
            "no person has this id",
        ));
    }
    rights::not_erased(c, fields.person_id)?;
    persons::touch(c, fields.person_id, now)?;
    if let Some(existing) = jobseekers::of_person(c, fields.person_id)? {
        return Err(Error::conflict_with(
            "already_registered",
            "the person has a jobseeker profile already; change it instead",
            RecordKind::Jobseeker,
            existing.id,
        ));
    }
    Ok(())
}

/// Registers a jobseeker profile of a person, held by the caller's organisation.
pub async fn create(call: &Call, input: Body<JobseekerInput>) -> Result<Answer<Jobseeker>, Error> {
    call.reach(RecordKind::Jobseeker, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry("jobseeker.registered", RecordKind::Jobseeker, id)];
    services::write_answer(call, entries, move |c, now| {
        check_new(c, &fields, now)?;
        Ok(jobseekers::insert(c, id, &fields, by, now)?)
    })
    .await
}

/// Lists the profiles in the order registered; every profile listed is a read.
pub async fn list(call: &Call, query: JobseekerQuery) -> Result<JobseekerPage, Error> {
    call.reach(RecordKind::Jobseeker, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = jobseekers::list(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::Jobseeker.read_action(),
            RecordKind::Jobseeker,
            items.iter().map(|j| j.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|j| j.id), limit);
    Ok(JobseekerPage { items, next_cursor })
}

/// Reads a profile (the read is recorded).
pub async fn get(call: &Call, id: Uuid) -> Result<Jobseeker, Error> {
    call.reach(RecordKind::Jobseeker, Access::Read)?;
    let entries = vec![call.entry(
        RecordKind::Jobseeker.read_action(),
        RecordKind::Jobseeker,
        id,
    )];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((jobseekers::get(c, id)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged (a profile stays the
/// person's it was registered for).
const READ_ONLY: [&str; 7] = [
    "id",
    "person_id",
    "organisation_id",
    "registered_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a profile with a JSON merge patch (RFC 7386; a list is replaced whole).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Jobseeker>, Error> {
    call.reach(RecordKind::Jobseeker, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("jobseeker.updated", RecordKind::Jobseeker, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = jobseekers::get(c, id)?;
        let input = merge_patch(&current, &JobseekerInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        rights::not_erased(c, current.person_id)?;
        Ok(jobseekers::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
