//! Projects and their risks: rows only.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::steering::project::{Project, ProjectFields};
use integra_domain::steering::risk::{Risk, RiskFields, RiskStatus};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{projects, risks};

#[derive(Queryable, Selectable)]
#[diesel(table_name = projects)]
struct ProjectRow {
    id: String,
    name: String,
    objective: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl ProjectRow {
    fn into_project(self) -> Result<Project, StoreError> {
        Ok(Project {
            id: rows::uuid(&self.id)?,
            name: self.name,
            objective: self.objective,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = projects)]
struct ProjectChanges<'a> {
    name: &'a str,
    objective: &'a str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

impl<'a> From<&'a ProjectFields> for ProjectChanges<'a> {
    fn from(fields: &'a ProjectFields) -> Self {
        Self {
            name: &fields.name,
            objective: &fields.objective,
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
        }
    }
}

/// Records a project (version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ProjectFields,
    now: DateTime<Utc>,
) -> Result<Project, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(projects::table)
        .values((
            projects::id.eq(id.to_string()),
            ProjectChanges::from(fields),
            projects::version.eq(1_i64),
            projects::created_at.eq(stamp),
            projects::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Replaces a project's fields if it is still at `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &ProjectFields,
    now: DateTime<Utc>,
) -> Result<Project, StoreError> {
    let changed = diesel::update(
        projects::table
            .filter(projects::id.eq(id.to_string()))
            .filter(projects::version.eq(expected_version)),
    )
    .set((
        ProjectChanges::from(fields),
        projects::version.eq(projects::version + 1),
        projects::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |p| p.version)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Project, StoreError> {
    projects::table
        .find(id.to_string())
        .select(ProjectRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_project()
}

/// Projects in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Project>, StoreError> {
    let mut query = projects::table.into_boxed();
    if let Some(after) = after {
        query = query.filter(projects::id.gt(after.to_string()));
    }
    query
        .order(projects::id.asc())
        .limit(limit)
        .select(ProjectRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ProjectRow::into_project)
        .collect()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = risks)]
struct RiskRow {
    id: String,
    project_id: String,
    description: String,
    likelihood: i64,
    impact: i64,
    score: i64,
    owner_organisation_id: String,
    mitigation: Option<String>,
    status: String,
    reviewed_on: Option<NaiveDate>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl RiskRow {
    fn into_risk(self) -> Result<Risk, StoreError> {
        Ok(Risk {
            id: rows::uuid(&self.id)?,
            project_id: rows::uuid(&self.project_id)?,
            description: self.description,
            likelihood: self.likelihood,
            impact: self.impact,
            score: self.score,
            owner_organisation_id: rows::uuid(&self.owner_organisation_id)?,
            mitigation: self.mitigation,
            status: rows::parse("status", &self.status, RiskStatus::parse)?,
            reviewed_on: self.reviewed_on,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = risks, treat_none_as_null = true)]
struct RiskChanges<'a> {
    description: &'a str,
    likelihood: i64,
    impact: i64,
    score: i64,
    owner_organisation_id: String,
    mitigation: Option<&'a str>,
    status: &'a str,
    reviewed_on: Option<NaiveDate>,
}

impl<'a> From<&'a RiskFields> for RiskChanges<'a> {
    fn from(fields: &'a RiskFields) -> Self {
        Self {
            description: &fields.description,
            likelihood: fields.likelihood,
            impact: fields.impact,
            score: fields.likelihood * fields.impact,
            owner_organisation_id: fields.owner_organisation_id.to_string(),
            mitigation: fields.mitigation.as_deref(),
            status: fields.status.as_str(),
            reviewed_on: fields.reviewed_on,
        }
    }
}

/// Records a risk of `project` (version 1).
pub fn insert_risk(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    fields: &RiskFields,
    now: DateTime<Utc>,
) -> Result<Risk, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(risks::table)
        .values((
            risks::id.eq(id.to_string()),
            risks::project_id.eq(project.to_string()),
            RiskChanges::from(fields),
            risks::version.eq(1_i64),
            risks::created_at.eq(stamp),
            risks::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    risk(conn, project, id)
}

/// Replaces a risk's fields if it is still at `expected_version`.
pub fn update_risk(
    conn: &mut DbConnection,
    project: Uuid,
    id: Uuid,
    expected_version: i64,
    fields: &RiskFields,
    now: DateTime<Utc>,
) -> Result<Risk, StoreError> {
    let changed = diesel::update(
        risks::table
            .filter(risks::id.eq(id.to_string()))
            .filter(risks::project_id.eq(project.to_string()))
            .filter(risks::version.eq(expected_version)),
    )
    .set((
        RiskChanges::from(fields),
        risks::version.eq(risks::version + 1),
        risks::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, risk(conn, project, id), |r| r.version)
}

/// The risk `id` of `project`.
pub fn risk(conn: &mut DbConnection, project: Uuid, id: Uuid) -> Result<Risk, StoreError> {
    risks::table
        .filter(risks::id.eq(id.to_string()))
        .filter(risks::project_id.eq(project.to_string()))
        .select(RiskRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_risk()
}

/// The risks of `project`, highest score first (then in the order recorded),
/// of `status` when given.
pub fn risks(
    conn: &mut DbConnection,
    project: Uuid,
    status: Option<RiskStatus>,
) -> Result<Vec<Risk>, StoreError> {
    let mut query = risks::table
        .filter(risks::project_id.eq(project.to_string()))
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(risks::status.eq(status.as_str()));
    }
    query
        .order((risks::score.desc(), risks::id.asc()))
        .select(RiskRow::as_select())
        .load(conn)?
        .into_iter()
        .map(RiskRow::into_risk)
        .collect()
}
