//! The change feed's events: what happened to which record, never what the
//! record says. Every write already names what it did in its audit entries
//! (`case.status_changed` on the case `id`); the feed's event of a write is
//! that entry under the feed's name for it, with the record's version and its
//! codes (a status, a type) when the write gives them.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// The record types whose writes are not domain events: accounts, webhook
/// subscriptions and the log itself (their changes concern the people who use integra, not the
/// records other systems follow).
const NOT_FOLLOWED: [&str; 4] = ["user", "service_account", "audit_log", "webhook"];

/// The feed's type of the event of the audit `action` on a record of
/// `record_type`; `None` for reads and the writes no one follows.
pub fn event_type(action: &str, record_type: &str) -> Option<String> {
    let is_read =
        action.ends_with(".read") || action.ends_with("_read") || action == "person.exported";
    if is_read || NOT_FOLLOWED.contains(&record_type) {
        return None;
    }
    Some(match action {
        "case.created" => "case.opened".to_owned(),
        "assessment.created" => "assessment.recorded".to_owned(),
        other => match other.strip_prefix("stay_abroad.") {
            Some(what) => format!("stay.{what}"),
            None => other.to_owned(),
        },
    })
}

/// The codes of a record that an event may carry: closed sets, never
/// personal values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"status": "approved", "type": "micro_business"}))]
pub struct Codes {
    /// The record's status after the change, for records that have one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The record's type or kind, for records that have one.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl Codes {
    pub fn status(status: impl Into<String>) -> Self {
        Self {
            status: Some(status.into()),
            kind: None,
        }
    }

    pub fn with_kind(mut self, kind: impl Into<String>) -> Self {
        self.kind = Some(kind.into());
        self
    }
}

/// An event about to be written with its change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub id: Uuid,
    pub event_type: String,
    pub record_type: &'static str,
    pub record_id: Uuid,
    pub version: Option<i64>,
    pub codes: Codes,
}

/// An event of the feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0",
    "cursor": "AAAAAAAAAAAAAAAAAAAAKg", "type": "assistance.approved",
    "occurred_at": "2026-03-02T10:15:00Z", "record_type": "assistance",
    "record_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10", "version": 2,
    "codes": {"status": "approved", "type": "micro_business"}}))]
pub struct Event {
    /// The event's own id: the same on every read of it (deduplicate by it).
    pub id: Uuid,
    /// Pass as `after` to read the events after this one.
    pub cursor: String,
    /// What happened: `person.created`, `case.status_changed`, ...
    #[serde(rename = "type")]
    pub event_type: String,
    /// When the change was committed (the write's time, to the second).
    pub occurred_at: DateTime<Utc>,
    /// The kind of the record changed (`person`, `case`, `assistance`, ...).
    pub record_type: String,
    pub record_id: Uuid,
    /// The record's version after the change; `null` when the write gives
    /// none (a deletion, a change of several records).
    pub version: Option<i64>,
    pub codes: Codes,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_accounts_are_not_events_and_some_writes_are_renamed() {
        assert_eq!(event_type("person.read", "person"), None);
        assert_eq!(event_type("case.assistance_read", "case"), None);
        assert_eq!(event_type("person.exported", "person"), None);
        assert_eq!(event_type("user.created", "user"), None);
        assert_eq!(
            event_type("case.created", "case").as_deref(),
            Some("case.opened")
        );
        assert_eq!(
            event_type("stay_abroad.deleted", "stay_abroad").as_deref(),
            Some("stay.deleted")
        );
        assert_eq!(
            event_type("assistance.approved", "assistance").as_deref(),
            Some("assistance.approved")
        );
        assert_eq!(
            event_type("assessment.created", "assessment").as_deref(),
            Some("assessment.recorded")
        );
    }
}
