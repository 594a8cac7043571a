//! Programmes: budgets, catalogues of assistance and the rule set version they apply.
//! Each handler parses the request and calls one use case of [`crate::services::programmes`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::reintegration::programme::{
    CatalogueEntryInput, Programme, ProgrammeInput, ProgrammeStatus,
};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::programmes::{self, ProgrammePage, ProgrammeQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_programme)
        .service(list_programmes)
        .service(get_programme)
        .service(patch_programme);
}

/// The path of a programme.
pub fn location(id: Uuid) -> String {
    format!("/api/v1/programmes/{id}")
}

/// Creates a programme.
///
/// `rule_set_id` must name a rule set with a published version; the programme applies
/// `rule_set_version` if given, else the latest published version.
/// Administrators only. Answers `201` with the programme, its `Location` and `ETag`;
/// a `code` another programme has is a `409` naming that programme.
#[utoipa::path(
    tag = "programmes",
    request_body(content = ProgrammeInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created", body = Programme,
            headers(("Location" = String, description = "The programme's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/programmes")]
pub async fn create_programme(
    call: Call,
    JsonBody(input): JsonBody<ProgrammeInput>,
) -> Result<HttpResponse, ApiError> {
    let programme = programmes::create(&call, input).await?;
    Ok(created(
        location(programme.id),
        programme.version,
        &programme,
    ))
}

/// Lists programmes, oldest first.
///
/// Returns one page of programmes, optionally filtered by `stream` and `status`, with
/// cursor paging (`limit`, `cursor`). Open to administrators, case workers and
/// employment counsellors; programmes hold no personal data and reads are not audited.
#[utoipa::path(
    tag = "programmes",
    params(ProgrammeQuery),
    responses((status = 200, description = "One page of programmes", body = ProgrammePage))
)]
#[get("/programmes")]
pub async fn list_programmes(
    call: Call,
    query: web::Query<ProgrammeQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(programmes::list(&call, query.into_inner()).await?))
}

/// Reads a programme.
///
/// Returns the programme with its `committed` amount (approved plus delivered
/// assistance) and its version as the `ETag`, for `If-Match` on a later change.
/// Open to administrators, case workers and employment counsellors.
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path, description = "The programme's id")),
    responses((status = 200, description = "The programme", body = Programme,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/programmes/{id}")]
pub async fn get_programme(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let programme = programmes::get(&call, path_id(&id)?).await?;
    Ok(versioned(programme.version, &programme))
}

/// A merge patch of a programme: any subset of the writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"rule_set_version": 2, "budget": {"amount": "550000.00", "currency": "GEL"}}))]
#[allow(dead_code)]
pub struct ProgrammePatch {
    name: Option<LocalisedPatch>,
    #[schema(value_type = Option<String>, format = Date)]
    starts_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    ends_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    application_opens_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    application_closes_on: Option<String>,
    budget: Option<MoneyPatch>,
    approval_threshold: Option<MoneyPatch>,
    #[schema(format = Uuid)]
    rule_set_id: Option<String>,
    /// A published version of the rule set; `null` = its latest published version.
    #[schema(minimum = 1, nullable)]
    rule_set_version: Option<i64>,
    catalogue: Option<Vec<CatalogueEntryInput>>,
    #[schema(value_type = Option<ProgrammeStatus>)]
    status: Option<String>,
}

/// A merge patch of a text in two languages: the languages to change.
#[derive(ToSchema)]
#[schema(example = json!({"en": "State reintegration programme 2026"}))]
#[allow(dead_code)]
pub struct LocalisedPatch {
    #[schema(min_length = 1, max_length = 200)]
    ka: Option<String>,
    #[schema(min_length = 1, max_length = 200)]
    en: Option<String>,
}

/// A merge patch of an amount of money.
#[derive(ToSchema)]
#[schema(example = json!({"amount": "550000.00"}))]
#[allow(dead_code)]
pub struct MoneyPatch {
    /// An exact decimal string with at most two decimals.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]{1,2})?$")]
    amount: Option<String>,
    #[schema(value_type = Option<integra_domain::money::Currency>)]
    currency: Option<String>,
}

/// Changes a programme with a JSON merge patch (RFC 7386).
///
/// The budget cannot drop below what is committed (`409`); the status moves
/// draft -> open -> closed (`409` with the `allowed` moves otherwise). Pointing the
/// programme at another rule set without `rule_set_version` applies its latest
/// published version.
///
/// Administrators only. `code`, `stream` and `committed` may be sent only unchanged
/// (`422` otherwise); an `If-Match` that is not the current version is a `412`.
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path, description = "The programme's id"), IfMatch),
    request_body(content = ProgrammePatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = Programme,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/programmes/{id}")]
pub async fn patch_programme(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let programme = programmes::update(&call, id, patch, if_match.0).await?;
    Ok(versioned(programme.version, &programme))
}
