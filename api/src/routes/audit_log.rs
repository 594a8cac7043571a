//! The audit log, read-only: every write and every read of personal data, with
//! who, what, which record, when and the request id.

use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use integra_domain::access::Permission;
use integra_domain::audit::AuditRecord;
use integra_persistence::audit_log::{self, AuditFilter};
use integra_persistence::persons;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::routes::path_id;
use crate::services::paging;
use crate::state::AppState;

pub fn configure(config: &mut ServiceConfig) {
    config.service(list_audit_log).service(person_access_log);
}

/// One page of the audit log.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "occurred_at": "2026-01-31T09:00:00Z",
    "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "action": "person.read", "record_type": "person",
    "record_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "request_id": "3f0c2a8e-1d2b-4c5e-9f00-5a1b2c3d4e5f"}],
    "next_cursor": null}))]
pub struct AuditPage {
    pub items: Vec<AuditRecord>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /audit-log`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// The user or service account.
    actor_id: Option<Uuid>,
    /// `person.read`, `person.created`, ...
    #[param(min_length = 1, max_length = 100)]
    action: Option<String>,
    /// `person`, `household`, `user`, ...
    #[param(min_length = 1, max_length = 100)]
    record_type: Option<String>,
    record_id: Option<Uuid>,
    /// From this moment on (RFC 3339).
    from: Option<DateTime<Utc>>,
    /// Before this moment (RFC 3339).
    to: Option<DateTime<Utc>>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Paging of a person's access log.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AccessLogQuery {
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

/// Lists the audit log, oldest first.
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, description = "One page of the audit log", body = AuditPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/audit-log")]
pub async fn list_audit_log(
    principal: Principal,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let (limit, after) = paging::params(query.limit, query.cursor.as_deref())?;
    let query = query.into_inner();
    let mut errors = integra_domain::ValidationErrors::new();
    let action = query
        .action
        .as_deref()
        .and_then(|a| errors.check(integra_domain::validation::text("action", a, 100)));
    let record_type = query
        .record_type
        .as_deref()
        .and_then(|r| errors.check(integra_domain::validation::text("record_type", r, 100)));
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let filter = AuditFilter {
        actor_id: query.actor_id,
        action,
        record_type,
        record_id: query.record_id,
        subject: None,
        from: query.from,
        to: query.to,
    };
    let items = state
        .read(move |c| audit_log::list(c, &filter, after, limit))
        .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|e| e.id), limit);
    Ok(HttpResponse::Ok().json(AuditPage { items, next_cursor }))
}

/// Who read or changed a person's data (the person, and their stays abroad, cases,
/// assessments, assistance items, referrals and follow-ups), and when (oldest first).
#[utoipa::path(
    tag = "audit",
    params(("id" = Uuid, Path, description = "The person's id"), AccessLogQuery),
    responses(
        (status = 200, description = "One page of the person's access log", body = AuditPage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons/{id}/access-log")]
pub async fn person_access_log(
    principal: Principal,
    state: web::Data<AppState>,
    id: web::Path<String>,
    query: web::Query<AccessLogQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let (limit, after) = paging::params(query.limit, query.cursor.as_deref())?;
    let filter = AuditFilter {
        subject: Some(id),
        ..AuditFilter::default()
    };
    let items = state
        .read(move |c| {
            if !persons::exists(c, id)? {
                return Err(integra_persistence::StoreError::NotFound);
            }
            audit_log::list(c, &filter, after, limit)
        })
        .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|e| e.id), limit);
    Ok(HttpResponse::Ok().json(AuditPage { items, next_cursor }))
}
