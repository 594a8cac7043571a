//! Every jobseeker's matching facts, kept in memory by each API node
//! ([`Index`]) and brought up to date from the database's change count before
//! each use, so that ranking a vacancy's candidates reads no profile and no
//! registry row that has not changed since the node last looked.
//!
//! The write side ([`changed`]): a write that changes what matching reads of a
//! jobseeker (the profile; the person's date of birth, citizenship, residence
//! status; their stays abroad) raises the count in `matching_stamp` and records
//! the person with the new count in `matching_changes`, in its own transaction
//! and as its last step. The stamp's row lock makes such writes commit one
//! after another, so a node that reads count `N` and then the changes after
//! its own count has seen every change up to `N`. Writes about persons who are
//! not jobseekers record nothing (and take no lock).
//!
//! The read side ([`Index::snapshot`]): the count first, then, when it moved,
//! the persons changed since, whose profiles and registry facts are read again
//! (the rows read are at least as new as the count); all of them when there is
//! no snapshot yet, on a new day (the facts are those of a day), or when more
//! changed than [`REBUILD_SHARE`] of the snapshot.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use diesel::prelude::*;
use integra_domain::eligibility::Facts;
use integra_domain::labour::jobseeker::Jobseeker;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::jobseekers;
use crate::rows;
use crate::schema::{jobseekers as jobseekers_table, matching_changes, matching_stamp};

/// Changes, as a share of the jobseekers held, above which a snapshot is read
/// afresh rather than patched (1 in 4).
const REBUILD_SHARE: usize = 4;

/// Records that what matching reads of `person` changed, when they are a
/// jobseeker. Call it as the last step of the write's transaction.
pub fn changed(conn: &mut DbConnection, person: Uuid) -> Result<(), StoreError> {
    let person = person.to_string();
    let jobseeker: Option<String> = jobseekers_table::table
        .filter(jobseekers_table::person_id.eq(&person))
        .select(jobseekers_table::id)
        .first(conn)
        .optional()?;
    if jobseeker.is_some() {
        record(conn, std::slice::from_ref(&person))?;
    }
    Ok(())
}

/// Records that what matching reads of each of `persons` changed (jobseekers
/// or not: a profile being registered in the same transaction, say).
pub fn record(conn: &mut DbConnection, persons: &[String]) -> Result<(), StoreError> {
    if persons.is_empty() {
        return Ok(());
    }
    let change = next_change(conn)?;
    for person in persons {
        let updated =
            diesel::update(matching_changes::table.filter(matching_changes::person_id.eq(person)))
                .set(matching_changes::change.eq(change))
                .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(matching_changes::table)
                .values((
                    matching_changes::person_id.eq(person),
                    matching_changes::change.eq(change),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Raises the count of changes (taking the stamp's row lock for the rest of
/// the transaction) and gives the new count, for the caller to record the
/// persons changed with.
pub(crate) fn next_change(conn: &mut DbConnection) -> Result<i64, StoreError> {
    diesel::update(matching_stamp::table)
        .set(matching_stamp::changes.eq(matching_stamp::changes + 1))
        .execute(conn)?;
    stamp(conn)
}

/// The count of changes committed.
fn stamp(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(matching_stamp::table
        .select(matching_stamp::changes)
        .first(conn)?)
}

/// A jobseeker as a vacancy's ranking sees them: the profile (ids, numbers,
/// occupations, preferred countries; its languages, certificates and
/// relatives abroad are left empty) and the facts of the registry and the
/// profile on the snapshot's day (which hold those lists).
#[derive(Debug)]
pub struct Entry {
    pub profile: Jobseeker,
    pub facts: Facts,
}

/// Every jobseeker's matching facts as of one change count and one day.
#[derive(Debug, Default)]
pub struct Snapshot {
    changes: i64,
    day: Option<NaiveDate>,
    by_person: HashMap<Uuid, Arc<Entry>>,
}

impl Snapshot {
    /// The jobseekers, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.by_person.values().map(Arc::as_ref)
    }

    /// How many jobseekers it holds.
    pub fn len(&self) -> usize {
        self.by_person.len()
    }

    /// Whether it holds no jobseeker.
    pub fn is_empty(&self) -> bool {
        self.by_person.is_empty()
    }
}

/// One node's snapshot, shared by its requests.
#[derive(Debug, Default)]
pub struct Index {
    current: Mutex<Arc<Snapshot>>,
}

impl Index {
    /// The snapshot brought up to date on `conn` for `day`. Requests that find
    /// it out of date wait for one of them to update it.
    pub fn snapshot(
        &self,
        conn: &mut DbConnection,
        day: NaiveDate,
    ) -> Result<Arc<Snapshot>, StoreError> {
        let mut current = self
            .current
            .lock()
            .map_err(|_| StoreError::corrupt("matching index", "poisoned"))?;
        let changes = stamp(conn)?;
        if current.changes == changes && current.day == Some(day) {
            return Ok(Arc::clone(&current));
        }
        let updated = if current.day == Some(day) {
            self::patched(conn, &current, changes)?
        } else {
            None
        };
        let updated = match updated {
            Some(updated) => updated,
            None => read_all(conn, changes, day)?,
        };
        *current = Arc::new(updated);
        Ok(Arc::clone(&current))
    }
}

/// `snapshot` with the persons changed since it read again, as of `changes`;
/// `None` when so many changed that reading everything is cheaper.
fn patched(
    conn: &mut DbConnection,
    snapshot: &Snapshot,
    changes: i64,
) -> Result<Option<Snapshot>, StoreError> {
    let limit = snapshot.by_person.len() / REBUILD_SHARE + 1;
    let persons: Vec<String> = matching_changes::table
        .filter(matching_changes::change.gt(snapshot.changes))
        .select(matching_changes::person_id)
        .limit(i64::try_from(limit + 1).unwrap_or(i64::MAX))
        .load(conn)?;
    if persons.len() > limit {
        return Ok(None);
    }
    let Some(day) = snapshot.day else {
        return Ok(None);
    };
    let mut by_person = snapshot.by_person.clone();
    for person in &persons {
        by_person.remove(&rows::uuid(person)?);
    }
    by_person.extend(read(conn, Some(&persons), day)?);
    Ok(Some(Snapshot {
        changes,
        day: Some(day),
        by_person,
    }))
}

/// Every jobseeker, as of `changes`, on `day`.
fn read_all(conn: &mut DbConnection, changes: i64, day: NaiveDate) -> Result<Snapshot, StoreError> {
    Ok(Snapshot {
        changes,
        day: Some(day),
        by_person: read(conn, None, day)?.collect(),
    })
}

/// The entries of the jobseekers among `persons` (all when `None`) on `day`.
fn read(
    conn: &mut DbConnection,
    persons: Option<&[String]>,
    day: NaiveDate,
) -> Result<impl Iterator<Item = (Uuid, Arc<Entry>)>, StoreError> {
    let profiles = jobseekers::for_matching(conn, persons)?;
    let mut registry = jobseekers::registry_facts(conn, &profiles, day)?;
    Ok(profiles.into_iter().filter_map(move |profile| {
        let facts = registry.remove(&profile.person_id)?.with_profile(&profile);
        // The lists the rules read are kept once, in the facts.
        let profile = Jobseeker {
            languages: Vec::new(),
            certificates: Vec::new(),
            close_relatives_in: Vec::new(),
            ..profile
        };
        Some((profile.person_id, Arc::new(Entry { profile, facts })))
    }))
}
