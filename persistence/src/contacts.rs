//! Contacts with persons about a programme: rows only. Who reaches which
//! contact is the use case's (`api/src/services/contacts.rs`); a list takes the
//! organisation to filter by as data ([`ContactFilter`]).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::contact::{Contact, ContactChannel, ContactFields, ContactOutcome};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::contacts;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = contacts)]
struct ContactRow {
    id: String,
    person_id: String,
    programme_id: String,
    organisation_id: String,
    contacted_on: NaiveDate,
    channel: String,
    outcome: String,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ContactRow {
    fn into_contact(self) -> Result<Contact, StoreError> {
        Ok(Contact {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            programme_id: rows::uuid(&self.programme_id)?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            contacted_on: self.contacted_on,
            channel: rows::parse("contact channel", &self.channel, ContactChannel::parse)?,
            outcome: rows::parse("contact outcome", &self.outcome, ContactOutcome::parse)?,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Stores a contact (version 1) recorded by `by` for `organisation`.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ContactFields,
    organisation: Uuid,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Contact, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(contacts::table)
        .values((
            contacts::id.eq(id.to_string()),
            contacts::person_id.eq(fields.person_id.to_string()),
            contacts::programme_id.eq(fields.programme_id.to_string()),
            contacts::organisation_id.eq(organisation.to_string()),
            contacts::contacted_on.eq(fields.contacted_on),
            contacts::channel.eq(fields.channel.as_str()),
            contacts::outcome.eq(fields.outcome.as_str()),
            contacts::recorded_by.eq(by.to_string()),
            contacts::version.eq(1_i64),
            contacts::created_at.eq(stamp),
            contacts::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// The contact `id`.
pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Contact, StoreError> {
    contacts::table
        .find(id.to_string())
        .select(ContactRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_contact()
}

/// Replaces a contact's fields (its person stays) if it is at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &ContactFields,
    now: DateTime<Utc>,
) -> Result<Contact, StoreError> {
    let changed = diesel::update(
        contacts::table
            .filter(contacts::id.eq(id.to_string()))
            .filter(contacts::version.eq(expected_version)),
    )
    .set((
        contacts::programme_id.eq(fields.programme_id.to_string()),
        contacts::contacted_on.eq(fields.contacted_on),
        contacts::channel.eq(fields.channel.as_str()),
        contacts::outcome.eq(fields.outcome.as_str()),
        contacts::version.eq(contacts::version + 1),
        contacts::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::VersionMismatch {
            current: get(conn, id)?.version,
        });
    }
    get(conn, id)
}

/// Filters of a list of contacts; all given filters must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFilter {
    /// Recorded for this organisation (the caller's reach).
    pub organisation: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    /// Contacted on or after this day.
    pub from: Option<NaiveDate>,
    /// Contacted on or before this day.
    pub to: Option<NaiveDate>,
    pub channel: Option<ContactChannel>,
    pub outcome: Option<ContactOutcome>,
}

/// The contacts that match `filter` in recording order (ids are UUID v7), after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &ContactFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Contact>, StoreError> {
    let mut query = contacts::table
        .select(ContactRow::as_select())
        .order(contacts::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(contacts::organisation_id.eq(organisation.to_string()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(contacts::person_id.eq(person.to_string()));
    }
    if let Some(programme) = filter.programme_id {
        query = query.filter(contacts::programme_id.eq(programme.to_string()));
    }
    if let Some(from) = filter.from {
        query = query.filter(contacts::contacted_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(contacts::contacted_on.le(to));
    }
    if let Some(channel) = filter.channel {
        query = query.filter(contacts::channel.eq(channel.as_str()));
    }
    if let Some(outcome) = filter.outcome {
        query = query.filter(contacts::outcome.eq(outcome.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(contacts::id.gt(after.to_string()));
    }
    query
        .load::<ContactRow>(conn)?
        .into_iter()
        .map(ContactRow::into_contact)
        .collect()
}

/// Every contact with a person, in recording order (for the export of their data).
pub fn of_person(
    conn: &mut DbConnection,
    person: Uuid,
    limit: i64,
) -> Result<Vec<Contact>, StoreError> {
    list(
        conn,
        &ContactFilter {
            person_id: Some(person),
            ..ContactFilter::default()
        },
        None,
        limit,
    )
}
