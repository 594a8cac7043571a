//! Contacts with persons about a programme: `/contacts`. A contact belongs to
//! the organisation that recorded it; another organisation's is not found.
//! Each handler parses the request and calls one use case of
//! [`crate::services::contacts`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::contact::{Contact, ContactInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::ContactAnswer;
use crate::services::contacts::{self, ContactPage, ContactQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_contact)
        .service(list_contacts)
        .service(get_contact)
        .service(patch_contact);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/contacts/{id}")
}

/// Records a contact with a person about a programme.
///
/// The contact is kept by the caller's organisation (the ministry's for an account
/// without one); `contacted_on` may be in the past, never in the future, and an unknown
/// `person_id` or `programme_id` is a `422`. For case workers and employment
/// counsellors (and administrators); the answer is recorded in the audit log as a read.
#[utoipa::path(
    tag = "contacts",
    request_body(content = ContactInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the contact, or its id and version to a caller who may not read it", body = ContactAnswer,
        headers(("Location" = String, description = "The contact's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/contacts")]
pub async fn create_contact(
    call: Call,
    JsonBody(input): JsonBody<ContactInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = contacts::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists the contacts of the caller's organisation, in recording order.
///
/// Returns one page, filtered by `person_id`, `programme_id`, day (`from`, `to`),
/// `channel` and `outcome`, with cursor paging (`limit`, `cursor`). For case workers and
/// employment counsellors (administrators see every organisation's); every contact
/// listed is recorded in the audit log as a read.
#[utoipa::path(
    tag = "contacts",
    params(ContactQuery),
    responses((status = 200, description = "One page of contacts", body = ContactPage))
)]
#[get("/contacts")]
pub async fn list_contacts(
    call: Call,
    query: web::Query<ContactQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(contacts::list(&call, query.into_inner()).await?))
}

/// Reads a contact.
///
/// Returns the contact with its version as the `ETag`. Another organisation's contact
/// is a `404` (administrators reach all); the read is recorded in the audit log.
#[utoipa::path(
    tag = "contacts",
    params(("id" = Uuid, Path, description = "The contact's id")),
    responses((status = 200, description = "The contact", body = Contact,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/contacts/{id}")]
pub async fn get_contact(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let contact = contacts::get(&call, path_id(&id)?).await?;
    Ok(versioned(contact.version, &contact))
}

/// Changes a contact with a JSON merge patch.
///
/// Only its `programme_id`, `contacted_on`, `channel` and `outcome` change; `person_id`,
/// `organisation_id` and `recorded_by` may be sent only unchanged (`422` otherwise).
/// Same callers and organisation rule as a read; a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "contacts",
    params(("id" = Uuid, Path, description = "The contact's id"), IfMatch),
    request_body(content = ContactPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the contact, or its id and version to a caller who may not read it", body = ContactAnswer,
        headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict))
)]
#[patch("/contacts/{id}")]
pub async fn patch_contact(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = contacts::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a contact: any subset of its changeable fields.
#[derive(ToSchema)]
#[schema(example = json!({"outcome": "interested"}))]
#[allow(dead_code)]
pub struct ContactPatch {
    #[schema(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    contacted_on: Option<String>,
    #[schema(value_type = Option<integra_domain::contact::ContactChannel>)]
    channel: Option<String>,
    #[schema(value_type = Option<integra_domain::contact::ContactOutcome>)]
    outcome: Option<String>,
}
