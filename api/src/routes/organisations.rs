//! Organisations: the ministry, agencies, partners, providers and employers.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::access::Permission;
use integra_domain::organisation::{Organisation, OrganisationInput, OrganisationKind};
use integra_persistence::organisations::{self, OrganisationFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::{self, JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging;
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_organisation)
        .service(list_organisations)
        .service(get_organisation)
        .service(patch_organisation);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/organisations/{id}")
}

/// One page of organisations.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "name": "Caritas Georgia",
    "kind": "ngo", "country": "GE", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}], "next_cursor": null}))]
pub struct OrganisationPage {
    pub items: Vec<Organisation>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /organisations`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrganisationQuery {
    #[param(value_type = Option<OrganisationKind>)]
    kind: Option<String>,
    active: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// The writable fields of an organisation, to which a merge patch applies.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Writable {
    name: String,
    kind: String,
    country: String,
    active: bool,
}

/// A merge patch of an organisation: the fields to change.
#[derive(ToSchema)]
#[schema(example = json!({"active": false}))]
#[allow(dead_code)]
pub struct OrganisationPatch {
    #[schema(min_length = 1, max_length = 200, pattern = "\\S")]
    name: Option<String>,
    #[schema(value_type = Option<OrganisationKind>)]
    kind: Option<String>,
    #[schema(pattern = "^[A-Z]{2}$")]
    country: Option<String>,
    /// Users of an inactive organisation cannot sign in, and their tokens stop working.
    active: Option<bool>,
}

/// Adds an organisation.
#[utoipa::path(
    tag = "organisations",
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    request_body(content = OrganisationInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = Organisation,
            headers(("Location" = String, description = "The organisation's path"), ("ETag" = String, description = "The version"))),
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
#[post("/organisations")]
pub async fn create_organisation(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<OrganisationInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entry = audit(
        &principal,
        &req,
        "organisation.created",
        "organisation",
        Some(id),
    );
    let organisation = state
        .audited(vec![entry], move |c, now| {
            organisations::insert(c, id, &fields, now)
        })
        .await?;
    Ok(created(location(id), organisation.version, &organisation))
}

/// Lists organisations, oldest first.
#[utoipa::path(
    tag = "organisations",
    params(OrganisationQuery),
    responses(
        (status = 200, description = "One page of organisations", body = OrganisationPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/organisations")]
pub async fn list_organisations(
    principal: Principal,
    state: web::Data<AppState>,
    query: web::Query<OrganisationQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadOrganisations)?;
    let kind = query
        .kind
        .as_deref()
        .map(|k| OrganisationKind::parse("kind", k))
        .transpose()?;
    let (limit, after) = paging::params(query.limit, query.cursor.as_deref())?;
    let filter = OrganisationFilter {
        kind,
        active: query.active,
    };
    let items = state
        .read(move |c| organisations::list(c, &filter, after, limit))
        .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|o| o.id), limit);
    Ok(HttpResponse::Ok().json(OrganisationPage { items, next_cursor }))
}

/// Reads an organisation.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "The organisation's id")),
    responses(
        (status = 200, description = "The organisation", body = Organisation,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}")]
pub async fn get_organisation(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadOrganisations)?;
    let id = path_id(&id)?;
    let organisation = state.read(move |c| organisations::get(c, id)).await?;
    Ok(versioned(organisation.version, &organisation))
}

/// Changes an organisation with a JSON merge patch; `active: false` stops its users.
#[utoipa::path(
    tag = "organisations",
    params(
        ("id" = Uuid, Path, description = "The organisation's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
    ),
    request_body(content = OrganisationPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = Organisation,
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
#[patch("/organisations/{id}")]
pub async fn patch_organisation(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let current = state.read(move |c| organisations::get(c, id)).await?;
    let writable = Writable {
        name: current.name.clone(),
        kind: current.kind.as_str().to_owned(),
        country: current.country.clone(),
        active: current.active,
    };
    let changed: Writable = body::apply_merge_patch(
        &current,
        &writable,
        patch,
        &["id", "version", "created_at", "updated_at"],
    )?;
    let fields = OrganisationInput {
        name: changed.name,
        kind: changed.kind,
        country: changed.country,
    }
    .validate()?;
    let expected = if_match.expected(current.version)?;
    let active = changed.active;
    if !active && principal.organisation_id == Some(id) {
        return Err(ApiError::Conflict {
            code: "own_organisation",
            detail: "an administrator cannot deactivate their own organisation".to_owned(),
            existing: None,
        });
    }
    let entry = audit(
        &principal,
        &req,
        "organisation.updated",
        "organisation",
        Some(id),
    );
    let organisation = state
        .audited(vec![entry], move |c, now| {
            organisations::update(c, id, expected, &fields, active, now)
        })
        .await?;
    // Its users' standing may have changed.
    state.standing.forget();
    Ok(versioned(organisation.version, &organisation))
}
