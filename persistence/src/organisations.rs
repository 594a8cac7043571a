//! Organisations whose people and systems use integra.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::organisation::{Organisation, OrganisationFields, OrganisationKind};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::organisations;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = organisations)]
struct OrganisationRow {
    id: String,
    name: String,
    kind: String,
    country: String,
    active: bool,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl OrganisationRow {
    fn into_organisation(self) -> Result<Organisation, StoreError> {
        Ok(Organisation {
            id: rows::uuid(&self.id)?,
            name: self.name,
            kind: rows::parse("kind", &self.kind, OrganisationKind::parse)?,
            country: self.country,
            active: self.active,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Filters of the organisation list.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    pub kind: Option<OrganisationKind>,
    pub active: Option<bool>,
}

/// The organisation that has the name `name`, if one has.
pub fn name_holder(conn: &mut DbConnection, name: &str) -> Result<Option<Uuid>, StoreError> {
    organisations::table
        .filter(organisations::name.eq(name))
        .select(organisations::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &OrganisationFields,
    now: DateTime<Utc>,
) -> Result<Organisation, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(organisations::table)
        .values((
            organisations::id.eq(id.to_string()),
            organisations::name.eq(&fields.name),
            organisations::kind.eq(fields.kind.as_str()),
            organisations::country.eq(&fields.country),
            organisations::active.eq(true),
            organisations::version.eq(1_i64),
            organisations::created_at.eq(stamp),
            organisations::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Changes name, kind, country and whether it is active, if the version still matches.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &OrganisationFields,
    active: bool,
    now: DateTime<Utc>,
) -> Result<Organisation, StoreError> {
    let changed = diesel::update(
        organisations::table
            .filter(organisations::id.eq(id.to_string()))
            .filter(organisations::version.eq(expected_version)),
    )
    .set((
        organisations::name.eq(&fields.name),
        organisations::kind.eq(fields.kind.as_str()),
        organisations::country.eq(&fields.country),
        organisations::active.eq(active),
        organisations::version.eq(organisations::version + 1),
        organisations::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |r| r.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Organisation, StoreError> {
    organisations::table
        .find(id.to_string())
        .select(OrganisationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_organisation()
}

/// The names of the organisations `ids` (those that exist).
pub fn names(
    conn: &mut DbConnection,
    ids: &[Uuid],
) -> Result<std::collections::BTreeMap<Uuid, String>, StoreError> {
    let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    organisations::table
        .filter(organisations::id.eq_any(ids))
        .select((organisations::id, organisations::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(id, name)| Ok((rows::uuid(&id)?, name)))
        .collect()
}

/// Whether the organisation exists and is active (users may join only such).
pub fn is_active(conn: &mut DbConnection, id: Uuid) -> Result<Option<bool>, StoreError> {
    Ok(organisations::table
        .find(id.to_string())
        .select(organisations::active)
        .first(conn)
        .optional()?)
}

pub fn list(
    conn: &mut DbConnection,
    filter: &OrganisationFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Organisation>, StoreError> {
    let mut query = organisations::table
        .select(OrganisationRow::as_select())
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(organisations::id.gt(after.to_string()));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(organisations::kind.eq(kind.as_str()));
    }
    if let Some(active) = filter.active {
        query = query.filter(organisations::active.eq(active));
    }
    query
        .order(organisations::id.asc())
        .limit(limit)
        .load::<OrganisationRow>(conn)?
        .into_iter()
        .map(OrganisationRow::into_organisation)
        .collect()
}
