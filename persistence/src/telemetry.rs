//! What the store tells the server's metrics: how long requests wait for a pooled
//! connection (and how often they give up), and how each audit batch went. The
//! store knows nothing of Prometheus; the server implements [`Telemetry`] with
//! its metrics and hands it to [`crate::Db::open`] in [`crate::PoolOptions`].
//!
//! Each call is made on a hot path (every checkout, every audit batch): an
//! implementation must only count, never block.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Which of a database's pools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolName {
    /// Reads (and, on PostgreSQL, writes: one pool serves both).
    Read,
    /// SQLite's one writer.
    Write,
}

impl PoolName {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
        }
    }
}

/// One audit batch: the requests and entries it held, how long its
/// transaction took (reads run in it included), and whether it committed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AuditBatch {
    pub requests: usize,
    pub entries: usize,
    pub took: Duration,
    pub committed: bool,
}

/// Receives the store's measurements; every method does nothing by default.
pub trait Telemetry: Send + Sync + 'static {
    /// A connection was handed out after `waited`.
    fn pool_checkout(&self, _pool: PoolName, _waited: Duration) {}
    /// A request gave up waiting for a connection.
    fn pool_timeout(&self, _pool: PoolName) {}
    /// An audit batch ended.
    fn audit_batch(&self, _batch: AuditBatch) {}
}

/// Measures nothing: the CLI and tests that need no metrics.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unmeasured;

impl Telemetry for Unmeasured {}

/// A shared [`Telemetry`], cheap to clone.
#[derive(Clone)]
pub struct Measured(pub Arc<dyn Telemetry>);

impl Default for Measured {
    fn default() -> Self {
        Self(Arc::new(Unmeasured))
    }
}

impl fmt::Debug for Measured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Measured")
    }
}
