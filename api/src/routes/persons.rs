//! The person registry: register, read, change, find; upsert by another system's id.
//! Each handler parses the request and calls one use case of
//! [`crate::services::persons`].

use actix_web::{get, patch, post, put, web, HttpResponse};
use integra_domain::person::{self, ExternalId, Person, PersonInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::PersonAnswer;
use crate::services::persons::external_ids::{self, Upserted};
use crate::services::persons::{self, PersonPage, PersonQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    // The literal path `by-external-id` goes before `{id}`.
    config
        .service(upsert_by_external_id)
        .service(get_by_external_id)
        .service(list_persons)
        .service(create_person)
        .service(get_person)
        .service(patch_person);
}

/// The path of a person.
pub fn location(id: Uuid) -> String {
    format!("/api/v1/persons/{id}")
}

/// Registers a person.
///
/// For case workers, administrators and service accounts with `persons:write`.
/// A personal number or external id that another person holds is a `409` whose
/// `existing` is the path of that person (to a caller who may read persons).
/// The answer is the person to a caller who may read persons, and otherwise
/// (a service account with `persons:write` alone) only its `id` and `version`.
#[utoipa::path(
    tag = "persons",
    request_body(content = PersonInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Registered: the person, or its id and version to a caller who may not read persons", body = PersonAnswer,
            headers(("Location" = String, description = "The person's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/persons")]
pub async fn create_person(
    call: Call,
    JsonBody(input): JsonBody<PersonInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = persons::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists persons in registration order, with filters and cursor paging.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`, who see every person whatever the organisation. Filters by `name`,
/// `personal_number`, `date_of_birth`, `region` and `citizenship` (all given must match);
/// pages with `limit` (1 to 500, 50 by default) and `cursor`. Every person listed is
/// recorded as read in the audit log.
#[utoipa::path(
    tag = "persons",
    params(PersonQuery),
    responses((status = 200, description = "One page of persons", body = PersonPage))
)]
#[get("/persons")]
pub async fn list_persons(
    call: Call,
    query: web::Query<PersonQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(persons::list(&call, query.into_inner()).await?))
}

/// Reads a person.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`; the read is recorded in the audit log. The `ETag` is the version to
/// send as `If-Match` with a change.
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses((status = 200, description = "The person", body = Person,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/persons/{id}")]
pub async fn get_person(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let person = persons::get(&call, path_id(&id)?).await?;
    Ok(versioned(person.version, &person))
}

/// Changes a person with a JSON merge patch (RFC 7386).
///
/// Fields set to `null` are cleared; `external_ids`, when given, replaces the list.
/// Read-only fields (`id`, `version`, `household_id`, timestamps) may be sent
/// unchanged, as in a person read before. The answer is the person to a caller
/// who may read persons, and otherwise only its `id` and `version`.
///
/// For case workers, administrators and service accounts with `persons:write`. A personal
/// number or external id another person holds is a `409`, and so is a person whose data
/// is erased (`erased`); a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id"), IfMatch),
    request_body(content = PersonPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the person, or its id and version to a caller who may not read persons", body = PersonAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/persons/{id}")]
pub async fn patch_person(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let answer = persons::update(&call, id, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// A merge patch of a person: any subset of the writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"phone": "+995 599 11 22 33", "region": "GE-TB"}))]
#[allow(dead_code)]
pub struct PersonPatch {
    #[schema(pattern = "^[0-9]{11}$", nullable)]
    personal_number: Option<String>,
    #[schema(min_length = 1, max_length = 100, pattern = "\\S")]
    given_name: Option<String>,
    #[schema(min_length = 1, max_length = 100, pattern = "\\S")]
    family_name: Option<String>,
    #[schema(value_type = Option<String>, format = Date, nullable)]
    date_of_birth: Option<String>,
    #[schema(value_type = Option<person::Sex>, nullable)]
    sex: Option<String>,
    #[schema(pattern = "^([A-Z]{2}|stateless)$", nullable)]
    citizenship: Option<String>,
    #[schema(value_type = Option<person::ResidenceStatus>, nullable)]
    residence_status: Option<String>,
    #[schema(pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$", nullable)]
    region: Option<String>,
    #[schema(pattern = "^\\+?[0-9][0-9 ()-]{3,28}[0-9]$", nullable)]
    phone: Option<String>,
    external_ids: Option<Vec<ExternalId>>,
}

/// Creates or replaces the person known to `system` as `value`.
///
/// `201` when the person is new, `200` when an existing one was replaced. The body's
/// `external_ids` gets `(system, value)` added; naming another value for `system` is a `422`.
/// The answer is the person to a caller who may read persons, and otherwise only
/// its `id` and `version`.
///
/// For case workers, administrators and service accounts with `persons:write`. With
/// `If-Match` (a version, or `*`) the person must exist already and be at that version
/// (`412` otherwise); a personal number or external id another person holds is a `409`.
#[utoipa::path(
    operation_id = "upsert_person_by_external_id",
    tag = "persons",
    params(
        ("system" = String, Path, description = "The other system", pattern = "^[a-z0-9][a-z0-9._-]{0,63}$"),
        ("value" = String, Path, description = "The person's id there", pattern = "^[\\x21-\\x7E]{1,128}$"),
        IfMatch,
    ),
    request_body(content = PersonInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Replaced", body = PersonAnswer, headers(("ETag" = String, description = "The version"))),
        (status = 201, description = "Registered", body = PersonAnswer,
            headers(("Location" = String, description = "The person's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[put("/persons/by-external-id/{system}/{value}")]
pub async fn upsert_by_external_id(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<PersonInput>,
) -> Result<HttpResponse, ApiError> {
    let (system, value) = path.into_inner();
    Ok(
        match external_ids::upsert(&call, system, value, input, if_match.0).await? {
            Upserted::Created(answer) => created_answer(location(answer.id()), &answer),
            Upserted::Replaced(answer) => written(&answer),
        },
    )
}

/// Reads the person known to `system` as `value`.
///
/// For case workers, employment counsellors, administrators and service accounts with
/// `persons:read`; the read is recorded in the audit log. No person with this id is a
/// `404`; a `system` or `value` of the wrong form is a `422`.
#[utoipa::path(
    operation_id = "get_person_by_external_id",
    tag = "persons",
    params(
        ("system" = String, Path, description = "The other system", pattern = "^[a-z0-9][a-z0-9._-]{0,63}$"),
        ("value" = String, Path, description = "The person's id there", pattern = "^[\\x21-\\x7E]{1,128}$"),
    ),
    responses(
        (status = 200, description = "The person", body = Person, headers(("ETag" = String, description = "The version"))),
        (status = 422, response = crate::openapi::Unprocessable),
    )
)]
#[get("/persons/by-external-id/{system}/{value}")]
pub async fn get_by_external_id(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (system, value) = path.into_inner();
    let person = external_ids::get(&call, system, value).await?;
    Ok(versioned(person.version, &person))
}
