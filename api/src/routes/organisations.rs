//! Organisations: the ministry, agencies, partners, providers and employers.
//! Each handler parses the request and calls one use case of
//! [`crate::services::organisations`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::organisation::{Organisation, OrganisationInput, OrganisationKind};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::organisations::{self, OrganisationPage, OrganisationQuery};
use crate::services::Call;

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
///
/// Administrators only. Answers `201` with the organisation, its `Location` and `ETag`;
/// a name another organisation has is a `409` naming that organisation.
#[utoipa::path(
    tag = "organisations",
    request_body(content = OrganisationInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = Organisation,
            headers(("Location" = String, description = "The organisation's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/organisations")]
pub async fn create_organisation(
    call: Call,
    JsonBody(input): JsonBody<OrganisationInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = organisations::create(&call, input).await?;
    Ok(created(
        location(organisation.id),
        organisation.version,
        &organisation,
    ))
}

/// Lists organisations, oldest first.
///
/// Returns one page, optionally filtered by `kind` and `active`, with cursor paging
/// (`limit`, `cursor`). Open to administrators, case workers and employment counsellors
/// (to pick a partner or an employer, say); reads are not audited.
#[utoipa::path(
    tag = "organisations",
    params(OrganisationQuery),
    responses((status = 200, description = "One page of organisations", body = OrganisationPage))
)]
#[get("/organisations")]
pub async fn list_organisations(
    call: Call,
    query: web::Query<OrganisationQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(organisations::list(&call, query.into_inner()).await?))
}

/// Reads an organisation.
///
/// Returns the organisation with its version as the `ETag`, for `If-Match` on a later
/// change. Open to administrators, case workers and employment counsellors.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "The organisation's id")),
    responses((status = 200, description = "The organisation", body = Organisation,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/organisations/{id}")]
pub async fn get_organisation(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let organisation = organisations::get(&call, path_id(&id)?).await?;
    Ok(versioned(organisation.version, &organisation))
}

/// Changes an organisation with a JSON merge patch.
///
/// Administrators only. `active: false` stops its users and service accounts: they
/// cannot sign in and their tokens stop working (and stay stopped if it is reactivated).
/// Deactivating one's own organisation or taking another's name is a `409`; a stale
/// `If-Match` is a `412`.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "The organisation's id"), IfMatch),
    request_body(content = OrganisationPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = Organisation,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/organisations/{id}")]
pub async fn patch_organisation(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let organisation = organisations::update(&call, id, patch, if_match.0).await?;
    Ok(versioned(organisation.version, &organisation))
}
