//! Movement assistance of a foreign migrant: `/persons/{id}/movements`. Each
//! handler parses the request and calls one use case of
//! [`crate::services::movements`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::movement::{Movement, MovementHelp, MovementInput, MovementKind};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::MovementAnswer;
use crate::services::movements::{self, MovementPage, MovementQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_movements)
        .service(create_movement)
        .service(get_movement)
        .service(patch_movement);
}

fn location(person: Uuid, movement: Uuid) -> String {
    format!("/api/v1/persons/{person}/movements/{movement}")
}

/// The person's and the movement's ids of a movement's path.
fn path_ids(path: &(String, String)) -> Result<(Uuid, Uuid), ApiError> {
    Ok((path_id(&path.0)?, path_id(&path.1)?))
}

/// Records movement assistance: a foreigner helped to leave Georgia.
///
/// A person whose citizenship is Georgian is a `422` `not_a_foreigner`.
/// For administrators, case workers and service accounts with `persons:write`; the
/// answer is the movement to a caller who may read persons, else only its `id` and
/// `version`. An unknown person is a `404`, a person whose data is erased a `409`.
#[utoipa::path(
    tag = "movements",
    params(("id" = Uuid, Path, description = "The person's id")),
    request_body(content = MovementInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the movement, or its id and version to a caller who may not read it", body = MovementAnswer,
            headers(("Location" = String, description = "The movement's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/persons/{id}/movements")]
pub async fn create_movement(
    call: Call,
    person: web::Path<String>,
    JsonBody(input): JsonBody<MovementInput>,
) -> Result<HttpResponse, ApiError> {
    let person = path_id(&person)?;
    let answer = movements::create(&call, person, input).await?;
    Ok(created_answer(location(person, answer.id()), &answer))
}

/// Lists a person's movement assistance in the order recorded.
///
/// Returns one page, filtered by departure date (`from`, `to`) and `kind`, with cursor
/// paging (`limit`, `cursor`). For callers who may read persons (administrators, case
/// workers, employment counsellors, `persons:read`); an unknown person is a `404`.
/// The read of the person and of every movement listed is audited.
#[utoipa::path(
    tag = "movements",
    params(("id" = Uuid, Path, description = "The person's id"), MovementQuery),
    responses((status = 200, description = "One page of movements", body = MovementPage))
)]
#[get("/persons/{id}/movements")]
pub async fn list_movements(
    call: Call,
    person: web::Path<String>,
    query: web::Query<MovementQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = movements::list(&call, path_id(&person)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads movement assistance.
///
/// Returns the movement with its version as the `ETag`; a movement recorded on
/// another person is a `404`. For callers who may read persons; the read is audited.
#[utoipa::path(
    tag = "movements",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("movement_id" = Uuid, Path, description = "The movement's id"),
    ),
    responses((status = 200, description = "The movement", body = Movement,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/persons/{id}/movements/{movement_id}")]
pub async fn get_movement(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    let movement = movements::get(&call, person, id).await?;
    Ok(versioned(movement.version, &movement))
}

/// Changes movement assistance with a JSON merge patch.
///
/// Same callers and answer as recording it. `person_id` and `recorded_by` may be sent
/// only unchanged; a stale `If-Match` is a `412`, a person whose data is erased a
/// `409`, and the person must still not be a Georgian citizen (`422`).
#[utoipa::path(
    tag = "movements",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("movement_id" = Uuid, Path, description = "The movement's id"),
        IfMatch,
    ),
    request_body(content = MovementPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the movement, or its id and version to a caller who may not read it", body = MovementAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/persons/{id}/movements/{movement_id}")]
pub async fn patch_movement(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    let answer = movements::update(&call, person, id, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of movement assistance: any subset of its fields (`help` as a
/// whole list).
#[derive(ToSchema)]
#[schema(example = json!({"help": ["ticket", "escort"]}))]
#[allow(dead_code)]
pub struct MovementPatch {
    #[schema(value_type = Option<String>, format = Date)]
    departed_on: Option<String>,
    #[schema(pattern = "^[A-Z]{2}$")]
    destination_country: Option<String>,
    #[schema(value_type = Option<MovementKind>)]
    kind: Option<String>,
    #[schema(value_type = Option<Vec<MovementHelp>>, min_items = 1, max_items = 4)]
    help: Option<Vec<String>>,
    organisation_id: Option<Uuid>,
    #[schema(max_length = 2000, nullable)]
    note: Option<String>,
}
