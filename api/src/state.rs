//! What every request handler shares: the database, the audit writer, the token
//! keys. The use cases (`crate::services`) reach the database through it.

use integra_persistence::audit_writer::AuditWriter;
use integra_persistence::Db;

use crate::auth::principal::Standing;
use crate::auth::Tokens;
use crate::config::SignInLimit;
use crate::http::metrics::Metrics;

pub struct AppState {
    pub db: Db,
    pub tokens: Tokens,
    pub metrics: Metrics,
    /// Whether token holders may still act (deactivation), briefly remembered.
    pub standing: Standing,
    pub sign_in_limit: SignInLimit,
    /// Commits the audit entries of reads, many requests per transaction.
    pub audit: AuditWriter,
    /// How long the answers of idempotent requests are kept.
    pub idempotency_retention: chrono::Duration,
}
