//! Committee meetings and their action items: rows only (members, agenda and
//! decisions as JSON arrays).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::steering::meeting::{ActionItem, Meeting, MeetingFields, MeetingKind};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{action_items, meetings};

#[derive(Queryable, Selectable)]
#[diesel(table_name = meetings)]
struct MeetingRow {
    id: String,
    project_id: String,
    held_on: NaiveDate,
    kind: String,
    members: String,
    agenda: String,
    decisions: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl MeetingRow {
    fn into_meeting(self, action_items: Vec<ActionItem>) -> Result<Meeting, StoreError> {
        Ok(Meeting {
            id: rows::uuid(&self.id)?,
            project_id: rows::uuid(&self.project_id)?,
            held_on: self.held_on,
            kind: rows::parse("kind", &self.kind, MeetingKind::parse)?,
            members: rows::json("members", &self.members)?,
            agenda: rows::json("agenda", &self.agenda)?,
            decisions: rows::json("decisions", &self.decisions)?,
            action_items,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = action_items)]
struct ActionItemRow {
    id: String,
    meeting_id: String,
    project_id: String,
    text: String,
    owner_organisation_id: String,
    due_on: NaiveDate,
    done_on: Option<NaiveDate>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ActionItemRow {
    fn into_item(self) -> Result<ActionItem, StoreError> {
        Ok(ActionItem {
            id: rows::uuid(&self.id)?,
            meeting_id: rows::uuid(&self.meeting_id)?,
            project_id: rows::uuid(&self.project_id)?,
            text: self.text,
            owner_organisation_id: rows::uuid(&self.owner_organisation_id)?,
            due_on: self.due_on,
            done_on: self.done_on,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Records a meeting of `project` with its action items.
pub fn insert(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    fields: &MeetingFields,
    now: DateTime<Utc>,
) -> Result<Meeting, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(meetings::table)
        .values((
            meetings::id.eq(id.to_string()),
            meetings::project_id.eq(project.to_string()),
            meetings::held_on.eq(fields.held_on),
            meetings::kind.eq(fields.kind.as_str()),
            meetings::members.eq(rows::stored(&fields.members)?),
            meetings::agenda.eq(rows::stored(&fields.agenda)?),
            meetings::decisions.eq(rows::stored(&fields.decisions)?),
            meetings::version.eq(1_i64),
            meetings::created_at.eq(stamp),
            meetings::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    for item in &fields.action_items {
        diesel::insert_into(action_items::table)
            .values((
                action_items::id.eq(Uuid::now_v7().to_string()),
                action_items::meeting_id.eq(id.to_string()),
                action_items::project_id.eq(project.to_string()),
                action_items::text.eq(&item.text),
                action_items::owner_organisation_id.eq(item.owner_organisation_id.to_string()),
                action_items::due_on.eq(item.due_on),
                action_items::done_on.eq(None::<NaiveDate>),
                action_items::version.eq(1_i64),
                action_items::created_at.eq(stamp),
                action_items::updated_at.eq(stamp),
            ))
            .execute(conn)?;
    }
    get(conn, project, id)
}

/// The action items of `meeting`, in the order recorded.
fn items_of(conn: &mut DbConnection, meeting: &str) -> Result<Vec<ActionItem>, StoreError> {
    action_items::table
        .filter(action_items::meeting_id.eq(meeting))
        .order(action_items::id.asc())
        .select(ActionItemRow::as_select())
        .load::<ActionItemRow>(conn)?
        .into_iter()
        .map(ActionItemRow::into_item)
        .collect()
}

/// The meeting `id` of `project`, with its action items.
pub fn get(conn: &mut DbConnection, project: Uuid, id: Uuid) -> Result<Meeting, StoreError> {
    let row = meetings::table
        .filter(meetings::id.eq(id.to_string()))
        .filter(meetings::project_id.eq(project.to_string()))
        .select(MeetingRow::as_select())
        .first::<MeetingRow>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let items = items_of(conn, &row.id)?;
    row.into_meeting(items)
}

/// The meetings of `project`, by day, with their action items.
pub fn list(conn: &mut DbConnection, project: Uuid) -> Result<Vec<Meeting>, StoreError> {
    let found: Vec<MeetingRow> = meetings::table
        .filter(meetings::project_id.eq(project.to_string()))
        .order((meetings::held_on.asc(), meetings::id.asc()))
        .select(MeetingRow::as_select())
        .load(conn)?;
    found
        .into_iter()
        .map(|row| {
            let items = items_of(conn, &row.id)?;
            row.into_meeting(items)
        })
        .collect()
}

/// The action items of `project`, by due day.
pub fn action_items(conn: &mut DbConnection, project: Uuid) -> Result<Vec<ActionItem>, StoreError> {
    action_items::table
        .filter(action_items::project_id.eq(project.to_string()))
        .order((action_items::due_on.asc(), action_items::id.asc()))
        .select(ActionItemRow::as_select())
        .load::<ActionItemRow>(conn)?
        .into_iter()
        .map(ActionItemRow::into_item)
        .collect()
}

/// The action item `id` of `project`.
pub fn action_item(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
) -> Result<ActionItem, StoreError> {
    action_items::table
        .filter(action_items::id.eq(id.to_string()))
        .filter(action_items::project_id.eq(project.to_string()))
        .select(ActionItemRow::as_select())
        .first::<ActionItemRow>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_item()
}

/// Sets when an action item was done (or that it is open again), if it is
/// still at `expected_version`.
pub fn set_done(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    expected_version: i64,
    done_on: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<ActionItem, StoreError> {
    let changed = diesel::update(
        action_items::table
            .filter(action_items::id.eq(id.to_string()))
            .filter(action_items::project_id.eq(project.to_string()))
            .filter(action_items::version.eq(expected_version)),
    )
    .set((
        action_items::done_on.eq(done_on),
        action_items::version.eq(action_items::version + 1),
        action_items::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, action_item(conn, project, id), |a| a.version)
}
