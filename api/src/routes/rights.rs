//! Data-subject rights: export of everything held on a person, their access log,
//! and erasure by anonymisation that keeps ids and figures so that reports stay
//! right. Each handler parses the request and calls one use case of
//! [`crate::services::rights`].

use actix_web::{get, post, web, HttpResponse};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::routes::{path_id, written};
use crate::services::answer::PersonAnswer;
use crate::services::audit_log::AuditPage;
use crate::services::paging::PageQuery;
use crate::services::rights::{self, EraseInput, PersonExport};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(export_person)
        .service(erase_person)
        .service(person_access_log);
}

/// Exports everything held on a person as one JSON document (the right of access).
///
/// The person, their stays abroad, household, cases and what hangs off them, service
/// records, labour migration records, named survey responses, any erasure and their
/// access log (the access log, and lists such as cases and contacts, stop at 10,000
/// entries). For administrators only; `404` when no person has the id. The export is
/// recorded in the audit log, and the answer is sent with `Cache-Control: no-store`.
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses((status = 200, description = "The person's data", body = PersonExport))
)]
#[get("/persons/{id}/export")]
pub async fn export_person(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let export = rights::export(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(export))
}

/// Erases a person's data by anonymisation (the right to erasure).
///
/// Names, personal number, phone, other systems' ids and the day and month of
/// birth are removed; ids, sex, citizenship, residence status, region, year of
/// birth, stays abroad and case figures stay, so that reports keep counting right.
/// Who erased, when and why is kept. An erased person cannot be changed.
///
/// For administrators only; `reason` is required. A person is erased once: a second time
/// is a `409` `already_erased`.
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id")),
    request_body(content = EraseInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Erased; the anonymised person", body = PersonAnswer),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/persons/{id}/erase")]
pub async fn erase_person(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<EraseInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = rights::erase(&call, path_id(&id)?, input).await?;
    Ok(written(&answer))
}

/// Lists who read or changed a person's data, and when (oldest first).
///
/// Covers the person and their stays abroad, cases, assessments, assistance items,
/// referrals, follow-ups, contacts, counselling sessions, job placements,
/// social-enterprise enrolments, movement assistance, residence permits, integration
/// services, jobseeker profile, applications and survey responses. For administrators
/// only; `404` when no person has the id. Pages with `limit` (1 to 500, 50 when absent)
/// and `cursor`; reading it is recorded in the audit log (not in the person's access log).
#[utoipa::path(
    operation_id = "get_person_access_log",
    tag = "audit",
    params(("id" = Uuid, Path, description = "The person's id"), PageQuery),
    responses((status = 200, description = "One page of the person's access log", body = AuditPage))
)]
#[get("/persons/{id}/access-log")]
pub async fn person_access_log(
    call: Call,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = rights::access_log(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}
