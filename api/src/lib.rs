//! The HTTP API and command line of integra.

pub mod auth;
pub mod backup;
pub mod bootstrap;
pub mod cli;
pub mod config;
pub mod demo;
pub mod error;
pub mod http;
pub mod import_command;
pub mod logging;
pub mod messages;
pub mod openapi;
pub mod population;
pub mod problem;
pub mod routes;
pub mod seed;
pub mod server;
pub mod services;
#[cfg(test)]
mod source_files;
pub mod state;
pub mod webhooks;
