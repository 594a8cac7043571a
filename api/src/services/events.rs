//! The change feed (`GET /events`): every domain event in feed order, with a
//! stable opaque cursor; events name records and carry their version and
//! codes, never personal data. Written in the transaction of the change
//! ([`crate::services::record_write`]); read by administrators and service
//! accounts with `events:read`. A read that finds nothing may wait (`wait`
//! seconds, at most 30) for the next event: woken at once by a commit on this
//! node, and by polling for commits on others.

use std::time::Duration;

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::events::Event;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::events as stored;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::services::{self, Call};

/// The most events a page holds.
pub const LIMIT_MAX: i64 = 10_000;
/// The longest a read waits for the next event.
pub const WAIT_MAX_SECONDS: u64 = 30;
/// How often a waiting read looks for other nodes' commits.
const POLL: Duration = Duration::from_millis(50);
/// The longest `types` a read may give.
const TYPES_LENGTH_MAX: usize = 2000;

/// The most event types one read may ask for.
const TYPES_MAX: usize = 50;

/// `GET /events`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// The `cursor` of the last event read (or `next_cursor` of the last
    /// page); from the first event when absent.
    #[param(min_length = 1, max_length = 64)]
    after: Option<String>,
    /// Only these event types, comma-separated (`case.status_changed,assistance.approved`).
    #[param(max_length = 2000, example = "case.opened,case.status_changed")]
    // TYPES_LENGTH_MAX
    types: Option<String>,
    /// Page size, 1 to 10000; 100 when absent.
    #[param(minimum = 1, maximum = 10000)]
    limit: Option<i64>,
    /// When no event follows `after`: wait up to this many seconds (0 to 30)
    /// for one. 0 when absent.
    #[param(minimum = 0, maximum = 30)]
    wait: Option<u64>,
}

/// One page of the feed.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0",
    "cursor": "AAAAAAAAAAAAAAAAAAAAKg", "type": "assistance.approved",
    "occurred_at": "2026-03-02T10:15:00Z", "record_type": "assistance",
    "record_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10", "version": 2,
    "codes": {"status": "approved", "type": "micro_business"}}],
    "next_cursor": "AAAAAAAAAAAAAAAAAAAAKg"}))]
pub struct EventPage {
    pub items: Vec<Event>,
    /// Pass as `after` for the events that follow: the last event's cursor,
    /// or `after` as given when there was none (never `null`: the feed goes on).
    pub next_cursor: String,
}

/// The checked query: from where, which types, how many, how long to wait.
fn validate(query: &EventQuery) -> Result<(i64, Vec<String>, i64, Duration), Error> {
    let mut errors = ValidationErrors::new();
    let after = match query.after.as_deref() {
        None => 0,
        Some(cursor) => stored::position(cursor).unwrap_or_else(|| {
            errors.add(
                "after",
                "invalid_cursor",
                "after is not a cursor of the feed",
            );
            0
        }),
    };
    if query
        .types
        .as_deref()
        .is_some_and(|t| t.chars().count() > TYPES_LENGTH_MAX)
    {
        errors.add(
            "types",
            "too_long",
            format!("types is longer than {TYPES_LENGTH_MAX} characters"),
        );
    }
    let types: Vec<String> = query
        .types
        .as_deref()
        .map(|t| {
            t.split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if types.len() > TYPES_MAX {
        errors.add(
            "types",
            "too_many",
            format!("at most {TYPES_MAX} event types"),
        );
    }
    let limit = query.limit.unwrap_or(100);
    if !(1..=LIMIT_MAX).contains(&limit) {
        errors.add(
            "limit",
            "out_of_range",
            format!("limit must be 1 to {LIMIT_MAX}"),
        );
    }
    let wait = query.wait.unwrap_or(0);
    if wait > WAIT_MAX_SECONDS {
        errors.add(
            "wait",
            "out_of_range",
            format!("wait must be 0 to {WAIT_MAX_SECONDS} seconds"),
        );
    }
    errors
        .finish(|| (after, types, limit, Duration::from_secs(wait)))
        .map_err(Error::from)
}

/// The events after the query's cursor; when there are none and the query
/// may wait, the first that come within its time.
pub async fn list(call: &Call, query: EventQuery) -> Result<EventPage, Error> {
    call.reach(RecordKind::Event, Access::Read)?;
    let (after, types, limit, wait) = validate(&query)?;
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        // Registered before the read, so that a commit during it still wakes this one.
        let woken = call.app.feed.notified();
        let wanted = types.clone();
        let items = services::read(&call.app, move |c| {
            Ok(stored::after(c, after, &wanted, limit)?)
        })
        .await?;
        let now = tokio::time::Instant::now();
        if !items.is_empty() || now >= deadline {
            let next_cursor = items
                .last()
                .map_or_else(|| stored::cursor(after), |e| e.cursor.clone());
            return Ok(EventPage { items, next_cursor });
        }
        let _ = tokio::time::timeout(POLL.min(deadline - now), woken).await;
    }
}
