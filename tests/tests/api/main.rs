//! Black-box tests of the HTTP API: the real server on a random port, on SQLite
//! and on PostgreSQL.

// Tests fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod auth;
mod authorization;
mod cases;
mod cli;
mod eligibility;
mod households;
mod idempotency;
mod openapi;
mod persons;
mod platform;
mod programmes;
mod readme;
mod stays;
