//! Counselling sessions: `/counselling-sessions`. Each handler parses the
//! request and calls one use case of [`crate::services::counselling_sessions`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::counselling::{CounsellingSession, CounsellingSessionInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::CounsellingSessionAnswer;
use crate::services::counselling_sessions::{
    self, CounsellingSessionPage, CounsellingSessionQuery,
};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_counselling_session)
        .service(list_counselling_sessions)
        .service(get_counselling_session)
        .service(patch_counselling_session);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/counselling-sessions/{id}")
}

/// Records a counselling session, with or without a person.
///
/// For case workers and employment counsellors; kept by the caller's
/// organisation (an administrator may name another in `organisation_id`).
/// A session with a person is personal data: its reads are audited.
/// An unknown `person_id`, `programme_id` or organisation is a `422`, and a person whose
/// data is erased a `409`.
#[utoipa::path(
    tag = "counselling",
    request_body(content = CounsellingSessionInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the session, or its id and version to a caller who may not read it", body = CounsellingSessionAnswer,
            headers(("Location" = String, description = "The session's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/counselling-sessions")]
pub async fn create_counselling_session(
    call: Call,
    JsonBody(input): JsonBody<CounsellingSessionInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = counselling_sessions::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the counselling sessions of the caller's organisation.
///
/// Returns one page in the order recorded (every organisation's, for an administrator),
/// filtered by `from`/`to` (day held), `stream`, `topic`, `person_id` and `programme_id`,
/// with cursor paging (`limit`, `cursor`). For case workers and employment counsellors;
/// each listed session with a person is an audited read.
#[utoipa::path(
    tag = "counselling",
    params(CounsellingSessionQuery),
    responses((status = 200, description = "One page of sessions", body = CounsellingSessionPage))
)]
#[get("/counselling-sessions")]
pub async fn list_counselling_sessions(
    call: Call,
    query: web::Query<CounsellingSessionQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = counselling_sessions::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a counselling session.
///
/// Returns the session with its version as the `ETag`. Another organisation's session
/// is a `404` (administrators reach all); the read is audited when it names a person.
#[utoipa::path(
    tag = "counselling",
    params(("id" = Uuid, Path, description = "The session's id")),
    responses((status = 200, description = "The session", body = CounsellingSession,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/counselling-sessions/{id}")]
pub async fn get_counselling_session(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let session = counselling_sessions::get(&call, path_id(&id)?).await?;
    Ok(versioned(session.version, &session))
}

/// Changes a counselling session with a JSON merge patch.
///
/// An erased person's sessions no longer change (`409` `erased`).
/// Same callers and organisation rule as a read; `person_id` may be set, or cleared with
/// `null`. The body is validated first (`422`), then `If-Match` (`412` when stale).
#[utoipa::path(
    tag = "counselling",
    params(("id" = Uuid, Path, description = "The session's id"), IfMatch),
    request_body(content = CounsellingSessionPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the session, or its id and version to a caller who may not read it", body = CounsellingSessionAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/counselling-sessions/{id}")]
pub async fn patch_counselling_session(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = counselling_sessions::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a counselling session: any subset of its writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"topic": "employment", "person_id": null}))]
#[allow(dead_code)]
pub struct CounsellingSessionPatch {
    #[schema(value_type = Option<String>, format = Date)]
    held_on: Option<String>,
    #[schema(value_type = Option<integra_domain::reintegration::programme::Stream>)]
    stream: Option<String>,
    #[schema(value_type = Option<integra_domain::counselling::CounsellingTopic>)]
    topic: Option<String>,
    #[schema(value_type = Option<String>, format = Uuid, nullable)]
    person_id: Option<String>,
    #[schema(value_type = Option<String>, format = Uuid, nullable)]
    programme_id: Option<String>,
}
