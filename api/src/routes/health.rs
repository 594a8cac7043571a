//! Liveness and readiness, for load balancers and orchestrators.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
#[schema(example = json!({"status": "ok", "database": "postgres"}))]
pub struct Health {
    #[schema(example = "ok")]
    status: &'static str,
    /// The database backend, on readiness.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "sqlite")]
    database: Option<&'static str>,
}

/// Reports that the process is up.
///
/// Liveness for load balancers and orchestrators: answers `200` `{"status": "ok"}`
/// without touching the database. Needs no token.
#[utoipa::path(operation_id = "get_liveness", tag = "health", responses((status = 200, body = Health)))]
#[get("/health/live")]
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: "ok",
        database: None,
    })
}

/// Serves this node's Prometheus metrics.
///
/// Answers the Prometheus text format: requests by route pattern and status, latency,
/// database pool use. Needs no token: scrape it from inside the network; it names no
/// person.
#[utoipa::path(operation_id = "get_metrics", tag = "health", responses(
    (status = 200, description = "Prometheus text exposition format", body = String,
        content_type = "text/plain",
        example = "integra_http_requests_total{method=\"GET\",route=\"/api/v1/persons/{id}\",status=\"200\"} 42"),
))]
#[get("/metrics")]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.render(state.db.pool_state()))
}

/// Reports whether the process can serve: the database answers.
///
/// Readiness: pings the database (waiting at most two seconds for a connection) and
/// answers `200` with the backend's name in `database` (`sqlite` or `postgres`), or
/// `503` while the database is unreachable. Needs no token.
#[utoipa::path(operation_id = "get_readiness", tag = "health", responses(
    (status = 200, body = Health),
    (status = 503, response = crate::openapi::Unavailable),
))]
#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let backend = crate::services::health::ready(&state).await?;
    Ok(HttpResponse::Ok().json(Health {
        status: "ok",
        database: Some(backend),
    }))
}
