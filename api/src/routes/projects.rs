//! Projects steered by the committee and their risks: `/projects`. Each
//! handler parses the request and calls one use case of
//! [`crate::services::projects`].

use actix_web::http::header;
use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::steering::activity::{Activity, ActivityInput};
use integra_domain::steering::framework::{
    ElementInput, Indicator, IndicatorInput, MeasurementInput,
};
use integra_domain::steering::meeting::{ActionItemProgress, Meeting, MeetingInput};
use integra_domain::steering::project::{Project, ProjectInput};
use integra_domain::steering::risk::{Risk, RiskInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::activities::{self, ActivityList, ActivityQuery};
use crate::services::answer::{
    ActionItemAnswer, ActivityAnswer, ElementAnswer, IndicatorAnswer, MeasurementAnswer,
    MeetingAnswer, ProjectAnswer, RiskAnswer,
};
use crate::services::framework::{self, AsOfQuery, IndicatorList, Logic, MeasurementList};
use crate::services::meetings::{self, ActionItemList, ActionItemQuery, MeetingList};
use crate::services::progress;
use crate::services::projects::{self, ProjectPage, ProjectQuery, RiskList, RiskQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_project)
        .service(list_projects)
        .service(get_project)
        .service(patch_project)
        .service(add_risk)
        .service(list_risks)
        .service(get_risk)
        .service(patch_risk)
        .service(add_element)
        .service(get_logic)
        .service(add_indicator)
        .service(list_project_indicators)
        .service(get_indicator)
        .service(add_measurement)
        .service(list_measurements)
        .service(add_activity)
        .service(list_activities)
        .service(get_activity)
        .service(patch_activity)
        .service(add_meeting)
        .service(list_meetings)
        .service(get_meeting)
        .service(list_action_items)
        .service(patch_action_item)
        .service(progress_report);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/projects/{id}")
}

/// Records a project steered by the committee: its name, objective and dates.
///
/// For administrators; monitors (committee members) read projects and risks.
/// `ends_on` may not be before `starts_on` (`422` `before_start`). Answers `201` with the
/// project, its `Location` and its `ETag`.
#[utoipa::path(
    tag = "steering",
    request_body(content = ProjectInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the project", body = ProjectAnswer,
        headers(("Location" = String, description = "The project's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/projects")]
pub async fn create_project(
    call: Call,
    JsonBody(input): JsonBody<ProjectInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = projects::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists projects, in the order they were recorded.
///
/// For monitors (committee members) and administrators. Pages with `limit` (1 to 500, 50
/// when absent) and `cursor` (the `next_cursor` of the previous page). Projects name
/// nobody, so reading them is not recorded in the audit log.
#[utoipa::path(
    tag = "steering",
    params(ProjectQuery),
    responses((status = 200, description = "One page of projects", body = ProjectPage))
)]
#[get("/projects")]
pub async fn list_projects(
    call: Call,
    query: web::Query<ProjectQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = projects::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a project.
///
/// For monitors (committee members) and administrators; `404` when no project has the id.
/// The `ETag` is the version to send in `If-Match` when changing it.
#[utoipa::path(
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    responses((status = 200, description = "The project", body = Project,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/projects/{id}")]
pub async fn get_project(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let project = projects::get(&call, path_id(&id)?).await?;
    Ok(versioned(project.version, &project))
}

/// Changes a project with a JSON merge patch.
///
/// For administrators only. Any of `name`, `objective`, `starts_on` and `ends_on` may be
/// sent; `id`, `version` and the timestamps only unchanged (`422` `read_only`), and
/// `ends_on` may not be before `starts_on`. A stale `If-Match` is a `412`; without
/// `If-Match`, a change made by someone else meanwhile is a `409` `concurrent_update`.
#[utoipa::path(
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"), IfMatch),
    request_body(content = ProjectPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the project", body = ProjectAnswer,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/projects/{id}")]
pub async fn patch_project(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = projects::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// Records a risk of a project.
///
/// Likelihood and impact run from 1 to 5 and the `score` is their product; the risk also
/// names its owner organisation (`422` `not_found` when no organisation has the id), a
/// mitigation, a status and when it was last reviewed (not in the future). For
/// administrators only; `404` when the project does not exist.
#[utoipa::path(
    operation_id = "add_project_risk",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    request_body(content = RiskInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the risk", body = RiskAnswer,
        headers(("Location" = String, description = "The risk's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/projects/{id}/risks")]
pub async fn add_risk(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<RiskInput>,
) -> Result<HttpResponse, ApiError> {
    let project = path_id(&id)?;
    let answer = projects::add_risk(&call, project, input).await?;
    let location = format!("{}/risks/{}", location(project), answer.id());
    Ok(created_answer(location, &answer))
}

/// Lists a project's risks, highest score first (then in the order recorded).
///
/// `status` keeps only the risks of that status. For monitors (committee members) and
/// administrators; the risks come in one page (`next_cursor` is always `null`). `404`
/// when the project does not exist.
#[utoipa::path(
    operation_id = "list_project_risks",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"), RiskQuery),
    responses((status = 200, description = "The project's risks", body = RiskList))
)]
#[get("/projects/{id}/risks")]
pub async fn list_risks(
    call: Call,
    id: web::Path<String>,
    query: web::Query<RiskQuery>,
) -> Result<HttpResponse, ApiError> {
    let list = projects::risks(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Reads a risk of a project.
///
/// For monitors (committee members) and administrators; `404` when the project has no
/// risk with the id. The `ETag` is the version to send in `If-Match` when changing it.
#[utoipa::path(
    operation_id = "get_project_risk",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("risk_id" = Uuid, Path, description = "The risk's id")),
    responses((status = 200, description = "The risk", body = Risk,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/projects/{id}/risks/{risk_id}")]
pub async fn get_risk(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let risk = projects::risk(&call, path_id(&project)?, path_id(&id)?).await?;
    Ok(versioned(risk.version, &risk))
}

/// Changes a risk with a JSON merge patch.
///
/// A review: a new likelihood, impact, owner, mitigation, status or `reviewed_on` (not in
/// the future); the `score` follows. `id`, `project_id`, `score`, `version` and the
/// timestamps may be sent only unchanged (`422` `read_only`). For administrators only; a
/// stale `If-Match` is a `412`.
#[utoipa::path(
    operation_id = "patch_project_risk",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("risk_id" = Uuid, Path, description = "The risk's id"), IfMatch),
    request_body(content = RiskPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the risk", body = RiskAnswer,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/projects/{id}/risks/{risk_id}")]
pub async fn patch_risk(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let answer =
        projects::update_risk(&call, path_id(&project)?, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a project: any subset of its writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"ends_on": "2028-06-30"}))]
#[allow(dead_code)]
pub struct ProjectPatch {
    #[schema(min_length = 1, max_length = 200)]
    name: Option<String>,
    #[schema(min_length = 1, max_length = 2000)]
    objective: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    starts_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    ends_on: Option<String>,
}

/// A merge patch of a risk: any subset of its writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"likelihood": 2, "status": "mitigated", "reviewed_on": "2026-11-28"}))]
#[allow(dead_code)]
pub struct RiskPatch {
    #[schema(min_length = 1, max_length = 2000)]
    description: Option<String>,
    #[schema(minimum = 1, maximum = 5)]
    likelihood: Option<i64>,
    #[schema(minimum = 1, maximum = 5)]
    impact: Option<i64>,
    #[schema(value_type = Option<String>, format = Uuid)]
    owner_organisation_id: Option<String>,
    #[schema(min_length = 1, max_length = 2000, nullable)]
    mitigation: Option<String>,
    #[schema(value_type = Option<integra_domain::steering::risk::RiskStatus>)]
    status: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    reviewed_on: Option<String>,
}

/// Records an element of a project's programme logic.
///
/// An outcome (no `parent_id`), an output under one of the project's outcomes
/// (`parent_id` required; a parent that is not an outcome is a `422` `not_an_outcome`), or
/// an assumption of the project or of the element `parent_id`. A `parent_id` that is no
/// element of the project is a `422` `not_found`, and a `code` already used by an element
/// of the same kind a `422` `taken`. For administrators only; the `Location` is the
/// project's logic.
#[utoipa::path(
    operation_id = "add_project_logic_element",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    request_body(content = ElementInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the element", body = ElementAnswer,
        headers(("Location" = String, description = "The project's logic"), ("ETag" = String, description = "The version"))))
)]
#[post("/projects/{id}/logic")]
pub async fn add_element(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<ElementInput>,
) -> Result<HttpResponse, ApiError> {
    let project = path_id(&id)?;
    let answer = framework::add_element(&call, project, input).await?;
    Ok(created_answer(
        format!("{}/logic", location(project)),
        &answer,
    ))
}

/// Reads a project's programme logic: objective, outcomes, outputs and assumptions.
///
/// The elements come as outcomes, then outputs, then assumptions, each by code. For
/// monitors (committee members) and administrators; `404` when the project does not
/// exist.
#[utoipa::path(
    operation_id = "get_project_logic",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    responses((status = 200, description = "The programme logic", body = Logic))
)]
#[get("/projects/{id}/logic")]
pub async fn get_logic(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let logic = framework::logic(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(logic))
}

/// Records an indicator on a project's objective or one of its elements.
///
/// It is bound to a report figure (`figure`: the report, the figure's id and the report's
/// filters) or measured by hand (no `figure`). A figure the report does not publish is a
/// `422` `unknown_figure`, an `element_id` that is no element of the project a `422`
/// `not_found`, and a `target` equal to the `baseline` a `422` `same_as_baseline`. For
/// administrators only; the answer carries the indicator's actual value today.
///
/// A bound indicator's actual value on a day is the figure over the project's
/// days up to then (its end at the latest), counted over everyone's records.
#[utoipa::path(
    operation_id = "add_project_indicator",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    request_body(content = IndicatorInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the indicator, with its actual value today", body = IndicatorAnswer,
        headers(("Location" = String, description = "The indicator's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/projects/{id}/indicators")]
pub async fn add_indicator(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<IndicatorInput>,
) -> Result<HttpResponse, ApiError> {
    let project = path_id(&id)?;
    let answer = framework::add_indicator(&call, project, input).await?;
    let location = format!("{}/indicators/{}", location(project), answer.id());
    Ok(created_answer(location, &answer))
}

/// Lists a project's indicators, each with its actual value on a day.
///
/// The day is `as_of` (today when absent). A bound indicator's value is its report figure
/// over the project's days up to then (a monitor sees a small cell as `null`); one
/// measured by hand takes its latest measurement up to then. For monitors (committee
/// members) and administrators; the indicators come in one page.
#[utoipa::path(
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"), AsOfQuery),
    responses((status = 200, description = "The indicators", body = IndicatorList))
)]
#[get("/projects/{id}/indicators")]
pub async fn list_project_indicators(
    call: Call,
    id: web::Path<String>,
    query: web::Query<AsOfQuery>,
) -> Result<HttpResponse, ApiError> {
    let list = framework::indicators(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Reads an indicator with its actual value on `as_of` (today when absent).
///
/// The value is worked out as in the list of the project's indicators (a monitor sees a
/// small cell as `null`). For monitors (committee members) and administrators; `404` when
/// the project has no indicator with the id.
#[utoipa::path(
    operation_id = "get_project_indicator",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("indicator_id" = Uuid, Path, description = "The indicator's id"), AsOfQuery),
    responses((status = 200, description = "The indicator", body = Indicator,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/projects/{id}/indicators/{indicator_id}")]
pub async fn get_indicator(
    call: Call,
    path: web::Path<(String, String)>,
    query: web::Query<AsOfQuery>,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let indicator =
        framework::indicator(&call, path_id(&project)?, path_id(&id)?, query.into_inner()).await?;
    Ok(versioned(indicator.version, &indicator))
}

/// Records a measurement of an indicator measured by hand.
///
/// `measured_on` may not be in the future; the latest measurement up to a day is the
/// indicator's actual value on that day. An indicator bound to a report figure is a `409`
/// `bound_to_figure`. For administrators only.
#[utoipa::path(
    operation_id = "add_indicator_measurement",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("indicator_id" = Uuid, Path, description = "The indicator's id")),
    request_body(content = MeasurementInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the measurement", body = MeasurementAnswer,
            headers(("Location" = String, description = "The indicator's measurements"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/projects/{id}/indicators/{indicator_id}/measurements")]
pub async fn add_measurement(
    call: Call,
    path: web::Path<(String, String)>,
    JsonBody(input): JsonBody<MeasurementInput>,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let (project, id) = (path_id(&project)?, path_id(&id)?);
    let answer = framework::add_measurement(&call, project, id, input).await?;
    let location = format!("{}/indicators/{id}/measurements", location(project));
    Ok(created_answer(location, &answer))
}

/// Lists the measurements of an indicator, by day.
///
/// For monitors (committee members) and administrators; the measurements come in one
/// page. `404` when the project has no indicator with the id.
#[utoipa::path(
    operation_id = "list_indicator_measurements",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("indicator_id" = Uuid, Path, description = "The indicator's id")),
    responses((status = 200, description = "The measurements", body = MeasurementList))
)]
#[get("/projects/{id}/indicators/{indicator_id}/measurements")]
pub async fn list_measurements(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let list = framework::measurements(&call, path_id(&project)?, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Records an activity of a project's work plan.
///
/// It names the organisation responsible, the planned (and actual) start and end, a
/// status and the outputs of the project's logic it serves. Actual dates may not be in
/// the future, a `completed` activity needs an `actual_end`, and an organisation or
/// output that is not found is a `422`. For administrators only.
#[utoipa::path(
    operation_id = "add_project_activity",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    request_body(content = ActivityInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the activity", body = ActivityAnswer,
        headers(("Location" = String, description = "The activity's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/projects/{id}/activities")]
pub async fn add_activity(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<ActivityInput>,
) -> Result<HttpResponse, ApiError> {
    let project = path_id(&id)?;
    let answer = activities::create(&call, project, input).await?;
    let location = format!("{}/activities/{}", location(project), answer.id());
    Ok(created_answer(location, &answer))
}

/// Lists a project's work plan, by planned start.
///
/// With `late_on`, only the activities late on that day: not completed or cancelled, and
/// not started or not ended though planned to be before it. For monitors (committee
/// members) and administrators; the activities come in one page.
#[utoipa::path(
    operation_id = "list_project_activities",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"), ActivityQuery),
    responses((status = 200, description = "The activities", body = ActivityList))
)]
#[get("/projects/{id}/activities")]
pub async fn list_activities(
    call: Call,
    id: web::Path<String>,
    query: web::Query<ActivityQuery>,
) -> Result<HttpResponse, ApiError> {
    let list = activities::list(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Reads an activity of a project's work plan.
///
/// For monitors (committee members) and administrators; `404` when the project has no
/// activity with the id. The `ETag` is the version to send in `If-Match` when changing
/// it.
#[utoipa::path(
    operation_id = "get_project_activity",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("activity_id" = Uuid, Path, description = "The activity's id")),
    responses((status = 200, description = "The activity", body = Activity,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/projects/{id}/activities/{activity_id}")]
pub async fn get_activity(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let activity = activities::get(&call, path_id(&project)?, path_id(&id)?).await?;
    Ok(versioned(activity.version, &activity))
}

/// Changes an activity with a JSON merge patch: its progress or its plan.
///
/// Progress is the status and the actual dates; the rules of recording an activity apply
/// again (actual dates not in the future, a `completed` activity needs an `actual_end`).
/// For administrators only; a stale `If-Match` is a `412`.
#[utoipa::path(
    operation_id = "patch_project_activity",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("activity_id" = Uuid, Path, description = "The activity's id"), IfMatch),
    request_body(content = ActivityPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the activity", body = ActivityAnswer,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/projects/{id}/activities/{activity_id}")]
pub async fn patch_activity(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let answer =
        activities::update(&call, path_id(&project)?, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of an activity: any subset of its writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"status": "completed", "actual_end": "2026-05-06"}))]
#[allow(dead_code)]
pub struct ActivityPatch {
    #[schema(min_length = 1, max_length = 200)]
    title: Option<String>,
    #[schema(value_type = Option<String>, format = Uuid)]
    responsible_organisation_id: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    planned_start: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    planned_end: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    actual_start: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    actual_end: Option<String>,
    #[schema(value_type = Option<integra_domain::steering::activity::ActivityStatus>)]
    status: Option<String>,
    #[schema(value_type = Option<Vec<String>>)]
    output_ids: Option<Vec<String>>,
}

/// Records a committee meeting of a project, with its action items.
///
/// The meeting has its day (not in the future), its kind, the members present, the
/// agenda, the decisions (and what each endorses) and the action items, each with an
/// owner organisation and a due date. A member or owner that is not found is a `422`
/// `not_found`. For administrators only.
#[utoipa::path(
    operation_id = "add_project_meeting",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    request_body(content = MeetingInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the meeting with its action items", body = MeetingAnswer,
        headers(("Location" = String, description = "The meeting's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/projects/{id}/meetings")]
pub async fn add_meeting(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<MeetingInput>,
) -> Result<HttpResponse, ApiError> {
    let project = path_id(&id)?;
    let answer = meetings::create(&call, project, input).await?;
    let location = format!("{}/meetings/{}", location(project), answer.id());
    Ok(created_answer(location, &answer))
}

/// Lists a project's committee meetings by day, each with its action items.
///
/// For monitors (committee members) and administrators; the meetings come in one page.
/// `404` when the project does not exist.
#[utoipa::path(
    operation_id = "list_project_meetings",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id")),
    responses((status = 200, description = "The meetings", body = MeetingList))
)]
#[get("/projects/{id}/meetings")]
pub async fn list_meetings(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let list = meetings::list(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Reads a committee meeting, with its action items.
///
/// For monitors (committee members) and administrators; `404` when the project has no
/// meeting with the id.
#[utoipa::path(
    operation_id = "get_project_meeting",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("meeting_id" = Uuid, Path, description = "The meeting's id")),
    responses((status = 200, description = "The meeting", body = Meeting,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/projects/{id}/meetings/{meeting_id}")]
pub async fn get_meeting(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let meeting = meetings::get(&call, path_id(&project)?, path_id(&id)?).await?;
    Ok(versioned(meeting.version, &meeting))
}

/// Lists a project's action items, by due day.
///
/// With `overdue_on`, only those overdue on that day: not done, and due before it. For
/// monitors (committee members) and administrators; the action items come in one page.
#[utoipa::path(
    operation_id = "list_project_action_items",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"), ActionItemQuery),
    responses((status = 200, description = "The action items", body = ActionItemList))
)]
#[get("/projects/{id}/action-items")]
pub async fn list_action_items(
    call: Call,
    id: web::Path<String>,
    query: web::Query<ActionItemQuery>,
) -> Result<HttpResponse, ApiError> {
    let list = meetings::action_items(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Marks an action item done (`done_on`), or open again (`null`).
///
/// The body is a JSON merge patch of `done_on`, a day not in the future; the other fields
/// may be sent only unchanged (`422` `read_only`). For administrators only; a stale
/// `If-Match` is a `412`.
#[utoipa::path(
    operation_id = "patch_project_action_item",
    tag = "steering",
    params(("id" = Uuid, Path, description = "The project's id"),
        ("action_item_id" = Uuid, Path, description = "The action item's id"), IfMatch),
    request_body(content = ActionItemProgress, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the action item", body = ActionItemAnswer,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/projects/{id}/action-items/{action_item_id}")]
pub async fn patch_action_item(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (project, id) = path.into_inner();
    let answer =
        meetings::update_action_item(&call, path_id(&project)?, path_id(&id)?, patch, if_match.0)
            .await?;
    Ok(written(&answer))
}

/// Reads the progress report of a project on a day, for the steering committee.
///
/// The project is `project_id` (required: `422` without it, `404` when no project has it)
/// and the day `as_of` (today when absent). The report gives the objective's indicators
/// and every outcome and output with its indicators (baseline, target, actual on the day,
/// and a status from the share of the target reached against the share of time elapsed:
/// `on_track` when at least as far, `at_risk` when at least three quarters as far,
/// `off_track` below, `not_measured` without a value), the assumptions, the risks by
/// score, the activities late against the plan, the overdue action items, and the
/// decisions since the committee last met. For monitors (committee members) and
/// administrators; a monitor sees a small cell of a report figure as `null`.
///
/// With `Accept: text/html`: the same report as a self-contained printable
/// page for the committee's papers (inline CSS and SVG bar charts of each
/// indicator's actual value against its target; no scripts, nothing loaded
/// from elsewhere), in Georgian or English by `Accept-Language`.
#[utoipa::path(
    tag = "steering",
    params(crate::services::progress::ProgressQuery),
    responses((status = 200, description = "The progress report", content(
        (crate::services::progress::ProgressReport = "application/json"),
        (String = "text/html", example = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Progress report: Strengthening the Migration Division</title></head><body>...</body></html>"),
    )),
    (status = 404, response = crate::openapi::NotFound))
)]
#[get("/steering/progress-report")]
pub async fn progress_report(
    call: Call,
    req: HttpRequest,
    query: web::Query<crate::services::progress::ProgressQuery>,
) -> Result<HttpResponse, ApiError> {
    if crate::routes::accepts(&req, "text/html") {
        let lang = crate::routes::language(&req);
        let page = progress::page(&call, query.into_inner(), lang).await?;
        return Ok(HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, progress::page::HTML_MEDIA_TYPE))
            .insert_header((header::CONTENT_LANGUAGE, lang.as_str()))
            .insert_header((
                header::CONTENT_SECURITY_POLICY,
                progress::page::CONTENT_SECURITY_POLICY,
            ))
            .insert_header((header::VARY, "Accept, Accept-Language"))
            .body(page));
    }
    let report = progress::report(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(report))
}
