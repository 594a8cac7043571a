//! Eligibility rule sets, versioned: drafts are edited, published versions
//! never change. Case workers and counsellors read them ([`RecordKind::RuleSet`]);
//! only administrators write them.
//!
//! The ETag of a rule set and of each of its versions is the rule set's
//! version, which changes with every new, changed or published version.

use chrono::{DateTime, Utc};
use integra_domain::access::Access;
use integra_domain::eligibility::RuleSet;
use integra_domain::error::{Conflict, Holder, RecordKind};
use integra_domain::version::Precondition;
use integra_domain::{validation, Error, FieldError, ValidationErrors};
use integra_persistence::rule_sets::{self as stored, RuleSetRecord, VersionRecord};
use integra_persistence::DbConnection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::services::json::Body;
use crate::services::paging::{self, PageQuery};
use crate::services::{self, Call};

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
    /// The rule set document of the first version.
    #[schema(value_type = integra_domain::eligibility::schema::RuleSetDocument)]
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
    #[schema(value_type = integra_domain::eligibility::schema::RuleSetDocument)]
    pub document: Value,
}

/// A version of a rule set.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"rule_set_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "number": 2,
    "status": "draft", "document": {"rules": [{"id": "adult", "name": {"ka": "სრულწლოვანი", "en": "Adult"},
        "required": true, "condition": {"fact": "age_years", "op": "ge", "value": 18},
        "reasons": {"passed": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
            "failed": {"ka": "პირი არასრულწლოვანია.", "en": "The person is under 18."},
            "not_evaluable": {"ka": "ასაკი უცნობია.", "en": "The age is not known."}}}]},
    "created_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "created_at": "2026-01-31T09:00:00Z", "published_at": null}))]
pub struct RuleSetVersion {
    pub rule_set_id: Uuid,
    /// 1, 2, ...
    pub number: i64,
    /// `draft` (may change) or `published` (never changes).
    #[schema(example = "published")]
    pub status: String,
    #[schema(value_type = integra_domain::eligibility::schema::RuleSetDocument)]
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

/// Checks a rule set document; errors are named under `document.`. The
/// document as stored (JSON text) when it is valid.
fn check_document(document: &Value) -> Result<String, ValidationErrors> {
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

impl RuleSetInput {
    /// The name and the document as stored; the errors of both at once.
    fn validate(&self) -> Result<(String, String), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check(validation::text("name", &self.name, 200));
        let document = match check_document(&self.document) {
            Ok(text) => Some(text),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        };
        match (name, document) {
            (Some(name), Some(document)) => Ok((name, document)),
            _ => Err(errors),
        }
    }
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

fn load_view(conn: &mut DbConnection, record: RuleSetRecord) -> Result<RuleSetView, Error> {
    let versions = stored::versions(conn, record.id)?;
    let latest_published_version = versions
        .iter()
        .filter(|v| v.status == stored::PUBLISHED)
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

/// A version as the API shows it, with the rule set's version (its ETag).
fn versioned(
    conn: &mut DbConnection,
    record: VersionRecord,
) -> Result<(RuleSetVersion, i64), Error> {
    let version = stored::get(conn, record.rule_set_id)?.version;
    Ok((version_view(record), version))
}

/// A conflict with the version `number` of the rule set `rule_set`.
fn conflict_with_version(code: &'static str, detail: String, rule_set: Uuid, number: i64) -> Error {
    Error::Conflict(Conflict {
        code,
        detail,
        holder: Some(Holder::RuleSetVersion { rule_set, number }),
    })
}

/// A published version never changes.
fn version_published(rule_set: Uuid, number: i64) -> Error {
    conflict_with_version(
        "version_published",
        format!("version {number} is published and can no longer change; add a new version"),
        rule_set,
        number,
    )
}

/// The draft version `number` of the rule set `id`; a published one is a conflict.
fn load_draft(conn: &mut DbConnection, id: Uuid, number: i64) -> Result<VersionRecord, Error> {
    let current = stored::get_version(conn, id, number)?;
    if current.status == stored::DRAFT {
        Ok(current)
    } else {
        Err(version_published(id, number))
    }
}

/// Creates a rule set with its first version, a draft.
pub async fn create(call: &Call, input: Body<RuleSetInput>) -> Result<RuleSetView, Error> {
    call.reach(RecordKind::RuleSet, Access::Write)?;
    let input = input.parse()?;
    let (name, document) = input.validate()?;
    let id = Uuid::now_v7();
    let by = call.id;
    let entries = vec![call.entry("rule_set.created", RecordKind::RuleSet, id)];
    services::write(call, entries, move |c, now| {
        let (record, _) = stored::insert(c, id, &name, &document, false, Some(by), now)?;
        load_view(c, record)
    })
    .await
}

/// Lists rule sets, oldest first.
pub async fn list(call: &Call, query: PageQuery) -> Result<RuleSetPage, Error> {
    call.reach(RecordKind::RuleSet, Access::Read)?;
    let (limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        stored::list(c, after, limit)?
            .into_iter()
            .map(|r| load_view(c, r))
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|r| r.id), limit);
    Ok(RuleSetPage { items, next_cursor })
}

/// Reads a rule set with its versions.
pub async fn get(call: &Call, id: Uuid) -> Result<RuleSetView, Error> {
    call.reach(RecordKind::RuleSet, Access::Read)?;
    services::read(&call.app, move |c| {
        let record = stored::get(c, id)?;
        load_view(c, record)
    })
    .await
}

/// Adds a new draft version after the last one; the version and the rule set's
/// new version (its ETag).
pub async fn add_version(
    call: &Call,
    id: Uuid,
    input: Body<DocumentInput>,
) -> Result<(RuleSetVersion, i64), Error> {
    call.reach(RecordKind::RuleSet, Access::Write)?;
    let input = input.parse()?;
    let document = check_document(&input.document)?;
    let by = call.id;
    let entries = vec![call.entry("rule_set.version_added", RecordKind::RuleSet, id)];
    services::write(call, entries, move |c, now| {
        let record = stored::add_version(c, id, &document, Some(by), now)?;
        versioned(c, record)
    })
    .await
}

/// Reads one version of a rule set, with its document, and the rule set's version.
///
/// Here and below, a version `number` of `None` is one the path does not name
/// (not found, once the caller may see or change rule sets at all).
pub async fn get_version(
    call: &Call,
    id: Uuid,
    number: Option<i64>,
) -> Result<(RuleSetVersion, i64), Error> {
    call.reach(RecordKind::RuleSet, Access::Read)?;
    let number = number.ok_or(Error::NotFound)?;
    services::read(&call.app, move |c| {
        let record = stored::get_version(c, id, number)?;
        versioned(c, record)
    })
    .await
}

/// Stores `document` (checked) as the document of the draft version `number`.
async fn write_draft(
    call: &Call,
    id: Uuid,
    number: i64,
    precondition: Precondition,
    draft: impl FnOnce(&VersionRecord) -> Result<String, Error> + Send + 'static,
) -> Result<(RuleSetVersion, i64), Error> {
    let entries = vec![call.entry("rule_set.version_changed", RecordKind::RuleSet, id)];
    services::write(call, entries, move |c, now| {
        let current = load_draft(c, id, number)?;
        let document = draft(&current)?;
        let expected = precondition.version()?;
        let record = stored::update_draft(c, id, number, expected, &document, now)?
            .ok_or_else(|| version_published(id, number))?;
        versioned(c, record)
    })
    .await
}

/// Replaces the document of a draft version; a published version is a conflict.
pub async fn replace_version(
    call: &Call,
    id: Uuid,
    number: Option<i64>,
    input: Body<DocumentInput>,
    precondition: Precondition,
) -> Result<(RuleSetVersion, i64), Error> {
    call.reach(RecordKind::RuleSet, Access::Write)?;
    let input = input.parse()?;
    let number = number.ok_or(Error::NotFound)?;
    let document = check_document(&input.document)?;
    // A tag that can never match is refused before the version is looked up.
    precondition.version()?;
    write_draft(call, id, number, precondition, move |_| Ok(document)).await
}

/// Changes the document of a draft version with a JSON merge patch:
/// `{"document": {...}}` is merged into the current document.
pub async fn patch_version(
    call: &Call,
    id: Uuid,
    number: Option<i64>,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<(RuleSetVersion, i64), Error> {
    call.reach(RecordKind::RuleSet, Access::Write)?;
    let mut patch = patch.parse()?;
    let number = number.ok_or(Error::NotFound)?;
    write_draft(call, id, number, precondition, move |current| {
        let change = patch.remove("document");
        if let Some(field) = patch.keys().next() {
            return Err(Error::field(
                field,
                "unknown_field",
                format!("only document can be changed, not {field}"),
            ));
        }
        let mut document: Value = serde_json::from_str(&current.document)
            .map_err(|_| Error::Internal("stored rule set document is not JSON".to_owned()))?;
        if let Some(change) = change {
            json_patch::merge(&mut document, &change);
        }
        Ok(check_document(&document)?)
    })
    .await
}

/// Publishes a draft version; from then on it never changes.
pub async fn publish(
    call: &Call,
    id: Uuid,
    number: Option<i64>,
    precondition: Precondition,
) -> Result<(RuleSetVersion, i64), Error> {
    call.reach(RecordKind::RuleSet, Access::Write)?;
    let number = number.ok_or(Error::NotFound)?;
    let expected = precondition.version()?;
    let entries = vec![call.entry("rule_set.published", RecordKind::RuleSet, id)];
    services::write(call, entries, move |c, now| {
        let current = stored::get_version(c, id, number)?;
        if current.status != stored::DRAFT {
            return Err(conflict_with_version(
                "already_published",
                format!("version {number} is published already"),
                id,
                number,
            ));
        }
        let record = stored::publish(c, id, number, expected, now)?
            .ok_or_else(|| version_published(id, number))?;
        versioned(c, record)
    })
    .await
}
