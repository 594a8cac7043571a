//! Committee meetings of a project and their action items: record, list,
//! read meetings; list action items (all, or those overdue on a day) and
//! mark them done. Kept by administrators, read by monitors, like the
//! project ([`RecordKind::Project`]). Members named in minutes are officials,
//! not persons of the registry.

use chrono::NaiveDate;
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::steering::meeting::{
    ActionItem, ActionItemProgress, Meeting, MeetingFields, MeetingInput,
};
use integra_domain::version::Precondition;
use integra_domain::{reintegration, Error, ValidationErrors};
use integra_persistence::{meetings as stored, projects, trainings, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::Answer;
use crate::services::json::{merge_patch, Body};
use crate::services::placements::check_organisation;
use crate::services::{self, Call};

/// A project's meetings, by day.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "held_on": "2026-11-20",
    "kind": "steering_committee", "members": [], "agenda": ["Risks"], "decisions": [],
    "action_items": [], "version": 1,
    "created_at": "2026-11-20T16:00:00Z", "updated_at": "2026-11-20T16:00:00Z"}],
    "next_cursor": null}))]
pub struct MeetingList {
    pub items: Vec<Meeting>,
    /// Always `null`: a project's meetings come in one page.
    pub next_cursor: Option<String>,
}

/// A project's action items, by due day.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff2",
    "meeting_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "text": "Circulate the revised work plan",
    "owner_organisation_id": "01900000-0000-7000-8000-000000000001",
    "due_on": "2026-12-15", "done_on": null, "version": 1,
    "created_at": "2026-11-20T16:00:00Z", "updated_at": "2026-11-20T16:00:00Z"}],
    "next_cursor": null}))]
pub struct ActionItemList {
    pub items: Vec<ActionItem>,
    /// Always `null`: a project's action items come in one page.
    pub next_cursor: Option<String>,
}

/// `GET /projects/{id}/action-items`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActionItemQuery {
    /// Only those overdue on this day: not done, and due before it.
    #[param(value_type = Option<String>, format = Date)]
    overdue_on: Option<String>,
}

/// What a meeting names exists: its members (users, organisations) and the
/// owners of its action items.
fn check_references(c: &mut DbConnection, fields: &MeetingFields) -> Result<(), Error> {
    let mut errors = ValidationErrors::new();
    for (n, member) in fields.members.iter().enumerate() {
        if let Some(user) = member.user_id {
            if trainings::organisation_of_user(c, user)?.is_none() {
                errors.add(
                    format!("members[{n}].user_id"),
                    "not_found",
                    "no user has this id",
                );
            }
        }
        if let Some(organisation) = member.organisation_id {
            check_organisation(
                &mut errors,
                c,
                organisation,
                &format!("members[{n}].organisation_id"),
            )?;
        }
    }
    for (n, item) in fields.action_items.iter().enumerate() {
        check_organisation(
            &mut errors,
            c,
            item.owner_organisation_id,
            &format!("action_items[{n}].owner_organisation_id"),
        )?;
    }
    Ok(errors.finish(|| ())?)
}

/// Records a meeting of a project, with its action items.
pub async fn create(
    call: &Call,
    project: Uuid,
    input: Body<MeetingInput>,
) -> Result<Answer<Meeting>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let fields = input.parse()?.validate(services::today())?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("project.meeting_recorded", RecordKind::Project, project)];
    services::write_answer(call, entries, move |c, now| {
        projects::get(c, project)?;
        check_references(c, &fields)?;
        Ok(stored::insert(c, project, id, &fields, now)?)
    })
    .await
}

/// A project's meetings, by day.
pub async fn list(call: &Call, project: Uuid) -> Result<MeetingList, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let items = services::read(&call.app, move |c| {
        projects::get(c, project)?;
        Ok(stored::list(c, project)?)
    })
    .await?;
    Ok(MeetingList {
        items,
        next_cursor: None,
    })
}

/// A meeting of a project, with its action items.
pub async fn get(call: &Call, project: Uuid, id: Uuid) -> Result<Meeting, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, project, id)?)).await
}

/// A project's action items, by due day; only those overdue on `overdue_on` when given.
pub async fn action_items(
    call: &Call,
    project: Uuid,
    query: ActionItemQuery,
) -> Result<ActionItemList, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let overdue_on: Option<NaiveDate> = query
        .overdue_on
        .as_deref()
        .map(|d| reintegration::date("overdue_on", d))
        .transpose()?;
    let items = services::read(&call.app, move |c| {
        projects::get(c, project)?;
        let mut items = stored::action_items(c, project)?;
        if let Some(day) = overdue_on {
            items.retain(|a| a.overdue_on(day));
        }
        Ok(items)
    })
    .await?;
    Ok(ActionItemList {
        items,
        next_cursor: None,
    })
}

/// Fields of an action item that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 9] = [
    "id",
    "meeting_id",
    "project_id",
    "text",
    "owner_organisation_id",
    "due_on",
    "version",
    "created_at",
    "updated_at",
];

/// Marks an action item done (`done_on`), or open again (`null`), with a
/// JSON merge patch.
pub async fn update_action_item(
    call: &Call,
    project: Uuid,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Answer<ActionItem>, Error> {
    call.reach(RecordKind::Project, Access::Write)?;
    let patch = patch.parse()?;
    let today = services::today();
    let entries = vec![call.entry("project.action_item_updated", RecordKind::Project, project)];
    services::write_answer(call, entries, move |c, now| {
        let current = stored::action_item(c, project, id)?;
        let progress = ActionItemProgress {
            done_on: current.done_on.map(|d| d.to_string()),
        };
        let done_on = merge_patch(&current, &progress, patch, &READ_ONLY)?.validate(today)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::set_done(c, project, id, expected, done_on, now)?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
