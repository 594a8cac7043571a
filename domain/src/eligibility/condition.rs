//! The condition language, compiled: a tree of `all` / `any` / `not` over typed
//! comparisons of a fact with a literal value.
//!
//! | fact type | facts | operators | value |
//! |---|---|---|---|
//! | text | `citizenship` | `eq`, `ne`, `in` | `"GE"`, `"stateless"` (`in`: a list) |
//! | enum | `residence_status` | `eq`, `ne`, `in` | a residence status (`in`: a list) |
//! | integer | `age_years`, `grants_received` | all | an integer (`in`: a list) |
//! | boolean | `asylum_sought` | `eq`, `ne` | `true` / `false` |
//! | date | `date_of_birth`, `application_date`, `last_return_date` | `eq` .. `ge` | `"YYYY-MM-DD"` |
//! | duration | `longest_irregular_stay`, `time_since_last_return` | `eq` .. `ge` | `{"months": 12}`, `{"days": 30}` |
//! | set | `irregular_stays_in`, `certificates`, `close_relatives_in`, `occupations` | `has` | `"IL"`, `"caregiver"`, `"5322"` |
//! | languages | `languages` | `has` | `{"language": "en", "min_level": "B1"}` |
//!
//! A duration fact is a span of calendar time and compares with its start plus
//! the value: `span gt {"months": 12}` holds when `start + 12 months < end`.
//! A comparison on an unknown fact is `not_evaluable`, whatever the operator.

use std::cmp::Ordering;

use chrono::NaiveDate;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::facts::{FactName, FactTable, FactType, FactValue};
use super::outcome::Outcome;
use crate::labour::jobseeker::CefrLevel;
use crate::person::ResidenceStatus;
use crate::string_enum;

string_enum! {
    /// A comparison operator.
    Op {
        Eq => "eq",
        Ne => "ne",
        Lt => "lt",
        Le => "le",
        Gt => "gt",
        Ge => "ge",
        In => "in",
        /// A set-valued fact has the value as a member (a language at the level or above).
        Has => "has",
    }
}

impl Op {
    /// Whether `actual.cmp(expected) == ordering` satisfies the operator
    /// (`in` is membership, decided elsewhere; here it means equality).
    pub fn holds(self, ordering: Ordering) -> bool {
        match self {
            Self::Eq | Self::In | Self::Has => ordering == Ordering::Equal,
            Self::Ne => ordering != Ordering::Equal,
            Self::Lt => ordering == Ordering::Less,
            Self::Le => ordering != Ordering::Greater,
            Self::Gt => ordering == Ordering::Greater,
            Self::Ge => ordering != Ordering::Less,
        }
    }
}

impl FactType {
    /// The operators a comparison on a fact of this type may use.
    pub fn operators(self) -> &'static [Op] {
        use Op::*;
        match self {
            Self::Text | Self::Enum => &[Eq, Ne, In],
            Self::Integer => &[Eq, Ne, Lt, Le, Gt, Ge, In],
            Self::Boolean => &[Eq, Ne],
            Self::Date | Self::Duration => &[Eq, Ne, Lt, Le, Gt, Ge],
            Self::Set | Self::Languages => &[Has],
        }
    }
}

/// A calendar duration: months are calendar months (a month after 31 January
/// is the last day of February), added before the days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDuration {
    pub months: u32,
    pub days: u32,
}

/// The value side of a comparison, of the compared fact's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Literal {
    Text(Box<str>),
    TextSet(Box<[Box<str>]>),
    Residence(ResidenceStatus),
    ResidenceSet(Box<[ResidenceStatus]>),
    Integer(i64),
    IntegerSet(Box<[i64]>),
    Boolean(bool),
    Date(NaiveDate),
    Duration(CalendarDuration),
    /// A member of a set-valued fact.
    Member(Box<str>),
    /// A language at a level or above.
    Language {
        language: Box<str>,
        min_level: CefrLevel,
    },
}

impl Literal {
    /// The fact type this literal compares with, and whether it is a list (for `in`).
    pub fn kind(&self) -> (FactType, bool) {
        match self {
            Self::Text(_) => (FactType::Text, false),
            Self::TextSet(_) => (FactType::Text, true),
            Self::Residence(_) => (FactType::Enum, false),
            Self::ResidenceSet(_) => (FactType::Enum, true),
            Self::Integer(_) => (FactType::Integer, false),
            Self::IntegerSet(_) => (FactType::Integer, true),
            Self::Boolean(_) => (FactType::Boolean, false),
            Self::Date(_) => (FactType::Date, false),
            Self::Duration(_) => (FactType::Duration, false),
            Self::Member(_) => (FactType::Set, false),
            Self::Language { .. } => (FactType::Languages, false),
        }
    }
}

/// Why a comparison cannot be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparisonError {
    /// The fact's type does not have this operator.
    OperatorNotAllowed,
    /// The value is not of the fact's type (or not a list for `in`).
    WrongValueType,
}

/// A well-typed comparison of a fact with a literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    fact: FactName,
    op: Op,
    value: Literal,
}

impl Comparison {
    /// A comparison, if `op` and `value` suit the fact's type.
    pub fn new(fact: FactName, op: Op, value: Literal) -> Result<Self, ComparisonError> {
        let fact_type = fact.fact_type();
        if !fact_type.operators().contains(&op) {
            return Err(ComparisonError::OperatorNotAllowed);
        }
        if value.kind() != (fact_type, op == Op::In) {
            return Err(ComparisonError::WrongValueType);
        }
        Ok(Self { fact, op, value })
    }

    pub fn fact(&self) -> FactName {
        self.fact
    }

    pub fn op(&self) -> Op {
        self.op
    }

    pub fn value(&self) -> &Literal {
        &self.value
    }

    /// Passed or failed on a known fact, not_evaluable on an unknown one.
    pub fn evaluate(&self, facts: &FactTable<'_>) -> Outcome {
        match facts.get(self.fact) {
            Some(actual) => holds(actual, self.op, &self.value)
                .map_or(Outcome::NotEvaluable, Outcome::from_bool),
            None => Outcome::NotEvaluable,
        }
    }
}

/// `None` only for a value of the wrong type, which a valid comparison never meets.
fn holds(actual: FactValue<'_>, op: Op, value: &Literal) -> Option<bool> {
    let result = match (actual, value) {
        (FactValue::Text(a), Literal::Text(b)) => op.holds(a.cmp(b)),
        (FactValue::Text(a), Literal::TextSet(set)) => set.iter().any(|b| **b == *a),
        (FactValue::Residence(a), Literal::Residence(b)) => op.holds((a == *b).cmp(&true)),
        (FactValue::Residence(a), Literal::ResidenceSet(set)) => set.contains(&a),
        (FactValue::Integer(a), Literal::Integer(b)) => op.holds(a.cmp(b)),
        (FactValue::Integer(a), Literal::IntegerSet(set)) => set.contains(&a),
        (FactValue::Boolean(a), Literal::Boolean(b)) => op.holds(a.cmp(b)),
        (FactValue::Date(a), Literal::Date(b)) => op.holds(a.cmp(b)),
        (FactValue::Duration(span), Literal::Duration(d)) => {
            op.holds(span.cmp_calendar(d.months, d.days))
        }
        (set, Literal::Member(member)) => return set.has(member),
        (
            FactValue::Languages(spoken),
            Literal::Language {
                language,
                min_level,
            },
        ) => spoken
            .iter()
            .any(|s| *s.language == **language && s.level.rank() >= min_level.rank()),
        _ => return None,
    };
    Some(result)
}

/// A condition tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Passed if every one passed (`all([])` is passed), failed if one failed.
    All(Vec<Condition>),
    /// Passed if one passed, failed if every one failed (`any([])` is failed).
    Any(Vec<Condition>),
    /// Swaps passed and failed.
    Not(Box<Condition>),
    Compare(Comparison),
}

impl Condition {
    /// Kleene evaluation.
    pub fn evaluate(&self, facts: &FactTable<'_>) -> Outcome {
        match self {
            Self::All(conditions) => {
                let mut outcome = Outcome::Passed;
                for condition in conditions {
                    outcome = outcome.and(condition.evaluate(facts));
                    if outcome == Outcome::Failed {
                        break;
                    }
                }
                outcome
            }
            Self::Any(conditions) => {
                let mut outcome = Outcome::Failed;
                for condition in conditions {
                    outcome = outcome.or(condition.evaluate(facts));
                    if outcome == Outcome::Passed {
                        break;
                    }
                }
                outcome
            }
            Self::Not(condition) => condition.evaluate(facts).negate(),
            Self::Compare(comparison) => comparison.evaluate(facts),
        }
    }

    /// Adds the facts this condition reads to `out`, each once, in order of appearance.
    pub fn collect_facts(&self, out: &mut Vec<FactName>) {
        match self {
            Self::All(conditions) | Self::Any(conditions) => {
                for condition in conditions {
                    condition.collect_facts(out);
                }
            }
            Self::Not(condition) => condition.collect_facts(out),
            Self::Compare(comparison) => {
                if !out.contains(&comparison.fact) {
                    out.push(comparison.fact);
                }
            }
        }
    }
}

impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self {
            Self::All(conditions) => map.serialize_entry("all", conditions)?,
            Self::Any(conditions) => map.serialize_entry("any", conditions)?,
            Self::Not(condition) => map.serialize_entry("not", condition)?,
            Self::Compare(comparison) => {
                map.serialize_entry("fact", comparison.fact.as_str())?;
                map.serialize_entry("op", comparison.op.as_str())?;
                map.serialize_entry("value", &comparison.value)?;
            }
        }
        map.end()
    }
}

impl Serialize for Literal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn list<S: Serializer, T: Serialize>(
            serializer: S,
            items: &[T],
        ) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(items.len()))?;
            for item in items {
                seq.serialize_element(item)?;
            }
            seq.end()
        }
        match self {
            Self::Text(text) => serializer.serialize_str(text),
            Self::TextSet(texts) => list(serializer, texts),
            Self::Residence(status) => serializer.serialize_str(status.as_str()),
            Self::ResidenceSet(statuses) => list(serializer, statuses),
            Self::Integer(value) => serializer.serialize_i64(*value),
            Self::IntegerSet(values) => list(serializer, values),
            Self::Boolean(value) => serializer.serialize_bool(*value),
            Self::Date(date) => serializer.collect_str(&date.format("%Y-%m-%d")),
            Self::Duration(duration) => duration.serialize(serializer),
            Self::Member(member) => serializer.serialize_str(member),
            Self::Language {
                language,
                min_level,
            } => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("language", language)?;
                map.serialize_entry("min_level", min_level.as_str())?;
                map.end()
            }
        }
    }
}

impl Serialize for CalendarDuration {
    /// `{"months": m}`, `{"days": d}` or both; a zero duration is `{"days": 0}`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if self.months > 0 {
            map.serialize_entry("months", &self.months)?;
        }
        if self.days > 0 || self.months == 0 {
            map.serialize_entry("days", &self.days)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eligibility::facts::Span;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn compare(fact: FactName, op: Op, value: Literal) -> Condition {
        Condition::Compare(Comparison::new(fact, op, value).unwrap())
    }

    #[test]
    fn comparisons_are_typed() {
        assert_eq!(
            Comparison::new(FactName::AsylumSought, Op::Lt, Literal::Boolean(true)),
            Err(ComparisonError::OperatorNotAllowed)
        );
        assert_eq!(
            Comparison::new(FactName::AgeYears, Op::Ge, Literal::Text("18".into())),
            Err(ComparisonError::WrongValueType)
        );
        assert_eq!(
            Comparison::new(FactName::AgeYears, Op::In, Literal::Integer(18)),
            Err(ComparisonError::WrongValueType)
        );
    }

    #[test]
    fn unknown_fact_is_not_evaluable_for_every_operator() {
        let table = FactTable::default();
        for op in FactType::Integer.operators() {
            let value = if *op == Op::In {
                Literal::IntegerSet(Box::new([0]))
            } else {
                Literal::Integer(0)
            };
            let condition = compare(FactName::GrantsReceived, *op, value);
            assert_eq!(condition.evaluate(&table), Outcome::NotEvaluable);
            assert_eq!(
                Condition::Not(Box::new(condition)).evaluate(&table),
                Outcome::NotEvaluable
            );
        }
    }

    #[test]
    fn durations_compare_in_calendar_months() {
        let mut table = FactTable::default();
        let gt_12_months = compare(
            FactName::LongestIrregularStay,
            Op::Gt,
            Literal::Duration(CalendarDuration {
                months: 12,
                days: 0,
            }),
        );
        let mut with_span = |from: &str, to: &str| {
            table.set(
                FactName::LongestIrregularStay,
                Some(FactValue::Duration(Span::Between {
                    from: date(from),
                    to: date(to),
                })),
            );
            gt_12_months.evaluate(&table)
        };
        assert_eq!(with_span("2023-03-10", "2024-03-10"), Outcome::Failed);
        assert_eq!(with_span("2023-03-10", "2024-03-11"), Outcome::Passed);
        // 29 February plus a year is 28 February.
        assert_eq!(with_span("2024-02-29", "2025-02-28"), Outcome::Failed);
        assert_eq!(with_span("2024-02-29", "2025-03-01"), Outcome::Passed);
    }

    #[test]
    fn serialises_to_the_document_form() {
        let condition = Condition::Any(vec![
            compare(FactName::Citizenship, Op::Eq, Literal::Text("GE".into())),
            Condition::Not(Box::new(compare(
                FactName::TimeSinceLastReturn,
                Op::Le,
                Literal::Duration(CalendarDuration {
                    months: 12,
                    days: 0,
                }),
            ))),
            compare(
                FactName::ResidenceStatus,
                Op::In,
                Literal::ResidenceSet(Box::new([ResidenceStatus::Refugee])),
            ),
            compare(
                FactName::DateOfBirth,
                Op::Lt,
                Literal::Date(date("2008-01-31")),
            ),
        ]);
        assert_eq!(
            serde_json::to_value(&condition).unwrap(),
            serde_json::json!({"any": [
                {"fact": "citizenship", "op": "eq", "value": "GE"},
                {"not": {"fact": "time_since_last_return", "op": "le", "value": {"months": 12}}},
                {"fact": "residence_status", "op": "in", "value": ["refugee"]},
                {"fact": "date_of_birth", "op": "lt", "value": "2008-01-31"}]})
        );
    }
}
