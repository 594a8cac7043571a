//! Eligibility rule sets, versioned: drafts are edited, published versions never change.

use actix_web::{get, patch, post, put, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use integra_domain::access::Permission;
use integra_domain::eligibility::RuleSet;
use integra_domain::{paging, validation, FieldError, ValidationErrors};
use integra_persistence::rule_sets::{self, RuleSetRecord, VersionRecord};
use integra_persistence::{DbConnection, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging as cursor;
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_rule_set)
        .service(list_rule_sets)
        .service(get_rule_set)
        .service(add_version)
        .service(get_version)
        .service(replace_version)
        .service(patch_version)
        .service(publish_version);
}

/// The path of a rule set.
pub fn location(id: Uuid) -> String {
    format!("/api/v1/rule-sets/{id}")
}

fn version_location(id: Uuid, number: i64) -> String {
    format!("/api/v1/rule-sets/{id}/versions/{number}")
}

/// A new rule set: its name and the document of its first (draft) version.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "State reintegration programme rules",
    "document": {"rules": [{"id": "adult", "name": {"ka": "სრულწლოვანი", "en": "Adult"},
        "required": true, "condition": {"fact": "age_years", "op": "ge", "value": 18},
        "reasons": {"passed": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
            "failed": {"ka": "პირი არასრულწლოვანია.", "en": "The person is under 18."},
            "not_evaluable": {"ka": "ასაკი უცნობია.", "en": "The age is not known."}}}]}}))]
pub struct RuleSetInput {
    #[schema(
        min_length = 1,
        max_length = 200,
        example = "State reintegration programme rules"
    )]
    pub name: String,
    /// The rule set document (see the default rule set for its shape).
    #[schema(value_type = Object)]
    pub document: Value,
}

/// The document of a new or changed draft version.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"document": {"rules": [{"id": "adult", "name": {"ka": "სრულწლოვანი", "en": "Adult"},
        "required": true, "condition": {"fact": "age_years", "op": "ge", "value": 18},
        "reasons": {"passed": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
            "failed": {"ka": "პირი არასრულწლოვანია.", "en": "The person is under 18."},
            "not_evaluable": {"ka": "ასაკი უცნობია.", "en": "The age is not known."}}}]}}))]
pub struct DocumentInput {
    #[schema(value_type = Object)]
    pub document: Value,
}

/// A merge patch of a draft version: `document` is merged into the draft's document.
#[derive(ToSchema)]
#[schema(example = json!({"document": {"rules": []}}))]
#[allow(dead_code)]
pub struct DocumentPatch {
    #[schema(value_type = Option<Object>)]
    document: Option<Value>,
}

/// A version of a rule set.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "number": 2,
    "status": "draft", "document": {"rules": []},
    "created_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "created_at": "2026-01-31T09:00:00Z", "published_at": null}))]
pub struct RuleSetVersion {
    pub rule_set_id: Uuid,
    /// 1, 2, ...
    pub number: i64,
    /// `draft` (may change) or `published` (never changes).
    #[schema(example = "published")]
    pub status: String,
    #[schema(value_type = Object)]
    pub document: Value,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// A version in a rule set's list (without its document).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"number": 1, "status": "published",
    "created_at": "2026-01-31T09:00:00Z", "published_at": "2026-01-31T09:05:00Z"}))]
pub struct VersionSummary {
    pub number: i64,
    #[schema(example = "published")]
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// A rule set with its versions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "name": "State reintegration programme rules", "latest_published_version": 1,
    "versions": [{"number": 1, "status": "published",
        "created_at": "2026-01-31T09:00:00Z", "published_at": "2026-01-31T09:05:00Z"}],
    "version": 2, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:05:00Z"}))]
pub struct RuleSetView {
    pub id: Uuid,
    pub name: String,
    /// The highest published version, which programmes apply by default.
    pub latest_published_version: Option<i64>,
    pub versions: Vec<VersionSummary>,
    /// Changes with every new, changed or published version (the ETag).
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One page of rule sets.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "name": "State reintegration programme rules", "latest_published_version": 1,
    "versions": [{"number": 1, "status": "published",
        "created_at": "2026-01-31T09:00:00Z", "published_at": "2026-01-31T09:05:00Z"}],
    "version": 2, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:05:00Z"}],
    "next_cursor": null}))]
pub struct RuleSetPage {
    pub items: Vec<RuleSetView>,
    pub next_cursor: Option<String>,
}

/// Paging of `GET /rule-sets`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Checks a rule set document; errors are named under `document.`.
pub fn check_document(document: &Value) -> Result<String, ValidationErrors> {
    RuleSet::parse(document)
        .map(|_| document.to_string())
        .map_err(|errors| {
            ValidationErrors(
                errors
                    .0
                    .into_iter()
                    .map(|e| FieldError {
                        field: if e.field.is_empty() {
                            "document".to_owned()
                        } else if e.field.starts_with('[') {
                            format!("document{}", e.field)
                        } else {
                            format!("document.{}", e.field)
                        },
                        ..e
                    })
                    .collect(),
            )
        })
}

fn version_view(record: VersionRecord) -> RuleSetVersion {
    RuleSetVersion {
        rule_set_id: record.rule_set_id,
        number: record.number,
        status: record.status,
        document: serde_json::from_str(&record.document).unwrap_or(Value::Null),
        created_by: record.created_by,
        created_at: record.created_at,
        published_at: record.published_at,
    }
}

fn load_view(conn: &mut DbConnection, record: RuleSetRecord) -> Result<RuleSetView, StoreError> {
    let versions = rule_sets::versions(conn, record.id)?;
    let latest_published_version = versions
        .iter()
        .filter(|v| v.status == rule_sets::PUBLISHED)
        .map(|v| v.number)
        .max();
    Ok(RuleSetView {
        id: record.id,
        name: record.name,
        latest_published_version,
        versions: versions
            .into_iter()
            .map(|v| VersionSummary {
                number: v.number,
                status: v.status,
                created_at: v.created_at,
                published_at: v.published_at,
            })
            .collect(),
        version: record.version,
        created_at: record.created_at,
        updated_at: record.updated_at,
    })
}

fn version_number(text: &str) -> Result<i64, ApiError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or(ApiError::NotFound)
}

/// Creates a rule set with its first version, a draft.
///
/// An invalid document is a `422` whose errors name the fields under `document.`.
#[utoipa::path(
    tag = "rule-sets",
    request_body(content = RuleSetInput, content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    responses(
        (status = 201, description = "Created", body = RuleSetView,
            headers(("Location" = String, description = "The rule set's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/rule-sets")]
pub async fn create_rule_set(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<RuleSetInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let mut errors = ValidationErrors::new();
    let name = errors.check(validation::text("name", &input.name, 200));
    let document = match check_document(&input.document) {
        Ok(text) => Some(text),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    let (Some(name), Some(document)) = (name, document) else {
        return Err(ApiError::Validation(errors));
    };
    let id = Uuid::now_v7();
    let actor = principal.id;
    let entry = audit(&principal, &req, "rule_set.created", "rule_set", Some(id));
    let view = state
        .audited(vec![entry], move |c, now| {
            let (record, _) = rule_sets::insert(c, id, &name, &document, false, Some(actor), now)?;
            load_view(c, record)
        })
        .await?;
    Ok(created(location(id), view.version, &view))
}

/// Lists rule sets, oldest first.
#[utoipa::path(
    tag = "rule-sets",
    params(PageQuery),
    responses(
        (status = 200, description = "One page of rule sets", body = RuleSetPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/rule-sets")]
pub async fn list_rule_sets(
    principal: Principal,
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadProgrammes)?;
    let limit = paging::limit(query.limit)?;
    let after = query.cursor.as_deref().map(cursor::decode).transpose()?;
    let items = state
        .read(move |c| {
            rule_sets::list(c, after, limit)?
                .into_iter()
                .map(|r| load_view(c, r))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    let next_cursor = cursor::next_cursor(items.iter().map(|r| r.id), limit);
    Ok(HttpResponse::Ok().json(RuleSetPage { items, next_cursor }))
}

/// Reads a rule set with its versions.
#[utoipa::path(
    tag = "rule-sets",
    params(("id" = Uuid, Path, description = "The rule set's id")),
    responses(
        (status = 200, description = "The rule set", body = RuleSetView,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/rule-sets/{id}")]
pub async fn get_rule_set(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadProgrammes)?;
    let id = path_id(&id)?;
    let view = state
        .read(move |c| {
            let record = rule_sets::get(c, id)?;
            load_view(c, record)
        })
        .await?;
    Ok(versioned(view.version, &view))
}

/// Adds a new draft version to a rule set.
#[utoipa::path(
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = DocumentInput, content_type = "application/json"),
    responses(
        (status = 201, description = "The new draft version", body = RuleSetVersion,
            headers(("Location" = String, description = "The version's path"), ("ETag" = String, description = "The rule set's version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/rule-sets/{id}/versions")]
pub async fn add_version(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    JsonBody(input): JsonBody<DocumentInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let document = check_document(&input.document)?;
    let actor = principal.id;
    let entry = audit(
        &principal,
        &req,
        "rule_set.version_added",
        "rule_set",
        Some(id),
    );
    let (record, version) = state
        .audited(vec![entry], move |c, now| {
            let record = rule_sets::add_version(c, id, &document, Some(actor), now)?;
            Ok((record, rule_sets::get(c, id)?.version))
        })
        .await?;
    Ok(created(
        version_location(id, record.number),
        version,
        &version_view(record),
    ))
}

/// Reads one version of a rule set, with its document.
#[utoipa::path(
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
    ),
    responses(
        (status = 200, description = "The version", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/rule-sets/{id}/versions/{number}")]
pub async fn get_version(
    principal: Principal,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadProgrammes)?;
    let id = path_id(&path.0)?;
    let number = version_number(&path.1)?;
    let (record, version) = state
        .read(move |c| {
            let record = rule_sets::get_version(c, id, number)?;
            Ok((record, rule_sets::get(c, id)?.version))
        })
        .await?;
    Ok(versioned(version, &version_view(record)))
}

async fn write_draft(
    principal: &Principal,
    req: &HttpRequest,
    state: &AppState,
    id: Uuid,
    number: i64,
    if_match: IfMatch,
    document: String,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match.version()?;
    let entry = audit(
        principal,
        req,
        "rule_set.version_changed",
        "rule_set",
        Some(id),
    );
    let (record, version) = state
        .audited(vec![entry], move |c, now| {
            let record = rule_sets::update_draft(c, id, number, expected, &document, now)?;
            Ok((record, rule_sets::get(c, id)?.version))
        })
        .await?;
    Ok(versioned(version, &version_view(record)))
}

/// Replaces the document of a draft version; a published version is a `409`.
#[utoipa::path(
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag of the rule set"),
    ),
    request_body(content = DocumentInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Changed", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's new version"))),
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
#[put("/rule-sets/{id}/versions/{number}")]
pub async fn replace_version(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<DocumentInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&path.0)?;
    let number = version_number(&path.1)?;
    let document = check_document(&input.document)?;
    write_draft(&principal, &req, &state, id, number, if_match, document).await
}

/// Changes the document of a draft version with a JSON merge patch: `{"document": {...}}`
/// is merged into the current document. A published version is a `409`.
#[utoipa::path(
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag of the rule set"),
    ),
    request_body(content = DocumentPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's new version"))),
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
#[patch("/rule-sets/{id}/versions/{number}")]
pub async fn patch_version(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(mut patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&path.0)?;
    let number = version_number(&path.1)?;
    let current = state
        .read(move |c| rule_sets::get_version(c, id, number))
        .await?;
    if current.status != rule_sets::DRAFT {
        return Err(ApiError::Conflict {
            code: "version_published",
            detail: format!(
                "version {number} is published and can no longer change; add a new version"
            ),
            existing: Some(version_location(id, number)),
        });
    }
    let change = patch.remove("document");
    if let Some(field) = patch.keys().next() {
        return Err(ApiError::field(
            field,
            "unknown_field",
            format!("only document can be changed, not {field}"),
        ));
    }
    let mut document: Value = serde_json::from_str(&current.document)
        .map_err(|_| ApiError::Internal("stored rule set document is not JSON".to_owned()))?;
    if let Some(change) = change {
        json_patch::merge(&mut document, &change);
    }
    let document = check_document(&document)?;
    write_draft(&principal, &req, &state, id, number, if_match, document).await
}

/// Publishes a draft version; from then on it never changes.
#[utoipa::path(
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag of the rule set"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    responses(
        (status = 200, description = "Published", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's new version"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/rule-sets/{id}/versions/{number}/publish")]
pub async fn publish_version(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&path.0)?;
    let number = version_number(&path.1)?;
    let expected = if_match.version()?;
    let entry = audit(&principal, &req, "rule_set.published", "rule_set", Some(id));
    let (record, version) = state
        .audited(vec![entry], move |c, now| {
            let record = rule_sets::publish(c, id, number, expected, now)?;
            Ok((record, rule_sets::get(c, id)?.version))
        })
        .await?;
    Ok(versioned(version, &version_view(record)))
}
