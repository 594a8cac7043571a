//! The change feed: `/events`. The handler parses the request and calls the
//! use case of [`crate::services::events`].

use actix_web::{get, web, HttpResponse};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::services::events::{self, EventPage, EventQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config.service(list_events);
}

/// Reads the change feed: every domain event after a cursor, in commit order.
///
/// The events include `person.created`, `person.updated`, `person.erased`, `stay.*`,
/// `household.created`, `case.opened`, `case.status_changed`, `assessment.recorded`,
/// `assistance.proposed|approved|rejected|delivered|cancelled`, `referral.*`,
/// `follow_up.recorded`, and the other streams' events. Page on with `after` (the
/// previous `next_cursor`, never `null`), `limit` (1 to 10000, 100 by default) and
/// `types` (comma-separated).
///
/// Each event names the record changed, with its version after the change
/// and its codes (status, type); never personal data: read the record for
/// that, with the permission it needs. An event is written in the
/// transaction of its change: none for a change rolled back, none lost or
/// seen twice across writers on several nodes. `wait=N` waits up to N
/// seconds (at most 30) for the next event when there is none yet. For
/// administrators and service accounts with the scope `events:read`.
#[utoipa::path(
    tag = "events",
    params(EventQuery),
    responses((status = 200, description = "One page of events", body = EventPage))
)]
#[get("/events")]
pub async fn list_events(
    call: Call,
    query: web::Query<EventQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = events::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}
