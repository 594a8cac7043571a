//! Rows of persons: upserted by their personal number or external id, as
//! `POST /persons` and `PUT /persons/{id}` write them.

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::error::RecordKind;
use integra_domain::events::NewEvent;
use integra_domain::import::{Outcome, Row};
use std::collections::{HashMap, HashSet};

use integra_domain::person::{ExternalId, Person, PersonFields, PersonInput};
use integra_domain::Error;
use integra_persistence::{persons, savepoint, DbConnection};
use uuid::Uuid;

use super::{holder, RowOutcome};
use crate::services::answer::Shown;
use crate::services::{self, Actor, Stamp};

/// The record of a person's row as `POST /persons` takes it: the row's
/// columns over `base` (the person as stored, for an update; nothing for a
/// new one). A column the file does not give keeps its value.
fn person_input(row: &Row, base: Option<&PersonInput>) -> Result<PersonInput, Error> {
    let given = |column: &str, stored: Option<&Option<String>>| {
        if row.cells.contains_key(column) {
            row.text(column)
        } else {
            stored.cloned().flatten()
        }
    };
    let external_ids = match holder::external_id(row)? {
        Some((system, value)) => vec![ExternalId { system, value }],
        None => Vec::new(),
    };
    let base_name = |column: &str, stored: Option<&String>| {
        given(column, Some(&stored.cloned())).unwrap_or_default()
    };
    Ok(PersonInput {
        personal_number: given("personal_number", base.map(|b| &b.personal_number)),
        given_name: base_name("given_name", base.map(|b| &b.given_name)),
        family_name: base_name("family_name", base.map(|b| &b.family_name)),
        date_of_birth: given("date_of_birth", base.map(|b| &b.date_of_birth)),
        sex: given("sex", base.map(|b| &b.sex)),
        citizenship: given("citizenship", base.map(|b| &b.citizenship)),
        residence_status: given("residence_status", base.map(|b| &b.residence_status)),
        region: given("region", base.map(|b| &b.region)),
        phone: given("phone", base.map(|b| &b.phone)),
        external_ids,
    })
}

/// What a row of a known person changes: the person's fields after the row
/// (its columns over the stored values, the person's other external ids
/// kept), or `None` when the row changes nothing.
fn change_of(row: &Row, current: &Person, today: NaiveDate) -> Result<Option<PersonFields>, Error> {
    let stored = PersonInput::from(current);
    let mut fields = person_input(row, Some(&stored))?.validate(today)?;
    for external in &current.external_ids {
        if !fields
            .external_ids
            .iter()
            .any(|e| e.system == external.system)
        {
            fields.external_ids.push(external.clone());
        }
    }
    let mut sorted = fields.clone();
    sorted.external_ids.sort_by(|a, b| a.system.cmp(&b.system));
    let unchanged = stored.validate(today).ok().is_some_and(|mut f| {
        f.external_ids.sort_by(|a, b| a.system.cmp(&b.system));
        f == sorted
    });
    Ok((!unchanged).then_some(fields))
}

/// Writes the change of the known person `current` as `PUT /persons/{id}` does.
fn update(
    c: &mut DbConnection,
    actor: &Actor,
    current: &Person,
    fields: &PersonFields,
    now: DateTime<Utc>,
) -> RowOutcome {
    let person = services::persons::replace(c, current.id, current.version, fields, now)?;
    let entry = actor.entry("person.updated", RecordKind::Person, current.id);
    let events = services::record_write(c, &[entry], Some(&person.stamp()), now)?;
    Ok((Outcome::Updated, events))
}

/// Upserts a person's row: found by its personal number or external id (a row
/// naming two different persons by them is an error), created when found by
/// neither; the person's other external ids stay.
pub(super) fn row(
    c: &mut DbConnection,
    actor: &Actor,
    row: &Row,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> RowOutcome {
    let input = person_input(row, None)?;
    let fields = input.validate(today)?;
    let external = fields
        .external_ids
        .first()
        .map(|e| (e.system.as_str(), e.value.as_str()));
    match holder::find(c, fields.personal_number.as_deref(), external)? {
        None => {
            let id = Uuid::now_v7();
            let person = services::persons::register(c, id, &fields, now)?;
            let entry = actor.entry("person.created", RecordKind::Person, id);
            let events = services::record_write(c, &[entry], Some(&person.stamp()), now)?;
            Ok((Outcome::Created, events))
        }
        Some(id) => {
            let current = persons::get(c, id)?;
            match change_of(row, &current, today)? {
                None => Ok((Outcome::Unchanged, Vec::new())),
                Some(fields) => update(c, actor, &current, &fields, now),
            }
        }
    }
}

/// What becomes of a row of a chunk.
enum Plan {
    Done(RowOutcome),
    Create(Uuid, PersonFields),
    Known(Uuid),
    /// A row naming a person an earlier row of the chunk names too (one by
    /// personal number, the other by external id): done on its own after the
    /// others, as [`row`] would, so that it changes the person as the earlier
    /// row left them.
    Later,
}

/// A chunk of person rows read and decided together, as [`row`] decides each
/// (the same checks, entries and events), in a few statements: who holds the
/// chunk's personal numbers and external ids, the persons they name, then
/// the new persons written together (when `keep`; a dry run writes none). A
/// changed person is written as [`row`] writes it, in a savepoint. Should
/// writing the new persons together fail (someone registered one of them
/// meanwhile), each is written on its own as [`row`] would, and fails alone.
/// Each row's outcome, in row order.
pub(super) fn chunk(
    c: &mut DbConnection,
    actor: &Actor,
    rows: &[Row],
    today: NaiveDate,
    now: DateTime<Utc>,
    keep: bool,
) -> Result<Vec<RowOutcome>, Error> {
    let checked: Vec<Result<PersonFields, Error>> = rows
        .iter()
        .map(|row| Ok(person_input(row, None)?.validate(today)?))
        .collect();
    let numbers: Vec<String> = checked
        .iter()
        .filter_map(|f| f.as_ref().ok()?.personal_number.clone())
        .collect();
    let externals: Vec<(String, String)> = checked
        .iter()
        .filter_map(|f| {
            let e = f.as_ref().ok()?.external_ids.first()?;
            Some((e.system.clone(), e.value.clone()))
        })
        .collect();
    let by_number: HashMap<String, Uuid> = persons::holders_of_personal_numbers(c, &numbers)?
        .into_iter()
        .collect();
    let by_external: HashMap<(String, String), Uuid> =
        persons::holders_of_external_ids(c, &externals)?
            .into_iter()
            .collect();
    let (mut numbers_seen, mut externals_seen, mut persons_seen) =
        (HashSet::new(), HashSet::new(), HashSet::new());
    let mut plans: Vec<Plan> = Vec::with_capacity(rows.len());
    for fields in checked {
        let fields = match fields {
            Ok(fields) => fields,
            Err(error) => {
                plans.push(Plan::Done(Err(error)));
                continue;
            }
        };
        let external_key = fields
            .external_ids
            .first()
            .map(|e| (e.system.clone(), e.value.clone()));
        let number = fields
            .personal_number
            .as_ref()
            .and_then(|n| by_number.get(n).copied());
        let external = external_key
            .as_ref()
            .and_then(|k| by_external.get(k).copied());
        let plan = match holder::resolve(number, external) {
            Err(error) => Plan::Done(Err(error)),
            Ok(Some(id)) => Plan::Known(id),
            Ok(None) => Plan::Create(Uuid::now_v7(), fields.clone()),
        };
        let repeated = fields
            .personal_number
            .as_ref()
            .is_some_and(|n| !numbers_seen.insert(n.clone()))
            | external_key.is_some_and(|k| !externals_seen.insert(k))
            | matches!(plan, Plan::Known(id) if !persons_seen.insert(id));
        plans.push(if repeated { Plan::Later } else { plan });
    }

    // The known persons: unchanged, or changed one at a time.
    let known: Vec<Uuid> = plans
        .iter()
        .filter_map(|p| match p {
            Plan::Known(id) => Some(*id),
            _ => None,
        })
        .collect();
    let current: HashMap<Uuid, Person> = persons::get_many(c, &known)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    for (plan, row) in plans.iter_mut().zip(rows) {
        let Plan::Known(id) = plan else { continue };
        let Some(person) = current.get(id) else {
            return Err(Error::Internal(format!("the person {id} went missing")));
        };
        let outcome = match change_of(row, person, today) {
            Err(error) => Err(error),
            Ok(None) => Ok((Outcome::Unchanged, Vec::new())),
            Ok(Some(fields)) => savepoint(
                c,
                |c| update(c, actor, person, &fields, now),
                |done| keep && done.is_ok(),
            )?,
        };
        *plan = Plan::Done(outcome);
    }

    // The new persons, together.
    let creates: Vec<(Uuid, PersonFields)> = plans
        .iter()
        .filter_map(|p| match p {
            Plan::Create(id, fields) => Some((*id, fields.clone())),
            _ => None,
        })
        .collect();
    let mut created: HashMap<Uuid, Vec<NewEvent>> = HashMap::new();
    if keep && !creates.is_empty() {
        let entries: Vec<_> = creates
            .iter()
            .map(|(id, _)| actor.entry("person.created", RecordKind::Person, *id))
            .collect();
        let stamps: Vec<Stamp> = creates
            .iter()
            .map(|(id, _)| Stamp {
                id: *id,
                version: Some(1),
                codes: Default::default(),
            })
            .collect();
        let write = |c: &mut DbConnection| {
            persons::insert_many(c, &creates, now)?;
            services::record_writes(c, &entries, &stamps, now)
        };
        // On SQLite no one takes a key between the reads of the holders and
        // this write: another writer's commit meanwhile makes SQLite refuse
        // the transaction's first write whole (its snapshot is stale), and
        // once this transaction has written, no one else writes until it
        // ends; an error then is the system's, and ends the transaction. So
        // nothing is half written without a savepoint, which on SQLite costs
        // (every statement's savepoint work grows with it).
        let together = match c {
            DbConnection::Sqlite(_) => Ok(write(c)?),
            DbConnection::Postgres(_) => savepoint(c, write, Result::is_ok)?,
        };
        match together {
            Ok(events) => {
                for event in events {
                    created.entry(event.record_id).or_default().push(event);
                }
            }
            // One at a time: the row whose key was taken meanwhile fails alone.
            // (The database's error names the key: personal data, not logged.)
            Err(_) => {
                log::info!(
                    "import: {} new persons not written together (refused by the database: a key taken meanwhile, most likely); one at a time instead",
                    creates.len()
                );
                for (plan, row) in plans.iter_mut().zip(rows) {
                    if matches!(plan, Plan::Create(..)) {
                        let outcome = savepoint(
                            c,
                            |c| self::row(c, actor, row, today, now),
                            |done| done.is_ok(),
                        )?;
                        *plan = Plan::Done(outcome);
                    }
                }
            }
        }
    }
    for (plan, row) in plans.iter_mut().zip(rows) {
        if matches!(plan, Plan::Later) {
            let outcome = savepoint(
                c,
                |c| self::row(c, actor, row, today, now),
                |done| keep && done.is_ok(),
            )?;
            *plan = Plan::Done(outcome);
        }
    }
    Ok(plans
        .into_iter()
        .map(|plan| match plan {
            Plan::Done(outcome) => outcome,
            Plan::Create(id, _) => Ok((Outcome::Created, created.remove(&id).unwrap_or_default())),
            Plan::Known(id) => Err(Error::Internal(format!("the row of {id} was not decided"))),
            Plan::Later => Err(Error::Internal("a repeated row was not decided".to_owned())),
        })
        .collect())
}
