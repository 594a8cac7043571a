//! Field research: questionnaires (versioned by edition, never changed once
//! published), the responses collected with them (each optionally linked to a
//! person of the registry, else anonymous), and the aggregates per question
//! that the committee reads, small cells suppressed for monitors.

pub mod aggregate;
pub mod questionnaire;
pub mod response;
pub mod seeded;
