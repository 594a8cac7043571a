//! Reintegration cases: one person in one programme, their moves and notes.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::reintegration::case::{
    Case, CaseFields, CaseNote, CaseOutcome, CaseStatus, CaseTransition, AWAITING_PLAN,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{case_notes, case_transitions, cases, programmes};

/// A case with who holds and works it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub case: Case,
    pub organisation_id: Uuid,
    pub assigned_to: Option<Uuid>,
    pub created_by: Uuid,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = cases)]
struct CaseRow {
    id: String,
    person_id: String,
    programme_id: String,
    organisation_id: String,
    status: String,
    outcome: Option<String>,
    registered_on: NaiveDate,
    plan_due_on: NaiveDate,
    assigned_to: Option<String>,
    created_by: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl CaseRow {
    fn into_record(self) -> Result<CaseRecord, StoreError> {
        let status = rows::parse("status", &self.status, CaseStatus::parse)?;
        let updated_at = rows::utc(self.updated_at);
        Ok(CaseRecord {
            case: Case {
                id: rows::uuid(&self.id)?,
                person_id: rows::uuid(&self.person_id)?,
                programme_id: rows::uuid(&self.programme_id)?,
                status,
                outcome: self
                    .outcome
                    .as_deref()
                    .map(|o| rows::parse("outcome", o, CaseOutcome::parse))
                    .transpose()?,
                registered_on: self.registered_on,
                plan_due_on: self.plan_due_on,
                // A closed case changes no more: its last change is its closing.
                closed_on: (status == CaseStatus::Closed)
                    .then(|| integra_domain::time::tbilisi_date(updated_at)),
                version: self.version,
                created_at: rows::utc(self.created_at),
                updated_at,
            },
            organisation_id: rows::uuid(&self.organisation_id)?,
            assigned_to: rows::optional_uuid(self.assigned_to.as_deref())?,
            created_by: rows::uuid(&self.created_by)?,
        })
    }
}

/// Filters of the case list; `organisation` limits it to one organisation's cases.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub organisation: Option<Uuid>,
    pub status: Option<CaseStatus>,
    pub programme_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub assigned_to: Option<Uuid>,
    /// Cases whose plan is overdue on this date (due date passed, not yet planning).
    pub overdue_on: Option<NaiveDate>,
}

/// Opens a case (the use case has checked the person, the programme and that
/// no other case of the person in the programme is open; a unique index backs
/// the last).
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &CaseFields,
    organisation: Uuid,
    actor: Uuid,
    now: DateTime<Utc>,
) -> Result<CaseRecord, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(cases::table)
        .values((
            cases::id.eq(id.to_string()),
            cases::person_id.eq(fields.person_id.to_string()),
            cases::programme_id.eq(fields.programme_id.to_string()),
            cases::organisation_id.eq(organisation.to_string()),
            cases::status.eq(CaseStatus::Registered.as_str()),
            cases::outcome.eq(None::<String>),
            cases::registered_on.eq(fields.registered_on),
            cases::plan_due_on.eq(fields.plan_due_on),
            cases::assigned_to.eq(None::<String>),
            cases::created_by.eq(actor.to_string()),
            cases::version.eq(1_i64),
            cases::created_at.eq(stamp),
            cases::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// The person's open case in the programme, if any.
pub fn open_case_of(
    conn: &mut DbConnection,
    person: Uuid,
    programme: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    cases::table
        .filter(cases::person_id.eq(person.to_string()))
        .filter(cases::programme_id.eq(programme.to_string()))
        .filter(cases::status.ne(CaseStatus::Closed.as_str()))
        .select(cases::id)
        .first::<String>(conn)
        .optional()?
        .as_deref()
        .map(rows::uuid)
        .transpose()
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<CaseRecord, StoreError> {
    cases::table
        .find(id.to_string())
        .select(CaseRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_record()
}

/// Cases in opening order, with filters and cursor paging.
pub fn list(
    conn: &mut DbConnection,
    filter: &CaseFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<CaseRecord>, StoreError> {
    let mut query = cases::table.into_boxed();
    if let Some(organisation) = filter.organisation {
        query = query.filter(cases::organisation_id.eq(organisation.to_string()));
    }
    if let Some(status) = filter.status {
        query = query.filter(cases::status.eq(status.as_str()));
    }
    if let Some(programme) = filter.programme_id {
        query = query.filter(cases::programme_id.eq(programme.to_string()));
    }
    if let Some(person) = filter.person_id {
        query = query.filter(cases::person_id.eq(person.to_string()));
    }
    if let Some(user) = filter.assigned_to {
        query = query.filter(cases::assigned_to.eq(user.to_string()));
    }
    if let Some(today) = filter.overdue_on {
        // The rule of `case::plan_is_overdue`, as a filter.
        query = query
            .filter(cases::plan_due_on.lt(today))
            .filter(cases::status.eq_any(AWAITING_PLAN.map(CaseStatus::as_str)));
    }
    if let Some(after) = after {
        query = query.filter(cases::id.gt(after.to_string()));
    }
    query
        .order(cases::id.asc())
        .limit(limit)
        .select(CaseRow::as_select())
        .load(conn)?
        .into_iter()
        .map(CaseRow::into_record)
        .collect()
}

/// A move of a case, checked by the caller against the case at `expected_version`.
pub struct Move<'a> {
    pub from: CaseStatus,
    pub to: CaseStatus,
    pub outcome: Option<CaseOutcome>,
    pub reason: &'a str,
    pub is_override: bool,
}

/// Moves the case if it is still at `expected_version`, and records the move.
pub fn transition(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    step: &Move<'_>,
    actor: Uuid,
    now: DateTime<Utc>,
) -> Result<(CaseRecord, CaseTransition), StoreError> {
    let stamp = now.naive_utc();
    let changed = diesel::update(
        cases::table
            .filter(cases::id.eq(id.to_string()))
            .filter(cases::version.eq(expected_version))
            .filter(cases::status.eq(step.from.as_str())),
    )
    .set((
        cases::status.eq(step.to.as_str()),
        cases::outcome.eq(step.outcome.map(CaseOutcome::as_str)),
        cases::version.eq(cases::version + 1),
        cases::updated_at.eq(stamp),
    ))
    .execute(conn)?;
    if changed == 0 {
        let current = get(conn, id)?;
        return Err(StoreError::VersionMismatch {
            current: current.case.version,
        });
    }
    if matches!(step.to, CaseStatus::Eligible | CaseStatus::NotEligible) {
        // The case's latest decision, kept on it for the reports' funnel.
        diesel::update(cases::table.filter(cases::id.eq(id.to_string())))
            .set((
                cases::decision.eq(Some(step.to.as_str())),
                cases::decided_at.eq(Some(stamp)),
                cases::decision_key.eq(Some(decision_key(id, step.to, stamp))),
            ))
            .execute(conn)?;
    }
    let transition_id = Uuid::now_v7();
    diesel::insert_into(case_transitions::table)
        .values((
            case_transitions::id.eq(transition_id.to_string()),
            case_transitions::case_id.eq(id.to_string()),
            case_transitions::from_status.eq(step.from.as_str()),
            case_transitions::to_status.eq(step.to.as_str()),
            case_transitions::outcome.eq(step.outcome.map(CaseOutcome::as_str)),
            case_transitions::reason.eq(step.reason),
            case_transitions::is_override.eq(step.is_override),
            case_transitions::actor_id.eq(actor.to_string()),
            case_transitions::occurred_at.eq(stamp),
        ))
        .execute(conn)?;
    let record = get(conn, id)?;
    let transition = CaseTransition {
        id: transition_id,
        case_id: id,
        from: step.from,
        to: step.to,
        reason: step.reason.to_owned(),
        outcome: step.outcome,
        admin_override: step.is_override,
        by: actor,
        at: now,
    };
    Ok((record, transition))
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = case_transitions)]
struct TransitionRow {
    id: String,
    case_id: String,
    from_status: String,
    to_status: String,
    outcome: Option<String>,
    reason: String,
    is_override: bool,
    actor_id: String,
    occurred_at: NaiveDateTime,
}

/// A case's latest decision as the reports' funnel compares them: when it was
/// taken (to the microsecond), then the case, then the decision
/// (`2026-03-01T10:00:00.000000 <case id> eligible`); the greatest of a
/// person's cases is their latest decision. Kept on the case with `decision`.
pub fn decision_key(case: Uuid, decision: CaseStatus, at: NaiveDateTime) -> String {
    format!(
        "{} {case} {}",
        at.format("%Y-%m-%dT%H:%M:%S%.6f"),
        decision.as_str()
    )
}

/// The moves of a case, first to last.
pub fn transitions(conn: &mut DbConnection, id: Uuid) -> Result<Vec<CaseTransition>, StoreError> {
    case_transitions::table
        .filter(case_transitions::case_id.eq(id.to_string()))
        .order(case_transitions::id.asc())
        .select(TransitionRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| {
            Ok(CaseTransition {
                id: rows::uuid(&row.id)?,
                case_id: rows::uuid(&row.case_id)?,
                from: rows::parse("from_status", &row.from_status, CaseStatus::parse)?,
                to: rows::parse("to_status", &row.to_status, CaseStatus::parse)?,
                reason: row.reason,
                outcome: row
                    .outcome
                    .as_deref()
                    .map(|o| rows::parse("outcome", o, CaseOutcome::parse))
                    .transpose()?,
                admin_override: row.is_override,
                by: rows::uuid(&row.actor_id)?,
                at: rows::utc(row.occurred_at),
            })
        })
        .collect()
}

/// Assigns the case to `user` if the case is still at `expected_version`.
pub fn assign(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let changed = diesel::update(
        cases::table
            .filter(cases::id.eq(id.to_string()))
            .filter(cases::version.eq(expected_version)),
    )
    .set((
        cases::assigned_to.eq(Some(user.to_string())),
        cases::version.eq(cases::version + 1),
        cases::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::VersionMismatch {
            current: get(conn, id)?.case.version,
        });
    }
    Ok(())
}

/// Adds a note to a case.
pub fn add_note(
    conn: &mut DbConnection,
    case: Uuid,
    text: &str,
    author: Uuid,
    now: DateTime<Utc>,
) -> Result<CaseNote, StoreError> {
    let id = Uuid::now_v7();
    diesel::insert_into(case_notes::table)
        .values((
            case_notes::id.eq(id.to_string()),
            case_notes::case_id.eq(case.to_string()),
            case_notes::text.eq(text),
            case_notes::author_id.eq(author.to_string()),
            case_notes::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(CaseNote {
        id,
        case_id: case,
        text: text.to_owned(),
        author_id: author,
        created_at: now,
    })
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = case_notes)]
struct NoteRow {
    id: String,
    case_id: String,
    text: String,
    author_id: String,
    created_at: NaiveDateTime,
}

/// The notes of a case, oldest first.
pub fn notes(conn: &mut DbConnection, case: Uuid) -> Result<Vec<CaseNote>, StoreError> {
    case_notes::table
        .filter(case_notes::case_id.eq(case.to_string()))
        .order(case_notes::id.asc())
        .select(NoteRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| {
            Ok(CaseNote {
                id: rows::uuid(&row.id)?,
                case_id: rows::uuid(&row.case_id)?,
                text: row.text,
                author_id: rows::uuid(&row.author_id)?,
                created_at: rows::utc(row.created_at),
            })
        })
        .collect()
}

/// Whether the programme exists and which rule set version it applies.
pub fn programme_rules(
    conn: &mut DbConnection,
    programme: Uuid,
) -> Result<(Uuid, i64), StoreError> {
    let (id, version) = programmes::table
        .find(programme.to_string())
        .select((programmes::rule_set_id, programmes::rule_set_version))
        .first::<(String, i64)>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    Ok((rows::uuid(&id)?, version))
}

/// Bumps the case's version (a new assessment changes what moves it may make).
pub fn touch(conn: &mut DbConnection, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    let changed = diesel::update(cases::table.filter(cases::id.eq(id.to_string())))
        .set((
            cases::version.eq(cases::version + 1),
            cases::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// The ids of the cases `organisation` holds, as a subquery (`case_id IN (...)`)
/// for lists of what hangs off cases.
pub fn held_by(organisation: Uuid) -> HeldBy {
    cases::table
        .filter(cases::organisation_id.eq(organisation.to_string()))
        .select(cases::id)
}

/// The query of [`held_by`].
pub type HeldBy = diesel::dsl::Select<
    diesel::dsl::Filter<cases::table, diesel::dsl::Eq<cases::organisation_id, String>>,
    cases::id,
>;
