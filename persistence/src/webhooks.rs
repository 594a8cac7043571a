//! Webhook subscriptions and their delivery log: rows only.
//!
//! A node delivers a subscription while it holds its lease (`lease`, a token
//! of the node's, until `leased_until`): every step of the delivery is an
//! update guarded by that token, so a lease that ran out, or a subscription
//! changed by hand meanwhile (enabled from another cursor, deleted), stops it.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::webhook::{Delivery, DeliveryOutcome, Webhook, WebhookFields, WebhookStatus};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::events::cursor;
use crate::rows;
use crate::schema::{webhook_deliveries, webhooks};

#[derive(Queryable, Selectable)]
#[diesel(table_name = webhooks)]
struct WebhookRow {
    id: String,
    url: String,
    event_types: String,
    description: Option<String>,
    status: String,
    cursor_seq: i64,
    failing_since: Option<NaiveDateTime>,
    next_attempt_at: NaiveDateTime,
    disabled_at: Option<NaiveDateTime>,
    disabled_reason: Option<String>,
    owner_id: String,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl WebhookRow {
    fn into_webhook(self) -> Result<Webhook, StoreError> {
        Ok(Webhook {
            id: rows::uuid(&self.id)?,
            url: self.url,
            event_types: rows::json("event_types", &self.event_types)?,
            description: self.description,
            status: rows::parse("status", &self.status, WebhookStatus::parse)?,
            cursor: cursor(self.cursor_seq),
            failing_since: self.failing_since.map(rows::utc),
            next_attempt_at: rows::utc(self.next_attempt_at),
            disabled_at: self.disabled_at.map(rows::utc),
            disabled_reason: self.disabled_reason,
            owner_id: rows::uuid(&self.owner_id)?,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// A new subscription.
#[derive(Debug, Clone, Copy)]
pub struct NewWebhook<'a> {
    pub id: Uuid,
    pub fields: &'a WebhookFields,
    pub secret: &'a str,
    pub owner_id: Uuid,
    /// The feed position delivery starts after.
    pub cursor_seq: i64,
}

pub fn insert(
    conn: &mut DbConnection,
    new: NewWebhook<'_>,
    now: DateTime<Utc>,
) -> Result<Webhook, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(webhooks::table)
        .values((
            webhooks::id.eq(new.id.to_string()),
            webhooks::url.eq(&new.fields.url),
            webhooks::event_types.eq(rows::stored(&new.fields.event_types)?),
            webhooks::description.eq(new.fields.description.as_deref()),
            webhooks::secret.eq(new.secret),
            webhooks::owner_id.eq(new.owner_id.to_string()),
            webhooks::status.eq(WebhookStatus::Active.as_str()),
            webhooks::cursor_seq.eq(new.cursor_seq),
            webhooks::attempts.eq(0),
            webhooks::next_attempt_at.eq(stamp),
            webhooks::version.eq(1_i64),
            webhooks::created_at.eq(stamp),
            webhooks::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    get(conn, new.id)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Webhook, StoreError> {
    webhooks::table
        .find(id.to_string())
        .select(WebhookRow::as_select())
        .get_result(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_webhook()
}

/// Subscriptions in id order after `after`, of `owner` only when given.
pub fn list(
    conn: &mut DbConnection,
    owner: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Webhook>, StoreError> {
    let mut query = webhooks::table.into_boxed();
    if let Some(owner) = owner {
        query = query.filter(webhooks::owner_id.eq(owner.to_string()));
    }
    if let Some(after) = after {
        query = query.filter(webhooks::id.gt(after.to_string()));
    }
    query
        .order(webhooks::id.asc())
        .limit(limit)
        .select(WebhookRow::as_select())
        .load(conn)?
        .into_iter()
        .map(WebhookRow::into_webhook)
        .collect()
}

/// Changes the URL, event types and description of a subscription at the
/// `expected` version.
pub fn change(
    conn: &mut DbConnection,
    id: Uuid,
    expected: i64,
    fields: &WebhookFields,
    now: DateTime<Utc>,
) -> Result<Webhook, StoreError> {
    let changed = diesel::update(
        webhooks::table
            .find(id.to_string())
            .filter(webhooks::version.eq(expected)),
    )
    .set((
        webhooks::url.eq(&fields.url),
        webhooks::event_types.eq(rows::stored(&fields.event_types)?),
        webhooks::description.eq(fields.description.as_deref()),
        // A node delivering it stops at its next step: the URL or types changed.
        webhooks::lease.eq(None::<String>),
        webhooks::leased_until.eq(None::<NaiveDateTime>),
        webhooks::version.eq(webhooks::version + 1),
        webhooks::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    rows::versioned(changed, get(conn, id), |w| w.version)
}

/// Enables a subscription at the `expected` version, delivering after `from`
/// (a feed position) when given, else where it stopped; forgets its failures
/// and any node's lease.
pub fn enable(
    conn: &mut DbConnection,
    id: Uuid,
    expected: i64,
    from: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Webhook, StoreError> {
    let stamp = now.naive_utc();
    let target = webhooks::table
        .find(id.to_string())
        .filter(webhooks::version.eq(expected));
    let reset = (
        webhooks::status.eq(WebhookStatus::Active.as_str()),
        webhooks::attempts.eq(0),
        webhooks::failing_since.eq(None::<NaiveDateTime>),
        webhooks::next_attempt_at.eq(stamp),
        webhooks::disabled_at.eq(None::<NaiveDateTime>),
        webhooks::disabled_reason.eq(None::<String>),
        webhooks::lease.eq(None::<String>),
        webhooks::leased_until.eq(None::<NaiveDateTime>),
        webhooks::version.eq(webhooks::version + 1),
        webhooks::updated_at.eq(stamp),
    );
    let changed = match from {
        Some(seq) => diesel::update(target)
            .set((reset, webhooks::cursor_seq.eq(seq)))
            .execute(conn)?,
        None => diesel::update(target).set(reset).execute(conn)?,
    };
    rows::versioned(changed, get(conn, id), |w| w.version)
}

/// Deletes a subscription and (`ON DELETE CASCADE`) its delivery log;
/// whether there was one.
pub fn delete(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(diesel::delete(webhooks::table.find(id.to_string())).execute(conn)? > 0)
}

/// A subscription due for delivery, with what delivering it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub id: Uuid,
    pub url: String,
    pub event_types: Vec<String>,
    pub secret: String,
    pub owner_id: Uuid,
    pub cursor_seq: i64,
    pub attempts: i32,
    pub failing_since: Option<DateTime<Utc>>,
    /// The version read: a change since (URL, types) voids this reading.
    pub version: i64,
}

type DueRow = (
    String,
    String,
    String,
    String,
    String,
    i64,
    i32,
    Option<NaiveDateTime>,
    i64,
);

/// Up to `limit` active subscriptions whose next attempt is due at `now`,
/// that no node holds and that have not followed the feed up to `end`.
pub fn due(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    end: i64,
    limit: i64,
) -> Result<Vec<Due>, StoreError> {
    let stamp = now.naive_utc();
    webhooks::table
        .filter(webhooks::status.eq(WebhookStatus::Active.as_str()))
        .filter(webhooks::next_attempt_at.le(stamp))
        .filter(webhooks::cursor_seq.lt(end))
        .filter(
            webhooks::leased_until
                .is_null()
                .or(webhooks::leased_until.lt(stamp)),
        )
        .order(webhooks::next_attempt_at.asc())
        .limit(limit)
        .select((
            webhooks::id,
            webhooks::url,
            webhooks::event_types,
            webhooks::secret,
            webhooks::owner_id,
            webhooks::cursor_seq,
            webhooks::attempts,
            webhooks::failing_since,
            webhooks::version,
        ))
        .load::<DueRow>(conn)?
        .into_iter()
        .map(
            |(id, url, types, secret, owner, cursor_seq, attempts, failing, version)| {
                Ok(Due {
                    id: rows::uuid(&id)?,
                    url,
                    event_types: rows::json("event_types", &types)?,
                    secret,
                    owner_id: rows::uuid(&owner)?,
                    cursor_seq,
                    attempts,
                    failing_since: failing.map(rows::utc),
                    version,
                })
            },
        )
        .collect()
}

/// Takes the lease of a due subscription until `until`, if it is still as
/// `due` saw it and no node holds it; whether this node now holds it.
pub fn claim(
    conn: &mut DbConnection,
    due: &Due,
    lease: &str,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let stamp = now.naive_utc();
    let changed = diesel::update(
        webhooks::table
            .find(due.id.to_string())
            .filter(webhooks::status.eq(WebhookStatus::Active.as_str()))
            .filter(webhooks::cursor_seq.eq(due.cursor_seq))
            .filter(webhooks::version.eq(due.version))
            .filter(webhooks::next_attempt_at.le(stamp))
            .filter(
                webhooks::leased_until
                    .is_null()
                    .or(webhooks::leased_until.lt(stamp)),
            ),
    )
    .set((
        webhooks::lease.eq(lease),
        webhooks::leased_until.eq(until.naive_utc()),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Gives the lease back.
pub fn release(conn: &mut DbConnection, id: Uuid, lease: &str) -> Result<(), StoreError> {
    diesel::update(held(id, lease))
        .set((
            webhooks::lease.eq(None::<String>),
            webhooks::leased_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Gives back every lease (on a node that is the only one: those it held
/// died with its last run); how many there were.
pub fn release_all(conn: &mut DbConnection) -> Result<usize, StoreError> {
    Ok(
        diesel::update(webhooks::table.filter(webhooks::lease.is_not_null()))
            .set((
                webhooks::lease.eq(None::<String>),
                webhooks::leased_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?,
    )
}

type Held = diesel::dsl::Filter<
    diesel::dsl::Find<webhooks::table, String>,
    diesel::dsl::Eq<webhooks::lease, String>,
>;

fn held(id: Uuid, lease: &str) -> Held {
    webhooks::table
        .find(id.to_string())
        .filter(webhooks::lease.eq(lease.to_owned()))
}

/// Moves the cursor of a held subscription past events it does not follow.
pub fn pass(conn: &mut DbConnection, id: Uuid, lease: &str, seq: i64) -> Result<bool, StoreError> {
    let changed = diesel::update(held(id, lease).filter(webhooks::cursor_seq.lt(seq)))
        .set(webhooks::cursor_seq.eq(seq))
        .execute(conn)?;
    Ok(changed == 1)
}

/// A delivery attempt to record.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub webhook_id: Uuid,
    pub event_id: Uuid,
    pub event_type: String,
    pub event_seq: i64,
    pub attempt: i32,
    pub attempted_at: DateTime<Utc>,
    pub status_code: Option<i32>,
    pub latency_ms: i64,
    /// `None` when delivered.
    pub error: Option<String>,
}

/// What a failed attempt does to its subscription.
#[derive(Debug, Clone)]
pub enum AfterFailure {
    /// Try again at this time.
    Retry {
        next_attempt_at: DateTime<Utc>,
        failing_since: DateTime<Utc>,
    },
    /// Failing too long: disabled with this reason.
    Disable { reason: &'static str },
}

fn log(conn: &mut DbConnection, attempt: &Attempt) -> Result<(), StoreError> {
    let outcome = if attempt.error.is_none() {
        DeliveryOutcome::Delivered
    } else {
        DeliveryOutcome::Failed
    };
    diesel::insert_into(webhook_deliveries::table)
        .values((
            webhook_deliveries::id.eq(Uuid::now_v7().to_string()),
            webhook_deliveries::webhook_id.eq(attempt.webhook_id.to_string()),
            webhook_deliveries::event_id.eq(attempt.event_id.to_string()),
            webhook_deliveries::event_type.eq(&attempt.event_type),
            webhook_deliveries::event_seq.eq(attempt.event_seq),
            webhook_deliveries::attempt.eq(attempt.attempt),
            webhook_deliveries::attempted_at.eq(attempt.attempted_at.naive_utc()),
            webhook_deliveries::outcome.eq(outcome.as_str()),
            webhook_deliveries::status_code.eq(attempt.status_code),
            webhook_deliveries::latency_ms.eq(attempt.latency_ms),
            webhook_deliveries::error.eq(attempt.error.as_deref()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a delivered event of a held subscription and moves its cursor
/// past it, keeping the lease until `until`; whether the lease was still held.
pub fn delivered(
    conn: &mut DbConnection,
    attempt: &Attempt,
    lease: &str,
    until: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(held(attempt.webhook_id, lease))
        .set((
            webhooks::cursor_seq.eq(attempt.event_seq),
            webhooks::attempts.eq(0),
            webhooks::failing_since.eq(None::<NaiveDateTime>),
            webhooks::next_attempt_at.eq(attempt.attempted_at.naive_utc()),
            webhooks::leased_until.eq(until.naive_utc()),
        ))
        .execute(conn)?;
    if changed == 1 {
        log(conn, attempt)?;
    }
    Ok(changed == 1)
}

/// Records a failed attempt of a held subscription and gives its lease back:
/// retried later, or disabled.
pub fn failed(
    conn: &mut DbConnection,
    attempt: &Attempt,
    lease: &str,
    after: &AfterFailure,
) -> Result<bool, StoreError> {
    let stamp = attempt.attempted_at.naive_utc();
    let target = held(attempt.webhook_id, lease);
    let free = (
        webhooks::lease.eq(None::<String>),
        webhooks::leased_until.eq(None::<NaiveDateTime>),
        webhooks::attempts.eq(attempt.attempt),
    );
    let changed = match after {
        AfterFailure::Retry {
            next_attempt_at,
            failing_since,
        } => diesel::update(target)
            .set((
                free,
                webhooks::failing_since.eq(failing_since.naive_utc()),
                webhooks::next_attempt_at.eq(next_attempt_at.naive_utc()),
            ))
            .execute(conn)?,
        AfterFailure::Disable { reason } => diesel::update(target)
            .set((
                free,
                webhooks::status.eq(WebhookStatus::Disabled.as_str()),
                webhooks::disabled_at.eq(stamp),
                webhooks::disabled_reason.eq(*reason),
                webhooks::version.eq(webhooks::version + 1),
                webhooks::updated_at.eq(stamp),
            ))
            .execute(conn)?,
    };
    if changed == 1 {
        log(conn, attempt)?;
    }
    Ok(changed == 1)
}

/// Disables a held subscription for `reason` without an attempt (its owner
/// may no longer read the feed, say).
pub fn disable(
    conn: &mut DbConnection,
    id: Uuid,
    lease: &str,
    reason: &'static str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let stamp = now.naive_utc();
    diesel::update(held(id, lease))
        .set((
            webhooks::status.eq(WebhookStatus::Disabled.as_str()),
            webhooks::disabled_at.eq(stamp),
            webhooks::disabled_reason.eq(reason),
            webhooks::lease.eq(None::<String>),
            webhooks::leased_until.eq(None::<NaiveDateTime>),
            webhooks::version.eq(webhooks::version + 1),
            webhooks::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    Ok(())
}

/// Forgets delivery attempts made before `before`; how many.
pub fn purge_deliveries(
    conn: &mut DbConnection,
    before: DateTime<Utc>,
) -> Result<usize, StoreError> {
    Ok(diesel::delete(
        webhook_deliveries::table.filter(webhook_deliveries::attempted_at.lt(before.naive_utc())),
    )
    .execute(conn)?)
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = webhook_deliveries)]
struct DeliveryRow {
    id: String,
    event_id: String,
    event_type: String,
    event_seq: i64,
    attempt: i32,
    attempted_at: NaiveDateTime,
    outcome: String,
    status_code: Option<i32>,
    latency_ms: i64,
    error: Option<String>,
}

/// A subscription's delivery attempts, newest first, before `before`.
pub fn deliveries(
    conn: &mut DbConnection,
    webhook: Uuid,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Delivery>, StoreError> {
    let mut query = webhook_deliveries::table
        .filter(webhook_deliveries::webhook_id.eq(webhook.to_string()))
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(webhook_deliveries::id.lt(before.to_string()));
    }
    query
        .order(webhook_deliveries::id.desc())
        .limit(limit)
        .select(DeliveryRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| {
            Ok(Delivery {
                id: rows::uuid(&row.id)?,
                event_id: rows::uuid(&row.event_id)?,
                event_type: row.event_type,
                event_cursor: cursor(row.event_seq),
                attempt: row.attempt,
                attempted_at: rows::utc(row.attempted_at),
                outcome: rows::parse("outcome", &row.outcome, DeliveryOutcome::parse)?,
                status_code: row.status_code,
                latency_ms: row.latency_ms,
                error: row.error,
            })
        })
        .collect()
}
