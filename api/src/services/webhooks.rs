//! Webhook subscriptions: another system's URL that the change feed's events
//! are POSTed to ([`crate::webhooks`] delivers them in the background).
//!
//! Administrators and service accounts with `events:read` subscribe
//! ([`RecordKind::Webhook`]); a service account sees and changes only its own
//! subscriptions (another's is not found), administrators every one. The
//! signing secret is shown once, when the subscription is made.

use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::version::Precondition;
use integra_domain::webhook::{Delivery, Webhook, WebhookChange, WebhookInput};
use integra_domain::{Error, ValidationErrors};
use integra_persistence::events as feed;
use integra_persistence::webhooks as stored;
use integra_persistence::DbConnection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::secrets;
use crate::services::json::Body;
use crate::services::paging::{self, PageQuery};
use crate::services::{self, Call};

/// What every signing secret starts with.
pub const SECRET_PREFIX: &str = "whsec_";

/// A new subscription with its signing secret, shown this once.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"webhook": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "url": "https://registry.example.gov.ge/integra/events",
    "event_types": ["case.opened", "case.status_changed"], "description": "Public service registry",
    "status": "active", "cursor": "AAAAAAAAACo", "failing_since": null,
    "next_attempt_at": "2026-03-02T10:15:00Z", "disabled_at": null, "disabled_reason": null,
    "owner_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02", "version": 1,
    "created_at": "2026-03-02T10:15:00Z", "updated_at": "2026-03-02T10:15:00Z"},
    "secret": "whsec_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A"}))]
pub struct CreatedWebhook {
    pub webhook: Webhook,
    /// Checks `X-Integra-Signature` (HMAC-SHA256 of `t.body`); it cannot be
    /// shown again.
    pub secret: String,
}

/// One page of subscriptions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "url": "https://registry.example.gov.ge/integra/events", "event_types": [],
    "description": null, "status": "active", "cursor": "AAAAAAAAACo", "failing_since": null,
    "next_attempt_at": "2026-03-02T10:15:00Z", "disabled_at": null, "disabled_reason": null,
    "owner_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02", "version": 1,
    "created_at": "2026-03-02T10:15:00Z", "updated_at": "2026-03-02T10:15:00Z"}], "next_cursor": null}))]
pub struct WebhookPage {
    pub items: Vec<Webhook>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// One page of a subscription's delivery attempts, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f61",
    "event_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0", "event_type": "case.opened",
    "event_cursor": "AAAAAAAAACo", "attempt": 1, "attempted_at": "2026-03-02T10:15:01Z",
    "outcome": "delivered", "status_code": 204, "latency_ms": 42, "error": null}], "next_cursor": null}))]
pub struct DeliveryPage {
    pub items: Vec<Delivery>,
    /// Pass as `cursor` for older attempts; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `POST /webhooks/{id}/enable`: where delivery goes on.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"after": "AAAAAAAAACo"}))]
pub struct EnableInput {
    /// Deliver again every event after this feed cursor (redelivery); where
    /// delivery stopped when absent.
    #[schema(pattern = "^[A-Za-z0-9_-]{11}$", example = "AAAAAAAAACo")]
    pub after: Option<String>,
}

/// Fields of a subscription that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 11] = [
    "id",
    "status",
    "cursor",
    "failing_since",
    "next_attempt_at",
    "disabled_at",
    "disabled_reason",
    "owner_id",
    "version",
    "created_at",
    "updated_at",
];

/// The feed position of the cursor `after` given in `field`.
fn position(field: &str, after: &str) -> Result<i64, Error> {
    feed::position(after).ok_or_else(|| {
        Error::Invalid(ValidationErrors::single(
            field,
            "invalid_cursor",
            format!("{field} is not a cursor of the change feed"),
        ))
    })
}

/// The subscription `id`, when the caller reaches it: their own, or any for
/// an administrator; otherwise not found.
fn reached(call: &Call, c: &mut DbConnection, id: Uuid) -> Result<Webhook, Error> {
    let webhook = stored::get(c, id)?;
    if call.is_admin() || webhook.owner_id == call.caller.id {
        Ok(webhook)
    } else {
        Err(Error::NotFound)
    }
}

/// Subscribes the caller's URL to the feed, from its end (or from `after`).
pub async fn create(call: &Call, input: Body<WebhookInput>) -> Result<CreatedWebhook, Error> {
    call.reach(RecordKind::Webhook, Access::Write)?;
    let input = input.parse()?;
    let fields = input.validate(call.app.webhooks.destinations)?;
    let from = input
        .after
        .as_deref()
        .map(|a| position("after", a))
        .transpose()?;
    let id = Uuid::now_v7();
    let owner = call.caller.id;
    let entries = vec![call.entry("webhook.created", RecordKind::Webhook, id)];
    services::write(call, entries, move |c, now| {
        let secret = secrets::random(SECRET_PREFIX);
        let cursor_seq = match from {
            Some(seq) => seq,
            None => feed::last(c)?,
        };
        let webhook = stored::insert(
            c,
            stored::NewWebhook {
                id,
                fields: &fields,
                secret: &secret,
                owner_id: owner,
                cursor_seq,
            },
            now,
        )?;
        Ok(CreatedWebhook { webhook, secret })
    })
    .await
}

/// Lists the subscriptions the caller reaches, oldest first.
pub async fn list(call: &Call, query: PageQuery) -> Result<WebhookPage, Error> {
    call.reach(RecordKind::Webhook, Access::Read)?;
    let (limit, after) = query.validate()?;
    let owner = (!call.is_admin()).then_some(call.caller.id);
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, owner, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|w| w.id), limit);
    Ok(WebhookPage { items, next_cursor })
}

/// Reads a subscription.
pub async fn get(call: &Call, id: Uuid) -> Result<Webhook, Error> {
    call.reach(RecordKind::Webhook, Access::Read)?;
    let call2 = call.clone();
    services::read(&call.app, move |c| reached(&call2, c, id)).await
}

/// Changes a subscription's URL, event types or description (JSON merge patch).
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<Webhook, Error> {
    call.reach(RecordKind::Webhook, Access::Write)?;
    let patch = patch.parse()?;
    let destinations = call.app.webhooks.destinations;
    let entries = vec![call.entry("webhook.updated", RecordKind::Webhook, id)];
    let call2 = call.clone();
    services::write(call, entries, move |c, now| {
        let current = reached(&call2, c, id)?;
        let writable = WebhookChange::of(&current);
        let change: WebhookChange =
            services::json::merge_patch(&current, &writable, patch, &READ_ONLY)?;
        let fields = change.validate(destinations)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::change(c, id, expected, &fields, now)?)
    })
    .await
}

/// Enables a subscription again (after it was disabled, or to redeliver from
/// a cursor): its failures are forgotten and delivery goes on at once.
pub async fn enable(
    call: &Call,
    id: Uuid,
    input: Body<EnableInput>,
    precondition: Precondition,
) -> Result<Webhook, Error> {
    call.reach(RecordKind::Webhook, Access::Write)?;
    let input = input.parse()?;
    let from = input
        .after
        .as_deref()
        .map(|a| position("after", a))
        .transpose()?;
    let entries = vec![call.entry("webhook.enabled", RecordKind::Webhook, id)];
    let call2 = call.clone();
    let webhook = services::write(call, entries, move |c, now| {
        let current = reached(&call2, c, id)?;
        let expected = precondition.expected(current.version)?;
        Ok(stored::enable(c, id, expected, from, now)?)
    })
    .await?;
    call.app.feed.notify_waiters();
    Ok(webhook)
}

/// Deletes a subscription and its delivery log: nothing more is delivered.
pub async fn delete(call: &Call, id: Uuid) -> Result<(), Error> {
    call.reach(RecordKind::Webhook, Access::Write)?;
    let entries = vec![call.entry("webhook.deleted", RecordKind::Webhook, id)];
    let call2 = call.clone();
    services::write(call, entries, move |c, _| {
        reached(&call2, c, id)?;
        stored::delete(c, id)?;
        Ok(())
    })
    .await
}

/// A subscription's delivery attempts, newest first.
pub async fn deliveries(call: &Call, id: Uuid, query: PageQuery) -> Result<DeliveryPage, Error> {
    call.reach(RecordKind::Webhook, Access::Read)?;
    let (limit, before) = query.validate()?;
    let call2 = call.clone();
    let items = services::read(&call.app, move |c| {
        reached(&call2, c, id)?;
        Ok(stored::deliveries(c, id, before, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|d| d.id), limit);
    Ok(DeliveryPage { items, next_cursor })
}
