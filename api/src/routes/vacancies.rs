//! Vacancies: `/vacancies` and their candidates. Each handler parses the
//! request and calls one use case of [`crate::services::vacancies`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::labour::vacancy::{Vacancy, VacancyInput, VacancyKind, VacancyStatus};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::vacancies::{self, CandidatePage, CandidateQuery, VacancyPage, VacancyQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_vacancies)
        .service(create_vacancy)
        .service(get_vacancy)
        .service(vacancy_candidates)
        .service(patch_vacancy);
}

/// Records a vacancy, at home or abroad under a scheme.
///
/// A vacancy abroad takes its scheme's destination as its country, and the scheme's
/// conditions apply to its candidates; a vacancy at home is in `GE`, under no scheme.
///
/// For case workers and employment counsellors (and administrators). `requirements` is a
/// rule-set document of the eligibility engine: required rules are hard requirements. An
/// unknown `employer_organisation_id` or `scheme_id` is a `422` `not_found`.
#[utoipa::path(
    tag = "vacancies",
    request_body(content = VacancyInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the vacancy", body = Vacancy,
            headers(("Location" = String, description = "The vacancy's path"), ("ETag" = String, description = "The version"))),
    )
)]
#[post("/vacancies")]
pub async fn create_vacancy(
    call: Call,
    JsonBody(input): JsonBody<VacancyInput>,
) -> Result<HttpResponse, ApiError> {
    let vacancy = vacancies::create(&call, input).await?;
    Ok(created(
        format!("/api/v1/vacancies/{}", vacancy.id),
        vacancy.version,
        &vacancy,
    ))
}

/// Lists vacancies in the order recorded, with filters and cursor paging.
///
/// For case workers, employment counsellors and administrators. Filters by `status`,
/// `kind`, `scheme_id`, `occupation` and `country` (all given must match); pages with
/// `limit` (1 to 500, 50 by default) and `cursor`.
#[utoipa::path(
    tag = "vacancies",
    params(VacancyQuery),
    responses((status = 200, description = "One page of vacancies", body = VacancyPage))
)]
#[get("/vacancies")]
pub async fn list_vacancies(
    call: Call,
    query: web::Query<VacancyQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(vacancies::list(&call, query.into_inner()).await?))
}

/// Reads a vacancy.
///
/// For case workers, employment counsellors and administrators. The `ETag` is the version
/// to send as `If-Match` with a change.
#[utoipa::path(
    tag = "vacancies",
    params(("id" = Uuid, Path, description = "The vacancy's id")),
    responses((status = 200, description = "The vacancy", body = Vacancy,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/vacancies/{id}")]
pub async fn get_vacancy(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let vacancy = vacancies::get(&call, path_id(&id)?).await?;
    Ok(versioned(vacancy.version, &vacancy))
}

/// Ranks the jobseekers for a vacancy, best first, each explained.
///
/// Each candidate has a score from 0 to 100 (the share of soft requirements met: the
/// vacancy's optional requirements, its occupation, the jobseeker's preferred countries)
/// and every requirement met, missed or unknown with the facts used. A hard requirement
/// (a required rule of the vacancy or of its scheme) not met excludes; with
/// `excluded=true` those come last. Ties are broken by the profile's id. Every
/// candidate returned is recorded as a read of their profile.
///
/// For case workers, employment counsellors and administrators; every jobseeker is
/// ranked, whatever organisation registered them. Pages with `limit` (1 to 500, 50 by
/// default) and `cursor`.
#[utoipa::path(
    operation_id = "list_vacancy_candidates",
    tag = "vacancies",
    params(("id" = Uuid, Path, description = "The vacancy's id"), CandidateQuery),
    responses((status = 200, description = "One page of candidates, best first", body = CandidatePage))
)]
#[get("/vacancies/{id}/candidates")]
pub async fn vacancy_candidates(
    call: Call,
    id: web::Path<String>,
    query: web::Query<CandidateQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = vacancies::candidates(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Changes a vacancy with a JSON merge patch (`requirements` is replaced whole).
///
/// For case workers, employment counsellors and administrators. Any field may change,
/// `status` (`open`, `filled`, `closed`) included; `id`, `country`, `version` and the
/// timestamps may be sent only unchanged, the country following the scheme. A stale
/// `If-Match` is a `412`.
#[utoipa::path(
    tag = "vacancies",
    params(("id" = Uuid, Path, description = "The vacancy's id"), IfMatch),
    request_body(content = VacancyPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the vacancy", body = Vacancy,
        headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict))
)]
#[patch("/vacancies/{id}")]
pub async fn patch_vacancy(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let vacancy = vacancies::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(versioned(vacancy.version, &vacancy))
}

/// A merge patch of a vacancy: any subset of its fields.
#[derive(ToSchema)]
#[schema(example = json!({"status": "filled"}))]
#[allow(dead_code)]
pub struct VacancyPatch {
    #[schema(max_length = 200)]
    title: Option<String>,
    #[schema(value_type = Option<VacancyKind>)]
    kind: Option<String>,
    #[schema(nullable)]
    scheme_id: Option<Uuid>,
    employer_organisation_id: Option<Uuid>,
    #[schema(pattern = "^[0-9]{4}$")]
    occupation: Option<String>,
    #[schema(value_type = Option<integra_domain::eligibility::schema::RuleSetDocument>, nullable)]
    requirements: Option<String>,
    #[schema(minimum = 1, maximum = 10000)]
    places: Option<i64>,
    #[schema(value_type = Option<String>, format = Date)]
    deadline: Option<String>,
    #[schema(value_type = Option<VacancyStatus>)]
    status: Option<String>,
}
