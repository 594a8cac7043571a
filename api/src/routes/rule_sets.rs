//! Eligibility rule sets, versioned: drafts are edited, published versions never
//! change. Each handler parses the request and calls one use case of
//! [`crate::services::rule_sets`].

use actix_web::{get, patch, post, put, web, HttpResponse};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging::PageQuery;
use crate::services::rule_sets::{
    self, DocumentInput, RuleSetInput, RuleSetPage, RuleSetVersion, RuleSetView,
};
use crate::services::Call;

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

/// A merge patch of a draft version: `document` is merged into the draft's document.
#[derive(ToSchema)]
#[schema(example = json!({"document": {"rules": [{"id": "adult", "name": {"ka": "სრულწლოვანი", "en": "Adult"},
        "required": true, "condition": {"fact": "age_years", "op": "ge", "value": 18},
        "reasons": {"passed": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
            "failed": {"ka": "პირი არასრულწლოვანია.", "en": "The person is under 18."},
            "not_evaluable": {"ka": "ასაკი უცნობია.", "en": "The age is not known."}}}]}}))]
#[allow(dead_code)]
pub struct DocumentPatch {
    /// Merged into the draft's document (RFC 7386): `rules` replaces the list whole.
    #[schema(value_type = Option<integra_domain::eligibility::schema::RuleSetDocumentPatch>)]
    document: Option<Value>,
}

/// The rule set and version number of a version's path; `None` for a number
/// that is not one, which names nothing (the use case says so after checking
/// that the caller may see rule sets at all).
fn version_path(path: &(String, String)) -> Result<(Uuid, Option<i64>), ApiError> {
    let number = path.1.parse::<i64>().ok().filter(|n| *n >= 1);
    Ok((path_id(&path.0)?, number))
}

/// Creates a rule set with its first version, a draft.
///
/// For administrators. The answer is the rule set with its versions; its `version` (the
/// `ETag`) changes with every new, changed or published version.
///
/// An invalid document is a `422` whose errors name the fields under `document.`.
#[utoipa::path(
    tag = "rule-sets",
    request_body(content = RuleSetInput, content_type = "application/json"),
    responses((status = 201, description = "Created", body = RuleSetView,
        headers(("Location" = String, description = "The rule set's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/rule-sets")]
pub async fn create_rule_set(
    call: Call,
    JsonBody(input): JsonBody<RuleSetInput>,
) -> Result<HttpResponse, ApiError> {
    let view = rule_sets::create(&call, input).await?;
    Ok(created(location(view.id), view.version, &view))
}

/// Lists rule sets, oldest first.
///
/// Each rule set comes with its versions (without their documents) and
/// `latest_published_version`, which programmes apply by default; page with
/// `cursor`/`limit`. For administrators, case workers and employment counsellors.
#[utoipa::path(
    tag = "rule-sets",
    params(PageQuery),
    responses((status = 200, description = "One page of rule sets", body = RuleSetPage))
)]
#[get("/rule-sets")]
pub async fn list_rule_sets(
    call: Call,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(rule_sets::list(&call, query.into_inner()).await?))
}

/// Reads a rule set with its versions.
///
/// The versions come first to last without their documents, with
/// `latest_published_version`. For administrators, case workers and employment
/// counsellors; the `ETag` is the rule set's version, for `If-Match` when changing a
/// draft.
#[utoipa::path(
    tag = "rule-sets",
    params(("id" = Uuid, Path, description = "The rule set's id")),
    responses((status = 200, description = "The rule set", body = RuleSetView,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/rule-sets/{id}")]
pub async fn get_rule_set(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let view = rule_sets::get(&call, path_id(&id)?).await?;
    Ok(versioned(view.version, &view))
}

/// Adds a new draft version to a rule set.
///
/// For administrators. The version takes the next number after the last one; an invalid
/// document is a `422` whose errors name the fields under `document.`. The `ETag` is the
/// rule set's new version.
#[utoipa::path(
    operation_id = "add_rule_set_version",
    tag = "rule-sets",
    params(("id" = Uuid, Path, description = "The rule set's id")),
    request_body(content = DocumentInput, content_type = "application/json"),
    responses((status = 201, description = "The new draft version", body = RuleSetVersion,
        headers(("Location" = String, description = "The version's path"), ("ETag" = String, description = "The rule set's version"))))
)]
#[post("/rule-sets/{id}/versions")]
pub async fn add_version(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<DocumentInput>,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let (added, version) = rule_sets::add_version(&call, id, input).await?;
    Ok(created(version_location(id, added.number), version, &added))
}

/// Reads one version of a rule set, with its document.
///
/// `status` is `draft` (may change) or `published` (never changes). For administrators,
/// case workers and employment counsellors; a version number the rule set does not have
/// is a `404`. The `ETag` is the rule set's version, for `If-Match`.
#[utoipa::path(
    operation_id = "get_rule_set_version",
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
    ),
    responses((status = 200, description = "The version", body = RuleSetVersion,
        headers(("ETag" = String, description = "The rule set's version, for If-Match"))))
)]
#[get("/rule-sets/{id}/versions/{number}")]
pub async fn get_version(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, number) = version_path(&path)?;
    let (read, version) = rule_sets::get_version(&call, id, number).await?;
    Ok(versioned(version, &read))
}

/// Replaces the document of a draft version; a published version is a `409`.
///
/// For administrators. A published version is a `409` `version_published`; an invalid
/// document is a `422` whose errors name the fields under `document.`. An `If-Match` that
/// is not the rule set's current `ETag` is a `412`.
#[utoipa::path(
    operation_id = "replace_rule_set_version",
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
        IfMatch,
    ),
    request_body(content = DocumentInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Changed", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[put("/rule-sets/{id}/versions/{number}")]
pub async fn replace_version(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<DocumentInput>,
) -> Result<HttpResponse, ApiError> {
    let (id, number) = version_path(&path)?;
    let (changed, version) =
        rule_sets::replace_version(&call, id, number, input, if_match.0).await?;
    Ok(versioned(version, &changed))
}

/// Changes the document of a draft version with a JSON merge patch.
///
/// For administrators. `{"document": {...}}` is merged into the current document, and any
/// other field is a `422`; the result must be a valid document (`422`, fields named under
/// `document.`). A published version is a `409` `version_published`; an `If-Match` that
/// is not the rule set's current `ETag` is a `412`.
#[utoipa::path(
    operation_id = "patch_rule_set_version",
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
        IfMatch,
    ),
    request_body(content = DocumentPatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/rule-sets/{id}/versions/{number}")]
pub async fn patch_version(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (id, number) = version_path(&path)?;
    let (changed, version) = rule_sets::patch_version(&call, id, number, patch, if_match.0).await?;
    Ok(versioned(version, &changed))
}

/// Publishes a draft version; from then on it never changes.
///
/// For administrators. A version published already is a `409` `already_published`; an
/// `If-Match` that is not the rule set's current `ETag` is a `412`. The highest published
/// version becomes the rule set's `latest_published_version`.
#[utoipa::path(
    operation_id = "publish_rule_set_version",
    tag = "rule-sets",
    params(
        ("id" = Uuid, Path, description = "The rule set's id"),
        ("number" = i64, Path, description = "The version number", minimum = 1),
        IfMatch,
    ),
    responses(
        (status = 200, description = "Published", body = RuleSetVersion,
            headers(("ETag" = String, description = "The rule set's new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/rule-sets/{id}/versions/{number}/publish")]
pub async fn publish_version(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let (id, number) = version_path(&path)?;
    let (published, version) = rule_sets::publish(&call, id, number, if_match.0).await?;
    Ok(versioned(version, &published))
}
