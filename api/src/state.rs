//! What every request handler shares: the database, the audit writer, the token
//! keys. The use cases (`crate::services`) reach the database through it.

use integra_persistence::audit_writer::AuditWriter;
use integra_persistence::Db;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::sync::Semaphore;

use crate::auth::principal::Standing;
use crate::auth::Tokens;
use crate::config::SignInLimit;
use crate::http::client_address::TrustedProxies;
use crate::http::metrics::Metrics;

pub struct AppState {
    pub db: Db,
    pub tokens: Tokens,
    pub metrics: Metrics,
    /// Whether token holders may still act (deactivation), briefly remembered.
    pub standing: Standing,
    pub sign_in_limit: SignInLimit,
    /// Permits for password checks and hashes (argon2), so that a flood of
    /// sign-ins cannot take every core.
    pub password_hashing: Arc<Semaphore>,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: TrustedProxies,
    /// When this node last removed spent sign-in failure rows.
    pub throttle_purged: Mutex<Option<Instant>>,
    /// Commits the audit entries of reads, many requests per transaction.
    pub audit: AuditWriter,
    /// How long the answers of idempotent requests are kept.
    pub idempotency_retention: chrono::Duration,
    /// Every jobseeker's matching facts, kept up to date for ranking candidates.
    pub matching: Arc<integra_persistence::matching::Index>,
    /// Woken when this node commits events, so that long-polls of the change
    /// feed answer at once (other nodes' commits are found by polling).
    pub feed: Arc<tokio::sync::Notify>,
    /// The bulk imports running on this node, with their progress.
    pub imports: crate::services::imports::Running,
    /// The largest file a bulk import takes, in bytes.
    pub import_body_limit: usize,
    /// Where webhooks may deliver, and how they retry.
    pub webhooks: crate::config::WebhookSettings,
}
