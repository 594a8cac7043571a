//! Steering and capacity building: the project around the Migration Division.
//! Trainings of officials (`training`) so far; the results framework, risks,
//! committee meetings and field surveys are to come (issue 14).

pub mod training;
