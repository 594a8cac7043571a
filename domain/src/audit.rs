//! The audit log as the API shows it.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// One recorded read or change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "occurred_at": "2026-01-31T09:00:00Z",
    "actor_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "action": "person.read", "record_type": "person",
    "record_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "request_id": "3f0c2a8e-1d2b-4c5e-9f00-5a1b2c3d4e5f"}))]
pub struct AuditRecord {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    /// The user or service account; `null` for the system itself.
    pub actor_id: Option<Uuid>,
    /// What happened: `person.read`, `person.created`, `case.status_changed`, ...
    pub action: String,
    pub record_type: String,
    pub record_id: Option<Uuid>,
    /// The `X-Request-Id` of the request that did it.
    pub request_id: Option<String>,
}
