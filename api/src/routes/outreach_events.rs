//! Outreach events: `/outreach-events`. Each handler parses the request and
//! calls one use case of [`crate::services::outreach_events`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::outreach::{OutreachEvent, OutreachEventInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::OutreachEventAnswer;
use crate::services::outreach_events::{self, OutreachEventPage, OutreachEventQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_outreach_event)
        .service(list_outreach_events)
        .service(get_outreach_event)
        .service(patch_outreach_event);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/outreach-events/{id}")
}

/// Records an outreach event and the number of people it reached.
///
/// For case workers and employment counsellors; kept by the caller's
/// organisation (an administrator may name another in `organisation_id`).
/// `held_on` may not lie in the future; an unknown `programme_id` or organisation
/// is a `422`. The event names no person; its creation is audited.
#[utoipa::path(
    tag = "outreach",
    request_body(content = OutreachEventInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the event, or its id and version to a caller who may not read it", body = OutreachEventAnswer,
        headers(("Location" = String, description = "The event's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/outreach-events")]
pub async fn create_outreach_event(
    call: Call,
    JsonBody(input): JsonBody<OutreachEventInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = outreach_events::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the outreach events of the caller's organisation.
///
/// Returns one page in the order recorded (every organisation's, for an administrator),
/// filtered by `from`/`to` (day held), `region`, `kind` and `programme_id`, with cursor
/// paging (`limit`, `cursor`). For case workers and employment counsellors; events
/// hold no personal data, so reads are not audited.
#[utoipa::path(
    tag = "outreach",
    params(OutreachEventQuery),
    responses((status = 200, description = "One page of events", body = OutreachEventPage))
)]
#[get("/outreach-events")]
pub async fn list_outreach_events(
    call: Call,
    query: web::Query<OutreachEventQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = outreach_events::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads an outreach event.
///
/// Returns the event with its version as the `ETag`. Another organisation's event is
/// a `404` (administrators reach all); the read is not audited (no personal data).
#[utoipa::path(
    tag = "outreach",
    params(("id" = Uuid, Path, description = "The event's id")),
    responses((status = 200, description = "The event", body = OutreachEvent,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/outreach-events/{id}")]
pub async fn get_outreach_event(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let event = outreach_events::get(&call, path_id(&id)?).await?;
    Ok(versioned(event.version, &event))
}

/// Changes an outreach event with a JSON merge patch.
///
/// Same callers and organisation rule as a read. `organisation_id` and `recorded_by`
/// may be sent only unchanged; the body is validated first (`422`), then `If-Match`
/// (`412` when stale); a concurrent change without `If-Match` is a `409`.
#[utoipa::path(
    tag = "outreach",
    params(("id" = Uuid, Path, description = "The event's id"), IfMatch),
    request_body(content = OutreachEventPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the event, or its id and version to a caller who may not read it", body = OutreachEventAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/outreach-events/{id}")]
pub async fn patch_outreach_event(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = outreach_events::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of an outreach event: any subset of its writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"people_reached": 52, "title": "Information day, Kutaisi"}))]
#[allow(dead_code)]
pub struct OutreachEventPatch {
    #[schema(value_type = Option<String>, format = Date)]
    held_on: Option<String>,
    #[schema(pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$")]
    region: Option<String>,
    #[schema(value_type = Option<integra_domain::outreach::OutreachKind>)]
    kind: Option<String>,
    #[schema(minimum = 0, maximum = 5_000_000)]
    people_reached: Option<i64>,
    #[schema(value_type = Option<String>, format = Uuid, nullable)]
    programme_id: Option<String>,
    #[schema(min_length = 1, max_length = 200, nullable)]
    title: Option<String>,
}
