//! Labour migration schemes: `/schemes`. Each handler parses the request and
//! calls one use case of [`crate::services::schemes`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::labour::jobseeker::Sector;
use integra_domain::labour::scheme::{Scheme, SchemeInput, SchemeStatus};
use integra_domain::localised::Localised;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::schemes::{self, SchemePage, SchemeQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_schemes)
        .service(create_scheme)
        .service(get_scheme)
        .service(patch_scheme);
}

/// Creates a labour migration scheme (administrators).
///
/// Its conditions are a published version of a rule set (the latest when
/// `rule_set_version` is absent): an unknown rule set, one without a published version,
/// or a version not published is a `422`. The destination is a country other than `GE`;
/// an unknown `partner_organisation_id` is a `422` `not_found`.
#[utoipa::path(
    tag = "schemes",
    request_body(content = SchemeInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created: the scheme", body = Scheme,
            headers(("Location" = String, description = "The scheme's path"), ("ETag" = String, description = "The version"))),
    )
)]
#[post("/schemes")]
pub async fn create_scheme(
    call: Call,
    JsonBody(input): JsonBody<SchemeInput>,
) -> Result<HttpResponse, ApiError> {
    let scheme = schemes::create(&call, input).await?;
    Ok(created(
        format!("/api/v1/schemes/{}", scheme.id),
        scheme.version,
        &scheme,
    ))
}

/// Lists the labour migration schemes in id order.
///
/// The four of DOMAIN.md are there from the start: seasonal agriculture in Germany,
/// caregivers in Israel, young professionals in France, seasonal work in Bulgaria. For
/// case workers, employment counsellors and administrators. Filters by `status`,
/// `destination_country` and `sector`; pages with `limit` (1 to 500, 50 by default) and
/// `cursor`.
#[utoipa::path(
    tag = "schemes",
    params(SchemeQuery),
    responses((status = 200, description = "One page of schemes", body = SchemePage))
)]
#[get("/schemes")]
pub async fn list_schemes(
    call: Call,
    query: web::Query<SchemeQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(schemes::list(&call, query.into_inner()).await?))
}

/// Reads a scheme.
///
/// For case workers, employment counsellors and administrators. The `ETag` is the version
/// to send as `If-Match` with a change.
#[utoipa::path(
    tag = "schemes",
    params(("id" = Uuid, Path, description = "The scheme's id")),
    responses((status = 200, description = "The scheme", body = Scheme,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/schemes/{id}")]
pub async fn get_scheme(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let scheme = schemes::get(&call, path_id(&id)?).await?;
    Ok(versioned(scheme.version, &scheme))
}

/// Changes a scheme with a JSON merge patch (administrators).
///
/// Its status (`open`, `suspended`, `closed`), its application window, its conditions'
/// rule set or any other field; `id`, `version` and the timestamps may be sent only
/// unchanged. Pointing it at another rule set without `rule_set_version` applies that
/// set's latest published version. A stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "schemes",
    params(("id" = Uuid, Path, description = "The scheme's id"), IfMatch),
    request_body(content = SchemePatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the scheme", body = Scheme,
        headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict))
)]
#[patch("/schemes/{id}")]
pub async fn patch_scheme(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let scheme = schemes::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(versioned(scheme.version, &scheme))
}

/// A merge patch of a scheme: any subset of its fields.
#[derive(ToSchema)]
#[schema(example = json!({"status": "suspended"}))]
#[allow(dead_code)]
pub struct SchemePatch {
    #[schema(value_type = Option<crate::routes::programmes::LocalisedPatch>)]
    name: Option<Localised>,
    #[schema(pattern = "^[A-Z]{2}$")]
    destination_country: Option<String>,
    #[schema(value_type = Option<Sector>)]
    sector: Option<String>,
    #[schema(nullable)]
    partner_organisation_id: Option<Uuid>,
    seasonal: Option<bool>,
    #[schema(minimum = 1, maximum = 1826)]
    max_stay_days: Option<i64>,
    #[schema(minimum = 0)]
    quota_per_year: Option<i64>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    applications_open_from: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    applications_open_until: Option<String>,
    #[schema(value_type = Option<SchemeStatus>)]
    status: Option<String>,
    rule_set_id: Option<Uuid>,
    #[schema(nullable, minimum = 1)]
    rule_set_version: Option<i64>,
}
