//! Projects steered by the committee and their risks: record, find, read,
//! change. Administrators keep them; monitors (committee members) read them
//! ([`RecordKind::Project`], [`RecordKind::Risk`]: `ReadSteering`). They name
//! nobody, so reads are not recorded (writes are).

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::steering::project::{Project, ProjectInput};
use integra_domain::steering::risk::{Risk, RiskFields, RiskInput, RiskStatus};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::projects as stored;
use integra_persistence::DbConnection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::placements::check_organisation;
use crate::services::{self, paging, Call};

/// One page of projects.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "name": "Strengthening the Migration Division",
    "objective": "Returning migrants and immigrants are served by one division with trained staff",
    "starts_on": "2025-01-01", "ends_on": "2027-12-31", "version": 1,
    "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ProjectPage {
    pub items: Vec<Project>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `GET /projects`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ProjectQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Records a project.
pub async fn create(call: &Call, input: Body<ProjectInput>) -> Result<Answer<Project>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let fields = input.parse()?.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("project.created", RecordKind::Project, id)];
    services::write_answer(call, entries, move |c, now| {
        Ok(stored::insert(c, id, &fields, now)?)
    })
    .await
}

/// Lists projects in the order recorded.
pub async fn list(call: &Call, query: ProjectQuery) -> Result<ProjectPage, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let (limit, after) = paging::finish(
        ValidationErrors::new(),
        query.limit,
        query.cursor.as_deref(),
    )?;
    let items = services::read(&call.app, move |c| Ok(stored::list(c, after, limit)?)).await?;
    let next_cursor = paging::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(ProjectPage { items, next_cursor })
}

/// Reads a project.
pub async fn get(call: &Call, id: Uuid) -> Result<Project, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Fields of a project that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 4] = ["id", "version", "created_at", "updated_at"];

/// Changes a project with a JSON merge patch (RFC 7386).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Project>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry("project.updated", RecordKind::Project, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let input = merge_patch(&current, &ProjectInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate()?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update(c, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}

/// A project's risks, highest score first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "description": "Staff trained leave the division within a year",
    "likelihood": 3, "impact": 4, "score": 12,
    "owner_organisation_id": "01900000-0000-7000-8000-000000000001",
    "mitigation": "Training of trainers", "status": "open", "reviewed_on": "2026-11-20",
    "version": 1, "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z"}],
    "next_cursor": null}))]
pub struct RiskList {
    pub items: Vec<Risk>,
    /// Always `null`: a project's risks come in one page.
    pub next_cursor: Option<String>,
}

/// `GET /projects/{id}/risks`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RiskQuery {
    #[param(value_type = Option<RiskStatus>)]
    status: Option<String>,
}

/// The owner named by a risk exists; the error goes to the field.
fn check_owner(c: &mut DbConnection, fields: &RiskFields) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    check_organisation(
        &mut errors,
        c,
        fields.owner_organisation_id,
        "owner_organisation_id",
    )?;
    Ok(errors.finish(|| ())?)
}

/// Records a risk of the project `project`.
pub async fn add_risk(
    call: &Call,
    project: Uuid,
    input: Body<RiskInput>,
) -> Result<Answer<Risk>, Error> {
    call.reach(RecordKind::Risk, Access::Write)?;
    let fields = input.parse()?.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("risk.created", RecordKind::Risk, id)];
    services::write_answer(call, entries, move |c, now| {
        stored::get(c, project)?;
        check_owner(c, &fields)?;
        Ok(stored::insert_risk(c, project, id, &fields, now)?)
    })
    .await
}

/// Lists a project's risks, highest score first.
pub async fn risks(call: &Call, project: Uuid, query: RiskQuery) -> Result<RiskList, Error> {
    call.reach(RecordKind::Risk, Access::Read)?;
    let mut errors = ValidationErrors::new();
    let status = query
        .status
        .as_deref()
        .and_then(|s| errors.check(RiskStatus::parse("status", s)));
    errors.finish(|| ())?;
    let items = services::read(&call.app, move |c| {
        stored::get(c, project)?;
        Ok(stored::risks(c, project, status)?)
    })
    .await?;
    Ok(RiskList {
        items,
        next_cursor: None,
    })
}

/// Reads a risk of a project.
pub async fn risk(call: &Call, project: Uuid, id: Uuid) -> Result<Risk, Error> {
    call.reach(RecordKind::Risk, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::risk(c, project, id)?)).await
}

/// Fields of a risk that a merge patch may carry only unchanged.
const RISK_READ_ONLY: [&str; 6] = [
    "id",
    "project_id",
    "score",
    "version",
    "created_at",
    "updated_at",
];

/// Changes a risk with a JSON merge patch (RFC 7386).
pub async fn update_risk(
    call: &Call,
    project: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Risk>, Error> {
    call.reach(RecordKind::Risk, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("risk.updated", RecordKind::Risk, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::risk(c, project, id)?;
        let input = merge_patch(&current, &RiskInput::from(&current), patch, &RISK_READ_ONLY)?;
        let fields = input.validate(today)?;
        check_owner(c, &fields)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update_risk(c, project, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
