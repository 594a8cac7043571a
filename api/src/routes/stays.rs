//! A person's stays abroad: `/persons/{id}/stays-abroad`. Each handler parses the
//! request and calls one use case of [`crate::services::stays`].

use actix_web::{delete, get, patch, post, web, HttpResponse};
use integra_domain::stay::{StayAbroad, StayInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::StayAnswer;
use crate::services::stays::{self, StayList};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_stays)
        .service(create_stay)
        .service(get_stay)
        .service(patch_stay)
        .service(delete_stay);
}

fn location(person: Uuid, stay: Uuid) -> String {
    format!("/api/v1/persons/{person}/stays-abroad/{stay}")
}

/// The person's and the stay's ids of a stay's path.
fn path_ids(path: &(String, String)) -> Result<(Uuid, Uuid), ApiError> {
    Ok((path_id(&path.0)?, path_id(&path.1)?))
}

/// Records a stay abroad of a person.
///
/// For case workers, administrators and service accounts with `persons:write`. The stay
/// may not overlap another stay of the person (`422` `overlaps` on `start_date`);
/// `end_date` is the return date, not in the future, and `return_type` comes only with
/// it. A person whose data is erased is a `409` `erased`.
#[utoipa::path(
    tag = "stays-abroad",
    params(("id" = Uuid, Path, description = "The person's id")),
    request_body(content = StayInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the stay, or its id and version to a caller who may not read it", body = StayAnswer,
            headers(("Location" = String, description = "The stay's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/persons/{id}/stays-abroad")]
pub async fn create_stay(
    call: Call,
    person: web::Path<String>,
    JsonBody(input): JsonBody<StayInput>,
) -> Result<HttpResponse, ApiError> {
    let person = path_id(&person)?;
    let answer = stays::create(&call, person, input).await?;
    Ok(created_answer(location(person, answer.id()), &answer))
}

/// Lists a person's stays abroad, earliest first.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`. All stays come in one page (`next_cursor` is always `null`); the read
/// is recorded as a read of the person.
#[utoipa::path(
    tag = "stays-abroad",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses((status = 200, description = "The stays", body = StayList))
)]
#[get("/persons/{id}/stays-abroad")]
pub async fn list_stays(call: Call, person: web::Path<String>) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(stays::list(&call, path_id(&person)?).await?))
}

/// Reads one stay abroad.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`; the read is recorded in the audit log. A stay of another person is a
/// `404`; the `ETag` is the version to send as `If-Match`.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("stay_id" = Uuid, Path, description = "The stay's id"),
    ),
    responses((status = 200, description = "The stay", body = StayAbroad,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/persons/{id}/stays-abroad/{stay_id}")]
pub async fn get_stay(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    let stay = stays::get(&call, person, id).await?;
    Ok(versioned(stay.version, &stay))
}

/// Changes a stay abroad with a JSON merge patch.
///
/// For case workers, administrators and service accounts with `persons:write`. The
/// changed stay may not overlap another of the person's (`422` `overlaps`); `id`,
/// `person_id`, `version` and the timestamps may be sent only unchanged. An erased
/// person's stays are not changed (`409` `erased`), and a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("stay_id" = Uuid, Path, description = "The stay's id"),
        IfMatch,
    ),
    request_body(content = StayPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the stay, or its id and version to a caller who may not read it", body = StayAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/persons/{id}/stays-abroad/{stay_id}")]
pub async fn patch_stay(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    let answer = stays::update(&call, person, id, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// Deletes a stay recorded in error.
///
/// For case workers, administrators and service accounts with `persons:write`; answers
/// `204`. An erased person's stays are kept (`409` `erased`), and a stale `If-Match` is a
/// `412`.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("stay_id" = Uuid, Path, description = "The stay's id"),
        IfMatch,
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[delete("/persons/{id}/stays-abroad/{stay_id}")]
pub async fn delete_stay(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    stays::delete(&call, person, id, if_match.0).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A merge patch of a stay abroad: any subset of its fields.
#[derive(ToSchema)]
#[schema(example = json!({"end_date": "2024-06-01", "return_type": "spontaneous"}))]
#[allow(dead_code)]
pub struct StayPatch {
    #[schema(pattern = "^[A-Z]{2}$")]
    country: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    start_date: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    end_date: Option<String>,
    #[schema(value_type = Option<integra_domain::stay::LegalStatus>)]
    legal_status: Option<String>,
    #[schema(value_type = Option<integra_domain::stay::ReturnType>, nullable)]
    return_type: Option<String>,
}
