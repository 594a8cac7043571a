//! A project's results framework: its programme logic (the project's
//! objective; outcomes; outputs under an outcome; assumptions, of the project
//! or of one of its elements) and indicators on the objective or any element,
//! each with a unit, a baseline, a target and a target date. An indicator is
//! either bound to a figure of a report (with the report's filters), so that
//! its actual value on any day is that figure over the project's days up to
//! then, or measured by hand (dated measurements; the actual value on a day is
//! the latest measurement up to then).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::project::TEXT_MAX_CHARS;
use crate::reintegration;
use crate::reports::{ReportFilter, ReportQuery};
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// What an element of the programme logic is.
    ElementKind {
        Outcome => "outcome",
        Output => "output",
        Assumption => "assumption",
    }
}

string_enum! {
    /// The reports an indicator can be bound to.
    ReportName {
        Reintegration => "reintegration",
        Overview => "overview",
        Integration => "integration",
        Labour => "labour",
        Capacity => "capacity",
    }
}

/// What an indicator bound to a figure that a report did not publish for the
/// period is worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Absent {
    /// A part found nowhere (a scheme's, an organisation's, a nationality's): zero.
    Zero,
    /// A mean or a share of nothing: no value.
    NoValue,
}

impl ReportName {
    /// The figures the report publishes only when there is something to
    /// publish: ids ending in `.` are prefixes of parts (`applications.scheme.`),
    /// the others whole ids (the capacity report's means).
    fn occasional(self) -> &'static [&'static str] {
        match self {
            Self::Reintegration | Self::Overview => &[],
            Self::Integration => &[
                "persons.nationality.",
                "services.provider.",
                "persons_served.provider.",
            ],
            Self::Labour => &[
                "applications.scheme.",
                "quota_used.scheme.",
                "quota.scheme.",
            ],
            Self::Capacity => &[
                "officials_trained.organisation.",
                "pre_test_mean",
                "post_test_mean",
                "improvement_mean",
                "improved_share",
            ],
        }
    }

    /// What the figure `id` is worth when the report did not publish it:
    /// `None` when the report never publishes such a figure.
    pub fn absent(self, id: &str) -> Option<Absent> {
        self.occasional().iter().find_map(|known| {
            if known.ends_with('.') {
                id.strip_prefix(known)
                    .is_some_and(|part| !part.is_empty())
                    .then_some(Absent::Zero)
            } else {
                (id == *known).then_some(Absent::NoValue)
            }
        })
    }
}

/// Longest code (`1.2`) and unit.
pub const CODE_MAX_CHARS: usize = 20;

/// Longest indicator name.
pub const NAME_MAX_CHARS: usize = 200;

/// An element of the programme logic as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"kind": "output", "parent_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1",
    "code": "1.1", "statement": "Counsellors of the division are trained in case management"}))]
pub struct ElementInput {
    #[schema(value_type = ElementKind)]
    pub kind: String,
    /// An output's outcome (required for outputs); an assumption's element
    /// (optional: without it, an assumption of the project); none for outcomes.
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    /// How the logframe numbers it (`1`, `1.1`, `A2`).
    #[schema(min_length = 1, max_length = 20, example = "1.1")]
    pub code: String,
    #[schema(min_length = 1, max_length = 2000)]
    pub statement: String,
}

/// A validated element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementFields {
    pub kind: ElementKind,
    pub parent_id: Option<Uuid>,
    pub code: String,
    pub statement: String,
}

impl ElementInput {
    /// Checks every field at once (whether the parent is of the right kind is
    /// checked against the stored elements).
    pub fn validate(&self) -> Result<ElementFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let kind = errors.check(ElementKind::parse("kind", &self.kind));
        match (kind, self.parent_id) {
            (Some(ElementKind::Output), None) => {
                errors.add(
                    "parent_id",
                    "required",
                    "an output is under an outcome: parent_id is required",
                );
            }
            (Some(ElementKind::Outcome), Some(_)) => {
                errors.add(
                    "parent_id",
                    "not_allowed",
                    "an outcome is under the project's objective: no parent_id",
                );
            }
            _ => {}
        }
        let code = errors.check(validation::text("code", &self.code, CODE_MAX_CHARS));
        let statement = errors.check(validation::text(
            "statement",
            &self.statement,
            TEXT_MAX_CHARS,
        ));
        match (kind, code, statement) {
            (Some(kind), Some(code), Some(statement)) if errors.is_empty() => Ok(ElementFields {
                kind,
                parent_id: self.parent_id,
                code,
                statement,
            }),
            _ => Err(errors),
        }
    }
}

/// An element of the programme logic as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "kind": "output",
    "parent_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1", "code": "1.1",
    "statement": "Counsellors of the division are trained in case management",
    "version": 1, "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}))]
pub struct Element {
    pub id: Uuid,
    pub project_id: Uuid,
    pub kind: ElementKind,
    pub parent_id: Option<Uuid>,
    pub code: String,
    pub statement: String,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The report figure an indicator follows, with the report's filters (the
/// period is the project's days up to the day asked for).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"report": "overview", "figure": "persons_assisted",
    "programme_id": null, "region": null, "sex": null, "age_band": null}))]
pub struct FigureBinding {
    #[schema(value_type = ReportName)]
    pub report: String,
    /// The figure's id in that report (`persons_assisted`, `improvement_mean`).
    #[schema(min_length = 1, max_length = 200, example = "persons_assisted")]
    pub figure: String,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub programme_id: Option<String>,
    #[serde(default)]
    #[schema(pattern = "^GE-[A-Z]{2}$")]
    pub region: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<crate::person::Sex>)]
    pub sex: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<crate::reports::AgeBand>)]
    pub age_band: Option<String>,
}

impl FigureBinding {
    /// The report and the filters for the period `from` .. `to`; errors under
    /// `figure.` fields.
    pub fn filter(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(ReportName, ReportFilter), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let report = errors.check(ReportName::parse("figure.report", &self.report));
        errors.check(validation::text(
            "figure.figure",
            &self.figure,
            NAME_MAX_CHARS,
        ));
        let query = ReportQuery {
            from: Some(from.to_string()),
            to: Some(to.max(from).to_string()),
            programme_id: self.programme_id.clone(),
            region: self.region.clone(),
            sex: self.sex.clone(),
            age_band: self.age_band.clone(),
        };
        let filter = match query.validate() {
            Ok(filter) => Some(filter),
            Err(wrong) => {
                for e in wrong.0 {
                    errors.add(
                        format!("figure.{}", e.field),
                        &e.code,
                        format!("figure.{}", e.message),
                    );
                }
                None
            }
        };
        match (report, filter) {
            (Some(report), Some(filter)) if errors.is_empty() => Ok((report, filter)),
            _ => Err(errors),
        }
    }
}

/// An indicator as a client records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"element_id": null, "name": "Persons given reintegration assistance",
    "unit": "persons", "baseline": 0, "target": 1200, "target_date": "2027-12-31",
    "figure": {"report": "overview", "figure": "persons_assisted"}}))]
pub struct IndicatorInput {
    /// The element it measures; `null` for the project's objective.
    #[serde(default)]
    pub element_id: Option<Uuid>,
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(min_length = 1, max_length = 20, example = "persons")]
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    #[schema(value_type = String, format = Date, example = "2027-12-31")]
    pub target_date: String,
    /// The report figure it follows; absent or `null` when measured by hand.
    #[serde(default)]
    pub figure: Option<FigureBinding>,
}

/// A validated indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorFields {
    pub element_id: Option<Uuid>,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub target_date: NaiveDate,
    pub figure: Option<FigureBinding>,
}

/// A finite number.
fn number(field: &str, value: f64) -> Result<f64, FieldError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(FieldError::new(
            field,
            "invalid_value",
            format!("{field} must be a number"),
        ))
    }
}

impl IndicatorInput {
    /// Checks every field at once (the figure's filters over `from` .. `to`).
    pub fn validate(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<IndicatorFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check(validation::text("name", &self.name, NAME_MAX_CHARS));
        let unit = errors.check(validation::text("unit", &self.unit, CODE_MAX_CHARS));
        let baseline = errors.check(number("baseline", self.baseline));
        let target = errors.check(number("target", self.target));
        if baseline.is_some() && baseline == target {
            errors.add(
                "target",
                "same_as_baseline",
                "target must differ from baseline",
            );
        }
        let target_date = errors.check(reintegration::date("target_date", &self.target_date));
        if let Some(binding) = &self.figure {
            if let Err(wrong) = binding.filter(from, to) {
                errors.0.extend(wrong.0);
            }
        }
        match (name, unit, baseline, target, target_date) {
            (Some(name), Some(unit), Some(baseline), Some(target), Some(target_date))
                if errors.is_empty() =>
            {
                Ok(IndicatorFields {
                    element_id: self.element_id,
                    name,
                    unit,
                    baseline,
                    target,
                    target_date,
                    figure: self.figure.clone(),
                })
            }
            _ => Err(errors),
        }
    }
}

/// An indicator's actual value on a day.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"as_of": "2026-12-01", "value": 812, "measured_on": null}))]
pub struct Actual {
    #[schema(value_type = String, format = Date)]
    pub as_of: NaiveDate,
    /// The figure's value over the project's days up to `as_of`, or the
    /// latest measurement up to then; `null` when there is none yet (or, for
    /// a monitor, when the figure is a small cell).
    pub value: Option<f64>,
    /// For an indicator measured by hand: the day of that measurement.
    #[schema(value_type = Option<String>, format = Date)]
    pub measured_on: Option<NaiveDate>,
}

/// An indicator as the API shows it, with its actual value on a day.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "element_id": null,
    "name": "Persons given reintegration assistance", "unit": "persons",
    "baseline": 0, "target": 1200, "target_date": "2027-12-31",
    "figure": {"report": "overview", "figure": "persons_assisted", "programme_id": null,
        "region": null, "sex": null, "age_band": null},
    "actual": {"as_of": "2026-12-01", "value": 812, "measured_on": null},
    "version": 1, "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}))]
pub struct Indicator {
    pub id: Uuid,
    pub project_id: Uuid,
    pub element_id: Option<Uuid>,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    #[schema(value_type = String, format = Date)]
    pub target_date: NaiveDate,
    /// The report figure it follows; `null` when measured by hand.
    pub figure: Option<FigureBinding>,
    pub actual: Option<Actual>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A measurement of an indicator measured by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"measured_on": "2026-11-15", "value": 64.5,
    "source": "Sustainability survey, wave 2", "note": "Returnees still in business after a year"}))]
pub struct MeasurementInput {
    /// Not in the future.
    #[schema(value_type = String, format = Date, example = "2026-11-15")]
    pub measured_on: String,
    pub value: f64,
    #[schema(min_length = 1, max_length = 200)]
    pub source: String,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 2000)]
    pub note: Option<String>,
}

/// A validated measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementFields {
    pub measured_on: NaiveDate,
    pub value: f64,
    pub source: String,
    pub note: Option<String>,
}

impl MeasurementInput {
    /// Checks every field at once; the day against `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<MeasurementFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let measured_on = errors.check(validation::past_date(
            "measured_on",
            &self.measured_on,
            today,
        ));
        let value = errors.check(number("value", self.value));
        let source = errors.check(validation::text("source", &self.source, NAME_MAX_CHARS));
        let note = self
            .note
            .as_deref()
            .and_then(|n| errors.check(validation::text("note", n, TEXT_MAX_CHARS)));
        match (measured_on, value, source) {
            (Some(measured_on), Some(value), Some(source)) if errors.is_empty() => {
                Ok(MeasurementFields {
                    measured_on,
                    value,
                    source,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A measurement as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd2",
    "indicator_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1", "measured_on": "2026-11-15",
    "value": 64.5, "source": "Sustainability survey, wave 2", "note": null,
    "created_at": "2026-11-16T09:00:00Z"}))]
pub struct Measurement {
    pub id: Uuid,
    pub indicator_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub measured_on: NaiveDate,
    pub value: f64,
    pub source: String,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_output_is_under_an_outcome_and_an_outcome_under_nothing() {
        let input = |kind: &str, parent: Option<Uuid>| ElementInput {
            kind: kind.into(),
            parent_id: parent,
            code: "1".into(),
            statement: "Staff are trained".into(),
        };
        assert!(input("outcome", None).validate().is_ok());
        assert!(input("assumption", None).validate().is_ok());
        assert_eq!(
            input("output", None).validate().unwrap_err().0[0].code,
            "required"
        );
        assert_eq!(
            input("outcome", Some(Uuid::now_v7()))
                .validate()
                .unwrap_err()
                .0[0]
                .code,
            "not_allowed"
        );
    }

    #[test]
    fn a_figure_a_report_did_not_publish_is_zero_or_has_no_value() {
        assert_eq!(
            ReportName::Labour.absent("applications.scheme.0193"),
            Some(Absent::Zero)
        );
        assert_eq!(ReportName::Labour.absent("applications.scheme."), None);
        assert_eq!(
            ReportName::Capacity.absent("improvement_mean"),
            Some(Absent::NoValue)
        );
        assert_eq!(ReportName::Overview.absent("persons_pleased"), None);
    }

    #[test]
    fn a_figure_binding_takes_the_reports_filters() {
        let binding = FigureBinding {
            report: "overview".into(),
            figure: "persons_assisted".into(),
            programme_id: None,
            region: Some("GE-TB".into()),
            sex: Some("female".into()),
            age_band: None,
        };
        let (report, filter) = binding
            .filter(day("2025-01-01"), day("2026-12-01"))
            .unwrap();
        assert_eq!(
            (report, filter.region.as_deref()),
            (ReportName::Overview, Some("GE-TB"))
        );
        let wrong = FigureBinding {
            report: "budget".into(),
            sex: Some("x".into()),
            ..binding
        };
        let fields: Vec<String> = wrong
            .filter(day("2025-01-01"), day("2026-12-01"))
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["figure.report", "figure.sex"]);
    }
}
