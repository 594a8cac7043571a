//! Legal outbound labour migration: jobseekers and what they bring (education,
//! occupations, languages, certificates, experience, preferences). Schemes,
//! vacancies, matching and applications build on these profiles.

pub mod jobseeker;
pub mod matching;
pub mod scheme;
pub mod schemes;
pub mod vacancy;
