//! Storage of integra: one diesel code path over SQLite or PostgreSQL.
//!
//! Repositories are plain functions over a [`DbConnection`]; [`Db`] hands out
//! connections and runs writes in transactions. Every call here blocks: the
//! API runs them on the blocking thread pool, never on a request worker.

pub mod activities;
pub mod applications;
pub mod assessments;
pub mod assistance;
pub mod audit;
pub mod audit_log;
pub mod audit_writer;
pub mod backup;
pub mod cases;
pub mod connection;
pub mod contacts;
pub mod counselling_sessions;
pub mod erasure;
pub mod error;
pub mod events;
pub mod follow_ups;
pub mod framework;
pub mod households;
pub mod idempotency;
pub mod imports;
pub mod integration_services;
pub mod jobseekers;
pub mod matching;
pub mod meetings;
pub mod migrations;
pub mod movements;
pub mod organisations;
pub mod orientation;
pub mod outreach_events;
pub mod persons;
pub mod placements;
pub mod population;
pub mod programmes;
pub mod projects;
pub mod referrals;
pub mod reports;
pub mod residence_permits;
mod rows;
pub mod rule_sets;
pub mod schema;
pub mod schemes;
pub mod social_enterprises;
pub mod stays;
pub mod surveys;
pub mod telemetry;
pub mod throttle;
pub mod trainings;
pub mod users;
pub mod vacancies;
pub mod webhooks;

pub use connection::{savepoint, Backend, DatabaseUrl, Db, DbConnection, PoolOptions};
pub use error::StoreError;
