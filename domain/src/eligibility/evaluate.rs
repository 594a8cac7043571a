//! Evaluation of a rule set over a person's facts, with an explanation per rule.
//!
//! Every rule is evaluated (no short-circuit across rules). A rule's outcome is
//! three-valued; the person is eligible only if every required rule passed, so
//! an unknown fact never counts as passed. The result borrows the reasons from
//! the rule set and text facts from the [`Facts`]; it becomes JSON only when
//! serialised.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use utoipa::ToSchema;

use super::facts::{FactName, FactTable, FactValue, Facts};
use super::outcome::Outcome;
use super::rules::{Localised, RuleSet};

/// The outcome of a rule set for one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"eligible": false, "results": [
    {"rule_id": "adult", "outcome": "not_evaluable",
     "reason": {"ka": "პირის დაბადების თარიღი ან განცხადების თარიღი უცნობია.",
                "en": "The person's date of birth or the application date is not known."},
     "facts": {"age_years": null}},
    {"rule_id": "not_already_assisted", "outcome": "passed",
     "reason": {"ka": "პირს ამ პროგრამიდან გრანტი ადრე არ მიუღია.",
                "en": "The person has not received a grant from this programme before."},
     "facts": {"grants_received": 0}}]}))]
pub struct Assessment<'a> {
    /// Every required rule passed.
    pub eligible: bool,
    /// One result per rule, in the rule set's order.
    pub results: Vec<RuleResult<'a>>,
}

/// The outcome of one rule, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"rule_id": "migration_history", "outcome": "passed",
    "reason": {"ka": "პირი საზღვარგარეთ 12 თვეზე მეტი ხნით არალეგალურად იმყოფებოდა ან საზღვარგარეთ თავშესაფარი მოითხოვა ან მიიღო.",
               "en": "The person stayed abroad irregularly for more than 12 months, or applied for or was granted asylum abroad."},
    "facts": {"longest_irregular_stay": {"from": "2019-03-01", "to": "2025-05-20", "months": 74, "days": 19},
              "asylum_sought": false}}))]
pub struct RuleResult<'a> {
    #[schema(example = "migration_history")]
    pub rule_id: &'a str,
    pub outcome: Outcome,
    /// The rule's reason for this outcome.
    pub reason: &'a Localised,
    /// The facts the rule reads, by name; unknown ones are null.
    pub facts: UsedFacts<'a>,
}

/// The facts a rule read, with their values (`None` = unknown); a JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Default, ToSchema)]
#[schema(value_type = std::collections::BTreeMap<String, serde_json::Value>, example = json!({"citizenship": "GE", "residence_status": null}))]
pub struct UsedFacts<'a>(pub Vec<(FactName, Option<FactValue<'a>>)>);

impl<'a> UsedFacts<'a> {
    /// The value of `name`, if the rule read it and it is known.
    pub fn get(&self, name: FactName) -> Option<FactValue<'a>> {
        self.0
            .iter()
            .find(|(fact, _)| *fact == name)
            .and_then(|(_, value)| *value)
    }
}

impl Serialize for UsedFacts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name.as_str(), value)?;
        }
        map.end()
    }
}

impl RuleSet {
    /// Evaluates every rule over the facts (as of their `application_date`).
    pub fn evaluate<'a>(&'a self, facts: &'a Facts) -> Assessment<'a> {
        self.evaluate_table(&facts.table())
    }

    /// Evaluates every rule over already derived facts.
    pub fn evaluate_table<'a>(&'a self, facts: &FactTable<'a>) -> Assessment<'a> {
        let mut eligible = true;
        let results = self
            .rules
            .iter()
            .map(|rule| {
                let outcome = rule.condition.evaluate(facts);
                if rule.required && outcome != Outcome::Passed {
                    eligible = false;
                }
                RuleResult {
                    rule_id: &rule.id,
                    outcome,
                    reason: rule.reasons.for_outcome(outcome),
                    facts: UsedFacts(
                        rule.facts
                            .iter()
                            .map(|name| (*name, facts.get(*name)))
                            .collect(),
                    ),
                }
            })
            .collect();
        Assessment { eligible, results }
    }
}

impl<'a> Assessment<'a> {
    /// The result of the rule with this id.
    pub fn result(&self, rule_id: &str) -> Option<&RuleResult<'a>> {
        self.results.iter().find(|result| result.rule_id == rule_id)
    }

    /// The assessment as JSON, in the API's shape.
    pub fn to_json(&self) -> serde_json::Value {
        // Serialising plain maps, strings and numbers cannot fail.
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}
