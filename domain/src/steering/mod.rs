//! Steering and capacity building: the project around the Migration Division.
//! Trainings of officials (`training`), projects (`project`) and their risks
//! (`risk`) so far; the results framework, work plan, committee meetings and
//! field surveys are to come (issue 14).

pub mod project;
pub mod risk;
pub mod training;
