//! Social enterprises: `/social-enterprises`, their partners, beneficiaries and
//! job places. Each handler parses the request and calls one use case of
//! [`crate::services::social_enterprises`].

use actix_web::{get, patch, post, put, web, HttpResponse};
use integra_domain::placement::EmploymentTerm;
use integra_domain::social_enterprise::{
    Enrolment, EnrolmentInput, EnrolmentProgramme, JobPlace, JobPlaceInput, Partners, PartnersInput,
};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, created_answer, path_id, versioned, written};
use crate::services::answer::EnrolmentAnswer;
use crate::services::social_enterprises::{
    self as enterprises, EnrolmentPage, EnrolmentQuery, JobPlacePage, JobPlaceQuery,
    SocialEnterprisePage, SocialEnterpriseQuery,
};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_social_enterprises)
        .service(get_partners)
        .service(set_partners)
        .service(enrol_beneficiary)
        .service(list_beneficiaries)
        .service(get_beneficiary)
        .service(patch_beneficiary)
        .service(create_job_place)
        .service(list_job_places)
        .service(get_job_place)
        .service(patch_job_place);
}

fn beneficiary_location(enterprise: Uuid, id: Uuid) -> String {
    format!("/api/v1/social-enterprises/{enterprise}/beneficiaries/{id}")
}

fn job_place_location(enterprise: Uuid, id: Uuid) -> String {
    format!("/api/v1/social-enterprises/{enterprise}/job-places/{id}")
}

/// The enterprise's and the record's ids of a path.
fn path_ids(path: &(String, String)) -> Result<(Uuid, Uuid), ApiError> {
    Ok((path_id(&path.0)?, path_id(&path.1)?))
}

/// Lists the social enterprises with their implementing partners, oldest first.
///
/// Social enterprises are the organisations of kind `social_enterprise`; `active` filters
/// them, and `cursor`/`limit` page through them. For callers who may read organisations
/// (administrators, case workers and employment counsellors); reads are not recorded.
#[utoipa::path(
    tag = "social-enterprises",
    params(SocialEnterpriseQuery),
    responses((status = 200, description = "One page of social enterprises", body = SocialEnterprisePage))
)]
#[get("/social-enterprises")]
pub async fn list_social_enterprises(
    call: Call,
    query: web::Query<SocialEnterpriseQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(enterprises::list(&call, query.into_inner()).await?))
}

/// Reads the implementing partners of a social enterprise.
///
/// The partners come by name, with the set's `version` (`0` before partners were first
/// set), which is also the `ETag` for `If-Match` when setting them. For callers who may
/// read organisations (administrators, case workers and employment counsellors). An
/// organisation of another kind is a `422` `not_a_social_enterprise`.
#[utoipa::path(
    operation_id = "get_social_enterprise_partners",
    tag = "social-enterprises",
    params(("id" = Uuid, Path, description = "The social enterprise's id")),
    responses((status = 200, description = "The partners", body = Partners,
        headers(("ETag" = String, description = "The version of the set, for If-Match"))))
)]
#[get("/social-enterprises/{id}/partners")]
pub async fn get_partners(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let partners = enterprises::partners(&call, path_id(&id)?).await?;
    Ok(versioned(partners.version, &partners))
}

/// Sets the implementing partners of a social enterprise (the whole set).
///
/// For administrators. `partner_ids` replaces the set: at most 100 existing
/// organisations, each named once and never the enterprise itself (`422` otherwise); an
/// organisation of another kind than `social_enterprise` is a `422`
/// `not_a_social_enterprise`. An `If-Match` that is not the set's current version is a
/// `412`; a concurrent change without one is a `409` `concurrent_update`.
#[utoipa::path(
    operation_id = "set_social_enterprise_partners",
    tag = "social-enterprises",
    params(("id" = Uuid, Path, description = "The social enterprise's id"), IfMatch),
    request_body(content = PartnersInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Set: the partners", body = Partners,
            headers(("ETag" = String, description = "The new version of the set"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[put("/social-enterprises/{id}/partners")]
pub async fn set_partners(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<PartnersInput>,
) -> Result<HttpResponse, ApiError> {
    let partners = enterprises::set_partners(&call, path_id(&id)?, input, if_match.0).await?;
    Ok(versioned(partners.version, &partners))
}

/// Enrols a beneficiary at a social enterprise.
///
/// For case workers and employment counsellors (and administrators); the enrolment is
/// their organisation's. The person must exist (`422` `not_found` on `person_id`) and not
/// be erased (`409` `erased`); `started_on` and `completed_on` may not be in the future.
/// The answer is the enrolment, and giving it is recorded as a read.
#[utoipa::path(
    operation_id = "enrol_social_enterprise_beneficiary",
    tag = "social-enterprises",
    params(("id" = Uuid, Path, description = "The social enterprise's id")),
    request_body(content = EnrolmentInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Enrolled: the beneficiary's enrolment", body = EnrolmentAnswer,
            headers(("Location" = String, description = "The enrolment's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/social-enterprises/{id}/beneficiaries")]
pub async fn enrol_beneficiary(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<EnrolmentInput>,
) -> Result<HttpResponse, ApiError> {
    let enterprise = path_id(&id)?;
    let answer = enterprises::enrol(&call, enterprise, input).await?;
    Ok(created_answer(
        beneficiary_location(enterprise, answer.id()),
        &answer,
    ))
}

/// Lists a social enterprise's beneficiaries enrolled by the caller's organisation.
///
/// Enrolments come in the order recorded (every organisation's for administrators),
/// filtered by `person_id`, `programme` and start date (`from`, `to`) and paged with
/// `cursor`/`limit`. For case workers and employment counsellors; every enrolment listed
/// is recorded in the audit log as a read.
#[utoipa::path(
    operation_id = "list_social_enterprise_beneficiaries",
    tag = "social-enterprises",
    params(("id" = Uuid, Path, description = "The social enterprise's id"), EnrolmentQuery),
    responses((status = 200, description = "One page of enrolments", body = EnrolmentPage))
)]
#[get("/social-enterprises/{id}/beneficiaries")]
pub async fn list_beneficiaries(
    call: Call,
    id: web::Path<String>,
    query: web::Query<EnrolmentQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = enterprises::list_beneficiaries(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a beneficiary's enrolment.
///
/// For case workers and employment counsellors (and administrators); an enrolment another
/// organisation recorded is a `404`. The read is recorded in the audit log, and the
/// `ETag` is for `If-Match` when changing the enrolment.
#[utoipa::path(
    operation_id = "get_social_enterprise_beneficiary",
    tag = "social-enterprises",
    params(
        ("id" = Uuid, Path, description = "The social enterprise's id"),
        ("beneficiary_id" = Uuid, Path, description = "The enrolment's id"),
    ),
    responses((status = 200, description = "The enrolment", body = Enrolment,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/social-enterprises/{id}/beneficiaries/{beneficiary_id}")]
pub async fn get_beneficiary(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (enterprise, id) = path_ids(&path)?;
    let enrolment = enterprises::get_beneficiary(&call, enterprise, id).await?;
    Ok(versioned(enrolment.version, &enrolment))
}

/// Changes a beneficiary's enrolment with a JSON merge patch (its completion, say).
///
/// For case workers and employment counsellors, on their organisation's enrolments (any
/// for administrators). Read-only fields (`id`, `organisation_id`, `version`, ...) may be
/// sent only unchanged; dates may not be in the future nor `completed_on` before
/// `started_on` (`422`). An erased person is a `409` `erased`, an `If-Match` that is not
/// the current version a `412`, and a concurrent change without one a `409`.
#[utoipa::path(
    operation_id = "patch_social_enterprise_beneficiary",
    tag = "social-enterprises",
    params(
        ("id" = Uuid, Path, description = "The social enterprise's id"),
        ("beneficiary_id" = Uuid, Path, description = "The enrolment's id"),
        IfMatch,
    ),
    request_body(content = EnrolmentPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the enrolment", body = EnrolmentAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/social-enterprises/{id}/beneficiaries/{beneficiary_id}")]
pub async fn patch_beneficiary(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (enterprise, id) = path_ids(&path)?;
    let answer = enterprises::update_beneficiary(&call, enterprise, id, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// Records job places a social enterprise created.
///
/// For case workers and employment counsellors; the record is their
/// organisation's. One record counts the `places` (1 to 10000; 1 when absent) of one
/// `term` created on `created_on`, which may not be in the future (`422` otherwise).
#[utoipa::path(
    tag = "social-enterprises",
    params(("id" = Uuid, Path, description = "The social enterprise's id")),
    request_body(content = JobPlaceInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the job places", body = JobPlace,
            headers(("Location" = String, description = "The record's path"), ("ETag" = String, description = "The version"))),
    )
)]
#[post("/social-enterprises/{id}/job-places")]
pub async fn create_job_place(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<JobPlaceInput>,
) -> Result<HttpResponse, ApiError> {
    let enterprise = path_id(&id)?;
    let place = enterprises::add_job_place(&call, enterprise, input).await?;
    Ok(created(
        job_place_location(enterprise, place.id),
        place.version,
        &place,
    ))
}

/// Lists a social enterprise's job places recorded by the caller's organisation.
///
/// Records come in the order recorded (every organisation's for administrators), filtered
/// by `term` and creation date (`from`, `to`) and paged with `cursor`/`limit`. For case
/// workers and employment counsellors. Job places are counts, not personal data: listing
/// them is not recorded in the audit log.
#[utoipa::path(
    tag = "social-enterprises",
    params(("id" = Uuid, Path, description = "The social enterprise's id"), JobPlaceQuery),
    responses((status = 200, description = "One page of job places", body = JobPlacePage))
)]
#[get("/social-enterprises/{id}/job-places")]
pub async fn list_job_places(
    call: Call,
    id: web::Path<String>,
    query: web::Query<JobPlaceQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = enterprises::list_job_places(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads job places a social enterprise created.
///
/// For case workers and employment counsellors (and administrators); a record another
/// organisation made is a `404`. Job places are not personal data, so the read is not
/// recorded; the `ETag` is for `If-Match` when changing them.
#[utoipa::path(
    tag = "social-enterprises",
    params(
        ("id" = Uuid, Path, description = "The social enterprise's id"),
        ("job_place_id" = Uuid, Path, description = "The record's id"),
    ),
    responses((status = 200, description = "The job places", body = JobPlace,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/social-enterprises/{id}/job-places/{job_place_id}")]
pub async fn get_job_place(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (enterprise, id) = path_ids(&path)?;
    let place = enterprises::get_job_place(&call, enterprise, id).await?;
    Ok(versioned(place.version, &place))
}

/// Changes job places with a JSON merge patch.
///
/// For case workers and employment counsellors, on their organisation's records (any for
/// administrators). `term`, `created_on` (not in the future) and `places` (1 to 10000)
/// may change; read-only fields may be sent only unchanged (`422` otherwise). An
/// `If-Match` that is not the current version is a `412`, a concurrent change without one
/// a `409`.
#[utoipa::path(
    tag = "social-enterprises",
    params(
        ("id" = Uuid, Path, description = "The social enterprise's id"),
        ("job_place_id" = Uuid, Path, description = "The record's id"),
        IfMatch,
    ),
    request_body(content = JobPlacePatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the job places", body = JobPlace,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/social-enterprises/{id}/job-places/{job_place_id}")]
pub async fn patch_job_place(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (enterprise, id) = path_ids(&path)?;
    let place = enterprises::update_job_place(&call, enterprise, id, patch, if_match.0).await?;
    Ok(versioned(place.version, &place))
}

/// A merge patch of a beneficiary's enrolment: any subset of its fields.
#[derive(ToSchema)]
#[schema(example = json!({"completed_on": "2026-06-30"}))]
#[allow(dead_code)]
pub struct EnrolmentPatch {
    person_id: Option<Uuid>,
    #[schema(value_type = Option<EnrolmentProgramme>)]
    programme: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    started_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    completed_on: Option<String>,
    #[schema(max_length = 2000, nullable)]
    note: Option<String>,
}

/// A merge patch of job places: any subset of their fields.
#[derive(ToSchema)]
#[schema(example = json!({"places": 3}))]
#[allow(dead_code)]
pub struct JobPlacePatch {
    #[schema(value_type = Option<EmploymentTerm>)]
    term: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    created_on: Option<String>,
    #[schema(minimum = 1, maximum = 10000)]
    places: Option<i64>,
}
