//! HTTP plumbing shared by every route: request context, bodies, preconditions,
//! paging, idempotency and the answers for unknown routes.

pub mod body;
pub mod client_address;
pub mod context;
pub mod idempotency;
pub mod metrics;
pub mod preconditions;
pub mod problem_pages;
pub mod routing;

/// Largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 64 * 1024;
