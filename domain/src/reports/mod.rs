//! Reports: aggregate figures of the records, for any period, exactly, and
//! without singling anyone out.
//!
//! The machinery every report shares:
//! - [`filter`]: the filters (period, programme, region, sex, age band);
//! - [`figures`]: figures with one-line definitions in Georgian and English,
//!   small-cell suppression for monitors (with secondary suppression over
//!   groups of figures that add up), and CSV;
//!
//! and one module per report ([`reintegration`], [`overview`], [`integration`], [`labour`]), which names its figures,
//! defines them, and lists its groups. A report is then: the database's exact
//! counts -> `Vec<Figure>` -> [`figures::disclose`] -> the report's JSON shape,
//! or [`figures::csv`].

pub mod capacity;
pub mod figures;
pub mod filter;
pub mod integration;
pub mod labour;
pub mod overview;
pub mod reintegration;

pub use figures::{Disclosure, Figure, Group, Value};
pub use filter::{AgeBand, Period, ReportFilter, ReportQuery};
