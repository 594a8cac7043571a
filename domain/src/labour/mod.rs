//! Legal outbound labour migration: jobseekers and what they bring (education,
//! occupations, languages, certificates, experience, preferences), schemes,
//! vacancies, matching, applications and pre-departure orientation.

pub mod application;
pub mod jobseeker;
pub mod matching;
pub mod narrowing;
pub mod orientation;
pub mod scheme;
pub mod schemes;
pub mod vacancy;
