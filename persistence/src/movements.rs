//! Movement assistance of a person (a foreigner helped to leave Georgia).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::movement::{Movement, MovementFields, MovementHelp, MovementKind};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::movements;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = movements)]
struct MovementRow {
    id: String,
    person_id: String,
    departed_on: NaiveDate,
    destination_country: String,
    kind: String,
    help_ticket: bool,
    help_escort: bool,
    help_travel_documents: bool,
    help_reception_arranged: bool,
    organisation_id: String,
    note: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl MovementRow {
    fn into_movement(self) -> Result<Movement, StoreError> {
        let flags = [
            (MovementHelp::Ticket, self.help_ticket),
            (MovementHelp::Escort, self.help_escort),
            (MovementHelp::TravelDocuments, self.help_travel_documents),
            (
                MovementHelp::ReceptionArranged,
                self.help_reception_arranged,
            ),
        ];
        Ok(Movement {
            id: rows::uuid(&self.id)?,
            person_id: rows::uuid(&self.person_id)?,
            departed_on: self.departed_on,
            destination_country: self.destination_country,
            kind: rows::parse("movement kind", &self.kind, MovementKind::parse)?,
            help: flags
                .into_iter()
                .filter(|(_, given)| *given)
                .map(|(help, _)| help)
                .collect(),
            organisation_id: rows::uuid(&self.organisation_id)?,
            note: self.note,
            recorded_by: rows::uuid(&self.recorded_by)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = movements, treat_none_as_null = true)]
struct MovementChanges<'a> {
    departed_on: NaiveDate,
    destination_country: &'a str,
    kind: &'a str,
    help_ticket: bool,
    help_escort: bool,
    help_travel_documents: bool,
    help_reception_arranged: bool,
    organisation_id: String,
    note: Option<&'a str>,
}

impl<'a> From<&'a MovementFields> for MovementChanges<'a> {
    fn from(fields: &'a MovementFields) -> Self {
        Self {
            departed_on: fields.departed_on,
            destination_country: &fields.destination_country,
            kind: fields.kind.as_str(),
            help_ticket: fields.gave(MovementHelp::Ticket),
            help_escort: fields.gave(MovementHelp::Escort),
            help_travel_documents: fields.gave(MovementHelp::TravelDocuments),
            help_reception_arranged: fields.gave(MovementHelp::ReceptionArranged),
            organisation_id: fields.organisation_id.to_string(),
            note: fields.note.as_deref(),
        }
    }
}

/// Records movement assistance of `person`, recorded by the user `by` (version 1).
pub fn insert(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    fields: &MovementFields,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Movement, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(movements::table)
        .values((
            movements::id.eq(id.to_string()),
            movements::person_id.eq(person.to_string()),
            MovementChanges::from(fields),
            movements::recorded_by.eq(by.to_string()),
            movements::version.eq(1_i64),
            movements::created_at.eq(stamp),
            movements::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, person, id)
}

/// Replaces a movement's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    person: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &MovementFields,
    now: DateTime<Utc>,
) -> Result<Movement, StoreError> {
    let changed = diesel::update(
        movements::table
            .filter(movements::id.eq(id.to_string()))
            .filter(movements::person_id.eq(person.to_string()))
            .filter(movements::version.eq(expected_version)),
    )
    .set((
        MovementChanges::from(fields),
        movements::version.eq(movements::version + 1),
        movements::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, person, id), |r| r.version)
}

/// The movement `id` of `person`.
pub fn get(conn: &mut DbConnection, person: Uuid, id: Uuid) -> Result<Movement, StoreError> {
    movements::table
        .find(id.to_string())
        .filter(movements::person_id.eq(person.to_string()))
        .select(MovementRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_movement()
}

/// Filters of a person's movements; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MovementFilter {
    /// Departed on or after.
    pub from: Option<NaiveDate>,
    /// Departed on or before.
    pub to: Option<NaiveDate>,
    pub kind: Option<MovementKind>,
}

/// The movements of `person` that match `filter`, in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    person: Uuid,
    filter: &MovementFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Movement>, StoreError> {
    let mut query = movements::table
        .filter(movements::person_id.eq(person.to_string()))
        .select(MovementRow::as_select())
        .order(movements::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(from) = filter.from {
        query = query.filter(movements::departed_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(movements::departed_on.le(to));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(movements::kind.eq(kind.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(movements::id.gt(after.to_string()));
    }
    query
        .load::<MovementRow>(conn)?
        .into_iter()
        .map(MovementRow::into_movement)
        .collect()
}
