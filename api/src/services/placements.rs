//! Job placements: record, find, read, change.
//!
//! A placement is a service record: it belongs to the organisation of whoever
//! recorded it (the ministry for an account without an organisation, as for
//! cases), and that organisation's case workers and employment counsellors see
//! it; another organisation's placement is not found ([`Actor::reach`] of
//! [`RecordKind::Placement`]). Every read of one is recorded. An erased
//! person's placements keep their dates, terms and countries and are not
//! changed any more.

use chrono::NaiveDate;
use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::organisation::MINISTRY_ID;
use integra_domain::placement::{
    EmploymentTerm, JobPlacement, PlacementFields, PlacementInput, PlacementLocation,
};
use integra_domain::version::Precondition;
use integra_domain::{reintegration, Error, ValidationErrors};
use integra_persistence::placements::{self, PlacementFilter, Recorder};
use integra_persistence::{organisations, persons, programmes, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{Answer, Shown, Written};
use crate::services::json::{merge_patch, Body};
use crate::services::{self, paging, rights, visible, Actor, Call, ReadSize};

/// One page of job placements.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "location": "domestic", "country": null,
    "employer_organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "term": "permanent", "starts_on": "2026-03-01", "ends_on": null,
    "programme_id": null, "note": null,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-03-02T09:00:00Z", "updated_at": "2026-03-02T09:00:00Z"}],
    "next_cursor": null}))]
pub struct PlacementPage {
    pub items: Vec<JobPlacement>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /job-placements`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PlacementQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    /// Started on or after this date.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Started on or before this date.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    #[param(value_type = Option<PlacementLocation>)]
    location: Option<String>,
    #[param(value_type = Option<EmploymentTerm>)]
    term: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl PlacementQuery {
    /// The list's filter (limited to `reach`), page size and cursor; every
    /// error of the query at once.
    fn validate(&self, reach: Reach) -> Result<(PlacementFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let person_id = id(&mut errors, "person_id", self.person_id.as_deref());
        let (from, to) = period(&mut errors, self.from.as_deref(), self.to.as_deref());
        let location = self
            .location
            .as_deref()
            .and_then(|v| errors.check(PlacementLocation::parse("location", v)));
        let term = self
            .term
            .as_deref()
            .and_then(|v| errors.check(EmploymentTerm::parse("term", v)));
        let programme_id = id(&mut errors, "programme_id", self.programme_id.as_deref());
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = PlacementFilter {
            organisation: reach.organisation(),
            person_id,
            from,
            to,
            location,
            term,
            programme_id,
        };
        Ok((filter, limit, after))
    }
}

/// An id of a query parameter.
pub(crate) fn id(errors: &mut ValidationErrors, field: &str, value: Option<&str>) -> Option<Uuid> {
    value.and_then(|v| errors.check(reintegration::uuid(field, v)))
}

/// The `from` and `to` dates of a query (inclusive); `to` may not be before `from`.
pub(crate) fn period(
    errors: &mut ValidationErrors,
    from: Option<&str>,
    to: Option<&str>,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let from = from.and_then(|v| errors.check(reintegration::date("from", v)));
    let to = to.and_then(|v| errors.check(reintegration::date("to", v)));
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            errors.add("to", "before_start", "to must not be before from");
        }
    }
    (from, to)
}

/// Who records a service record: the caller, for their organisation (the
/// ministry for an account without one, as for cases).
pub(crate) fn recorder(actor: &Actor) -> Recorder {
    Recorder {
        user: actor.id,
        organisation: actor.organisation_id.unwrap_or(MINISTRY_ID),
    }
}

/// The person a record of this stream is about exists (422 `not_found` on
/// `field` otherwise) and their data is not erased (409 `erased`).
pub(crate) fn check_person(c: &mut DbConnection, person: Uuid, field: &str) -> Result<(), Error> {
    if !persons::exists(c, person)? {
        return Err(Error::field(field, "not_found", "no person has this id"));
    }
    rights::not_erased(c, person)
}

/// An organisation named in a record exists (422 `not_found` on `field` otherwise).
pub(crate) fn check_organisation(
    errors: &mut ValidationErrors,
    c: &mut DbConnection,
    organisation: Uuid,
    field: &str,
) -> Result<(), Error> {
    if organisations::is_active(c, organisation)?.is_none() {
        errors.add(field, "not_found", "no organisation has this id");
    }
    Ok(())
}

/// What a placement names exists: the person (not erased), the employer and
/// the programme.
fn check_references(c: &mut DbConnection, fields: &PlacementFields) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    if !persons::exists(c, fields.person_id)? {
        errors.add("person_id", "not_found", "no person has this id");
    }
    check_organisation(
        &mut errors,
        c,
        fields.employer_organisation_id,
        "employer_organisation_id",
    )?;
    if let Some(programme) = fields.programme_id {
        if !programmes::exists(c, programme)? {
            errors.add("programme_id", "not_found", "no programme has this id");
        }
    }
    errors.finish(|| ())?;
    rights::not_erased(c, fields.person_id)
}

/// The placement `id`, if the caller reaches it; otherwise it is not found.
fn load(c: &mut DbConnection, id: Uuid, reach: Reach) -> Result<JobPlacement, Error> {
    let placement = placements::get(c, id)?;
    visible(reach, placement.organisation_id)?;
    Ok(placement)
}

impl Shown for JobPlacement {
    const KIND: RecordKind = RecordKind::Placement;

    fn written(&self) -> Written {
        Written {
            id: self.id,
            version: Some(self.version),
        }
    }

    fn reads(&self, actor: &Actor) -> Vec<integra_persistence::audit::AuditEntry> {
        vec![actor.entry(
            RecordKind::Placement.read_action(),
            RecordKind::Placement,
            self.id,
        )]
    }
}

/// Records a job placement, held by the caller's organisation.
pub async fn create(
    call: &Call,
    input: Body<PlacementInput>,
) -> Result<Answer<JobPlacement>, Error> {
    call.reach(RecordKind::Placement, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(services::today())?;
    let id = Uuid::now_v7();
    let by = recorder(call);
    let entries = vec![call.entry("job_placement.created", RecordKind::Placement, id)];
    services::write_answer(call, entries, move |c, now| {
        check_references(c, &fields)?;
        Ok(placements::insert(c, id, &fields, by, now)?)
    })
    .await
}

/// Lists the placements the caller reaches, in the order recorded; every
/// placement listed is a read.
pub async fn list(call: &Call, query: PlacementQuery) -> Result<PlacementPage, Error> {
    let reach = call.reach(RecordKind::Placement, Access::Read)?;
    let (filter, limit, after) = query.validate(reach)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let items = placements::list(c, &filter, after, limit)?;
        let entries = actor.reads(
            RecordKind::Placement.read_action(),
            RecordKind::Placement,
            items.iter().map(|p| p.id),
        );
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(PlacementPage { items, next_cursor })
}

/// Reads a placement (the read is recorded).
pub async fn get(call: &Call, id: Uuid) -> Result<JobPlacement, Error> {
    let reach = call.reach(RecordKind::Placement, Access::Read)?;
    let entries = vec![call.entry(
        RecordKind::Placement.read_action(),
        RecordKind::Placement,
        id,
    )];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((load(c, id, reach)?, entries))
    })
    .await
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 6] = [
    "id",
    "organisation_id",
    "recorded_by",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a placement with a JSON merge patch (RFC 7386).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<JobPlacement>, Error> {
    let reach = call.reach(RecordKind::Placement, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("job_placement.updated", RecordKind::Placement, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        let input = merge_patch(&current, &PlacementInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        let expected = precondition.expected(current.version)?;
        // The person it was about, if another now: neither may be erased.
        rights::not_erased(c, current.person_id)?;
        check_references(c, &fields)?;
        Ok(placements::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
