//! Residence permits of a foreigner: `/persons/{id}/residence-permits` and
//! `/residence-permits/expiring`. Each handler parses the request and calls
//! one use case of [`crate::services::residence_permits`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::integration::permit::{PermitInput, PermitType, ResidencePermit};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::ResidencePermitAnswer;
use crate::services::residence_permits::{self, ExpiringQuery, PermitList};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(expiring_permits)
        .service(list_permits)
        .service(create_permit)
        .service(get_permit)
        .service(patch_permit);
}

fn location(person: Uuid, permit: Uuid) -> String {
    format!("/api/v1/persons/{person}/residence-permits/{permit}")
}

/// The person's and the permit's ids of a permit's path.
fn path_ids(path: &(String, String)) -> Result<(Uuid, Uuid), ApiError> {
    Ok((path_id(&path.0)?, path_id(&path.1)?))
}

/// Records a residence permit of a foreigner.
///
/// A Georgian citizen is a `422` `not_a_foreigner`; a permit overlapping
/// another of the same type of the person is a `422` `overlaps` on `issued_on`.
///
/// For case workers, administrators and service accounts with `persons:write`.
/// `valid_until` is required except for a `permanent` permit; a person whose data is
/// erased is a `409` `erased`.
#[utoipa::path(
    operation_id = "create_residence_permit",
    tag = "residence-permits",
    params(("id" = Uuid, Path, description = "The person's id")),
    request_body(content = PermitInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the permit, or its id and version to a caller who may not read it", body = ResidencePermitAnswer,
            headers(("Location" = String, description = "The permit's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/persons/{id}/residence-permits")]
pub async fn create_permit(
    call: Call,
    person: web::Path<String>,
    JsonBody(input): JsonBody<PermitInput>,
) -> Result<HttpResponse, ApiError> {
    let person = path_id(&person)?;
    let answer = residence_permits::create(&call, person, input).await?;
    Ok(created_answer(location(person, answer.id()), &answer))
}

/// Lists a person's residence permits in the order recorded (one page).
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`. All permits come in one page (`next_cursor` is `null`); the read of
/// the person and of every permit listed is recorded.
#[utoipa::path(
    operation_id = "list_residence_permits",
    tag = "residence-permits",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses((status = 200, description = "The person's permits", body = PermitList))
)]
#[get("/persons/{id}/residence-permits")]
pub async fn list_permits(call: Call, person: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let list = residence_permits::list(&call, path_id(&person)?).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Lists the residence permits that expire soon, soonest first, for follow-up.
///
/// The permits whose validity ends from today to `within_days` days ahead (0 to 366, 30
/// by default), of every person. `within_days=0` lists the permits that end today
/// (Tbilisi). Every permit listed is recorded as a read.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`. Pages with `limit` (1 to 500, 50 by default) and `cursor`.
#[utoipa::path(
    operation_id = "list_expiring_residence_permits",
    tag = "residence-permits",
    params(ExpiringQuery),
    responses((status = 200, description = "One page of expiring permits", body = PermitList))
)]
#[get("/residence-permits/expiring")]
pub async fn expiring_permits(
    call: Call,
    query: web::Query<ExpiringQuery>,
) -> Result<HttpResponse, ApiError> {
    let list = residence_permits::expiring(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Reads a residence permit.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`; the read is recorded in the audit log. A permit of another person is a
/// `404`; the `ETag` is the version to send as `If-Match`.
#[utoipa::path(
    operation_id = "get_residence_permit",
    tag = "residence-permits",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("permit_id" = Uuid, Path, description = "The permit's id"),
    ),
    responses((status = 200, description = "The permit", body = ResidencePermit,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/persons/{id}/residence-permits/{permit_id}")]
pub async fn get_permit(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    let permit = residence_permits::get(&call, person, id).await?;
    Ok(versioned(permit.version, &permit))
}

/// Changes a residence permit with a JSON merge patch (its end, say).
///
/// For case workers, administrators and service accounts with `persons:write`. The result
/// follows the rules of a new permit (`valid_until` required except for a `permanent`
/// one, no overlap with another of its type: `422` `overlaps`); `id`, `person_id`,
/// `recorded_by`, `version` and the timestamps may be sent only unchanged. An erased
/// person's permits are not changed (`409` `erased`), and a stale `If-Match` is a `412`.
#[utoipa::path(
    operation_id = "patch_residence_permit",
    tag = "residence-permits",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("permit_id" = Uuid, Path, description = "The permit's id"),
        IfMatch,
    ),
    request_body(content = PermitPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the permit, or its id and version to a caller who may not read it", body = ResidencePermitAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/persons/{id}/residence-permits/{permit_id}")]
pub async fn patch_permit(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (person, id) = path_ids(&path)?;
    let answer = residence_permits::update(&call, person, id, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a residence permit: any subset of its fields; `valid_until`
/// and `note` may be cleared with `null` (a permit without an end must be
/// `permanent`).
#[derive(ToSchema)]
#[schema(example = json!({"valid_until": "2027-02-28"}))]
#[allow(dead_code)]
pub struct PermitPatch {
    #[schema(rename = "type", value_type = Option<PermitType>)]
    permit_type: Option<String>,
    #[schema(max_length = 50)]
    number: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    issued_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    valid_until: Option<String>,
    #[schema(max_length = 200)]
    issuing_authority: Option<String>,
    #[schema(max_length = 2000, nullable)]
    note: Option<String>,
}
