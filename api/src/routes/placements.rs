//! Job placements: `/job-placements`. Each handler parses the request and calls
//! one use case of [`crate::services::placements`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::placement::{EmploymentTerm, JobPlacement, PlacementInput, PlacementLocation};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::PlacementAnswer;
use crate::services::placements::{self, PlacementPage, PlacementQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_placement)
        .service(list_placements)
        .service(get_placement)
        .service(patch_placement);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/job-placements/{id}")
}

/// Records a job placement: a person placed in a job at home or abroad.
///
/// For case workers and employment counsellors; the placement is their
/// organisation's (the ministry's for an account without one).
/// A job abroad needs a `country` other than `GE`; a person, employer or programme
/// that does not exist is a `422`, a person whose data is erased a `409`.
#[utoipa::path(
    tag = "job-placements",
    request_body(content = PlacementInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the placement", body = PlacementAnswer,
            headers(("Location" = String, description = "The placement's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/job-placements")]
pub async fn create_placement(
    call: Call,
    JsonBody(input): JsonBody<PlacementInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = placements::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the job placements of the caller's organisation.
///
/// Returns one page in the order recorded, filtered by `person_id`, start date (`from`,
/// `to`), `location`, `term` and `programme_id`, with cursor paging (`limit`, `cursor`).
/// For case workers and employment counsellors (administrators see every organisation's);
/// every placement listed is recorded in the audit log as a read.
#[utoipa::path(
    tag = "job-placements",
    params(PlacementQuery),
    responses((status = 200, description = "One page of placements", body = PlacementPage))
)]
#[get("/job-placements")]
pub async fn list_placements(
    call: Call,
    query: web::Query<PlacementQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(placements::list(&call, query.into_inner()).await?))
}

/// Reads a job placement.
///
/// Returns the placement with its version as the `ETag`. Another organisation's
/// placement is a `404` (administrators reach all); the read is audited.
#[utoipa::path(
    tag = "job-placements",
    params(("id" = Uuid, Path, description = "The placement's id")),
    responses((status = 200, description = "The placement", body = JobPlacement,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/job-placements/{id}")]
pub async fn get_placement(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let placement = placements::get(&call, path_id(&id)?).await?;
    Ok(versioned(placement.version, &placement))
}

/// Changes a job placement with a JSON merge patch (its end date, say).
///
/// Same callers and organisation rule as a read. `organisation_id` and `recorded_by`
/// may be sent only unchanged; a stale `If-Match` is a `412`, and a placement of a
/// person whose data is erased is a `409`. Answers with the placement as changed.
#[utoipa::path(
    tag = "job-placements",
    params(("id" = Uuid, Path, description = "The placement's id"), IfMatch),
    request_body(content = PlacementPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the placement", body = PlacementAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/job-placements/{id}")]
pub async fn patch_placement(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = placements::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a job placement: any subset of its fields.
#[derive(ToSchema)]
#[schema(example = json!({"ends_on": "2026-06-15"}))]
#[allow(dead_code)]
pub struct PlacementPatch {
    person_id: Option<Uuid>,
    #[schema(value_type = Option<PlacementLocation>)]
    location: Option<String>,
    #[schema(pattern = "^[A-Z]{2}$", nullable)]
    country: Option<String>,
    employer_organisation_id: Option<Uuid>,
    #[schema(value_type = Option<EmploymentTerm>)]
    term: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    starts_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    ends_on: Option<String>,
    #[schema(nullable)]
    programme_id: Option<Uuid>,
    #[schema(max_length = 2000, nullable)]
    note: Option<String>,
}
