//! The eligibility rule engine: rules as data, evaluated over a person's facts.
//!
//! - [`facts`]: what is known about a person (every fact optional) and the facts
//!   derived from it (age, longest irregular stay, time since the last return, ...).
//! - [`condition`]: the typed condition language (`all`, `any`, `not`, comparisons).
//! - [`rules`] and [`parse`]: a rule set document, validated with every problem
//!   reported at once; a parsed rule set always evaluates.
//! - [`evaluate`]: three-valued (Kleene) evaluation with an explanation per rule.
//! - [`schema`]: the OpenAPI schema of a rule set document.
//! - [`default_rules`]: the five rules of Georgia's state reintegration programme.
//!
//! Pure: no I/O, no clock; the evaluation date is the facts' `application_date`.

pub mod condition;
pub mod default_rules;
pub mod evaluate;
pub mod facts;
pub mod outcome;
pub mod parse;
pub mod request;
pub mod rules;
pub mod schema;

#[cfg(test)]
mod proptests;

pub use condition::{CalendarDuration, Comparison, Condition, Literal, Op};
pub use default_rules::{default_rule_set, DEFAULT_RULE_SET_JSON};
pub use evaluate::{Assessment, RuleResult, UsedFacts};
pub use facts::{FactName, FactTable, FactType, FactValue, Facts, Span, StayFact};
pub use outcome::Outcome;
pub use request::{EligibilityRequest, Subject};
pub use rules::{Localised, Reasons, Rule, RuleSet};
