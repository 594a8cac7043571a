//! Rule sets: named, localised rules, each with a condition and a reason per outcome.
//!
//! A [`RuleSet`] is only built by [`RuleSet::parse`] (see [`super::parse`]),
//! so every rule set in hand is valid and evaluates without error. It
//! serialises back to the same document.

use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::condition::Condition;
use super::facts::FactName;
use super::outcome::Outcome;
use crate::validation::ValidationErrors;

pub use crate::localised::Localised;

/// The explanation given for each outcome of a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Reasons {
    pub passed: Localised,
    pub failed: Localised,
    pub not_evaluable: Localised,
}

impl Reasons {
    /// The reason for `outcome`.
    pub fn for_outcome(&self, outcome: Outcome) -> &Localised {
        match outcome {
            Outcome::Passed => &self.passed,
            Outcome::Failed => &self.failed,
            Outcome::NotEvaluable => &self.not_evaluable,
        }
    }
}

/// One rule of a rule set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Rule {
    /// `^[a-z][a-z0-9_]{0,63}$`, unique in its rule set.
    #[schema(pattern = "^[a-z][a-z0-9_]{0,63}$", example = "adult")]
    pub(crate) id: String,
    pub(crate) name: Localised,
    /// Whether eligibility needs this rule passed.
    pub(crate) required: bool,
    /// `{"all": [..]}`, `{"any": [..]}`, `{"not": ..}` or `{"fact", "op", "value"}`.
    #[schema(value_type = Object, example = json!({"fact": "age_years", "op": "ge", "value": 18}))]
    pub(crate) condition: Condition,
    pub(crate) reasons: Reasons,
    /// The facts the condition reads, in order of appearance.
    #[serde(skip)]
    #[schema(ignore)]
    pub(crate) facts: Vec<FactName>,
}

impl Rule {
    /// Builds a rule from parts the parser has checked.
    pub(crate) fn new(
        id: String,
        name: Localised,
        required: bool,
        condition: Condition,
        reasons: Reasons,
    ) -> Self {
        let mut facts = Vec::new();
        condition.collect_facts(&mut facts);
        Self {
            id,
            name,
            required,
            condition,
            reasons,
            facts,
        }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn name(&self) -> &Localised {
        &self.name
    }

    pub fn required(&self) -> bool {
        self.required
    }

    pub fn condition(&self) -> &Condition {
        &self.condition
    }

    pub fn reasons(&self) -> &Reasons {
        &self.reasons
    }

    /// The facts the rule reads, each once, in order of appearance.
    pub fn facts(&self) -> &[FactName] {
        &self.facts
    }
}

/// A validated rule set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"rules": [{"id": "adult",
    "name": {"ka": "განცხადების დღისთვის 18 წლის ან უფროსი", "en": "18 or older on the application date"},
    "required": true, "condition": {"fact": "age_years", "op": "ge", "value": 18},
    "reasons": {"passed": {"ka": "განცხადების დღისთვის პირი 18 წლის ან უფროსია.", "en": "The person is 18 or older on the application date."},
        "failed": {"ka": "განცხადების დღისთვის პირს 18 წელი არ შესრულებია.", "en": "The person is under 18 on the application date."},
        "not_evaluable": {"ka": "პირის დაბადების თარიღი ან განცხადების თარიღი უცნობია.", "en": "The person's date of birth or the application date is not known."}}}]}))]
pub struct RuleSet {
    pub(crate) rules: Vec<Rule>,
}

impl RuleSet {
    /// Validates a rule set document, reporting every problem with its path.
    pub fn parse(document: &Value) -> Result<Self, ValidationErrors> {
        super::parse::rule_set(document)
    }

    /// Parses and validates a rule set document given as JSON text.
    pub fn from_json_str(text: &str) -> Result<Self, ValidationErrors> {
        let document: Value = serde_json::from_str(text).map_err(|error| {
            ValidationErrors::single("", "invalid_json", format!("not JSON: {error}"))
        })?;
        Self::parse(&document)
    }

    /// The rule set as a document that [`RuleSet::parse`] reads back unchanged.
    pub fn to_json(&self) -> Value {
        // Serialising plain maps, strings and numbers cannot fail.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }
}
