//! Counselling sessions: held by the organisation that recorded them; a person
//! is optional (anonymous sessions).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::counselling::{CounsellingSession, CounsellingSessionFields, CounsellingTopic};
use integra_domain::reintegration::programme::Stream;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::counselling_sessions;

#[derive(Queryable, Selectable)]
#[diesel(table_name = counselling_sessions)]
struct SessionRow {
    id: String,
    organisation_id: String,
    held_on: NaiveDate,
    stream: String,
    topic: String,
    person_id: Option<String>,
    programme_id: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl SessionRow {
    fn into_session(self) -> Result<CounsellingSession, StoreError> {
        Ok(CounsellingSession {
            id: rows::uuid(&self.id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            held_on: self.held_on,
            stream: rows::parse("stream", &self.stream, Stream::parse)?,
            topic: rows::parse("topic", &self.topic, CounsellingTopic::parse)?,
            person_id: rows::optional_uuid(self.person_id.as_deref())?,
            programme_id: rows::optional_uuid(self.programme_id.as_deref())?,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = counselling_sessions, treat_none_as_null = true)]
struct SessionChanges<'a> {
    held_on: NaiveDate,
    stream: &'a str,
    topic: &'a str,
    person_id: Option<String>,
    programme_id: Option<String>,
}

impl<'a> From<&'a CounsellingSessionFields> for SessionChanges<'a> {
    fn from(fields: &'a CounsellingSessionFields) -> Self {
        Self {
            held_on: fields.held_on,
            stream: fields.stream.as_str(),
            topic: fields.topic.as_str(),
            person_id: fields.person_id.map(|p| p.to_string()),
            programme_id: fields.programme_id.map(|p| p.to_string()),
        }
    }
}

/// Filters of the list of sessions; `organisation` limits it to one organisation's.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    pub organisation: Option<Uuid>,
    /// Held on or after this day.
    pub from: Option<NaiveDate>,
    /// Held on or before this day.
    pub to: Option<NaiveDate>,
    pub stream: Option<Stream>,
    pub topic: Option<CounsellingTopic>,
    pub person_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
}

/// Records a session held by `organisation`, recorded by `by`.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    organisation: Uuid,
    fields: &CounsellingSessionFields,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<CounsellingSession, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(counselling_sessions::table)
        .values((
            counselling_sessions::id.eq(id.to_string()),
            counselling_sessions::organisation_id.eq(organisation.to_string()),
            SessionChanges::from(fields),
            counselling_sessions::recorded_by.eq(by.to_string()),
            counselling_sessions::version.eq(1_i64),
            counselling_sessions::created_at.eq(stamp),
            counselling_sessions::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a session's fields if it is still at `expected_version` (one
/// conditional `UPDATE`).
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &CounsellingSessionFields,
    now: DateTime<Utc>,
) -> Result<CounsellingSession, StoreError> {
    let changed = diesel::update(
        counselling_sessions::table
            .filter(counselling_sessions::id.eq(id.to_string()))
            .filter(counselling_sessions::version.eq(expected_version)),
    )
    .set((
        SessionChanges::from(fields),
        counselling_sessions::version.eq(counselling_sessions::version + 1),
        counselling_sessions::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::VersionMismatch {
            current: get(conn, id)?.version,
        });
    }
    get(conn, id)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<CounsellingSession, StoreError> {
    counselling_sessions::table
        .find(id.to_string())
        .select(SessionRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_session()
}

/// Sessions in the order they were recorded, with filters and cursor paging.
pub fn list(
    conn: &mut DbConnection,
    filter: &SessionFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<CounsellingSession>, StoreError> {
    let mut query = counselling_sessions::table.into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(counselling_sessions::organisation_id.eq(organisation.to_string()));
    }
    if let Some(from) = filter.from {
        query = query.filter(counselling_sessions::held_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(counselling_sessions::held_on.le(to));
    }
    if let Some(stream) = filter.stream {
        query = query.filter(counselling_sessions::stream.eq(stream.as_str()));
    }
    if let Some(topic) = filter.topic {
        query = query.filter(counselling_sessions::topic.eq(topic.as_str()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(counselling_sessions::person_id.eq(person.to_string()));
    }
    if let Some(programme) = filter.programme_id {
        query = query.filter(counselling_sessions::programme_id.eq(programme.to_string()));
    }
    if let Some(after) = after {
        query = query.filter(counselling_sessions::id.gt(after.to_string()));
    }
    query
        .order(counselling_sessions::id.asc())
        .limit(limit)
        .select(SessionRow::as_select())
        .load(conn)?
        .into_iter()
        .map(SessionRow::into_session)
        .collect()
}

/// Every session of a person (whichever organisation recorded it), oldest
/// first, up to `limit`: for the person's export.
pub fn of_person(
    conn: &mut DbConnection,
    person: Uuid,
    limit: i64,
) -> Result<Vec<CounsellingSession>, StoreError> {
    list(
        conn,
        &SessionFilter {
            person_id: Some(person),
            ..SessionFilter::default()
        },
        None,
        limit,
    )
}
