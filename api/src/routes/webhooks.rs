//! Webhook subscriptions: `/webhooks`. Each handler parses the request and
//! calls one use case of [`crate::services::webhooks`]; delivery runs in the
//! background ([`crate::webhooks`]).

use actix_web::http::header;
use actix_web::{delete, get, patch, post, web, HttpResponse};
use integra_domain::webhook::{Webhook, WebhookInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created, path_id, versioned};
use crate::services::paging::PageQuery;
use crate::services::webhooks::{self, CreatedWebhook, DeliveryPage, EnableInput, WebhookPage};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_webhook)
        .service(list_webhooks)
        .service(get_webhook)
        .service(patch_webhook)
        .service(delete_webhook)
        .service(enable_webhook)
        .service(list_webhook_deliveries);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/webhooks/{id}")
}

/// A merge patch of a subscription: the fields to change.
#[derive(ToSchema)]
#[schema(example = json!({"event_types": ["case.opened", "assistance.delivered"]}))]
#[allow(dead_code)]
pub struct WebhookPatch {
    /// Where events are POSTed: an https URL.
    #[schema(min_length = 1, max_length = 2000, format = "uri")]
    url: Option<String>,
    /// Replaces the list of event types; every event when empty.
    #[schema(max_items = 50)]
    event_types: Option<Vec<String>>,
    #[schema(min_length = 1, max_length = 200, nullable)]
    description: Option<String>,
}

/// Subscribes a URL to the change feed's events (webhook).
///
/// Every event of the chosen types (`event_types`; every event when empty)
/// is POSTed to `url` as the feed shows it (`application/json`), one at a
/// time in feed order, from the feed's end (or after the cursor `after`).
/// Each request carries `X-Integra-Event-Id` (deduplicate by it: delivery is
/// at least once), `X-Integra-Event-Type`, `X-Integra-Delivery-Attempt` and
/// `X-Integra-Signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 with the
/// subscription's secret of the text `<t>.<body>`. Any answer but 2xx (or
/// none within 10 s) is retried with exponential backoff (10 s, doubled each
/// time, at most an hour); after 24 hours of failures the subscription is
/// disabled until enabled again by hand.
///
/// Only `https` URLs, never to loopback, private or link-local addresses
/// (host names are checked at every delivery), unless the server allows them
/// (`INTEGRA_WEBHOOK_ALLOW_INSECURE`, for tests and local use). For
/// administrators and service accounts with `events:read`; a service account
/// sees only its own subscriptions.
///
/// The secret is shown only in this answer (`Cache-Control: no-store`): a
/// retry with the same `Idempotency-Key` creates nothing and is a `409`
/// `idempotency_answer_withheld`.
#[utoipa::path(
    tag = "webhooks",
    request_body(content = WebhookInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Subscribed; the secret is shown only now", body = CreatedWebhook,
            headers(("Location" = String, description = "The subscription's path"), ("ETag" = String, description = "The version"),
                ("Cache-Control" = String, description = "no-store"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/webhooks")]
pub async fn create_webhook(
    call: Call,
    JsonBody(input): JsonBody<WebhookInput>,
) -> Result<HttpResponse, ApiError> {
    let made = webhooks::create(&call, input).await?;
    let mut answer = created(location(made.webhook.id), made.webhook.version, &made);
    // The secret is shown only now: kept by no cache, nor for a retry.
    answer.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(answer)
}

/// Lists the webhook subscriptions the caller reaches, oldest first.
///
/// For administrators, who get every subscription, and service accounts with
/// `events:read`, which get their own. Page with `cursor`/`limit`; the signing secrets
/// are never shown again.
#[utoipa::path(
    tag = "webhooks",
    params(PageQuery),
    responses((status = 200, description = "One page of subscriptions", body = WebhookPage))
)]
#[get("/webhooks")]
pub async fn list_webhooks(
    call: Call,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = webhooks::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a webhook subscription, with the state of its delivery.
///
/// `status` is `active` or `disabled` (with `disabled_reason`), `cursor` is how far it
/// has delivered, `failing_since` since when it fails and `next_attempt_at` when it tries
/// next. For administrators and service accounts with `events:read`; another account's
/// subscription is a `404`. The `ETag` is for `If-Match`.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "The subscription's id")),
    responses((status = 200, description = "The subscription", body = Webhook,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/webhooks/{id}")]
pub async fn get_webhook(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let webhook = webhooks::get(&call, path_id(&id)?).await?;
    Ok(versioned(webhook.version, &webhook))
}

/// Changes a webhook subscription's URL, event types or description.
///
/// A JSON merge patch, for administrators and service accounts with `events:read` on the
/// subscriptions they reach (another account's is a `404`). `url` and `event_types` are
/// checked as when subscribing (`422`), `event_types` replaces the list, and read-only
/// fields (`status`, `cursor`, `owner_id`, ...) may be sent only unchanged. An `If-Match`
/// that is not the current version is a `412`.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "The subscription's id"), IfMatch),
    request_body(content = WebhookPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed", body = Webhook,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/webhooks/{id}")]
pub async fn patch_webhook(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let webhook = webhooks::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(versioned(webhook.version, &webhook))
}

/// Deletes a webhook subscription and its delivery log: nothing more is sent.
///
/// For administrators and service accounts with `events:read`; a service account deletes
/// only its own subscriptions (another's is a `404`). The answer is a `204` with no body.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "The subscription's id")),
    responses((status = 204, description = "Deleted"))
)]
#[delete("/webhooks/{id}")]
pub async fn delete_webhook(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    webhooks::delete(&call, path_id(&id)?).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Enables a webhook subscription again, optionally redelivering after a cursor.
///
/// Use it after the subscription was disabled, or to deliver again every event after a
/// feed cursor (`{"after": "<cursor>"}`; `{}` goes on where delivery stopped; a value
/// that is not a feed cursor is a `422`). Its failures are forgotten and delivery starts
/// at once. For administrators and service accounts with `events:read`, on the
/// subscriptions they reach; an `If-Match` that is not the current version is a `412`.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "The subscription's id"), IfMatch),
    request_body(content = EnableInput, content_type = "application/json"),
    responses((status = 200, description = "Enabled", body = Webhook,
        headers(("ETag" = String, description = "The new version"))))
)]
#[post("/webhooks/{id}/enable")]
pub async fn enable_webhook(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<EnableInput>,
) -> Result<HttpResponse, ApiError> {
    let webhook = webhooks::enable(&call, path_id(&id)?, input, if_match.0).await?;
    Ok(versioned(webhook.version, &webhook))
}

/// Lists a webhook subscription's delivery attempts, newest first.
///
/// Each attempt gives the event, the attempt's number, its outcome, the receiver's
/// status, the latency and the error; attempts are kept 30 days. Page with
/// `cursor`/`limit` (the next page holds older attempts). For administrators and service
/// accounts with `events:read`, on the subscriptions they reach (another account's is a
/// `404`).
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "The subscription's id"), PageQuery),
    responses((status = 200, description = "One page of attempts", body = DeliveryPage))
)]
#[get("/webhooks/{id}/deliveries")]
pub async fn list_webhook_deliveries(
    call: Call,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = webhooks::deliveries(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}
