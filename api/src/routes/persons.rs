//! The person registry: register, read, change, find; upsert by another system's id.

use actix_web::{get, patch, post, put, web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use integra_domain::access::Permission;
use integra_domain::person::{self, ExternalId, Person, PersonFields, PersonInput};
use integra_domain::{codes, paging, validation, ValidationErrors};
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::persons::{self, PersonFilter};
use integra_persistence::StoreError;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::{self, JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging as cursor;
use crate::state::{audit, AppState};

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

/// One page of persons.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{
    "id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "personal_number": "01001012345",
    "given_name": "Nino", "family_name": "Beridze", "date_of_birth": "1988-04-12",
    "sex": "female", "citizenship": "GE", "residence_status": "citizen",
    "region": "GE-IM", "phone": "+995 555 12 34 56", "household_id": null,
    "external_ids": [{"system": "readmission-db", "value": "RA-2015-0042"}],
    "version": 1, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}],
    "next_cursor": "AZO2wnwafS6fAFobLD1OXw"}))]
pub struct PersonPage {
    pub items: Vec<Person>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /persons`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PersonQuery {
    /// Words that must each occur in the given or the family name, ignoring case.
    #[param(min_length = 1, max_length = 200, pattern = "\\S")]
    name: Option<String>,
    #[param(pattern = "^[0-9]{11}$")]
    personal_number: Option<String>,
    #[param(value_type = Option<String>, format = Date)]
    date_of_birth: Option<String>,
    /// ISO 3166-2:GE region.
    #[param(pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$")]
    region: Option<String>,
    /// ISO 3166-1 alpha-2 code, or `stateless`.
    #[param(pattern = "^([A-Z]{2}|stateless)$")]
    citizenship: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl PersonQuery {
    fn filter(&self, today: NaiveDate) -> Result<PersonFilter, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = self
            .name
            .as_deref()
            .and_then(|n| errors.check(validation::text("name", n, 200)));
        let personal_number = self
            .personal_number
            .as_deref()
            .and_then(|n| errors.check(person::personal_number("personal_number", n)));
        let date_of_birth = self
            .date_of_birth
            .as_deref()
            .and_then(|d| errors.check(validation::past_date("date_of_birth", d, today)));
        let region = self
            .region
            .as_deref()
            .and_then(|r| errors.check(codes::region("region", r)));
        let citizenship = self
            .citizenship
            .as_deref()
            .and_then(|c| errors.check(codes::citizenship("citizenship", c)));
        errors.finish(|| PersonFilter {
            name,
            personal_number,
            date_of_birth,
            region,
            citizenship,
        })
    }
}

/// Registers a person.
///
/// A personal number or external id that another person holds is a `409` whose
/// `existing` is the path of that person.
#[utoipa::path(
    tag = "persons",
    request_body(content = PersonInput, content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    responses(
        (status = 201, description = "Registered", body = Person,
            headers(("Location" = String, description = "The person's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/persons")]
pub async fn create_person(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<PersonInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let fields = input.validate(state.today())?;
    let id = Uuid::now_v7();
    let entry = audit(&principal, &req, "person.created", "person", Some(id));
    let written = fields.clone();
    let person = state
        .audited(vec![entry], move |c, now| {
            persons::insert(c, id, &written, now)
        })
        .await;
    let person = match person {
        Ok(person) => person,
        Err(error) => return Err(explain_duplicate(&state, None, fields, error).await),
    };
    Ok(created(location(person.id), person.version, &person))
}

/// Lists persons in registration order, with filters and cursor paging.
#[utoipa::path(
    tag = "persons",
    params(PersonQuery),
    responses(
        (status = 200, description = "One page of persons", body = PersonPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons")]
pub async fn list_persons(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<PersonQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadPersons)?;
    let mut errors = ValidationErrors::new();
    let filter = query
        .filter(state.today())
        .map_err(|e| errors.0.extend(e.0))
        .ok();
    let limit = errors.check(paging::limit(query.limit));
    let after = match query.cursor.as_deref().map(cursor::decode).transpose() {
        Ok(after) => after,
        Err(integra_domain::Error::Invalid(e)) => {
            errors.0.extend(e.0);
            None
        }
        Err(other) => return Err(other.into()),
    };
    let (Some(filter), Some(limit)) = (filter, limit) else {
        return Err(ApiError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let (actor, request_id) = (principal.id, crate::http::context::request_id(&req));
    let items = state
        .read(move |c| persons::list(c, &filter, after, limit))
        .await?;
    let entries: Vec<AuditEntry> = items
        .iter()
        .map(|p| AuditEntry {
            actor_id: Some(actor),
            action: "person.read",
            record_type: "person",
            record_id: Some(p.id),
            request_id: request_id.clone(),
        })
        .collect();
    state.record_reads(entries).await?;
    let next_cursor = cursor::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(HttpResponse::Ok().json(PersonPage { items, next_cursor }))
}

/// Reads a person.
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The person", body = Person,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons/{id}")]
pub async fn get_person(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadPersons)?;
    let id = path_id(&id)?;
    let person = read_audited(&state, &principal, &req, id).await?;
    Ok(versioned(person.version, &person))
}

/// Changes a person with a JSON merge patch (RFC 7386).
///
/// Fields set to `null` are cleared; `external_ids`, when given, replaces the list.
/// Read-only fields (`id`, `version`, `household_id`, timestamps) may be sent
/// unchanged, as in a person read before.
#[utoipa::path(
    tag = "persons",
    params(
        ("id" = Uuid, Path, description = "The person's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
    ),
    request_body(content = PersonPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = Person,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[patch("/persons/{id}")]
pub async fn patch_person(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let id = path_id(&id)?;
    let current = state.read(move |c| persons::get(c, id)).await?;
    // The body is judged first: a stale If-Match on an invalid patch is a 422.
    let fields = apply_patch(&current, patch, state.today())?;
    let expected = if_match.expected(current.version)?;
    let entry = audit(&principal, &req, "person.updated", "person", Some(id));
    let written = fields.clone();
    let person = state
        .audited(vec![entry], move |c, now| {
            persons::update(c, id, expected, &written, now)
        })
        .await;
    let person = match person {
        Ok(person) => person,
        Err(error) => {
            let error = lost_race(error, if_match);
            return Err(explain_duplicate(&state, Some(id), fields, error).await);
        }
    };
    Ok(versioned(person.version, &person))
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
#[utoipa::path(
    tag = "persons",
    params(
        ("system" = String, Path, description = "The other system", pattern = "^[a-z0-9][a-z0-9._-]{0,63}$"),
        ("value" = String, Path, description = "The person's id there", pattern = "^[\\x21-\\x7E]{1,128}$"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being replaced"),
    ),
    request_body(content = PersonInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Replaced", body = Person, headers(("ETag" = String, description = "The version"))),
        (status = 201, description = "Registered", body = Person,
            headers(("Location" = String, description = "The person's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[put("/persons/by-external-id/{system}/{value}")]
pub async fn upsert_by_external_id(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    JsonBody(mut input): JsonBody<PersonInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WritePersons)?;
    let (system, value) = path.into_inner();
    check_external_path(&system, &value)?;
    match input.external_ids.iter().find(|e| e.system == system) {
        Some(given) if given.value != value => {
            return Err(ApiError::field(
                "external_ids",
                "contradicts_path",
                format!("external_ids names another id in {system} than the path"),
            ))
        }
        Some(_) => {}
        None => input.external_ids.push(ExternalId {
            system: system.clone(),
            value: value.clone(),
        }),
    }
    let fields = input.validate(state.today())?;
    let expected = if_match.version()?;
    let must_exist = if_match.0 != integra_domain::version::Precondition::Absent;
    let (actor, request_id) = (principal.id, crate::http::context::request_id(&req));
    let upsert =
        |fields: PersonFields, system: String, value: String, request_id: Option<String>| {
            let now = state.now();
            state.write(move |c| {
                let entry = |action, id| AuditEntry {
                    actor_id: Some(actor),
                    action,
                    record_type: "person",
                    record_id: Some(id),
                    request_id: request_id.clone(),
                };
                match persons::find_by_external_id(c, &system, &value)? {
                    Some(id) => {
                        let current = persons::get(c, id)?;
                        let version = expected.unwrap_or(current.version);
                        let person = persons::update(c, id, version, &fields, now)?;
                        audit::record(c, &[entry("person.updated", id)], now)?;
                        Ok((false, person))
                    }
                    // If-Match names a version (or `*`, any version) of a record that does not exist.
                    None if must_exist => Err(StoreError::VersionMismatch { current: 0 }),
                    None => {
                        let id = Uuid::now_v7();
                        let person = persons::insert(c, id, &fields, now)?;
                        audit::record(c, &[entry("person.created", id)], now)?;
                        Ok((true, person))
                    }
                }
            })
        };
    let first = upsert(
        fields.clone(),
        system.clone(),
        value.clone(),
        request_id.clone(),
    )
    .await;
    // A concurrent upsert of the same new id may have inserted it first (caught by
    // our check, or by the database's unique key): then this one, run again, finds
    // the person and updates it.
    let result = match first {
        Err(error)
            if is_unique_violation(&error)
                || matches!(
                    error,
                    ApiError::Conflict {
                        code: "duplicate_external_id",
                        ..
                    }
                ) =>
        {
            upsert(fields.clone(), system, value, request_id).await
        }
        other => other,
    };
    let (is_new, person) = match result {
        Err(error) => {
            Err(explain_duplicate(&state, None, fields, lost_race(error, if_match)).await)
        }
        Ok(done) => Ok(done),
    }?;
    Ok(if is_new {
        created(location(person.id), person.version, &person)
    } else {
        versioned(person.version, &person)
    })
}

/// Reads the person known to `system` as `value`.
#[utoipa::path(
    tag = "persons",
    params(
        ("system" = String, Path, description = "The other system", pattern = "^[a-z0-9][a-z0-9._-]{0,63}$"),
        ("value" = String, Path, description = "The person's id there", pattern = "^[\\x21-\\x7E]{1,128}$"),
    ),
    responses(
        (status = 200, description = "The person", body = Person, headers(("ETag" = String, description = "The version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons/by-external-id/{system}/{value}")]
pub async fn get_by_external_id(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadPersons)?;
    let (system, value) = path.into_inner();
    check_external_path(&system, &value)?;
    let id = state
        .read(move |c| persons::find_by_external_id(c, &system, &value))
        .await?
        .ok_or(ApiError::NotFound)?;
    let person = read_audited(&state, &principal, &req, id).await?;
    Ok(versioned(person.version, &person))
}

fn check_external_path(system: &str, value: &str) -> Result<(), ApiError> {
    let mut errors = ValidationErrors::new();
    errors.check(ExternalId::check_system("system", system));
    errors.check(ExternalId::check_value("value", value));
    errors.finish(|| ()).map_err(ApiError::Validation)
}

/// Reads a person and records the read; answers only once the record is committed.
pub async fn read_audited(
    state: &AppState,
    principal: &Principal,
    req: &HttpRequest,
    id: Uuid,
) -> Result<Person, ApiError> {
    let entry = audit(principal, req, "person.read", "person", Some(id));
    state
        .audited_read(vec![entry], move |c| persons::get(c, id))
        .await
}

/// A unique violation that no check caught first: a concurrent write got there.
fn is_unique_violation(error: &ApiError) -> bool {
    matches!(
        error,
        ApiError::Conflict {
            code: "duplicate",
            ..
        }
    )
}

/// Says which value of `fields` a unique violation was about, and who holds it,
/// when a concurrent request caused it; other errors pass unchanged.
async fn explain_duplicate(
    state: &AppState,
    own: Option<Uuid>,
    fields: PersonFields,
    error: ApiError,
) -> ApiError {
    if !is_unique_violation(&error) {
        return error;
    }
    match state
        .read(move |c| persons::check_unique(c, own, &fields))
        .await
    {
        Err(specific @ ApiError::Conflict { .. }) => specific,
        _ => error,
    }
}

/// A version check lost without `If-Match`: someone else changed the record meanwhile.
pub fn lost_race(error: ApiError, if_match: IfMatch) -> ApiError {
    match (error, if_match.0) {
        (ApiError::PreconditionFailed { .. }, integra_domain::version::Precondition::Absent) => {
            integra_domain::version::Precondition::Absent
                .lost_race(integra_domain::Error::PreconditionFailed { current: None })
                .into()
        }
        (other, _) => other,
    }
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 5] = ["id", "household_id", "version", "created_at", "updated_at"];

/// Applies a merge patch to the person and validates the result.
fn apply_patch(
    current: &Person,
    patch: Map<String, Value>,
    today: NaiveDate,
) -> Result<PersonFields, ApiError> {
    let input = body::apply_merge_patch(current, &PersonInput::from(current), patch, &READ_ONLY)?;
    Ok(input.validate(today)?)
}
