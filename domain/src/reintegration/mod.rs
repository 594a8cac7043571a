//! The reintegration stream: programmes and their catalogues, cases and their
//! life cycle, assistance with four-eyes approval and caps, referrals to
//! partners, and follow-ups that score reintegration sustainability.
//!
//! Everything here is pure: the persistence and HTTP layers read the facts
//! (current status, committed amounts, latest assessment) and ask these
//! functions whether a change is allowed.

pub mod assistance;
pub mod case;
pub mod follow_up;
pub mod programme;
pub mod referral;
