//! Webhook delivery, in the background of every node: each subscription
//! follows the change feed from its cursor and gets its events POSTed one at
//! a time, in feed order, signed ([`send::signature`]).
//!
//! - Never in a request: a write only wakes this loop (the feed's `Notify`;
//!   at most one look every [`LOOK_GAP`]); other nodes' commits are found by
//!   polling every second.
//! - At least once: the cursor moves past an event only after the receiver
//!   answered 2xx for it, in the database, so a restart or a crash between
//!   the answer and the write sends it again (receivers deduplicate by the
//!   event id).
//! - One node at a time per subscription: a node takes a subscription's lease
//!   ([`stored::claim`]) and every step is guarded by it; a node that dies
//!   loses it after [`LEASE`].
//! - A failed attempt is retried after an exponential backoff
//!   ([`integra_domain::webhook::backoff`]); a subscription failing for longer
//!   than the give-up time (a day) is disabled, and enabled again by hand.
//! - The delivery log keeps each attempt [`LOG_KEPT`] (30 days).

pub mod send;

use std::collections::HashSet;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use actix_web::web;
use chrono::{DateTime, Utc};
use integra_domain::access::{grants, Permission};
use integra_domain::webhook::backoff;
use integra_domain::Error;
use integra_persistence::events as feed;
use integra_persistence::webhooks::{self as stored, AfterFailure, Attempt, Due};
use tokio::sync::Notify;
use uuid::Uuid;

use crate::services;
use crate::state::AppState;
use send::Sender;

/// How often a node looks for due deliveries when nothing woke it.
const POLL: Duration = Duration::from_secs(1);
/// The least time between two looks: a node writing thousands of records a
/// second wakes the loop at each commit, and each look reads the database.
const LOOK_GAP: Duration = Duration::from_millis(50);
/// How long a node holds a subscription without a word (each delivered
/// event renews it): longer than an attempt may take.
const LEASE: Duration = Duration::from_secs(60);
/// Events read at once for one subscription.
const BATCH: i64 = 100;
/// Subscriptions looked at per round (of those behind the feed's end).
const DUE_MAX: i64 = 1_000;
/// A subscription whose events are this far behind the feed's end, none of
/// them followed, has its cursor moved up (so that the next look is short).
const PASS_GAP: i64 = 1_000;
/// How long the delivery log keeps an attempt.
pub const LOG_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(30);
/// How often a node forgets older attempts.
const LOG_PURGE_EVERY: Duration = Duration::from_secs(3600);
/// Why a subscription was disabled.
pub const FAILING: &str = "failing";
pub const OWNER_CANNOT_READ: &str = "owner_cannot_read_events";

/// What the delivery loop shares.
struct Deliverer {
    app: Weak<AppState>,
    sender: Sender,
    /// Subscriptions this node is delivering now.
    busy: Mutex<HashSet<Uuid>>,
}

/// Starts delivering on the runtime the server is started on, while the
/// server's state lives.
pub fn start(state: &web::Data<AppState>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let sender = match Sender::new(state.webhooks) {
        Ok(sender) => sender,
        Err(error) => {
            log::error!("webhooks will not be delivered: {error}");
            return;
        }
    };
    let feed: Arc<Notify> = state.feed.clone();
    let deliverer = Arc::new(Deliverer {
        app: Arc::downgrade(&state.clone().into_inner()),
        sender,
        busy: Mutex::new(HashSet::new()),
    });
    runtime.spawn(run(deliverer, feed));
}

async fn run(deliverer: Arc<Deliverer>, feed: Arc<Notify>) {
    let mut purged: Option<std::time::Instant> = None;
    // Registered before each look, so that a commit during it (or during
    // the gap after it) wakes the next one.
    let listen = || {
        let mut woken = Box::pin(feed.clone().notified_owned());
        woken.as_mut().enable();
        woken
    };
    let mut woken = listen();
    loop {
        let looked = tokio::time::Instant::now();
        let Some(app) = deliverer.app.upgrade() else {
            return;
        };
        if let Err(error) = round(&deliverer, &app).await {
            log::warn!("webhook deliveries: {error}");
        }
        if purged.is_none_or(|at| at.elapsed() >= LOG_PURGE_EVERY) {
            purged = Some(std::time::Instant::now());
            let before = Utc::now() - LOG_KEPT;
            let forgotten =
                services::transaction(&app, move |c, _| Ok(stored::purge_deliveries(c, before)?))
                    .await;
            match forgotten {
                Ok(0) => {}
                Ok(n) => log::info!(
                    "forgot {n} webhook delivery attempts older than {} days",
                    LOG_KEPT.num_days()
                ),
                Err(error) => log::warn!("old webhook delivery attempts not forgotten: {error}"),
            }
        }
        drop(app);
        let _ = tokio::time::timeout(POLL, woken.as_mut()).await;
        woken = listen();
        tokio::time::sleep_until(looked + LOOK_GAP).await;
    }
}

/// Starts delivering every due subscription this node is not delivering yet.
async fn round(deliverer: &Arc<Deliverer>, app: &Arc<AppState>) -> Result<(), Error> {
    let now = Utc::now();
    let due = services::read(app, move |c| {
        let end = feed::last(c)?;
        Ok(stored::due(c, now, end, DUE_MAX)?)
    })
    .await?;
    for subscription in due {
        let fresh = deliverer
            .busy
            .lock()
            .map(|mut busy| busy.insert(subscription.id))
            .unwrap_or(false);
        if !fresh {
            continue;
        }
        let deliverer = deliverer.clone();
        let app = app.clone();
        tokio::spawn(async move {
            let id = subscription.id;
            if let Err(error) = deliver(&deliverer, &app, subscription).await {
                log::warn!("webhook {id}: {error}");
            }
            if let Ok(mut busy) = deliverer.busy.lock() {
                busy.remove(&id);
            }
        });
    }
    Ok(())
}

fn later(now: DateTime<Utc>, by: Duration) -> DateTime<Utc> {
    now + chrono::Duration::from_std(by).unwrap_or(chrono::Duration::zero())
}

/// Delivers a due subscription's events until none is left, one fails, or
/// the lease is lost.
async fn deliver(deliverer: &Deliverer, app: &Arc<AppState>, mut due: Due) -> Result<(), Error> {
    let settings = app.webhooks;
    let lease = Uuid::now_v7().to_string();
    let mut holding = false;
    loop {
        let (cursor, types) = (due.cursor_seq, due.event_types.clone());
        let (end, events) = services::read(app, move |c| {
            let end = feed::last(c)?;
            Ok((end, feed::positioned(c, cursor, &types, BATCH)?))
        })
        .await?;
        if events.is_empty() && (holding || end - cursor < PASS_GAP) {
            break;
        }
        if !holding {
            let (claimed, lease) = (due.clone(), lease.clone());
            let owner = due.owner_id;
            let taken = services::transaction(app, move |c, now| {
                if !stored::claim(c, &claimed, &lease, now, later(now, LEASE))? {
                    return Ok(None);
                }
                let may = integra_persistence::users::standing(c, owner)?
                    .is_some_and(|s| s.active && grants(s.role, &s.scopes, Permission::ReadEvents));
                if !may {
                    stored::disable(c, claimed.id, &lease, OWNER_CANNOT_READ, now)?;
                }
                Ok(Some(may))
            })
            .await?;
            match taken {
                Some(true) => holding = true,
                Some(false) => {
                    app.metrics.webhook_disabled();
                    log::warn!(
                        "webhook {} disabled: its owner may no longer read the feed",
                        due.id
                    );
                    return Ok(());
                }
                None => return Ok(()),
            }
        }
        if events.is_empty() {
            // Nothing followed up to the feed's end: move the cursor up to it.
            let (id, lease) = (due.id, lease.clone());
            services::transaction(app, move |c, _| Ok(stored::pass(c, id, &lease, end)?)).await?;
            break;
        }
        let full = i64::try_from(events.len()).unwrap_or(0) >= BATCH;
        for (seq, event) in events {
            let attempt = due.attempts + 1;
            let sent = deliverer
                .sender
                .send(&due.url, &due.secret, &event, attempt)
                .await;
            app.metrics.webhook_attempt(
                sent.error.is_none(),
                Duration::from_millis(sent.latency_ms.try_into().unwrap_or(0)),
            );
            let now = services::now();
            let record = Attempt {
                webhook_id: due.id,
                event_id: event.id,
                event_type: event.event_type.clone(),
                event_seq: seq,
                attempt,
                attempted_at: now,
                status_code: sent.status.map(i32::from),
                latency_ms: sent.latency_ms,
                error: sent.error.clone(),
            };
            let lease = lease.clone();
            if sent.error.is_none() {
                let held = services::transaction(app, move |c, now| {
                    Ok(stored::delivered(c, &record, &lease, later(now, LEASE))?)
                })
                .await?;
                if !held {
                    return Ok(());
                }
                due.cursor_seq = seq;
                due.attempts = 0;
                due.failing_since = None;
            } else {
                let failing_since = due.failing_since.unwrap_or(now);
                let failing_for = (now - failing_since).to_std().unwrap_or_default();
                let after = if failing_for >= settings.give_up_after {
                    AfterFailure::Disable { reason: FAILING }
                } else {
                    AfterFailure::Retry {
                        next_attempt_at: later(
                            now,
                            backoff(attempt.unsigned_abs(), settings.retry_base),
                        ),
                        failing_since,
                    }
                };
                if matches!(after, AfterFailure::Disable { .. }) {
                    app.metrics.webhook_disabled();
                    log::warn!("webhook {} disabled: failing since {failing_since}", due.id);
                }
                // Failed: the lease goes back with it.
                services::transaction(app, move |c, _| {
                    Ok(stored::failed(c, &record, &lease, &after)?)
                })
                .await?;
                return Ok(());
            }
        }
        if !full {
            break;
        }
    }
    if holding {
        services::transaction(app, move |c, _| Ok(stored::release(c, due.id, &lease)?)).await?;
    }
    Ok(())
}

/// Gives back every lease (one SQLite node starting: the leases it held died with it).
pub fn release_all(db: &integra_persistence::Db) -> Result<usize, integra_persistence::StoreError> {
    db.write(stored::release_all)
}
