//! The use cases: one public function per operation.
//!
//! Each takes the [`Actor`] (who calls, in which request) and parsed input, and
//! goes the same way: ask [`access::reach`] which records the caller reaches
//! (the one visibility rule), load, apply the domain's rules, run the
//! transaction through persistence, record the audit entry, and return a typed
//! result or an [`Error`]. Routes parse HTTP and call one of these; persistence
//! only reads and writes rows. Nothing here knows HTTP.
//!
//! Three ways to touch the database, all here:
//! - [`audited_read`]: every read of personal data, single records and pages.
//!   The read's audit entries are committed (group commit, see
//!   [`integra_persistence::audit_writer`]) before its value is returned.
//! - [`write`]: a change and its audit entries in one transaction;
//!   [`write_answer`] when the change answers with the record it wrote (the
//!   record only to a caller who may read it, the answer recorded as a read:
//!   see [`answer`]).
//! - [`read`]: reads of data that is not personal (programmes, rule sets, ...).

use std::ops::Deref;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use integra_domain::access::{self, Access, Caller, Reach};
use integra_domain::error::RecordKind;
use integra_domain::events::{Codes, NewEvent};
use integra_domain::Error;
use integra_persistence::audit::AuditEntry;
use integra_persistence::audit_writer::ReadError;
use integra_persistence::{DbConnection, StoreError};
use uuid::Uuid;

use crate::state::AppState;

pub mod activities;
pub mod answer;
pub mod applications;
pub mod assistance;
pub mod audit_log;
pub mod auth;
pub mod cases;
pub mod contacts;
pub mod counselling_sessions;
pub mod eligibility;
pub mod events;
pub mod follow_ups;
pub mod framework;
pub mod health;
pub mod households;
pub mod idempotency;
pub mod imports;
pub mod integration_services;
pub mod jobseekers;
pub mod json;
pub mod matching;
pub mod meetings;
pub mod movements;
pub mod organisations;
pub mod orientation;
pub mod outreach_events;
pub mod paging;
pub mod persons;
pub mod placements;
pub mod programmes;
pub mod progress;
pub mod projects;
pub mod referrals;
pub mod reports;
pub mod residence_permits;
pub mod rights;
pub mod rule_sets;
pub mod schemes;
pub mod service_accounts;
pub mod social_enterprises;
pub mod stays;
pub mod surveys;
pub mod trainings;
pub mod users;
pub mod vacancies;
pub mod webhooks;

/// One call of a use case: the server it runs on and who asks. Every use case
/// takes one; it reads as the [`Actor`] (`call.reach(..)`, `call.entry(..)`).
#[derive(Clone)]
pub struct Call {
    pub app: Arc<AppState>,
    pub actor: Actor,
}

impl Deref for Call {
    type Target = Actor;

    fn deref(&self) -> &Actor {
        &self.actor
    }
}

/// Who asks, and within which request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub caller: Caller,
    /// The request's `X-Request-Id`, kept with every audit entry it causes.
    pub request_id: Option<String>,
    /// What the request's permission checks and audit entries were, when it
    /// carries an `Idempotency-Key` (for the replay of its answer).
    pub trace: idempotency::Trace,
}

impl Deref for Actor {
    type Target = Caller;

    fn deref(&self) -> &Caller {
        &self.caller
    }
}

impl Actor {
    /// Which records of `kind` the actor reaches for `access` (the one visibility
    /// rule, [`access::reach`]); [`Error::Forbidden`] when none.
    pub fn reach(&self, kind: RecordKind, access: Access) -> Result<Reach, Error> {
        let reach = access::reach(&self.caller, kind, access);
        if let Ok(granted) = reach {
            self.trace.checked(kind, access, granted);
        }
        reach
    }

    /// An audit entry of this actor's `action` on the record `id` of `kind`.
    pub fn entry(&self, action: &'static str, kind: RecordKind, id: Uuid) -> AuditEntry {
        self.trace.named(kind, id);
        AuditEntry {
            actor_id: Some(self.caller.id),
            action,
            record_type: kind.as_str(),
            record_id: Some(id),
            request_id: self.request_id.clone(),
        }
    }

    /// The entries of reads of the records `ids` of `kind` (`person.read`, ...).
    pub fn reads(
        &self,
        action: &'static str,
        kind: RecordKind,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Vec<AuditEntry> {
        ids.into_iter()
            .map(|id| self.entry(action, kind, id))
            .collect()
    }
}

/// A record a request names in its body by `field`: when there is none, a 422
/// `not_found` on the field (`message` says so), not a 404 (the path named
/// something that exists).
pub(crate) fn named<T>(
    found: Result<T, StoreError>,
    field: &str,
    message: &str,
) -> Result<T, Error> {
    match found {
        Err(StoreError::NotFound) => Err(Error::field(field, "not_found", message)),
        other => Ok(other?),
    }
}

/// A record the caller may not see is not found: its existence is not given away.
pub fn visible(reach: Reach, organisation: Uuid) -> Result<(), Error> {
    if reach.admits(organisation) {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

/// The time stamped on records: UTC, whole seconds.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(0)
}

/// Today's date in Georgia, against which dates are checked.
pub fn today() -> NaiveDate {
    integra_domain::time::tbilisi_date(Utc::now())
}

/// How long a read takes, which decides where it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadSize {
    /// One record and what hangs off it: runs on the audit writer's thread, inside
    /// the batch transaction that commits its entries (one thread hop, no round
    /// trips of its own).
    Short,
    /// A page or an export: runs on the read pool, then its entries join a batch.
    Long,
}

/// The one audited-read path: runs `work`, which gives its value and the audit
/// entries that record it, and returns the value only once the entries are
/// committed. When `work` fails nothing is recorded; when the entries cannot be
/// committed the value is dropped unseen and the read fails
/// ([`Error::Unavailable`]).
pub async fn audited_read<T, F>(call: &Call, size: ReadSize, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<(T, Vec<AuditEntry>), Error> + Send + 'static,
{
    let now = now();
    let app = &call.app;
    match size {
        ReadSize::Short => app
            .audit
            .read(now, work)
            .await
            .map_err(|error| match error {
                ReadError::Read(error) => error,
                ReadError::Audit(error) => Error::Unavailable(error.to_string()),
            }),
        ReadSize::Long => {
            let (value, entries) = read(app, work).await?;
            app.audit
                .record(entries, now)
                .await
                .map_err(|e| Error::Unavailable(e.to_string()))?;
            Ok(value)
        }
    }
}

/// Runs `work` on the blocking pool, for reads that are not personal data.
pub async fn read<T, F>(app: &AppState, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, Error> + Send + 'static,
{
    let db = app.db.clone();
    blocking(move || db.read(|c| work(c).map_err(StoreError::from))).await
}

/// Runs `work` in one transaction that also appends `entries` to the audit log:
/// the change and its record are committed together, or neither is. An error of
/// `work` rolls everything back and comes back as it was, except that a
/// conflict names the record in its way only to a caller who may read it
/// ([`answer::disclosed`]).
pub async fn write<T, F>(call: &Call, entries: Vec<AuditEntry>, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection, DateTime<Utc>) -> Result<T, Error> + Send + 'static,
{
    let written = transaction(&call.app, move |c, now| {
        let value = work(c, now)?;
        let events = record_write(c, &entries, None, now)?;
        finish_write(c, &events, now)?;
        Ok(value)
    })
    .await;
    wake_feed(call, &written);
    answer::disclosed(call, written).await
}

/// The record a write gives back, as its event names it.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub id: Uuid,
    pub version: Option<i64>,
    pub codes: Codes,
}

/// Appends a write's audit `entries`, and gives the change feed's events of
/// them ([`integra_domain::events::event_type`]): the record written
/// (`stamp`, when the write gives one back) fills in its own event's version
/// and codes. The events go in last ([`finish_write`]): their order is the
/// order of commits.
pub(crate) fn record_write(
    c: &mut DbConnection,
    entries: &[AuditEntry],
    stamp: Option<&Stamp>,
    now: DateTime<Utc>,
) -> Result<Vec<NewEvent>, Error> {
    match stamp {
        Some(stamp) => record_writes(c, entries, std::slice::from_ref(stamp), now),
        None => record_writes(c, entries, &[], now),
    }
}

/// As [`record_write`], for a write of several records (a bulk import's
/// chunk): each entry's event takes the stamp of its record.
pub(crate) fn record_writes(
    c: &mut DbConnection,
    entries: &[AuditEntry],
    stamps: &[Stamp],
    now: DateTime<Utc>,
) -> Result<Vec<NewEvent>, Error> {
    integra_persistence::audit::record(c, entries, now)?;
    let stamped: std::collections::HashMap<Uuid, &Stamp> =
        stamps.iter().map(|s| (s.id, s)).collect();
    Ok(entries
        .iter()
        .filter_map(|entry| {
            let record_id = entry.record_id?;
            let event_type = integra_domain::events::event_type(entry.action, entry.record_type)?;
            let own = stamped.get(&record_id).copied();
            Some(NewEvent {
                id: Uuid::now_v7(),
                event_type,
                record_type: entry.record_type,
                record_id,
                version: own.and_then(|s| s.version),
                codes: own.map(|s| s.codes.clone()).unwrap_or_default(),
            })
        })
        .collect())
}

/// Writes a transaction's change-feed events: its last statements.
pub(crate) fn finish_write(
    c: &mut DbConnection,
    events: &[NewEvent],
    now: DateTime<Utc>,
) -> Result<(), Error> {
    Ok(integra_persistence::events::record(c, events, now)?)
}

/// Wakes this node's long-polls of the change feed after a write committed.
fn wake_feed<T>(call: &Call, written: &Result<T, Error>) {
    if written.is_ok() {
        call.app.feed.notify_waiters();
    }
}

/// A [`write`] whose `work` gives the record it wrote, answered as the caller
/// may see it ([`answer::Echo`]): the record to a caller who may read records of
/// its kind, with the read recorded in the same transaction after `entries`;
/// its id and version to a caller who may only write them.
pub async fn write_answer<T, F>(
    call: &Call,
    entries: Vec<AuditEntry>,
    work: F,
) -> Result<answer::Answer<T>, Error>
where
    T: answer::Shown + Send + 'static,
    F: FnOnce(&mut DbConnection, DateTime<Utc>) -> Result<T, Error> + Send + 'static,
{
    let echo = answer::Echo::of(call, T::KIND);
    let written = transaction(&call.app, move |c, now| {
        let record = work(c, now)?;
        let events = record_write(c, &entries, Some(&record.stamp()), now)?;
        let answer = echo.answer(c, now, record)?;
        finish_write(c, &events, now)?;
        Ok(answer)
    })
    .await;
    wake_feed(call, &written);
    answer::disclosed(call, written).await
}

/// Runs `work` in one transaction, for writes that record nobody's personal data
/// and have no actor to audit (sign-in failures, idempotency keys).
pub async fn transaction<T, F>(app: &AppState, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection, DateTime<Utc>) -> Result<T, Error> + Send + 'static,
{
    let db = app.db.clone();
    let now = now();
    blocking(move || db.write(|c| Ok(work(c, now)?))).await
}

/// Runs blocking database work off the async workers (its log lines name
/// the request it is done for).
pub(crate) async fn blocking<T, F>(work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, StoreError> + Send + 'static,
{
    tokio::task::spawn_blocking(crate::logging::carrying(work))
        .await
        .map_err(|_| Error::Internal("the blocking thread pool is gone".to_owned()))?
        .map_err(Error::from)
}
