//! Programmes: budgets, catalogues of assistance and the rule set version they apply.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::access::Permission;
use integra_domain::money::Money;
use integra_domain::reintegration::programme::{
    CatalogueEntryInput, Programme, ProgrammeFields, ProgrammeInput, ProgrammeStatus, Stream,
};
use integra_domain::ValidationErrors;
use integra_persistence::programmes::{self, ProgrammeFilter};
use integra_persistence::{rule_sets, DbConnection, StoreError};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::{self, JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::persons::lost_race;
use crate::routes::{created, path_id, versioned};
use crate::services::paging as cursor;
use crate::state::{audit, AppState};

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

/// One page of programmes.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80", "code": "REINT-2026",
    "name": {"ka": "რეინტეგრაციის სახელმწიფო პროგრამა 2026", "en": "State reintegration programme 2026"},
    "stream": "reintegration", "status": "open", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
    "application_opens_on": null, "application_closes_on": null,
    "budget": {"amount": "500000.00", "currency": "GEL"},
    "approval_threshold": {"amount": "3000.00", "currency": "GEL"},
    "committed": {"amount": "12500.00", "currency": "GEL"},
    "rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "rule_set_version": 1,
    "catalogue": [{"type": "micro_business",
        "cap_per_person": {"amount": "4000.00", "currency": "GEL"}, "cap_per_household": null}],
    "version": 1, "created_at": "2026-01-05T09:00:00Z", "updated_at": "2026-01-05T09:00:00Z"}],
    "next_cursor": null}))]
pub struct ProgrammePage {
    pub items: Vec<Programme>,
    pub next_cursor: Option<String>,
}

/// Filters of `GET /programmes`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ProgrammeQuery {
    #[param(value_type = Option<Stream>)]
    stream: Option<String>,
    #[param(value_type = Option<ProgrammeStatus>)]
    status: Option<String>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Decides the rule set version a programme applies: the one asked for (it must be
/// published) or the rule set's latest published one.
fn resolve_rules(conn: &mut DbConnection, fields: &ProgrammeFields) -> Result<i64, StoreError> {
    if !rule_sets::exists(conn, fields.rule_set_id)? {
        return Err(StoreError::Invalid(ValidationErrors::single(
            "rule_set_id",
            "not_found",
            "rule_set_id names no rule set",
        )));
    }
    match fields.rule_set_version {
        Some(number) => match rule_sets::published_document(conn, fields.rule_set_id, number)? {
            Some(_) => Ok(number),
            None => Err(StoreError::Invalid(ValidationErrors::single(
                "rule_set_version",
                "not_published",
                "rule_set_version must name a published version of the rule set",
            ))),
        },
        None => rule_sets::latest_published(conn, fields.rule_set_id)?.ok_or_else(|| {
            StoreError::Invalid(ValidationErrors::single(
                "rule_set_id",
                "no_published_version",
                "the rule set has no published version yet",
            ))
        }),
    }
}

/// Creates a programme.
///
/// `rule_set_id` must name a rule set with a published version; the programme applies
/// `rule_set_version` if given, else the latest published version.
#[utoipa::path(
    tag = "programmes",
    request_body(content = ProgrammeInput, content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    responses(
        (status = 201, description = "Created", body = Programme,
            headers(("Location" = String, description = "The programme's path"), ("ETag" = String, description = "The version"))),
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
#[post("/programmes")]
pub async fn create_programme(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<ProgrammeInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entry = audit(&principal, &req, "programme.created", "programme", Some(id));
    let programme = state
        .audited(vec![entry], move |c, now| {
            let version = resolve_rules(c, &fields)?;
            programmes::insert(c, id, &fields, version, now)
        })
        .await?;
    Ok(created(location(id), programme.version, &programme))
}

/// Lists programmes, oldest first.
#[utoipa::path(
    tag = "programmes",
    params(ProgrammeQuery),
    responses(
        (status = 200, description = "One page of programmes", body = ProgrammePage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/programmes")]
pub async fn list_programmes(
    principal: Principal,
    state: web::Data<AppState>,
    query: web::Query<ProgrammeQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadProgrammes)?;
    let mut errors = ValidationErrors::new();
    let stream = query
        .stream
        .as_deref()
        .and_then(|s| errors.check(Stream::parse("stream", s)));
    let status = query
        .status
        .as_deref()
        .and_then(|s| errors.check(ProgrammeStatus::parse("status", s)));
    let page = cursor::check(&mut errors, query.limit, query.cursor.as_deref())?;
    let Some((limit, after)) = page else {
        return Err(ApiError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let filter = ProgrammeFilter { stream, status };
    let items = state
        .read(move |c| programmes::list(c, &filter, after, limit))
        .await?;
    let next_cursor = cursor::next_cursor(items.iter().map(|p| p.id), limit);
    Ok(HttpResponse::Ok().json(ProgrammePage { items, next_cursor }))
}

/// Reads a programme.
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path, description = "The programme's id")),
    responses(
        (status = 200, description = "The programme", body = Programme,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/programmes/{id}")]
pub async fn get_programme(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadProgrammes)?;
    let id = path_id(&id)?;
    let programme = state.read(move |c| programmes::get(c, id)).await?;
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
    #[schema(pattern = "^GEL$")]
    currency: Option<String>,
}

/// Fields that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 7] = [
    "id",
    "code",
    "stream",
    "committed",
    "version",
    "created_at",
    "updated_at",
];

fn input_of(programme: &Programme) -> ProgrammeInput {
    let cap = |m: Option<Money>| m.map(Money::to_input);
    ProgrammeInput {
        code: programme.code.clone(),
        name: programme.name.clone(),
        stream: programme.stream.as_str().to_owned(),
        starts_on: programme.starts_on.to_string(),
        ends_on: programme.ends_on.to_string(),
        application_opens_on: programme.application_opens_on.map(|d| d.to_string()),
        application_closes_on: programme.application_closes_on.map(|d| d.to_string()),
        budget: programme.budget.to_input(),
        approval_threshold: programme.approval_threshold.to_input(),
        rule_set_id: programme.rule_set_id.to_string(),
        rule_set_version: Some(programme.rule_set_version),
        catalogue: programme
            .catalogue
            .iter()
            .map(|e| CatalogueEntryInput {
                assistance_type: e.assistance_type.as_str().to_owned(),
                cap_per_person: cap(e.cap_per_person),
                cap_per_household: cap(e.cap_per_household),
            })
            .collect(),
        status: Some(programme.status.as_str().to_owned()),
    }
}

/// Changes a programme with a JSON merge patch (RFC 7386).
///
/// The budget cannot drop below what is committed (`409`); the status moves
/// draft -> open -> closed (`409` with the `allowed` moves otherwise). Pointing the
/// programme at another rule set without `rule_set_version` applies its latest
/// published version.
#[utoipa::path(
    tag = "programmes",
    params(
        ("id" = Uuid, Path, description = "The programme's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
    ),
    request_body(content = ProgrammePatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = Programme,
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
#[patch("/programmes/{id}")]
pub async fn patch_programme(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let current = state.read(move |c| programmes::get(c, id)).await?;
    let names_version = patch.contains_key("rule_set_version");
    let mut input = body::apply_merge_patch(&current, &input_of(&current), patch, &READ_ONLY)?;
    if !names_version && input.rule_set_id != current.rule_set_id.to_string() {
        input.rule_set_version = None;
    }
    let fields = input.validate()?;
    if fields.status != current.status && !current.status.may_move_to(fields.status) {
        return Err(ApiError::IllegalMove {
            code: "illegal_status_change",
            detail: format!(
                "a programme cannot move from {} to {}",
                current.status, fields.status
            ),
            allowed: current
                .status
                .allowed_moves()
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
        });
    }
    let expected = if_match.expected(current.version)?;
    let entry = audit(&principal, &req, "programme.updated", "programme", Some(id));
    let programme = state
        .audited(vec![entry], move |c, now| {
            let version = resolve_rules(c, &fields)?;
            programmes::update(c, id, expected, &fields, version, now)
        })
        .await
        .map_err(|e| lost_race(e, if_match))?;
    Ok(versioned(programme.version, &programme))
}
