//! Black-box tests of the HTTP API: the real server on a random port, on SQLite
//! and on PostgreSQL.

// Tests fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod access;
mod applications;
mod assistance;
mod audit;
mod auth;
mod authorization;
mod backup;
mod budget_race;
mod candidates;
mod cases;
mod check_order;
mod cli;
mod clients;
mod contacts;
mod disclosure;
mod eligibility;
mod erasure;
mod events;
mod faults;
mod follow_ups;
mod hostile;
mod households;
mod idempotency;
mod imports;
mod integration;
mod jobseekers;
mod journey;
mod metrics;
mod name_search;
mod object_access;
mod openapi;
mod overview;
mod persons;
mod placements_and_enterprises;
mod platform;
mod population;
mod postgres_outage;
mod privacy;
mod programmes;
mod progress_page;
mod readme;
mod referrals;
mod reintegration_fixtures;
mod report_returns;
mod reports;
mod schemes;
mod service_records;
mod sign_in_throttle;
mod stays;
mod steering;
mod surveys;
mod token_validity;
mod trainings;
mod tutorials;
mod two_nodes_soak;
mod webhooks;
