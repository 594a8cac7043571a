//! Households: create, read, add and remove members. Each handler parses the
//! request and calls one use case of [`crate::services::households`].

use actix_web::{delete, get, post, web, HttpResponse};
use integra_domain::household::{Household, HouseholdInput, MemberInput};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::HouseholdAnswer;
use crate::services::households;
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_household)
        .service(get_household)
        .service(add_member)
        .service(remove_member);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/households/{id}")
}

/// Creates an empty household.
///
/// Takes an optional `name` and `region`; members are added afterwards through
/// `POST /households/{id}/members`. For administrators, case workers and service
/// accounts with `persons:write`; the answer is the household to a caller who may read
/// persons, else only its `id` and `version`.
#[utoipa::path(
    tag = "households",
    request_body(content = HouseholdInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created: the household, or its id and version to a caller who may not read it", body = HouseholdAnswer,
            headers(("Location" = String, description = "The household's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/households")]
pub async fn create_household(
    call: Call,
    JsonBody(input): JsonBody<HouseholdInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = households::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Reads a household with its members.
///
/// Returns the household, its members' person ids and its version as the `ETag`. For
/// callers who may read persons (administrators, case workers, employment counsellors,
/// `persons:read`); the read is audited for the household and for each member.
#[utoipa::path(
    tag = "households",
    params(("id" = Uuid, Path, description = "The household's id")),
    responses((status = 200, description = "The household", body = Household,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/households/{id}")]
pub async fn get_household(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let household = households::get(&call, path_id(&id)?).await?;
    Ok(versioned(household.version, &household))
}

/// Adds a person to the household.
///
/// A person belongs to one household at most: a member of this or another household is
/// a `409` naming that household, and an unknown `person_id` a `422`. Same callers and
/// answer as creating a household; a stale `If-Match` is a `412`. The change is audited
/// on the household and on the person.
#[utoipa::path(
    operation_id = "add_household_member",
    tag = "households",
    params(("id" = Uuid, Path, description = "The household's id"), IfMatch),
    request_body(content = MemberInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The household with the new member, or its id and version to a caller who may not read it", body = HouseholdAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/households/{id}/members")]
pub async fn add_member(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MemberInput>,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let answer = households::add_member(&call, id, input, if_match.0).await?;
    Ok(written(&answer))
}

/// Removes a person from the household.
///
/// A person who is not a member of this household is a `404`; a stale `If-Match` is a
/// `412`. Same callers and answer as creating a household; the change is audited on the
/// household and on the person.
#[utoipa::path(
    operation_id = "remove_household_member",
    tag = "households",
    params(
        ("id" = Uuid, Path, description = "The household's id"),
        ("person_id" = Uuid, Path, description = "The member's person id"),
        IfMatch,
    ),
    responses((status = 200, description = "The household without the member, or its id and version to a caller who may not read it", body = HouseholdAnswer,
        headers(("ETag" = String, description = "The new version"))))
)]
#[delete("/households/{id}/members/{person_id}")]
pub async fn remove_member(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let (id, person) = (path_id(&path.0)?, path_id(&path.1)?);
    let answer = households::remove_member(&call, id, person, if_match.0).await?;
    Ok(written(&answer))
}
