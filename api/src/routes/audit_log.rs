//! The audit log, read-only: every write and every read of personal data, with
//! who, what, which record, when and the request id. A person's own access log is
//! one of their rights ([`crate::routes::rights`]).

use actix_web::{get, web, HttpResponse};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::services::audit_log::{self, AuditPage, AuditQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config.service(list_audit_log);
}

/// Lists the audit log, oldest first.
///
/// Returns one page of entries (who, what, which record, when, request id), filtered by
/// `actor_id`, `action`, `record_type`, `record_id` and a time span (`from`, `to`), with
/// cursor paging (`limit`, `cursor`). Administrators only; the log cannot be changed,
/// and reading it is itself recorded (`audit_log.read`).
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses((status = 200, description = "One page of the audit log", body = AuditPage))
)]
#[get("/audit-log")]
pub async fn list_audit_log(
    call: Call,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(audit_log::list(&call, query.into_inner()).await?))
}
