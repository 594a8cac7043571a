//! Black-box tests of the HTTP API: the real server on a random port, on SQLite
//! and on PostgreSQL.

// Tests fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod access;
mod auth;
mod cli;
mod households;
mod idempotency;
mod openapi;
mod persons;
mod platform;
mod readme;
mod stays;
