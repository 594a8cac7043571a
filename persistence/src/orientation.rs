//! Pre-departure orientation sessions and their attendance: rows only.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::labour::orientation::{OrientationSession, OrientationSessionFields};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{orientation_attendance, orientation_sessions};

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = orientation_sessions)]
struct SessionRow {
    id: String,
    scheme_id: String,
    held_on: NaiveDate,
    venue: String,
    topics: String,
    organisation_id: String,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl SessionRow {
    fn into_session(self, attendees: Vec<Uuid>) -> Result<OrientationSession, StoreError> {
        Ok(OrientationSession {
            id: rows::uuid(&self.id)?,
            scheme_id: rows::uuid(&self.scheme_id)?,
            held_on: self.held_on,
            venue: self.venue,
            topics: self.topics,
            organisation_id: rows::uuid(&self.organisation_id)?,
            attendees,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Stores a session (version 1) organised by `organisation`.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &OrientationSessionFields,
    (organisation, user): (Uuid, Uuid),
    now: DateTime<Utc>,
) -> Result<OrientationSession, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(orientation_sessions::table)
        .values((
            orientation_sessions::id.eq(id.to_string()),
            orientation_sessions::scheme_id.eq(fields.scheme_id.to_string()),
            orientation_sessions::held_on.eq(fields.held_on),
            orientation_sessions::venue.eq(&fields.venue),
            orientation_sessions::topics.eq(&fields.topics),
            orientation_sessions::organisation_id.eq(organisation.to_string()),
            orientation_sessions::recorded_by.eq(user.to_string()),
            orientation_sessions::version.eq(1_i64),
            orientation_sessions::created_at.eq(stamp),
            orientation_sessions::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// The applications that attended `session`, in the order recorded.
fn attendees(conn: &mut DbConnection, session: &str) -> Result<Vec<Uuid>, StoreError> {
    orientation_attendance::table
        .filter(orientation_attendance::session_id.eq(session))
        .order((
            orientation_attendance::recorded_at.asc(),
            orientation_attendance::application_id.asc(),
        ))
        .select(orientation_attendance::application_id)
        .load::<String>(conn)?
        .iter()
        .map(|id| rows::uuid(id))
        .collect()
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<OrientationSession, StoreError> {
    let row = orientation_sessions::table
        .find(id.to_string())
        .select(SessionRow::as_select())
        .first::<SessionRow>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let attended = attendees(conn, &row.id)?;
    row.into_session(attended)
}

/// The sessions (of `scheme`, when given) in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    scheme: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<OrientationSession>, StoreError> {
    let mut query = orientation_sessions::table
        .select(SessionRow::as_select())
        .order(orientation_sessions::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(scheme) = scheme {
        query = query.filter(orientation_sessions::scheme_id.eq(scheme.to_string()));
    }
    if let Some(after) = after {
        query = query.filter(orientation_sessions::id.gt(after.to_string()));
    }
    query
        .load::<SessionRow>(conn)?
        .into_iter()
        .map(|row| {
            let attended = attendees(conn, &row.id)?;
            row.into_session(attended)
        })
        .collect()
}

/// Records that `application` attended `session`; `false` when it is
/// recorded already.
pub fn attend(
    conn: &mut DbConnection,
    session: Uuid,
    application: Uuid,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let recorded = diesel::select(diesel::dsl::exists(
        orientation_attendance::table
            .filter(orientation_attendance::session_id.eq(session.to_string()))
            .filter(orientation_attendance::application_id.eq(application.to_string())),
    ))
    .get_result::<bool>(conn)?;
    if recorded {
        return Ok(false);
    }
    diesel::insert_into(orientation_attendance::table)
        .values((
            orientation_attendance::session_id.eq(session.to_string()),
            orientation_attendance::application_id.eq(application.to_string()),
            orientation_attendance::recorded_by.eq(by.to_string()),
            orientation_attendance::recorded_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    diesel::update(orientation_sessions::table.find(session.to_string()))
        .set((
            orientation_sessions::version.eq(orientation_sessions::version + 1),
            orientation_sessions::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(true)
}
