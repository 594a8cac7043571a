//! Validation of rule set documents: every problem is reported at once, each
//! with the path of the offending field (`rules[2].condition.any[0].value`)
//! and a stable code.
//!
//! | code | meaning |
//! |---|---|
//! | `invalid_json` | the text is not JSON (from [`RuleSet::from_json_str`]) |
//! | `wrong_type` | a field has the wrong JSON type (object, array, string, boolean) |
//! | `missing` | a required field is absent |
//! | `unknown_field` | a field the language does not have |
//! | `empty` | an empty rule list, text, `in` list or duration |
//! | `too_many` | more than 100 rules, list items or `in` values |
//! | `too_long` | a text longer than 2,000 characters |
//! | `too_deep` | conditions nested more than 16 deep |
//! | `invalid_id` | a rule id not matching `^[a-z][a-z0-9_]{0,63}$` |
//! | `duplicate_rule_id` | a rule id used twice |
//! | `invalid_condition` | a condition that is not exactly one of `all`, `any`, `not` or a comparison |
//! | `unknown_fact` | a fact name outside the closed set |
//! | `unknown_operator` | an operator outside `eq ne lt le gt ge in` |
//! | `operator_not_allowed` | an operator the fact's type does not have |
//! | `wrong_value_type` | a value not of the fact's type (or not a list for `in`) |
//! | `invalid_value` | a value of the right type but outside its domain |
//! | `invalid_citizenship` | a citizenship value neither ISO 3166-1 alpha-2 nor `stateless` |

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::condition::{CalendarDuration, Comparison, Condition, Literal, Op};
use super::facts::{FactName, FactType};
use super::rules::{Localised, Reasons, Rule, RuleSet};
use crate::codes;
use crate::labour::jobseeker::CefrLevel;
use crate::person::ResidenceStatus;
use crate::validation::ValidationErrors;

/// Most rules in a rule set, items in an `all`/`any` list, or values in an `in` list.
pub const MAX_ITEMS: usize = 100;
/// Deepest nesting of conditions.
pub const MAX_DEPTH: usize = 16;
/// Longest localised text, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Most months (100 years) or days (100 years) in a duration value.
const MAX_MONTHS: u64 = 1200;
const MAX_DAYS: u64 = 36_525;

/// See [`RuleSet::parse`].
pub(crate) fn rule_set(document: &Value) -> Result<RuleSet, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let rules = object(document, "", &mut errors)
        .and_then(|map| {
            check_keys(map, &["rules"], "", &mut errors);
            field(map, "rules", "", &mut errors)
        })
        .and_then(|rules| array(rules, "rules", &mut errors))
        .map(|items| {
            if items.is_empty() {
                errors.add("rules", "empty", "rules must list at least one rule");
            } else if items.len() > MAX_ITEMS {
                errors.add(
                    "rules",
                    "too_many",
                    format!("rules may list at most {MAX_ITEMS} rules"),
                );
            }
            let mut seen = HashSet::new();
            items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| {
                    let path = format!("rules[{index}]");
                    let rule = rule(item, &path, &mut errors)?;
                    if !seen.insert(rule.id().to_owned()) {
                        errors.add(
                            format!("{path}.id"),
                            "duplicate_rule_id",
                            format!("rule id {} is used more than once", rule.id()),
                        );
                    }
                    Some(rule)
                })
                .collect::<Vec<_>>()
        });
    errors.finish(|| RuleSet {
        rules: rules.unwrap_or_default(),
    })
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn object<'v>(
    value: &'v Value,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<&'v Map<String, Value>> {
    let map = value.as_object();
    if map.is_none() {
        errors.add(path, "wrong_type", format!("{path} must be an object"));
    }
    map
}

fn array<'v>(value: &'v Value, path: &str, errors: &mut ValidationErrors) -> Option<&'v [Value]> {
    let items = value.as_array().map(Vec::as_slice);
    if items.is_none() {
        errors.add(path, "wrong_type", format!("{path} must be an array"));
    }
    items
}

fn string<'v>(value: &'v Value, path: &str, errors: &mut ValidationErrors) -> Option<&'v str> {
    let text = value.as_str();
    if text.is_none() {
        errors.add(path, "wrong_type", format!("{path} must be a string"));
    }
    text
}

/// Reports every key of `map` outside `allowed`.
fn check_keys(
    map: &Map<String, Value>,
    allowed: &[&str],
    path: &str,
    errors: &mut ValidationErrors,
) {
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            let field = join(path, key);
            errors.add(
                &field,
                "unknown_field",
                format!(
                    "{field} is not allowed here; allowed: {}",
                    allowed.join(", ")
                ),
            );
        }
    }
}

/// The required field `key`, or a `missing` error.
fn field<'v>(
    map: &'v Map<String, Value>,
    key: &str,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<&'v Value> {
    let value = map.get(key);
    if value.is_none() {
        let field = join(path, key);
        errors.add(&field, "missing", format!("{field} is required"));
    }
    value
}

fn rule(value: &Value, path: &str, errors: &mut ValidationErrors) -> Option<Rule> {
    let map = object(value, path, errors)?;
    check_keys(
        map,
        &["id", "name", "required", "condition", "reasons"],
        path,
        errors,
    );
    let id = field(map, "id", path, errors).and_then(|id| rule_id(id, &join(path, "id"), errors));
    let name = field(map, "name", path, errors)
        .and_then(|name| localised(name, &join(path, "name"), errors));
    let required_path = join(path, "required");
    let required = field(map, "required", path, errors).and_then(|value| {
        let flag = value.as_bool();
        if flag.is_none() {
            errors.add(
                &required_path,
                "wrong_type",
                format!("{required_path} must be true or false"),
            );
        }
        flag
    });
    let condition = field(map, "condition", path, errors)
        .and_then(|value| condition(value, &join(path, "condition"), 1, errors));
    let reasons = field(map, "reasons", path, errors)
        .and_then(|value| reasons(value, &join(path, "reasons"), errors));
    Some(Rule::new(id?, name?, required?, condition?, reasons?))
}

fn rule_id(value: &Value, path: &str, errors: &mut ValidationErrors) -> Option<String> {
    let id = string(value, path, errors)?;
    let mut bytes = id.bytes();
    let valid = id.len() <= 64
        && bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !valid {
        errors.add(
            path,
            "invalid_id",
            format!("{path} must match ^[a-z][a-z0-9_]{{0,63}}$"),
        );
        return None;
    }
    Some(id.to_owned())
}

fn localised(value: &Value, path: &str, errors: &mut ValidationErrors) -> Option<Localised> {
    let map = object(value, path, errors)?;
    check_keys(map, &["ka", "en"], path, errors);
    let mut text = |key: &str| {
        let field_path = join(path, key);
        let text = string(field(map, key, path, errors)?, &field_path, errors)?.trim();
        if text.is_empty() {
            errors.add(
                &field_path,
                "empty",
                format!("{field_path} must not be empty"),
            );
            return None;
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            errors.add(
                &field_path,
                "too_long",
                format!("{field_path} must be at most {MAX_TEXT_CHARS} characters"),
            );
            return None;
        }
        Some(text.to_owned())
    };
    let ka = text("ka");
    let en = text("en");
    Some(Localised { ka: ka?, en: en? })
}

fn reasons(value: &Value, path: &str, errors: &mut ValidationErrors) -> Option<Reasons> {
    let map = object(value, path, errors)?;
    check_keys(map, &["passed", "failed", "not_evaluable"], path, errors);
    let mut reason = |key: &str| {
        field(map, key, path, errors).and_then(|value| localised(value, &join(path, key), errors))
    };
    let passed = reason("passed");
    let failed = reason("failed");
    let not_evaluable = reason("not_evaluable");
    Some(Reasons {
        passed: passed?,
        failed: failed?,
        not_evaluable: not_evaluable?,
    })
}

fn condition(
    value: &Value,
    path: &str,
    depth: usize,
    errors: &mut ValidationErrors,
) -> Option<Condition> {
    let map = object(value, path, errors)?;
    if depth > MAX_DEPTH {
        errors.add(
            path,
            "too_deep",
            format!("conditions may be nested at most {MAX_DEPTH} deep"),
        );
        return None;
    }
    // A comparison is recognised by any of its keys, so that a missing one is named.
    let comparison_shape = ["fact", "op", "value"]
        .iter()
        .any(|key| map.contains_key(*key));
    let shapes: Vec<&str> = ["all", "any", "not"]
        .into_iter()
        .filter(|key| map.contains_key(*key))
        .chain(comparison_shape.then_some("fact"))
        .collect();
    match shapes.as_slice() {
        [key @ ("all" | "any")] => {
            check_keys(map, &[key], path, errors);
            let list_path = join(path, key);
            let items = array(map.get(*key)?, &list_path, errors)?;
            if items.len() > MAX_ITEMS {
                errors.add(
                    &list_path,
                    "too_many",
                    format!("{list_path} may list at most {MAX_ITEMS} conditions"),
                );
                return None;
            }
            let mut conditions = Vec::with_capacity(items.len());
            let mut valid = true;
            for (index, item) in items.iter().enumerate() {
                match condition(item, &format!("{list_path}[{index}]"), depth + 1, errors) {
                    Some(parsed) => conditions.push(parsed),
                    None => valid = false,
                }
            }
            valid.then_some(if *key == "all" {
                Condition::All(conditions)
            } else {
                Condition::Any(conditions)
            })
        }
        ["not"] => {
            check_keys(map, &["not"], path, errors);
            let inner = condition(map.get("not")?, &join(path, "not"), depth + 1, errors)?;
            Some(Condition::Not(Box::new(inner)))
        }
        ["fact"] => comparison(map, path, errors).map(Condition::Compare),
        _ => {
            errors.add(
                path,
                "invalid_condition",
                format!(
                    "{} must have exactly one of all, any, not or fact",
                    if path.is_empty() { "a condition" } else { path }
                ),
            );
            None
        }
    }
}

fn comparison(
    map: &Map<String, Value>,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<Comparison> {
    check_keys(map, &["fact", "op", "value"], path, errors);
    let fact_path = join(path, "fact");
    let fact = field(map, "fact", path, errors)
        .and_then(|value| string(value, &fact_path, errors))
        .and_then(|name| {
            let fact = FactName::ALL.iter().copied().find(|f| f.as_str() == name);
            if fact.is_none() {
                let known: Vec<&str> = FactName::ALL.iter().map(|f| f.as_str()).collect();
                errors.add(
                    &fact_path,
                    "unknown_fact",
                    format!("{fact_path} must be one of: {}", known.join(", ")),
                );
            }
            fact
        });
    let op_path = join(path, "op");
    let op = field(map, "op", path, errors)
        .and_then(|value| string(value, &op_path, errors))
        .and_then(|name| {
            let op = Op::ALL.iter().copied().find(|op| op.as_str() == name);
            if op.is_none() {
                errors.add(
                    &op_path,
                    "unknown_operator",
                    format!("{op_path} must be one of: eq, ne, lt, le, gt, ge, in"),
                );
            }
            op
        });
    let value = field(map, "value", path, errors);
    let (fact, op, value) = (fact?, op?, value?);
    let fact_type = fact.fact_type();
    if !fact_type.operators().contains(&op) {
        let allowed: Vec<&str> = fact_type.operators().iter().map(|op| op.as_str()).collect();
        errors.add(
            &op_path,
            "operator_not_allowed",
            format!(
                "{} is a {} fact; its operators are: {}",
                fact.as_str(),
                fact_type.as_str(),
                allowed.join(", ")
            ),
        );
        return None;
    }
    let literal = literal(fact, op, value, &join(path, "value"), errors)?;
    // The checks above make this comparison well-typed.
    Comparison::new(fact, op, literal).ok()
}

fn wrong_value_type(path: &str, fact: FactName, expected: &str, errors: &mut ValidationErrors) {
    errors.add(
        path,
        "wrong_value_type",
        format!(
            "{path} must be {expected} to compare with {}",
            fact.as_str()
        ),
    );
}

fn literal(
    fact: FactName,
    op: Op,
    value: &Value,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<Literal> {
    if op != Op::In {
        return scalar(fact, value, path, errors);
    }
    let Some(items) = value.as_array() else {
        wrong_value_type(path, fact, "a list", errors);
        return None;
    };
    if items.is_empty() {
        errors.add(
            path,
            "empty",
            format!("{path} must list at least one value"),
        );
        return None;
    }
    if items.len() > MAX_ITEMS {
        errors.add(
            path,
            "too_many",
            format!("{path} may list at most {MAX_ITEMS} values"),
        );
        return None;
    }
    let mut values = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        values.push(scalar(fact, item, &format!("{path}[{index}]"), errors));
    }
    let values: Option<Vec<Literal>> = values.into_iter().collect();
    let values = values?;
    Some(match fact.fact_type() {
        FactType::Text => Literal::TextSet(
            values
                .into_iter()
                .filter_map(|v| match v {
                    Literal::Text(text) => Some(text),
                    _ => None,
                })
                .collect(),
        ),
        FactType::Enum => Literal::ResidenceSet(
            values
                .into_iter()
                .filter_map(|v| match v {
                    Literal::Residence(status) => Some(status),
                    _ => None,
                })
                .collect(),
        ),
        FactType::Integer => Literal::IntegerSet(
            values
                .into_iter()
                .filter_map(|v| match v {
                    Literal::Integer(n) => Some(n),
                    _ => None,
                })
                .collect(),
        ),
        // Other types have no `in`; the operator check has refused them.
        FactType::Boolean
        | FactType::Date
        | FactType::Duration
        | FactType::Set
        | FactType::Languages => return None,
    })
}

/// One value of the fact's type.
fn scalar(
    fact: FactName,
    value: &Value,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<Literal> {
    match fact.fact_type() {
        FactType::Text => {
            let Some(text) = value.as_str() else {
                wrong_value_type(path, fact, "a string", errors);
                return None;
            };
            if fact == FactName::Citizenship {
                errors.check(codes::citizenship(path, text))?;
            } else if text.is_empty() {
                errors.add(path, "empty", format!("{path} must not be empty"));
                return None;
            }
            Some(Literal::Text(text.into()))
        }
        FactType::Enum => {
            let Some(text) = value.as_str() else {
                wrong_value_type(path, fact, "a string", errors);
                return None;
            };
            errors
                .check(ResidenceStatus::parse(path, text))
                .map(Literal::Residence)
        }
        FactType::Integer => {
            let number = value.as_i64();
            if number.is_none() {
                wrong_value_type(path, fact, "an integer", errors);
            }
            number.map(Literal::Integer)
        }
        FactType::Boolean => {
            let flag = value.as_bool();
            if flag.is_none() {
                wrong_value_type(path, fact, "true or false", errors);
            }
            flag.map(Literal::Boolean)
        }
        FactType::Date => {
            let Some(text) = value.as_str() else {
                wrong_value_type(path, fact, "a date string YYYY-MM-DD", errors);
                return None;
            };
            let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .filter(|_| text.len() == 10);
            if date.is_none() {
                errors.add(
                    path,
                    "invalid_value",
                    format!("{path} must be a date as YYYY-MM-DD"),
                );
            }
            date.map(Literal::Date)
        }
        FactType::Duration => duration(fact, value, path, errors).map(Literal::Duration),
        FactType::Set => {
            let Some(text) = value.as_str() else {
                wrong_value_type(path, fact, "a string", errors);
                return None;
            };
            let member = match fact {
                FactName::Certificates => errors
                    .check(crate::validation::text(path, text, 100).map(|t| t.to_lowercase()))?,
                FactName::Occupations => {
                    errors.check(crate::labour::jobseeker::isco_code(path, text))?
                }
                _ => errors.check(codes::country(path, text))?,
            };
            Some(Literal::Member(member.into()))
        }
        FactType::Languages => language(fact, value, path, errors),
    }
}

/// `{"language": "en", "min_level": "B1"}`.
fn language(
    fact: FactName,
    value: &Value,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<Literal> {
    let Some(object) = value.as_object() else {
        wrong_value_type(
            path,
            fact,
            "an object {\"language\", \"min_level\"}",
            errors,
        );
        return None;
    };
    if let Some(unknown) = object
        .keys()
        .find(|k| *k != "language" && *k != "min_level")
    {
        errors.add(
            format!("{path}.{unknown}"),
            "unknown_field",
            format!("{path} takes language and min_level only"),
        );
        return None;
    }
    let text = |key: &str| object.get(key).and_then(Value::as_str);
    let language = match text("language") {
        Some(code) => errors.check(crate::labour::jobseeker::language_code(
            &format!("{path}.language"),
            code,
        )),
        None => {
            errors.add(
                format!("{path}.language"),
                "required",
                "language is an ISO 639-1 code such as en",
            );
            None
        }
    };
    let min_level = match text("min_level") {
        Some(level) => errors.check(CefrLevel::parse(&format!("{path}.min_level"), level)),
        None => {
            errors.add(
                format!("{path}.min_level"),
                "required",
                "min_level is a CEFR level (A1 .. C2, native)",
            );
            None
        }
    };
    Some(Literal::Language {
        language: language?.into(),
        min_level: min_level?,
    })
}

/// `{"months": m}`, `{"days": d}` or both, non-negative integers.
fn duration(
    fact: FactName,
    value: &Value,
    path: &str,
    errors: &mut ValidationErrors,
) -> Option<CalendarDuration> {
    let Some(map) = value.as_object() else {
        wrong_value_type(path, fact, r#"a duration such as {"months": 12}"#, errors);
        return None;
    };
    check_keys(map, &["months", "days"], path, errors);
    if map.is_empty() {
        errors.add(
            path,
            "empty",
            format!("{path} must give months, days or both"),
        );
        return None;
    }
    let mut part = |key: &str, max: u64| -> Option<u32> {
        let Some(value) = map.get(key) else {
            return Some(0);
        };
        let field_path = join(path, key);
        let number = value.as_u64().filter(|n| *n <= max);
        if number.is_none() {
            errors.add(
                &field_path,
                "invalid_value",
                format!("{field_path} must be an integer from 0 to {max}"),
            );
        }
        number.and_then(|n| u32::try_from(n).ok())
    };
    let months = part("months", MAX_MONTHS);
    let days = part("days", MAX_DAYS);
    Some(CalendarDuration {
        months: months?,
        days: days?,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn text() -> Value {
        json!({"ka": "ტექსტი", "en": "Text"})
    }

    fn rule_with(condition: Value) -> Value {
        json!({"id": "r", "name": text(), "required": true, "condition": condition,
            "reasons": {"passed": text(), "failed": text(), "not_evaluable": text()}})
    }

    /// The (field, code) pairs of a refused document.
    fn problems(document: Value) -> Vec<(String, String)> {
        RuleSet::parse(&document)
            .unwrap_err()
            .0
            .into_iter()
            .map(|error| (error.field, error.code))
            .collect()
    }

    fn condition_problems(condition: Value) -> Vec<(String, String)> {
        problems(json!({"rules": [rule_with(condition)]}))
    }

    fn one(field: &str, code: &str) -> Vec<(String, String)> {
        vec![(field.to_owned(), code.to_owned())]
    }

    #[test]
    fn document_shape() {
        assert_eq!(problems(json!([])), one("", "wrong_type"));
        assert_eq!(problems(json!({})), one("rules", "missing"));
        assert_eq!(problems(json!({"rules": {}})), one("rules", "wrong_type"));
        assert_eq!(problems(json!({"rules": []})), one("rules", "empty"));
        assert_eq!(
            problems(json!({"rules": [rule_with(json!({"all": []}))], "version": 2})),
            one("version", "unknown_field")
        );
        let many: Vec<Value> = (0..=MAX_ITEMS)
            .map(|i| {
                let mut rule = rule_with(json!({"all": []}));
                rule["id"] = json!(format!("r{i}"));
                rule
            })
            .collect();
        assert_eq!(problems(json!({"rules": many})), one("rules", "too_many"));
        assert_eq!(
            RuleSet::from_json_str("{").unwrap_err().0[0].code,
            "invalid_json"
        );
    }

    #[test]
    fn rule_fields() {
        assert_eq!(
            problems(json!({"rules": [3]})),
            one("rules[0]", "wrong_type")
        );
        let mut rule = rule_with(json!({"all": []}));
        rule.as_object_mut().unwrap().remove("required");
        rule["extra"] = json!(1);
        assert_eq!(
            problems(json!({"rules": [rule]})),
            vec![
                ("rules[0].extra".to_owned(), "unknown_field".to_owned()),
                ("rules[0].required".to_owned(), "missing".to_owned()),
            ]
        );
        let mut rule = rule_with(json!({"all": []}));
        rule["required"] = json!("yes");
        assert_eq!(
            problems(json!({"rules": [rule]})),
            one("rules[0].required", "wrong_type")
        );
        for bad in ["", "Adult", "1st", "a-b", &"a".repeat(65)] {
            let mut rule = rule_with(json!({"all": []}));
            rule["id"] = json!(bad);
            assert_eq!(
                problems(json!({"rules": [rule]})),
                one("rules[0].id", "invalid_id"),
                "{bad}"
            );
        }
        let mut rule = rule_with(json!({"all": []}));
        rule["id"] = json!(&"a".repeat(64));
        assert!(RuleSet::parse(&json!({"rules": [rule]})).is_ok());
        let rule = rule_with(json!({"all": []}));
        assert_eq!(
            problems(json!({"rules": [rule.clone(), rule]})),
            one("rules[1].id", "duplicate_rule_id")
        );
    }

    #[test]
    fn localised_texts() {
        let mut rule = rule_with(json!({"all": []}));
        rule["name"] = json!({"ka": " ", "en": 5, "fr": "x"});
        rule["reasons"]["failed"] = json!({"ka": "ა"});
        rule["reasons"]["not_evaluable"] = json!({"ka": "ა", "en": "x".repeat(MAX_TEXT_CHARS + 1)});
        rule["reasons"].as_object_mut().unwrap().remove("passed");
        assert_eq!(
            problems(json!({"rules": [rule]})),
            vec![
                ("rules[0].name.fr".to_owned(), "unknown_field".to_owned()),
                ("rules[0].name.ka".to_owned(), "empty".to_owned()),
                ("rules[0].name.en".to_owned(), "wrong_type".to_owned()),
                ("rules[0].reasons.passed".to_owned(), "missing".to_owned()),
                (
                    "rules[0].reasons.failed.en".to_owned(),
                    "missing".to_owned()
                ),
                (
                    "rules[0].reasons.not_evaluable.en".to_owned(),
                    "too_long".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn condition_shapes() {
        let c = "rules[0].condition";
        assert_eq!(condition_problems(json!(true)), one(c, "wrong_type"));
        assert_eq!(condition_problems(json!({})), one(c, "invalid_condition"));
        assert_eq!(
            condition_problems(json!({"all": [], "any": []})),
            one(c, "invalid_condition")
        );
        assert_eq!(
            condition_problems(json!({"all": [], "x": 1})),
            one("rules[0].condition.x", "unknown_field")
        );
        assert_eq!(
            condition_problems(json!({"any": {}})),
            one("rules[0].condition.any", "wrong_type")
        );
        assert_eq!(
            condition_problems(json!({"not": []})),
            one("rules[0].condition.not", "wrong_type")
        );
        let mut deep = json!({"all": []});
        for _ in 0..MAX_DEPTH {
            deep = json!({"not": deep});
        }
        assert_eq!(condition_problems(deep)[0].1, "too_deep");
        let wide = vec![json!({"all": []}); MAX_ITEMS + 1];
        assert_eq!(
            condition_problems(json!({"all": wide})),
            one("rules[0].condition.all", "too_many")
        );
    }

    #[test]
    fn comparisons() {
        let v = "rules[0].condition.value";
        let cases = [
            (
                json!({"fact": "income", "op": "eq", "value": 1}),
                "rules[0].condition.fact",
                "unknown_fact",
            ),
            (
                json!({"fact": "age_years", "op": "between", "value": 1}),
                "rules[0].condition.op",
                "unknown_operator",
            ),
            (
                json!({"fact": "asylum_sought", "op": "gt", "value": true}),
                "rules[0].condition.op",
                "operator_not_allowed",
            ),
            (
                json!({"fact": "citizenship", "op": "lt", "value": "GE"}),
                "rules[0].condition.op",
                "operator_not_allowed",
            ),
            (json!({"fact": "age_years", "op": "ge"}), v, "missing"),
            (
                json!({"op": "ge", "value": 1}),
                "rules[0].condition.fact",
                "missing",
            ),
            (
                json!({"fact": "age_years", "op": "ge", "value": "18"}),
                v,
                "wrong_value_type",
            ),
            (
                json!({"fact": "age_years", "op": "ge", "value": 18.5}),
                v,
                "wrong_value_type",
            ),
            (
                json!({"fact": "age_years", "op": "in", "value": 18}),
                v,
                "wrong_value_type",
            ),
            (
                json!({"fact": "age_years", "op": "in", "value": []}),
                v,
                "empty",
            ),
            (
                json!({"fact": "asylum_sought", "op": "eq", "value": "true"}),
                v,
                "wrong_value_type",
            ),
            (
                json!({"fact": "citizenship", "op": "eq", "value": "Georgia"}),
                v,
                "invalid_citizenship",
            ),
            (
                json!({"fact": "residence_status", "op": "eq", "value": "tourist"}),
                v,
                "invalid_value",
            ),
            (
                json!({"fact": "date_of_birth", "op": "lt", "value": "2008-2-1"}),
                v,
                "invalid_value",
            ),
            (
                json!({"fact": "date_of_birth", "op": "lt", "value": 2008}),
                v,
                "wrong_value_type",
            ),
            (
                json!({"fact": "longest_irregular_stay", "op": "gt", "value": 12}),
                v,
                "wrong_value_type",
            ),
            (
                json!({"fact": "longest_irregular_stay", "op": "gt", "value": {}}),
                v,
                "empty",
            ),
            (
                json!({"fact": "longest_irregular_stay", "op": "gt", "value": {"months": -1}}),
                "rules[0].condition.value.months",
                "invalid_value",
            ),
            (
                json!({"fact": "longest_irregular_stay", "op": "gt", "value": {"weeks": 2}}),
                "rules[0].condition.value.weeks",
                "unknown_field",
            ),
            (
                json!({"fact": "age_years", "op": "ge", "value": 18, "unit": "y"}),
                "rules[0].condition.unit",
                "unknown_field",
            ),
        ];
        for (condition, field, code) in cases {
            assert_eq!(
                condition_problems(condition.clone()),
                one(field, code),
                "{condition}"
            );
        }
        assert_eq!(
            condition_problems(json!({"fact": "residence_status", "op": "in",
                "value": ["refugee", "tourist", 3]})),
            vec![
                (format!("{v}[1]"), "invalid_value".to_owned()),
                (format!("{v}[2]"), "wrong_value_type".to_owned()),
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut second = rule_with(json!({"any": [
            {"fact": "age_years", "op": "ge", "value": 18},
            {"all": [{"fact": "nationality", "op": "eq", "value": "GE"},
                     {"fact": "grants_received", "op": "le", "value": "none"}]},
            {"not": {"fact": "asylum_sought", "op": "in", "value": [true]}}]}));
        second["id"] = json!("Second");
        let third = rule_with(json!({"fact": "citizenship", "op": "eq", "value": "GE"}));
        assert_eq!(
            problems(json!({"rules": [rule_with(json!({"all": []})), second, third]})),
            vec![
                ("rules[1].id".to_owned(), "invalid_id".to_owned()),
                (
                    "rules[1].condition.any[1].all[0].fact".to_owned(),
                    "unknown_fact".to_owned()
                ),
                (
                    "rules[1].condition.any[1].all[1].value".to_owned(),
                    "wrong_value_type".to_owned()
                ),
                (
                    "rules[1].condition.any[2].not.op".to_owned(),
                    "operator_not_allowed".to_owned()
                ),
                ("rules[2].id".to_owned(), "duplicate_rule_id".to_owned()),
            ]
        );
    }

    #[test]
    fn a_valid_document_round_trips() {
        let document = json!({"rules": [rule_with(json!({"all": [
            {"fact": "citizenship", "op": "in", "value": ["GE", "stateless"]},
            {"fact": "age_years", "op": "in", "value": [18, 19]},
            {"fact": "date_of_birth", "op": "le", "value": "2008-01-31"},
            {"fact": "time_since_last_return", "op": "lt", "value": {"months": 1, "days": 2}},
            {"fact": "longest_irregular_stay", "op": "ge", "value": {"days": 0}},
            {"not": {"any": []}}]}))]});
        let rules = RuleSet::parse(&document).unwrap();
        assert_eq!(rules.to_json(), document);
        assert_eq!(
            rules.rules()[0].facts(),
            [
                FactName::Citizenship,
                FactName::AgeYears,
                FactName::DateOfBirth,
                FactName::TimeSinceLastReturn,
                FactName::LongestIrregularStay
            ]
        );
    }
}
