//! A project's work plan: activities. Rows only; the outputs an activity
//! serves are stored as a JSON array of ids.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::steering::activity::{Activity, ActivityFields, ActivityStatus};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::activities;

#[derive(Queryable, Selectable)]
#[diesel(table_name = activities)]
struct ActivityRow {
    id: String,
    project_id: String,
    title: String,
    responsible_organisation_id: String,
    planned_start: NaiveDate,
    planned_end: NaiveDate,
    actual_start: Option<NaiveDate>,
    actual_end: Option<NaiveDate>,
    status: String,
    output_ids: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ActivityRow {
    fn into_activity(self) -> Result<Activity, StoreError> {
        let output_ids: Vec<Uuid> = rows::json("output ids", &self.output_ids)?;
        Ok(Activity {
            id: rows::uuid(&self.id)?,
            project_id: rows::uuid(&self.project_id)?,
            title: self.title,
            responsible_organisation_id: rows::uuid(&self.responsible_organisation_id)?,
            planned_start: self.planned_start,
            planned_end: self.planned_end,
            actual_start: self.actual_start,
            actual_end: self.actual_end,
            status: rows::parse("status", &self.status, ActivityStatus::parse)?,
            output_ids,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = activities, treat_none_as_null = true)]
struct ActivityChanges<'a> {
    title: &'a str,
    responsible_organisation_id: String,
    planned_start: NaiveDate,
    planned_end: NaiveDate,
    actual_start: Option<NaiveDate>,
    actual_end: Option<NaiveDate>,
    status: &'a str,
    output_ids: String,
}

impl<'a> ActivityChanges<'a> {
    fn of(fields: &'a ActivityFields) -> Result<Self, StoreError> {
        Ok(Self {
            title: &fields.title,
            responsible_organisation_id: fields.responsible_organisation_id.to_string(),
            planned_start: fields.planned_start,
            planned_end: fields.planned_end,
            actual_start: fields.actual_start,
            actual_end: fields.actual_end,
            status: fields.status.as_str(),
            output_ids: rows::stored(&fields.output_ids)?,
        })
    }
}

/// Records an activity of `project` (version 1).
pub fn insert(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    fields: &ActivityFields,
    now: DateTime<Utc>,
) -> Result<Activity, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(activities::table)
        .values((
            activities::id.eq(id.to_string()),
            activities::project_id.eq(project.to_string()),
            ActivityChanges::of(fields)?,
            activities::version.eq(1_i64),
            activities::created_at.eq(stamp),
            activities::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, project, id)
}

/// Replaces an activity's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &ActivityFields,
    now: DateTime<Utc>,
) -> Result<Activity, StoreError> {
    let changed = diesel::update(
        activities::table
            .filter(activities::id.eq(id.to_string()))
            .filter(activities::project_id.eq(project.to_string()))
            .filter(activities::version.eq(expected_version)),
    )
    .set((
        ActivityChanges::of(fields)?,
        activities::version.eq(activities::version + 1),
        activities::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, project, id), |a| a.version)
}

/// The activity `id` of `project`.
pub fn get(conn: &mut DbConnection, project: Uuid, id: Uuid) -> Result<Activity, StoreError> {
    activities::table
        .filter(activities::id.eq(id.to_string()))
        .filter(activities::project_id.eq(project.to_string()))
        .select(ActivityRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_activity()
}

/// The activities of `project`, by planned start (then as recorded).
pub fn list(conn: &mut DbConnection, project: Uuid) -> Result<Vec<Activity>, StoreError> {
    activities::table
        .filter(activities::project_id.eq(project.to_string()))
        .order((activities::planned_start.asc(), activities::id.asc()))
        .select(ActivityRow::as_select())
        .load::<ActivityRow>(conn)?
        .into_iter()
        .map(ActivityRow::into_activity)
        .collect()
}
