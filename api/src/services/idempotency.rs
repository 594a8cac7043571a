//! `Idempotency-Key`: the claims, results and releases of keys, for the middleware
//! that replays the first answer of a retried `POST`.
//!
//! A replay is not a free pass: the request's permission checks ([`Trace`]) are
//! kept with the answer and made again for the caller as they are now (a caller
//! who lost the permission gets 403, one whose reach moved elsewhere 404), and a
//! replay that echoes a record is audited as a read of it. Answers expire after
//! the server's retention and are purged ([`purge`]).

use std::sync::{Arc, Mutex};

use chrono::Duration;
use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::Error;
pub use integra_persistence::idempotency::{Claim, StoredResponse};

use integra_persistence::idempotency;
use uuid::Uuid;

use crate::services::{self, Actor};
use crate::state::AppState;

/// What a request with an `Idempotency-Key` did that its replay must do again:
/// the permission checks it passed, and the record its first audit entry names
/// (the record the answer is about). Empty, and recording nothing, for other requests.
#[derive(Clone, Default)]
pub struct Trace(Option<Arc<Mutex<Traced>>>);

#[derive(Debug, Default)]
struct Traced {
    checks: Vec<(RecordKind, Access, Reach)>,
    record: Option<(RecordKind, Uuid)>,
}

impl std::fmt::Debug for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Trace")
    }
}

/// A trace is bookkeeping, not part of who the actor is.
impl PartialEq for Trace {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Trace {}

impl Trace {
    /// A trace that records.
    pub fn recording() -> Self {
        Self(Some(Arc::new(Mutex::new(Traced::default()))))
    }

    fn with<T>(&self, work: impl FnOnce(&mut Traced) -> T) -> Option<T> {
        let traced = self.0.as_ref()?;
        let mut traced = traced.lock().ok()?;
        Some(work(&mut traced))
    }

    /// The caller reaches `reach` of `kind` for `access`.
    pub fn checked(&self, kind: RecordKind, access: Access, reach: Reach) {
        self.with(|t| {
            if !t.checks.contains(&(kind, access, reach)) {
                t.checks.push((kind, access, reach));
            }
        });
    }

    /// An audit entry names the record `id` of `kind`; the first is what the answer is about.
    pub fn named(&self, kind: RecordKind, id: Uuid) {
        self.with(|t| {
            t.record.get_or_insert((kind, id));
        });
    }

    /// The record the answer is about, as (record type, id).
    pub fn record(&self) -> Option<(String, Uuid)> {
        self.with(|t| t.record.map(|(kind, id)| (kind.as_str().to_owned(), id)))
            .flatten()
    }

    /// The checks passed, as stored: a JSON list of `kind/access/reach`.
    pub fn checks(&self) -> Option<String> {
        self.with(|t| {
            let checks: Vec<String> = t
                .checks
                .iter()
                .map(|(kind, access, reach)| {
                    format!(
                        "{}/{}/{}",
                        kind.as_str(),
                        access_name(*access),
                        reach_name(*reach)
                    )
                })
                .collect();
            serde_json::to_string(&checks).unwrap_or_default()
        })
    }
}

const ACCESSES: [Access; 4] = [Access::Read, Access::Write, Access::Work, Access::Manage];

fn access_name(access: Access) -> &'static str {
    match access {
        Access::Read => "read",
        Access::Write => "write",
        Access::Work => "work",
        Access::Manage => "manage",
    }
}

fn reach_name(reach: Reach) -> String {
    match reach {
        Reach::All => "all".to_owned(),
        Reach::Organisation(id) => format!("organisation:{id}"),
        Reach::Addressee(id) => format!("addressee:{id}"),
    }
}

fn kind_named(name: &str) -> Option<RecordKind> {
    RecordKind::ALL.into_iter().find(|k| k.as_str() == name)
}

/// A stored check back: (kind, access, reach).
fn parse_check(text: &str) -> Option<(RecordKind, Access, Reach)> {
    let mut parts = text.splitn(3, '/');
    let kind = kind_named(parts.next()?)?;
    let access = parts.next()?;
    let access = ACCESSES.into_iter().find(|a| access_name(*a) == access)?;
    let reach = match parts.next()?.split_once(':') {
        None => Reach::All,
        Some(("organisation", id)) => Reach::Organisation(id.parse().ok()?),
        Some(("addressee", id)) => Reach::Addressee(id.parse().ok()?),
        Some(_) => return None,
    };
    Some((kind, access, reach))
}

/// Claims `key` for the actor's request whose method, path and body hash to
/// `hash`: new, a replay of the stored answer, a mismatch or still in progress.
pub async fn claim(
    app: &AppState,
    actor: &Actor,
    key: String,
    hash: String,
) -> Result<Claim, Error> {
    let owner = actor.id.to_string();
    let retention = app.idempotency_retention;
    write(app, move |c, now| {
        idempotency::claim(c, &owner, &key, &hash, now, retention)
    })
    .await
}

/// Whether the stored answer may be given to the actor as they are now: every
/// permission check the first request passed is made again (403 when one fails;
/// 404 when the caller now reaches other records of the kind than then, since the
/// record may be out of reach). A replay that echoes a record of personal data
/// is recorded as a read of it, committed before the answer goes out.
pub async fn replay(app: &AppState, actor: &Actor, stored: &StoredResponse) -> Result<(), Error> {
    let checks: Vec<String> = match &stored.checks {
        Some(text) => serde_json::from_str(text)
            .map_err(|e| Error::Internal(format!("stored checks: {e}")))?,
        None => Vec::new(),
    };
    for text in &checks {
        let (kind, access, then) = parse_check(text)
            .ok_or_else(|| Error::Internal(format!("stored check {text} is not valid")))?;
        let now = actor.reach(kind, access)?;
        if now != then && now != Reach::All {
            return Err(Error::NotFound);
        }
    }
    // (Records that hold no one's personal data are read unrecorded, as ever.)
    let echoed = stored.record.as_ref().and_then(|(kind, id)| {
        let kind = kind_named(kind).filter(|k| k.is_personal())?;
        Some(actor.entry(kind.read_action(), kind, *id))
    });
    if stored.status < 300 && !stored.withheld {
        if let Some(entry) = echoed {
            app.audit
                .record(vec![entry], services::now())
                .await
                .map_err(|e| Error::Unavailable(e.to_string()))?;
        }
    }
    Ok(())
}

/// Keeps the first answer for replays.
pub async fn complete(
    app: &AppState,
    actor: &Actor,
    key: String,
    answer: StoredResponse,
) -> Result<(), Error> {
    let owner = actor.id.to_string();
    write(app, move |c, _| {
        idempotency::complete(c, &owner, &key, &answer)
    })
    .await
}

/// Forgets the claim (the request failed on the server's side: a retry may run it).
pub async fn release(app: &AppState, actor: &Actor, key: String) -> Result<(), Error> {
    let owner = actor.id.to_string();
    write(app, move |c, _| idempotency::release(c, &owner, &key)).await
}

/// Removes the answers older than the retention; how many.
pub async fn purge(app: &AppState) -> Result<usize, Error> {
    let retention = app.idempotency_retention;
    write(app, move |c, now| idempotency::purge(c, now - retention)).await
}

/// How often the expired answers are purged.
pub fn purge_interval(retention: Duration) -> std::time::Duration {
    let ten_minutes = std::time::Duration::from_secs(600);
    retention
        .to_std()
        .map_or(ten_minutes, |r| r.min(ten_minutes))
        .max(std::time::Duration::from_secs(1))
}

/// A write of the keys' rows. It needs no audit entry of its own: the answers it
/// keeps were recorded when first given, and are again when replayed ([`replay`]).
async fn write<T, F>(app: &AppState, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(
            &mut integra_persistence::DbConnection,
            chrono::DateTime<chrono::Utc>,
        ) -> Result<T, integra_persistence::StoreError>
        + Send
        + 'static,
{
    services::transaction(app, move |c, now| Ok(work(c, now)?)).await
}
