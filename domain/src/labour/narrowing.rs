//! What the hard requirements of a match ask of the profile's own numbers and
//! the date of birth, as ranges that narrow the jobseekers cheaply before the
//! rule engine decides ([`Narrowing`]). The ranges are necessary,
//! never sufficient: a jobseeker outside them fails a hard requirement, one
//! inside may still fail one. Only comparisons of `age_years`, `isced_level`
//! and `experience_months` directly under a required rule (or under `all` of
//! one) narrow; anything else (`any`, `not`, other facts) narrows nothing.

use chrono::{Days, Months, NaiveDate};

use crate::eligibility::condition::{Comparison, Condition, Literal, Op};
use crate::eligibility::facts::FactName;
use crate::eligibility::rules::RuleSet;

/// An inclusive range of whole numbers; `None` ends are open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Range {
    pub min: Option<i64>,
    pub max: Option<i64>,
}

impl Range {
    fn narrow(&mut self, op: Op, value: i64) {
        let (min, max) = match op {
            Op::Eq => (Some(value), Some(value)),
            Op::Ge => (Some(value), None),
            Op::Gt => (value.checked_add(1), None),
            Op::Le => (None, Some(value)),
            Op::Lt => (None, value.checked_sub(1)),
            _ => (None, None),
        };
        if let Some(min) = min {
            self.min = Some(self.min.map_or(min, |m| m.max(min)));
        }
        if let Some(max) = max {
            self.max = Some(self.max.map_or(max, |m| m.min(max)));
        }
    }

    /// Whether `value` is within it.
    pub fn contains(self, value: i64) -> bool {
        self.min.is_none_or(|min| value >= min) && self.max.is_none_or(|max| value <= max)
    }

    fn is_open(self) -> bool {
        self.min.is_none() && self.max.is_none()
    }
}

/// The ranges the hard requirements allow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Narrowing {
    pub isced_level: Range,
    pub experience_months: Range,
    pub age_years: Range,
}

/// Dates of birth, as `(after, until)`: born after the first (when given) and
/// on or before the second (when given).
pub type Births = (Option<NaiveDate>, Option<NaiveDate>);

impl Narrowing {
    /// The narrowing of the hard requirements of `rule_sets`.
    pub fn of(rule_sets: &[&RuleSet]) -> Self {
        let mut narrowing = Self::default();
        for rule in rule_sets.iter().flat_map(|r| r.rules()) {
            if rule.required() {
                narrowing.add(rule.condition());
            }
        }
        narrowing
    }

    fn add(&mut self, condition: &Condition) {
        match condition {
            Condition::All(all) => all.iter().for_each(|c| self.add(c)),
            Condition::Compare(comparison) => self.compare(comparison),
            Condition::Any(_) | Condition::Not(_) => {}
        }
    }

    fn compare(&mut self, comparison: &Comparison) {
        let Literal::Integer(value) = comparison.value() else {
            return;
        };
        let range = match comparison.fact() {
            FactName::IscedLevel => &mut self.isced_level,
            FactName::ExperienceMonths => &mut self.experience_months,
            FactName::AgeYears => &mut self.age_years,
            _ => return,
        };
        range.narrow(comparison.op(), *value);
    }

    /// Whether it narrows anything.
    pub fn narrows(&self) -> bool {
        !(self.isced_level.is_open()
            && self.experience_months.is_open()
            && self.age_years.is_open())
    }

    /// The dates of birth of the ages allowed on `on`, widened by a day each
    /// way (the engine decides the edges); `None` when age is not narrowed.
    /// Someone aged at least `min` was born on or before `on` less `min`
    /// years; someone aged at most `max` was born after `on` less `max + 1`
    /// years.
    pub fn births(&self, on: NaiveDate) -> Option<Births> {
        if self.age_years.is_open() {
            return None;
        }
        let years_before = |years: i64| {
            u32::try_from(years.clamp(0, 200))
                .ok()
                .and_then(|y| on.checked_sub_months(Months::new(y * 12)))
        };
        let until = self
            .age_years
            .min
            .and_then(years_before)
            .and_then(|d| d.checked_add_days(Days::new(1)));
        let after = self
            .age_years
            .max
            .and_then(|max| years_before(max.saturating_add(1)))
            .and_then(|d| d.checked_sub_days(Days::new(1)));
        Some((after, until))
    }

    /// Whether a jobseeker with this education level, experience and date of
    /// birth is within the ranges, `births` being [`Narrowing::births`] of the
    /// day (someone without a date of birth is not, when age is narrowed).
    pub fn admits(
        &self,
        isced_level: i64,
        experience_months: i64,
        born: Option<NaiveDate>,
        births: Option<Births>,
    ) -> bool {
        self.isced_level.contains(isced_level)
            && self.experience_months.contains(experience_months)
            && births.is_none_or(|(after, until)| {
                born.is_some_and(|born| {
                    after.is_none_or(|after| born > after)
                        && until.is_none_or(|until| born <= until)
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eligibility::facts::age_years;

    fn rules(json: serde_json::Value) -> RuleSet {
        RuleSet::parse(&json).unwrap()
    }

    fn rule(id: &str, required: bool, condition: serde_json::Value) -> serde_json::Value {
        let reason = serde_json::json!({"ka": "x", "en": "x"});
        serde_json::json!({"id": id, "name": {"ka": id, "en": id}, "required": required,
            "condition": condition,
            "reasons": {"passed": reason, "failed": reason, "not_evaluable": reason}})
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn hard_ranges_narrow_and_soft_or_alternative_ones_do_not() {
        let set = rules(serde_json::json!({"rules": [
            rule("age", true, serde_json::json!({"all": [
                {"fact": "age_years", "op": "ge", "value": 25},
                {"fact": "age_years", "op": "le", "value": 45}]})),
            rule("school", true, serde_json::json!({"fact": "isced_level", "op": "gt", "value": 2})),
            rule("experience", false, serde_json::json!({"fact": "experience_months", "op": "ge", "value": 12})),
            rule("either", true, serde_json::json!({"any": [
                {"fact": "experience_months", "op": "ge", "value": 60},
                {"fact": "isced_level", "op": "ge", "value": 6}]})),
        ]}));
        let narrowing = Narrowing::of(&[&set]);
        assert_eq!(
            narrowing.isced_level,
            Range {
                min: Some(3),
                max: None
            }
        );
        assert_eq!(narrowing.experience_months, Range::default());
        assert_eq!(
            narrowing.age_years,
            Range {
                min: Some(25),
                max: Some(45)
            }
        );
        assert!(narrowing.narrows());
        let on = day("2026-12-06");
        let births = narrowing.births(on);
        assert!(births.is_some());
        // Every date of birth of an age the engine admits is inside.
        let mut born = day("1975-01-01");
        while born < day("2005-01-01") {
            let age = age_years(born, on);
            let inside = narrowing.admits(3, 0, Some(born), births);
            if (25..=45).contains(&age) {
                assert!(inside, "{born} aged {age}");
            }
            if !(24..=46).contains(&age) {
                assert!(!inside, "{born} aged {age}");
            }
            born = born.succ_opt().unwrap();
        }
        let born = Some(day("1990-05-01"));
        assert!(narrowing.admits(3, 0, born, births) && narrowing.admits(8, 500, born, births));
        assert!(
            !narrowing.admits(2, 0, born, births),
            "below the education asked"
        );
        assert!(!narrowing.admits(3, 0, None, births), "no date of birth");
        assert!(
            Narrowing::default().admits(0, 0, None, None),
            "nothing narrowed"
        );
    }
}
