//! Outreach events: held by the organisation that recorded them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::outreach::{OutreachEvent, OutreachEventFields, OutreachKind};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::outreach_events;

#[derive(Queryable, Selectable)]
#[diesel(table_name = outreach_events)]
struct EventRow {
    id: String,
    organisation_id: String,
    held_on: NaiveDate,
    region: String,
    kind: String,
    people_reached: i64,
    programme_id: Option<String>,
    title: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl EventRow {
    fn into_event(self) -> Result<OutreachEvent, StoreError> {
        Ok(OutreachEvent {
            id: rows::uuid(&self.id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            held_on: self.held_on,
            region: self.region,
            kind: rows::parse("kind", &self.kind, OutreachKind::parse)?,
            people_reached: self.people_reached,
            programme_id: rows::optional_uuid(self.programme_id.as_deref())?,
            title: self.title,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = outreach_events, treat_none_as_null = true)]
struct EventChanges<'a> {
    held_on: NaiveDate,
    region: &'a str,
    kind: &'a str,
    people_reached: i64,
    programme_id: Option<String>,
    title: Option<&'a str>,
}

impl<'a> From<&'a OutreachEventFields> for EventChanges<'a> {
    fn from(fields: &'a OutreachEventFields) -> Self {
        Self {
            held_on: fields.held_on,
            region: &fields.region,
            kind: fields.kind.as_str(),
            people_reached: fields.people_reached,
            programme_id: fields.programme_id.map(|p| p.to_string()),
            title: fields.title.as_deref(),
        }
    }
}

/// Filters of the list of events; `organisation` limits it to one organisation's.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub organisation: Option<Uuid>,
    /// Held on or after this day.
    pub from: Option<NaiveDate>,
    /// Held on or before this day.
    pub to: Option<NaiveDate>,
    pub region: Option<String>,
    pub kind: Option<OutreachKind>,
    pub programme_id: Option<Uuid>,
}

/// Records an event held by `organisation`, recorded by `by`.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Uuid,
    fields: &OutreachEventFields,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<OutreachEvent, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(outreach_events::table)
        .values((
            outreach_events::id.eq(id.to_string()),
            outreach_events::organisation_id.eq(organisation.to_string()),
            EventChanges::from(fields),
            outreach_events::recorded_by.eq(by.to_string()),
            outreach_events::version.eq(1_i64),
            outreach_events::created_at.eq(stamp),
            outreach_events::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces an event's fields if it is still at `expected_version` (one
/// conditional `UPDATE`).
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &OutreachEventFields,
    now: DateTime<Utc>,
) -> Result<OutreachEvent, StoreError> {
    let changed = diesel::update(
        outreach_events::table
            .filter(outreach_events::id.eq(id.to_string()))
            .filter(outreach_events::version.eq(expected_version)),
    )
    .set((
        EventChanges::from(fields),
        outreach_events::version.eq(outreach_events::version + 1),
        outreach_events::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::VersionMismatch {
            current: get(conn, id)?.version,
        });
    }
    get(conn, id)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<OutreachEvent, StoreError> {
    outreach_events::table
        .find(id.to_string())
        .select(EventRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_event()
}

/// Events in the order they were recorded, with filters and cursor paging.
pub fn list(
    conn: &mut DbConnection,
    filter: &EventFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<OutreachEvent>, StoreError> {
    let mut query = outreach_events::table.into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(outreach_events::organisation_id.eq(organisation.to_string()));
    }
    if let Some(from) = filter.from {
        query = query.filter(outreach_events::held_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(outreach_events::held_on.le(to));
    }
    if let Some(region) = &filter.region {
        query = query.filter(outreach_events::region.eq(region.clone()));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(outreach_events::kind.eq(kind.as_str()));
    }
    if let Some(programme) = filter.programme_id {
        query = query.filter(outreach_events::programme_id.eq(programme.to_string()));
    }
    if let Some(after) = after {
        query = query.filter(outreach_events::id.gt(after.to_string()));
    }
    query
        .order(outreach_events::id.asc())
        .limit(limit)
        .select(EventRow::as_select())
        .load(conn)?
        .into_iter()
        .map(EventRow::into_event)
        .collect()
}
