//! Projects steered by the committee and their risks: `/projects`. Each
//! handler parses the request and calls one use case of
//! [`crate::services::projects`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::steering::project::{Project, ProjectInput};
use integra_domain::steering::risk::{Risk, RiskInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::{ProjectAnswer, RiskAnswer};
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
        .service(patch_risk);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/projects/{id}")
}

/// Records a project steered by the committee: its name, objective and dates.
///
/// For administrators; monitors (committee members) read projects and risks.
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

/// Records a risk of a project: likelihood and impact (1 to 5; the score is
/// their product), owner, mitigation, status, when last reviewed.
#[utoipa::path(
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
#[utoipa::path(
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
#[utoipa::path(
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

/// Changes a risk with a JSON merge patch (a review: new likelihood, impact,
/// status, `reviewed_on`).
#[utoipa::path(
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
