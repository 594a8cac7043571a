//! Households: create, read, add and remove members.

use actix_web::{delete, get, post, web, HttpRequest, HttpResponse};
use integra_domain::access::Permission;
use integra_domain::household::{Household, HouseholdInput, MemberInput};
use integra_persistence::households;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::state::{audit, AppState};

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
#[utoipa::path(
    tag = "households",
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    request_body(content = HouseholdInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = Household,
            headers(("Location" = String, description = "The household's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/households")]
pub async fn create_household(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<HouseholdInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entry = audit(&principal, &req, "household.created", "household", Some(id));
    let household = state
        .audited(vec![entry], move |c, now| {
            households::insert(c, id, &fields, now)
        })
        .await?;
    Ok(created(location(id), household.version, &household))
}

/// Reads a household with its members.
#[utoipa::path(
    tag = "households",
    params(("id" = Uuid, Path, description = "The household's id")),
    responses(
        (status = 200, description = "The household", body = Household, headers(("ETag" = String, description = "The version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/households/{id}")]
pub async fn get_household(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadPersons)?;
    let id = path_id(&id)?;
    let entry = audit(&principal, &req, "household.read", "household", Some(id));
    let household = state
        .audited_read(vec![entry], move |c| households::get(c, id))
        .await?;
    Ok(versioned(household.version, &household))
}

/// Adds a person to the household. A person belongs to one household at most.
#[utoipa::path(
    tag = "households",
    params(
        ("id" = Uuid, Path, description = "The household's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the household's version"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = MemberInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The household with the new member", body = Household,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/households/{id}/members")]
pub async fn add_member(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MemberInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let id = path_id(&id)?;
    let expected = if_match.version()?;
    let entries = vec![
        audit(
            &principal,
            &req,
            "household.member_added",
            "household",
            Some(id),
        ),
        audit(
            &principal,
            &req,
            "person.household_changed",
            "person",
            Some(input.person_id),
        ),
    ];
    let household = state
        .audited(entries, move |c, now| {
            households::add_member(c, id, input.person_id, expected, now)
        })
        .await?;
    Ok(versioned(household.version, &household))
}

/// Removes a person from the household.
#[utoipa::path(
    tag = "households",
    params(
        ("id" = Uuid, Path, description = "The household's id"),
        ("person_id" = Uuid, Path, description = "The member's person id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the household's version"),
    ),
    responses(
        (status = 200, description = "The household without the member", body = Household,
            headers(("ETag" = String, description = "The new version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[delete("/households/{id}/members/{person_id}")]
pub async fn remove_member(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let (id, person) = (path_id(&path.0)?, path_id(&path.1)?);
    let expected = if_match.version()?;
    let entries = vec![
        audit(
            &principal,
            &req,
            "household.member_removed",
            "household",
            Some(id),
        ),
        audit(
            &principal,
            &req,
            "person.household_changed",
            "person",
            Some(person),
        ),
    ];
    let household = state
        .audited(entries, move |c, now| {
            households::remove_member(c, id, person, expected, now)
        })
        .await?;
    Ok(versioned(household.version, &household))
}
