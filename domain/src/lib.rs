//! The pure rules of integra: the shapes of the registry, their validation and
//! the access policy. Nothing here does I/O; everything is testable without a
//! database or a server.

pub mod access;
pub mod audit;
pub mod codes;
pub mod contact;
pub mod counselling;
pub mod eligibility;
pub mod enums;
pub mod error;
pub mod events;
pub mod household;
pub mod import;
pub mod integration;
pub mod json;
pub mod labour;
pub mod localised;
pub mod money;
pub mod movement;
pub mod name_search;
pub mod organisation;
pub mod outreach;
pub mod paging;
pub mod person;
pub mod placement;
pub mod reintegration;
pub mod reports;
pub mod social_enterprise;
pub mod state_machine;
pub mod stay;
pub mod steering;
pub mod survey;
pub mod time;
pub mod user;
pub mod validation;
pub mod version;
pub mod webhook;

pub use error::Error;
pub use validation::{FieldError, ValidationErrors};
