//! Applications to labour migration schemes, their moves, and the places of
//! each scheme's yearly quota they take: rows only.
//!
//! The quota is held by the database: shortlisting runs, in its transaction,
//! `UPDATE scheme_quota_use SET used = used + 1 WHERE scheme_id = :scheme AND
//! year = :year AND used < (SELECT quota_per_year FROM schemes WHERE id = :scheme)`
//! after making sure the year's row exists (`INSERT ... ON CONFLICT DO
//! NOTHING`); no row changed means the quota is full. The row stays locked
//! (PostgreSQL) or the one writer busy (SQLite) until the shortlisting
//! commits, so two nodes never both take the last place.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::labour::application::{
    Application, ApplicationAction, ApplicationFields, ApplicationMove, ApplicationStatus, WORKFLOW,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{application_moves, applications, scheme_quota_use, schemes};

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = applications)]
struct ApplicationRow {
    id: String,
    jobseeker_id: String,
    person_id: String,
    scheme_id: String,
    vacancy_id: Option<String>,
    organisation_id: String,
    status: String,
    applied_on: NaiveDate,
    quota_year: Option<i64>,
    departed_on: Option<NaiveDate>,
    due_back_on: Option<NaiveDate>,
    returned_on: Option<NaiveDate>,
    placement_id: Option<String>,
    note: Option<String>,
    recorded_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = application_moves)]
struct MoveRow {
    application_id: String,
    action: String,
    from_status: String,
    to_status: String,
    reason: Option<String>,
    on_date: Option<NaiveDate>,
    moved_by: String,
    moved_at: NaiveDateTime,
}

fn status(text: &str) -> Result<ApplicationStatus, StoreError> {
    rows::parse("application status", text, ApplicationStatus::parse)
}

impl MoveRow {
    fn into_move(self) -> Result<ApplicationMove, StoreError> {
        Ok(ApplicationMove {
            action: rows::parse("application action", &self.action, ApplicationAction::parse)?,
            from: status(&self.from_status)?,
            to: status(&self.to_status)?,
            reason: self.reason,
            date: self.on_date,
            moved_by: rows::uuid(&self.moved_by)?,
            moved_at: rows::utc(self.moved_at),
        })
    }
}

impl ApplicationRow {
    fn into_application(self, moves: Vec<ApplicationMove>) -> Result<Application, StoreError> {
        let status = status(&self.status)?;
        let quota_year = self
            .quota_year
            .map(|y| {
                i32::try_from(y).map_err(|_| StoreError::corrupt("quota year", &y.to_string()))
            })
            .transpose()?;
        Ok(Application {
            id: rows::uuid(&self.id)?,
            jobseeker_id: rows::uuid(&self.jobseeker_id)?,
            person_id: rows::uuid(&self.person_id)?,
            scheme_id: rows::uuid(&self.scheme_id)?,
            vacancy_id: rows::optional_uuid(self.vacancy_id.as_deref())?,
            organisation_id: rows::uuid(&self.organisation_id)?,
            status,
            allowed_actions: WORKFLOW.allowed(status),
            applied_on: self.applied_on,
            quota_year,
            departed_on: self.departed_on,
            due_back_on: self.due_back_on,
            returned_on: self.returned_on,
            placement_id: rows::optional_uuid(self.placement_id.as_deref())?,
            note: self.note,
            recorded_by: rows::uuid(&self.recorded_by)?,
            moves,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Who recorded an application, and for which jobseeker's person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewApplication {
    pub person: Uuid,
    pub organisation: Uuid,
    pub user: Uuid,
}

/// Stores an application (`applied`, version 1).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ApplicationFields,
    by: NewApplication,
    now: DateTime<Utc>,
) -> Result<Application, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(applications::table)
        .values((
            applications::id.eq(id.to_string()),
            applications::jobseeker_id.eq(fields.jobseeker_id.to_string()),
            applications::person_id.eq(by.person.to_string()),
            applications::scheme_id.eq(fields.scheme_id.to_string()),
            applications::vacancy_id.eq(fields.vacancy_id.map(|v| v.to_string())),
            applications::organisation_id.eq(by.organisation.to_string()),
            applications::status.eq(ApplicationStatus::Applied.as_str()),
            applications::applied_on.eq(fields.applied_on),
            applications::note.eq(fields.note.as_deref()),
            applications::recorded_by.eq(by.user.to_string()),
            applications::version.eq(1_i64),
            applications::created_at.eq(stamp),
            applications::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// The open application (not final) of `jobseeker` to `scheme`, if any.
pub fn open_of(
    conn: &mut DbConnection,
    jobseeker: Uuid,
    scheme: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    let open: Vec<&str> = ApplicationStatus::ALL
        .iter()
        .filter(|s| !s.is_final())
        .map(|s| s.as_str())
        .collect();
    applications::table
        .filter(applications::jobseeker_id.eq(jobseeker.to_string()))
        .filter(applications::scheme_id.eq(scheme.to_string()))
        .filter(applications::status.eq_any(open))
        .select(applications::id)
        .first::<String>(conn)
        .optional()?
        .map(|id: String| rows::uuid(&id))
        .transpose()
}

/// The moves of `ids`, first to last, by application.
fn moves_of(
    conn: &mut DbConnection,
    ids: &[String],
) -> Result<HashMap<String, Vec<ApplicationMove>>, StoreError> {
    let mut moves: HashMap<String, Vec<ApplicationMove>> = HashMap::new();
    if ids.is_empty() {
        return Ok(moves);
    }
    let found = application_moves::table
        .filter(application_moves::application_id.eq_any(ids))
        .order((application_moves::application_id, application_moves::id))
        .select(MoveRow::as_select())
        .load::<MoveRow>(conn)?;
    for row in found {
        let key = row.application_id.clone();
        moves.entry(key).or_default().push(row.into_move()?);
    }
    Ok(moves)
}

/// Rows as applications, each with its moves (one query for all of them).
fn with_moves(
    conn: &mut DbConnection,
    found: Vec<ApplicationRow>,
) -> Result<Vec<Application>, StoreError> {
    let ids: Vec<String> = found.iter().map(|r| r.id.clone()).collect();
    let mut moves = moves_of(conn, &ids)?;
    found
        .into_iter()
        .map(|row| {
            let of_row = moves.remove(&row.id).unwrap_or_default();
            row.into_application(of_row)
        })
        .collect()
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Application, StoreError> {
    let row = applications::table
        .find(id.to_string())
        .select(ApplicationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    with_moves(conn, vec![row])?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// Filters of a list of applications; all given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationFilter {
    pub jobseeker_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub scheme_id: Option<Uuid>,
    pub status: Option<ApplicationStatus>,
}

/// The applications that match `filter`, in the order recorded, after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &ApplicationFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Application>, StoreError> {
    let mut query = applications::table
        .select(ApplicationRow::as_select())
        .order(applications::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(jobseeker) = filter.jobseeker_id {
        query = query.filter(applications::jobseeker_id.eq(jobseeker.to_string()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(applications::person_id.eq(person.to_string()));
    }
    if let Some(scheme) = filter.scheme_id {
        query = query.filter(applications::scheme_id.eq(scheme.to_string()));
    }
    if let Some(status) = filter.status {
        query = query.filter(applications::status.eq(status.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(applications::id.gt(after.to_string()));
    }
    let found = query.load::<ApplicationRow>(conn)?;
    with_moves(conn, found)
}

/// The applications past their term abroad on `today`: back after
/// `due_back_on`, or still abroad after it; by `due_back_on`, then id, after
/// the application `after`.
pub fn overstays(
    conn: &mut DbConnection,
    today: NaiveDate,
    scheme: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Application>, StoreError> {
    let departed = ApplicationStatus::Departed.as_str();
    let returned = ApplicationStatus::Returned.as_str();
    let mut query = applications::table
        .select(ApplicationRow::as_select())
        .filter(applications::due_back_on.is_not_null())
        .filter(
            applications::status
                .eq(departed)
                .and(applications::due_back_on.lt(today))
                .or(applications::status
                    .eq(returned)
                    .and(applications::returned_on.gt(applications::due_back_on))),
        )
        .order((applications::due_back_on.asc(), applications::id.asc()))
        .limit(limit)
        .into_boxed();
    if let Some(scheme) = scheme {
        query = query.filter(applications::scheme_id.eq(scheme.to_string()));
    }
    if let Some(after) = after {
        let last: Option<Option<NaiveDate>> = applications::table
            .find(after.to_string())
            .select(applications::due_back_on)
            .first(conn)
            .optional()?;
        if let Some(due) = last.flatten() {
            let after = after.to_string();
            query = query.filter(
                applications::due_back_on
                    .gt(due)
                    .or(applications::due_back_on
                        .eq(due)
                        .and(applications::id.gt(after))),
            );
        }
    }
    let found = query.load::<ApplicationRow>(conn)?;
    with_moves(conn, found)
}

/// The applications of a person, in the order recorded.
pub fn of_person(conn: &mut DbConnection, person: Uuid) -> Result<Vec<Application>, StoreError> {
    let found = applications::table
        .filter(applications::person_id.eq(person.to_string()))
        .order(applications::id.asc())
        .select(ApplicationRow::as_select())
        .load::<ApplicationRow>(conn)?;
    with_moves(conn, found)
}

/// A move, with what it changes on the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move<'a> {
    pub action: ApplicationAction,
    pub from: ApplicationStatus,
    pub to: ApplicationStatus,
    pub reason: Option<&'a str>,
    pub date: Option<NaiveDate>,
    /// The year whose quota the application holds after the move.
    pub quota_year: Option<i32>,
    pub departed_on: Option<NaiveDate>,
    pub due_back_on: Option<NaiveDate>,
    pub returned_on: Option<NaiveDate>,
    pub placement_id: Option<Uuid>,
}

impl Move<'_> {
    /// `action` taking `current` to `to`, changing nothing else (no reason,
    /// no date) until the move's own effects are set.
    pub fn of(current: &Application, action: ApplicationAction, to: ApplicationStatus) -> Self {
        Self {
            action,
            from: current.status,
            to,
            reason: None,
            date: None,
            quota_year: current.quota_year,
            departed_on: current.departed_on,
            due_back_on: current.due_back_on,
            returned_on: current.returned_on,
            placement_id: current.placement_id,
        }
    }
}

/// Moves an application still at `expected_version` and in `step.from`, and
/// records the move.
pub fn apply_move(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    step: &Move<'_>,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Application, StoreError> {
    let stamp = now.naive_utc();
    let changed = diesel::update(
        applications::table
            .filter(applications::id.eq(id.to_string()))
            .filter(applications::version.eq(expected_version))
            .filter(applications::status.eq(step.from.as_str())),
    )
    .set((
        applications::status.eq(step.to.as_str()),
        applications::quota_year.eq(step.quota_year.map(i64::from)),
        applications::departed_on.eq(step.departed_on),
        applications::due_back_on.eq(step.due_back_on),
        applications::returned_on.eq(step.returned_on),
        applications::placement_id.eq(step.placement_id.map(|p| p.to_string())),
        applications::version.eq(applications::version + 1),
        applications::updated_at.eq(stamp),
    ))
    .execute(conn)?;
    if changed == 1 {
        diesel::insert_into(application_moves::table)
            .values((
                application_moves::id.eq(Uuid::now_v7().to_string()),
                application_moves::application_id.eq(id.to_string()),
                application_moves::action.eq(step.action.as_str()),
                application_moves::from_status.eq(step.from.as_str()),
                application_moves::to_status.eq(step.to.as_str()),
                application_moves::reason.eq(step.reason),
                application_moves::on_date.eq(step.date),
                application_moves::moved_by.eq(by.to_string()),
                application_moves::moved_at.eq(stamp),
            ))
            .execute(conn)?;
    }
    rows::versioned(changed, get(conn, id), |a| a.version)
}

/// Takes one place of `scheme`'s quota of `year`; `false` when the quota is
/// full (nothing changed).
pub fn take_place(conn: &mut DbConnection, scheme: Uuid, year: i32) -> Result<bool, StoreError> {
    let scheme = scheme.to_string();
    let year = i64::from(year);
    let insert = diesel::insert_into(scheme_quota_use::table)
        .values((
            scheme_quota_use::scheme_id.eq(&scheme),
            scheme_quota_use::year.eq(year),
            scheme_quota_use::used.eq(0_i64),
        ))
        .on_conflict_do_nothing();
    // ON CONFLICT is spelt per backend.
    match conn {
        DbConnection::Postgres(c) => insert.execute(c)?,
        DbConnection::Sqlite(c) => insert.execute(c)?,
    };
    let quota = schemes::table
        .filter(schemes::id.eq(scheme.clone()))
        .select(schemes::quota_per_year)
        .single_value()
        .assume_not_null();
    let changed = diesel::update(
        scheme_quota_use::table
            .filter(scheme_quota_use::scheme_id.eq(&scheme))
            .filter(scheme_quota_use::year.eq(year))
            .filter(scheme_quota_use::used.lt(quota)),
    )
    .set(scheme_quota_use::used.eq(scheme_quota_use::used + 1))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Gives a place of `scheme`'s quota of `year` back.
pub fn give_back_place(conn: &mut DbConnection, scheme: Uuid, year: i32) -> Result<(), StoreError> {
    let changed = diesel::update(
        scheme_quota_use::table
            .filter(scheme_quota_use::scheme_id.eq(scheme.to_string()))
            .filter(scheme_quota_use::year.eq(i64::from(year)))
            .filter(scheme_quota_use::used.gt(0_i64)),
    )
    .set(scheme_quota_use::used.eq(scheme_quota_use::used - 1))
    .execute(conn)?;
    if changed == 1 {
        Ok(())
    } else {
        Err(StoreError::Internal(format!(
            "no place of the quota of {year} of scheme {scheme} to give back"
        )))
    }
}

/// The places of `scheme`'s quota of `year` taken.
pub fn places_taken(conn: &mut DbConnection, scheme: Uuid, year: i32) -> Result<i64, StoreError> {
    Ok(scheme_quota_use::table
        .filter(scheme_quota_use::scheme_id.eq(scheme.to_string()))
        .filter(scheme_quota_use::year.eq(i64::from(year)))
        .select(scheme_quota_use::used)
        .first::<i64>(conn)
        .optional()?
        .unwrap_or(0))
}
