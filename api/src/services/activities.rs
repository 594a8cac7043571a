//! A project's work plan: record, list (all, or those late on a day), read,
//! change activities. Kept by administrators, read by monitors, like the
//! project ([`RecordKind::Project`]); they name nobody.

use chrono::NaiveDate;
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::steering::activity::{Activity, ActivityFields, ActivityInput};
use integra_domain::steering::framework::ElementKind;
use integra_domain::version::Precondition;
use integra_domain::{reintegration, Error, ValidationErrors};
use integra_persistence::{activities as stored, framework, projects, DbConnection, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::placements::check_organisation;
use crate::services::{self, Call};

/// A project's activities, by planned start.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "title": "Train the division's counsellors in case management",
    "responsible_organisation_id": "01900000-0000-7000-8000-000000000001",
    "planned_start": "2026-02-01", "planned_end": "2026-04-30",
    "actual_start": "2026-02-10", "actual_end": null, "status": "ongoing",
    "output_ids": [], "version": 1,
    "created_at": "2026-01-20T09:00:00Z", "updated_at": "2026-02-10T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ActivityList {
    pub items: Vec<Activity>,
    /// Always `null`: a project's work plan comes in one page.
    pub next_cursor: Option<String>,
}

/// `GET /projects/{id}/activities`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActivityQuery {
    /// Only the activities late on this day: not completed or cancelled, and
    /// not started though planned to start before it, or not ended though
    /// planned to end before it.
    #[param(value_type = Option<String>, format = Date)]
    late_on: Option<String>,
}

/// What an activity names exists: its organisation, and its outputs (outputs
/// of the project's logic).
fn check_references(
    c: &mut DbConnection,
    project: Uuid,
    fields: &ActivityFields,
) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    check_organisation(
        &mut errors,
        c,
        fields.responsible_organisation_id,
        "responsible_organisation_id",
    )?;
    for (n, output) in fields.output_ids.iter().enumerate() {
        match framework::element(c, project, *output) {
            Ok(element) if element.kind == ElementKind::Output => {}
            Ok(_) => errors.add(
                format!("output_ids[{n}]"),
                "not_an_output",
                "the element is not an output",
            ),
            Err(StoreError::NotFound) => errors.add(
                format!("output_ids[{n}]"),
                "not_found",
                "no element of this project has this id",
            ),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(errors.finish(|| ())?)
}

/// Records an activity of a project's work plan.
pub async fn create(
    call: &Call,
    project: Uuid,
    input: Body<ActivityInput>,
) -> Result<Answer<Activity>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let fields = input.parse()?.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("project.activity_added", RecordKind::Project, project)];
    services::write_answer(call, entries, move |c, now| {
        projects::get(c, project)?;
        check_references(c, project, &fields)?;
        Ok(stored::insert(c, project, id, &fields, now)?)
    })
    .await
}

/// A project's activities, by planned start; only those late on `late_on` when given.
pub async fn list(call: &Call, project: Uuid, query: ActivityQuery) -> Result<ActivityList, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let late_on: Option<NaiveDate> = query
        .late_on
        .as_deref()
        .map(|d| reintegration::date("late_on", d))
        .transpose()?;
    let items = services::read(&call.app, move |c| {
        projects::get(c, project)?;
        let mut items = stored::list(c, project)?;
        if let Some(day) = late_on {
            items.retain(|a| a.late_on(day));
        }
        Ok(items)
    })
    .await?;
    Ok(ActivityList {
        items,
        next_cursor: None,
    })
}

/// Reads an activity of a project.
pub async fn get(call: &Call, project: Uuid, id: Uuid) -> Result<Activity, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, project, id)?)).await
}

/// Fields of an activity that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 5] = ["id", "project_id", "version", "created_at", "updated_at"];

/// Changes an activity with a JSON merge patch (RFC 7386): its progress
/// (status, actual dates), or its plan.
pub async fn update(
    call: &Call,
    project: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<Activity>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("project.activity_updated", RecordKind::Project, project)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::get(c, project, id)?;
        let input = merge_patch(&current, &ActivityInput::from(&current), patch, &READ_ONLY)?;
        let fields = input.validate(today)?;
        check_references(c, project, &fields)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::update(c, project, id, expected, &fields, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
