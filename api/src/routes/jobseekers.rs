//! Jobseeker profiles: `/jobseekers`. Each handler parses the request and
//! calls one use case of [`crate::services::jobseekers`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::labour::jobseeker::{
    Certificate, Education, Jobseeker, JobseekerInput, LanguageSkill, Sector,
};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::JobseekerAnswer;
use crate::services::jobseekers::{self, JobseekerPage, JobseekerQuery};
use crate::services::matching::{self, MatchPage, MatchQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(register_jobseeker)
        .service(list_jobseekers)
        .service(get_jobseeker)
        .service(jobseeker_matches)
        .service(patch_jobseeker);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/jobseekers/{id}")
}

/// Registers a person as a jobseeker.
///
/// The profile holds education, occupations, languages, certificates, experience,
/// preferences and availability, and is held by the caller's organisation.
///
/// For case workers and employment counsellors (and administrators). One profile per
/// person: a second is a `409` `already_registered` naming the first. An unknown
/// `person_id` is a `422` `not_found`, and a person whose data is erased a `409`
/// `erased`.
#[utoipa::path(
    tag = "jobseekers",
    request_body(content = JobseekerInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Registered: the profile", body = JobseekerAnswer,
            headers(("Location" = String, description = "The profile's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/jobseekers")]
pub async fn register_jobseeker(
    call: Call,
    JsonBody(input): JsonBody<JobseekerInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = jobseekers::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists jobseeker profiles in the order registered, with filters and cursor paging.
///
/// For case workers, employment counsellors and administrators, who see every profile
/// whatever organisation registered it. Filters by `person_id`, `occupation`, a preferred
/// `country` and `available_on` (all given must match); pages with `limit` (1 to 500, 50
/// by default) and `cursor`. Every profile listed is recorded as read.
#[utoipa::path(
    tag = "jobseekers",
    params(JobseekerQuery),
    responses((status = 200, description = "One page of profiles", body = JobseekerPage))
)]
#[get("/jobseekers")]
pub async fn list_jobseekers(
    call: Call,
    query: web::Query<JobseekerQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(jobseekers::list(&call, query.into_inner()).await?))
}

/// Reads a jobseeker profile.
///
/// For case workers, employment counsellors and administrators; the read is recorded in
/// the audit log. The `ETag` is the version to send as `If-Match` with a change.
#[utoipa::path(
    tag = "jobseekers",
    params(("id" = Uuid, Path, description = "The profile's id")),
    responses((status = 200, description = "The profile", body = Jobseeker,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/jobseekers/{id}")]
pub async fn get_jobseeker(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let profile = jobseekers::get(&call, path_id(&id)?).await?;
    Ok(versioned(profile.version, &profile))
}

/// Lists the open schemes and vacancies a jobseeker matches, best first.
///
/// The schemes taking applications today and the open vacancies not past their deadline
/// (at home, or abroad under such a scheme), ranked together, each explained: a score
/// from 0 to 100 (the share of soft requirements met: the optional conditions and
/// requirements, the preferred countries, and the preferred sectors for a scheme or the
/// occupation for a vacancy) and every requirement met, missed or unknown, with the facts
/// used. A hard requirement (a required condition of the scheme, or a required rule of
/// the vacancy) missed or unknown excludes the offer; with `excluded=true` such offers
/// come last, with what they miss. Ties are broken by id.
///
/// For case workers, employment counsellors and administrators. Pages with `limit`
/// (1 to 500, 50 by default) and `cursor`; reading the matches is recorded as a read of
/// the profile.
#[utoipa::path(
    operation_id = "list_jobseeker_matches",
    tag = "jobseekers",
    params(("id" = Uuid, Path, description = "The profile's id"), MatchQuery),
    responses((status = 200, description = "One page of matches, best first", body = MatchPage))
)]
#[get("/jobseekers/{id}/matches")]
pub async fn jobseeker_matches(
    call: Call,
    id: web::Path<String>,
    query: web::Query<MatchQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = matching::matches(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Changes a jobseeker profile with a JSON merge patch (a list is replaced whole).
///
/// For case workers, employment counsellors and administrators. `id`, `person_id`,
/// `organisation_id`, `registered_by`, `version` and the timestamps may be sent only
/// unchanged. An erased person's profile is not changed (`409` `erased`), and a stale
/// `If-Match` is a `412`.
#[utoipa::path(
    tag = "jobseekers",
    params(("id" = Uuid, Path, description = "The profile's id"), IfMatch),
    request_body(content = JobseekerPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the profile", body = JobseekerAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/jobseekers/{id}")]
pub async fn patch_jobseeker(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = jobseekers::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a jobseeker profile: any subset of its fields; the
/// optional ones may be cleared with `null`.
#[derive(ToSchema)]
#[schema(example = json!({"languages": [{"language": "en", "level": "B2"}], "experience_months": 40}))]
#[allow(dead_code)]
pub struct JobseekerPatch {
    education: Option<Education>,
    #[schema(max_items = 20)]
    occupations: Option<Vec<String>>,
    #[schema(max_items = 20)]
    skills: Option<Vec<String>>,
    #[schema(max_items = 20)]
    languages: Option<Vec<LanguageSkill>>,
    #[schema(max_items = 20)]
    certificates: Option<Vec<Certificate>>,
    #[schema(minimum = 0, maximum = 720)]
    experience_months: Option<i64>,
    #[schema(max_items = 20)]
    preferred_countries: Option<Vec<String>>,
    #[schema(value_type = Option<Vec<Sector>>, max_items = 20)]
    preferred_sectors: Option<Vec<String>>,
    #[schema(max_items = 20)]
    close_relatives_in: Option<Vec<String>>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    available_from: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    available_to: Option<String>,
    #[schema(max_length = 2000, nullable)]
    note: Option<String>,
}
