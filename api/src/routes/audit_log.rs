//! The audit log, read-only: every write and every read of personal data, with
//! who, what, which record, when and the request id.

use actix_web::{get, web, HttpResponse};
use integra_domain::access::Permission;
use integra_persistence::audit_log::AuditFilter;
use integra_persistence::persons;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::routes::path_id;
use crate::services::audit_log::{self, AuditPage, AuditQuery};
use crate::services::paging;
use crate::state::AppState;

pub fn configure(config: &mut ServiceConfig) {
    config.service(list_audit_log).service(person_access_log);
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
    responses((status = 200, description = "One page of the audit log", body = AuditPage))
)]
#[get("/audit-log")]
pub async fn list_audit_log(
    actor: Principal,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(audit_log::list(&state, &actor, query.into_inner()).await?))
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
            integra_persistence::audit_log::list(c, &filter, after, limit)
        })
        .await?;
    Ok(HttpResponse::Ok().json(AuditPage::of(items, limit)))
}
