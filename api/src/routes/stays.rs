//! A person's stays abroad: `/persons/{id}/stays-abroad`.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::access::Permission;
use integra_domain::stay::{StayAbroad, StayInput};
use integra_persistence::{persons, stays, StoreError};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::{self, JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::persons::lost_race;
use crate::routes::{created, path_id, versioned};
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_stays)
        .service(create_stay)
        .service(get_stay)
        .service(patch_stay)
        .service(delete_stay);
}

/// A person's stays abroad, earliest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e60",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "country": "DE",
    "start_date": "2019-03-01", "end_date": "2024-05-20", "legal_status": "irregular",
    "return_type": "assisted_voluntary_return", "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}],
    "next_cursor": null}))]
pub struct StayList {
    pub items: Vec<StayAbroad>,
    /// Always `null`: a person's stays come in one page.
    pub next_cursor: Option<String>,
}

fn location(person: Uuid, stay: Uuid) -> String {
    format!("/api/v1/persons/{person}/stays-abroad/{stay}")
}

/// Records a stay abroad. It may not overlap another stay of the person.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = StayInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded", body = StayAbroad,
            headers(("Location" = String, description = "The stay's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/persons/{id}/stays-abroad")]
pub async fn create_stay(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    person: web::Path<String>,
    JsonBody(input): JsonBody<StayInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let person = path_id(&person)?;
    let fields = input.validate(state.today())?;
    let id = Uuid::now_v7();
    let entry = audit(
        &principal,
        &req,
        "stay_abroad.created",
        "stay_abroad",
        Some(id),
    );
    let stay = state
        .audited(vec![entry], move |c, now| {
            stays::insert(c, person, id, &fields, now)
        })
        .await?;
    Ok(created(location(person, stay.id), stay.version, &stay))
}

/// Lists a person's stays abroad.
#[utoipa::path(
    tag = "stays-abroad",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The stays", body = StayList),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons/{id}/stays-abroad")]
pub async fn list_stays(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    person: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadPersons)?;
    let person = path_id(&person)?;
    let entry = audit(
        &principal,
        &req,
        "person.stays_abroad_read",
        "person",
        Some(person),
    );
    let items = state
        .audited_read(vec![entry], move |c| {
            if !persons::exists(c, person)? {
                return Err(StoreError::NotFound);
            }
            stays::list(c, person)
        })
        .await?;
    Ok(HttpResponse::Ok().json(StayList {
        items,
        next_cursor: None,
    }))
}

/// Reads one stay abroad.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("stay_id" = Uuid, Path, description = "The stay's id"),
    ),
    responses(
        (status = 200, description = "The stay", body = StayAbroad, headers(("ETag" = String, description = "The version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons/{id}/stays-abroad/{stay_id}")]
pub async fn get_stay(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadPersons)?;
    let (person, id) = (path_id(&path.0)?, path_id(&path.1)?);
    let entry = audit(
        &principal,
        &req,
        "stay_abroad.read",
        "stay_abroad",
        Some(id),
    );
    let stay = state
        .audited_read(vec![entry], move |c| stays::get(c, person, id))
        .await?;
    Ok(versioned(stay.version, &stay))
}

/// Changes a stay abroad with a JSON merge patch.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("stay_id" = Uuid, Path, description = "The stay's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
    ),
    request_body(content = StayPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = StayAbroad, headers(("ETag" = String, description = "The new version"))),
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
#[patch("/persons/{id}/stays-abroad/{stay_id}")]
pub async fn patch_stay(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let (person, id) = (path_id(&path.0)?, path_id(&path.1)?);
    let current = state.read(move |c| stays::get(c, person, id)).await?;
    let read_only = ["id", "person_id", "version", "created_at", "updated_at"];
    let input = body::apply_merge_patch(&current, &StayInput::from(&current), patch, &read_only)?;
    let fields = input.validate(state.today())?;
    let expected = if_match.expected(current.version)?;
    let entry = audit(
        &principal,
        &req,
        "stay_abroad.updated",
        "stay_abroad",
        Some(id),
    );
    let stay = state
        .audited(vec![entry], move |c, now| {
            stays::update(c, person, id, expected, &fields, now)
        })
        .await
        .map_err(|e| lost_race(e, if_match))?;
    Ok(versioned(stay.version, &stay))
}

/// Deletes a stay recorded in error.
#[utoipa::path(
    tag = "stays-abroad",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("stay_id" = Uuid, Path, description = "The stay's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being deleted"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[delete("/persons/{id}/stays-abroad/{stay_id}")]
pub async fn delete_stay(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let (person, id) = (path_id(&path.0)?, path_id(&path.1)?);
    let expected = if_match.version()?;
    let entry = audit(
        &principal,
        &req,
        "stay_abroad.deleted",
        "stay_abroad",
        Some(id),
    );
    state
        .audited(vec![entry], move |c, now| {
            stays::delete(c, person, id, expected, now)
        })
        .await?;
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
