//! Integration services delivered to immigrants: `/integration-services`.
//! Each handler parses the request and calls one use case of
//! [`crate::services::integration_services`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::integration::service::{
    IntegrationService, IntegrationServiceInput, IntegrationServiceType, ServiceOutcome,
};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::IntegrationServiceAnswer;
use crate::services::integration_services::{
    self, IntegrationServicePage, IntegrationServiceQuery,
};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_integration_service)
        .service(list_integration_services)
        .service(get_integration_service)
        .service(patch_integration_service);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/integration-services/{id}")
}

/// Records an integration service delivered to a person.
///
/// The `type` is a language course, civic orientation, legal or employment counselling,
/// or another service.
/// For case workers and employment counsellors; the record is their
/// organisation's (the ministry's for an account without one).
/// `ends_on` is required once the `outcome` is completed or discontinued and not
/// allowed while ongoing; an unknown person or provider is a `422`, a person whose
/// data is erased a `409`.
#[utoipa::path(
    tag = "integration-services",
    request_body(content = IntegrationServiceInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the service", body = IntegrationServiceAnswer,
            headers(("Location" = String, description = "The service's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/integration-services")]
pub async fn create_integration_service(
    call: Call,
    JsonBody(input): JsonBody<IntegrationServiceInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = integration_services::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the integration services of the caller's organisation.
///
/// Returns one page in the order recorded, filtered by `person_id`,
/// `provider_organisation_id`, `type` and start date (`from`, `to`), with cursor paging
/// (`limit`, `cursor`). For case workers and employment counsellors (administrators see
/// every organisation's); every service listed is recorded in the audit log as a read.
#[utoipa::path(
    tag = "integration-services",
    params(IntegrationServiceQuery),
    responses((status = 200, description = "One page of services", body = IntegrationServicePage))
)]
#[get("/integration-services")]
pub async fn list_integration_services(
    call: Call,
    query: web::Query<IntegrationServiceQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(integration_services::list(&call, query.into_inner()).await?))
}

/// Reads an integration service.
///
/// Returns the service with its version as the `ETag`. Another organisation's service
/// is a `404` (administrators reach all); the read is recorded in the audit log.
#[utoipa::path(
    tag = "integration-services",
    params(("id" = Uuid, Path, description = "The service's id")),
    responses((status = 200, description = "The service", body = IntegrationService,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/integration-services/{id}")]
pub async fn get_integration_service(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let service = integration_services::get(&call, path_id(&id)?).await?;
    Ok(versioned(service.version, &service))
}

/// Changes an integration service with a JSON merge patch.
///
/// Typically sets its `outcome` and `ends_on`. Same callers and organisation rule as a
/// read. `organisation_id` and `recorded_by` may be sent only unchanged; a stale
/// `If-Match` is a `412`, and a service of a person whose data is erased is a `409`.
#[utoipa::path(
    tag = "integration-services",
    params(("id" = Uuid, Path, description = "The service's id"), IfMatch),
    request_body(content = IntegrationServicePatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the service", body = IntegrationServiceAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/integration-services/{id}")]
pub async fn patch_integration_service(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = integration_services::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of an integration service: any subset of its fields.
#[derive(ToSchema)]
#[schema(example = json!({"outcome": "completed", "ends_on": "2026-03-27", "hours": 120}))]
#[allow(dead_code)]
pub struct IntegrationServicePatch {
    person_id: Option<Uuid>,
    #[schema(rename = "type", value_type = Option<IntegrationServiceType>)]
    service_type: Option<String>,
    provider_organisation_id: Option<Uuid>,
    #[schema(value_type = Option<String>, format = Date)]
    starts_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    ends_on: Option<String>,
    #[schema(minimum = 0.5, maximum = 2000, multiple_of = 0.5)]
    hours: Option<f64>,
    #[schema(value_type = Option<ServiceOutcome>)]
    outcome: Option<String>,
    #[schema(max_length = 2000, nullable)]
    note: Option<String>,
}
