//! The audit log, read-only and for admins: every write and every read of
//! personal data, with who, what, which record, when and the request id.

use chrono::{DateTime, Utc};
use integra_domain::access::Access;
use integra_domain::audit::AuditRecord;
use integra_domain::error::RecordKind;
use integra_domain::{validation, Error, ValidationErrors};
use integra_persistence::audit::AuditEntry;
use integra_persistence::audit_log::{self, AuditFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::{self, paging, Call, ReadSize};

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

impl AuditQuery {
    /// The page size and cursor (their errors first), then the filter.
    fn validate(self) -> Result<(AuditFilter, i64, Option<Uuid>), Error> {
        let (limit, after) = paging::params(self.limit, self.cursor.as_deref())?;
        let mut errors = ValidationErrors::new();
        let action = self
            .action
            .as_deref()
            .and_then(|a| errors.check(validation::text("action", a, 100)));
        let record_type = self
            .record_type
            .as_deref()
            .and_then(|r| errors.check(validation::text("record_type", r, 100)));
        let filter = errors.finish(|| AuditFilter {
            actor_id: self.actor_id,
            action,
            record_type,
            record_id: self.record_id,
            subject: None,
            from: self.from,
            to: self.to,
        })?;
        Ok((filter, limit, after))
    }
}

impl AuditPage {
    /// The page of `items` that was asked for `limit` entries.
    pub(crate) fn of(items: Vec<AuditRecord>, limit: i64) -> Self {
        let next_cursor = paging::next_cursor(items.iter().map(|e| e.id), limit);
        Self { items, next_cursor }
    }
}

/// Lists the audit log, oldest first. The log tells who read whose data: reading
/// it is recorded too (`audit_log.read`).
pub async fn list(call: &Call, query: AuditQuery) -> Result<AuditPage, Error> {
    call.reach(RecordKind::AuditLog, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let entry = AuditEntry {
        record_id: None,
        ..call.entry("audit_log.read", RecordKind::AuditLog, Uuid::nil())
    };
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        Ok((audit_log::list(c, &filter, after, limit)?, vec![entry]))
    })
    .await?;
    Ok(AuditPage::of(items, limit))
}
