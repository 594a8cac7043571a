//! Steering and capacity building: the project around the Migration Division.
//! Trainings of officials (`training`), projects (`project`), their risks
//! (`risk`) and results framework (`framework`: programme logic, indicators
//! bound to report figures or measured by hand) so far; the work plan,
//! committee meetings, field surveys and the progress report are to come
//! (issue 14).

pub mod framework;
pub mod project;
pub mod risk;
pub mod training;
