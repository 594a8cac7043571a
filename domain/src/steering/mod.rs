//! Steering and capacity building: the project around the Migration Division.
//! Trainings of officials (`training`), projects (`project`), their risks
//! (`risk`), results framework (`framework`: programme logic, indicators
//! bound to report figures or measured by hand), work plan (`activity`) and
//! committee meetings (`meeting`: decisions, action items), and the status
//! rule of the progress report (`progress`) so far; field surveys and the
//! progress report's printable page are to come (issue 14).

pub mod activity;
pub mod framework;
pub mod meeting;
pub mod progress;
pub mod project;
pub mod risk;
pub mod training;
