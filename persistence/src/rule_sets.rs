//! Eligibility rule sets and their versions: a draft is edited, a published version never changes.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{rule_set_versions, rule_sets};

/// The status of a draft version.
pub const DRAFT: &str = "draft";
/// The status of a published (immutable) version.
pub const PUBLISHED: &str = "published";

/// A rule set as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSetRecord {
    pub id: Uuid,
    pub name: String,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One version of a rule set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRecord {
    pub rule_set_id: Uuid,
    pub number: i64,
    /// `draft` or `published`.
    pub status: String,
    /// The rule set document as JSON text.
    pub document: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = rule_sets)]
struct RuleSetRow {
    id: String,
    name: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl RuleSetRow {
    fn into_record(self) -> Result<RuleSetRecord, StoreError> {
        Ok(RuleSetRecord {
            id: rows::uuid(&self.id)?,
            name: self.name,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = rule_set_versions)]
struct VersionRow {
    rule_set_id: String,
    number: i64,
    status: String,
    document: String,
    created_by: Option<String>,
    created_at: NaiveDateTime,
    published_at: Option<NaiveDateTime>,
}

impl VersionRow {
    fn into_record(self) -> Result<VersionRecord, StoreError> {
        Ok(VersionRecord {
            rule_set_id: rows::uuid(&self.rule_set_id)?,
            number: self.number,
            status: self.status,
            document: self.document,
            created_by: rows::optional_uuid(self.created_by.as_deref())?,
            created_at: rows::utc(self.created_at),
            published_at: self.published_at.map(rows::utc),
        })
    }
}

/// Creates a rule set with its first version (a draft, or published when `published`).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    name: &str,
    document: &str,
    published: bool,
    actor: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(RuleSetRecord, VersionRecord), StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(rule_sets::table)
        .values((
            rule_sets::id.eq(id.to_string()),
            rule_sets::name.eq(name),
            rule_sets::version.eq(1_i64),
            rule_sets::created_at.eq(stamp),
            rule_sets::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    diesel::insert_into(rule_set_versions::table)
        .values((
            rule_set_versions::rule_set_id.eq(id.to_string()),
            rule_set_versions::number.eq(1_i64),
            rule_set_versions::status.eq(if published { PUBLISHED } else { DRAFT }),
            rule_set_versions::document.eq(document),
            rule_set_versions::created_by.eq(actor.map(|a| a.to_string())),
            rule_set_versions::created_at.eq(stamp),
            rule_set_versions::published_at.eq(published.then_some(stamp)),
        ))
        .execute(conn)?;
    Ok((get(conn, id)?, get_version(conn, id, 1)?))
}

pub fn exists(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(rule_sets::table
        .find(id.to_string())
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<RuleSetRecord, StoreError> {
    rule_sets::table
        .find(id.to_string())
        .select(RuleSetRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_record()
}

/// Rule sets in creation order, after the cursor `after`.
pub fn list(
    conn: &mut DbConnection,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<RuleSetRecord>, StoreError> {
    let mut query = rule_sets::table.into_boxed();
    if let Some(after) = after {
        query = query.filter(rule_sets::id.gt(after.to_string()));
    }
    query
        .order(rule_sets::id.asc())
        .limit(limit)
        .select(RuleSetRow::as_select())
        .load(conn)?
        .into_iter()
        .map(RuleSetRow::into_record)
        .collect()
}

/// The versions of a rule set, first to last.
pub fn versions(conn: &mut DbConnection, id: Uuid) -> Result<Vec<VersionRecord>, StoreError> {
    rule_set_versions::table
        .filter(rule_set_versions::rule_set_id.eq(id.to_string()))
        .order(rule_set_versions::number.asc())
        .select(VersionRow::as_select())
        .load(conn)?
        .into_iter()
        .map(VersionRow::into_record)
        .collect()
}

pub fn get_version(
    conn: &mut DbConnection,
    id: Uuid,
    number: i64,
) -> Result<VersionRecord, StoreError> {
    rule_set_versions::table
        .find((id.to_string(), number))
        .select(VersionRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_record()
}

/// The latest published version number of a rule set, if any.
pub fn latest_published(conn: &mut DbConnection, id: Uuid) -> Result<Option<i64>, StoreError> {
    Ok(rule_set_versions::table
        .filter(rule_set_versions::rule_set_id.eq(id.to_string()))
        .filter(rule_set_versions::status.eq(PUBLISHED))
        .select(diesel::dsl::max(rule_set_versions::number))
        .first::<Option<i64>>(conn)?)
}

/// The document of a published version; `None` when there is no such published version.
pub fn published_document(
    conn: &mut DbConnection,
    id: Uuid,
    number: i64,
) -> Result<Option<String>, StoreError> {
    Ok(rule_set_versions::table
        .find((id.to_string(), number))
        .filter(rule_set_versions::status.eq(PUBLISHED))
        .select(rule_set_versions::document)
        .first::<String>(conn)
        .optional()?)
}

/// Bumps the rule set's version (taking its row lock), checking `expected` when given.
fn touch(
    conn: &mut DbConnection,
    id: Uuid,
    expected: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let mut target = diesel::update(rule_sets::table)
        .filter(rule_sets::id.eq(id.to_string()))
        .into_boxed();
    if let Some(expected) = expected {
        target = target.filter(rule_sets::version.eq(expected));
    }
    let changed = target
        .set((
            rule_sets::version.eq(rule_sets::version + 1),
            rule_sets::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    if changed == 0 {
        let current = get(conn, id)?;
        return Err(StoreError::VersionMismatch {
            current: current.version,
        });
    }
    Ok(())
}

/// Adds a new draft version after the last one.
pub fn add_version(
    conn: &mut DbConnection,
    id: Uuid,
    document: &str,
    actor: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<VersionRecord, StoreError> {
    touch(conn, id, None, now)?;
    let last = rule_set_versions::table
        .filter(rule_set_versions::rule_set_id.eq(id.to_string()))
        .select(diesel::dsl::max(rule_set_versions::number))
        .first::<Option<i64>>(conn)?
        .unwrap_or(0);
    let number = last + 1;
    diesel::insert_into(rule_set_versions::table)
        .values((
            rule_set_versions::rule_set_id.eq(id.to_string()),
            rule_set_versions::number.eq(number),
            rule_set_versions::status.eq(DRAFT),
            rule_set_versions::document.eq(document),
            rule_set_versions::created_by.eq(actor.map(|a| a.to_string())),
            rule_set_versions::created_at.eq(now.naive_utc()),
            rule_set_versions::published_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    get_version(conn, id, number)
}

/// Replaces the document of a draft version, checking the rule set's version
/// against `expected` when given; `None` when the version is not a draft.
pub fn update_draft(
    conn: &mut DbConnection,
    id: Uuid,
    number: i64,
    expected: Option<i64>,
    document: &str,
    now: DateTime<Utc>,
) -> Result<Option<VersionRecord>, StoreError> {
    touch(conn, id, expected, now)?;
    let changed = diesel::update(rule_set_versions::table.find((id.to_string(), number)))
        .filter(rule_set_versions::status.eq(DRAFT))
        .set(rule_set_versions::document.eq(document))
        .execute(conn)?;
    if changed == 0 {
        return Ok(None);
    }
    get_version(conn, id, number).map(Some)
}

/// Publishes a draft version, checking the rule set's version against
/// `expected` when given; `None` when the version is not a draft.
pub fn publish(
    conn: &mut DbConnection,
    id: Uuid,
    number: i64,
    expected: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Option<VersionRecord>, StoreError> {
    touch(conn, id, expected, now)?;
    let changed = diesel::update(rule_set_versions::table.find((id.to_string(), number)))
        .filter(rule_set_versions::status.eq(DRAFT))
        .set((
            rule_set_versions::status.eq(PUBLISHED),
            rule_set_versions::published_at.eq(Some(now.naive_utc())),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Ok(None);
    }
    get_version(conn, id, number).map(Some)
}
