//! The OpenAPI schema of a rule set document (what [`super::parse`] accepts):
//! `RuleSetDocument` (`{"rules": [...]}`), `Rule`, `RuleText`, `RuleReasons`,
//! `RuleCondition` and its variants `RuleAll`, `RuleAny`, `RuleNot`,
//! `RuleComparison` (each named, so that generated clients can follow the
//! recursion). Documentation only: documents are read by the parser,
//! which reports every problem at once; the limits here are its limits, and
//! the enumerations of facts and operators are its own lists.

use std::borrow::Cow;

use utoipa::openapi::schema::{
    AdditionalProperties, ArrayBuilder, ObjectBuilder, OneOfBuilder, Schema, SchemaType, Type,
};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

use super::facts::FactName;
use super::parse::{MAX_DEPTH, MAX_ITEMS, MAX_TEXT_CHARS};
use super::Op;

/// A closed object: the properties given, all of them required.
fn closed(description: &str, properties: Vec<(&str, RefOr<Schema>)>) -> ObjectBuilder {
    let mut object = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(description))
        .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(false)));
    for (name, schema) in properties {
        object = object.property(name, schema).required(name);
    }
    object
}

fn reference(name: &str) -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(name))
}

fn list_of(item: RefOr<Schema>, min_items: usize, description: &str) -> RefOr<Schema> {
    ArrayBuilder::new()
        .items(item)
        .min_items(Some(min_items))
        .max_items(Some(MAX_ITEMS))
        .description(Some(description))
        .into()
}

/// The example rule: adults only.
fn adult() -> serde_json::Value {
    serde_json::json!({"id": "adult", "name": {"ka": "სრულწლოვანი", "en": "Adult"},
        "required": true, "condition": {"fact": "age_years", "op": "ge", "value": 18},
        "reasons": {"passed": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
            "failed": {"ka": "პირი არასრულწლოვანია.", "en": "The person is under 18."},
            "not_evaluable": {"ka": "ასაკი უცნობია.", "en": "The age is not known."}}})
}

/// Declares a documentation-only type whose schema `$schema` builds.
macro_rules! documented {
    ($(#[$doc:meta])* $name:ident => $schema:expr) => {
        $(#[$doc])*
        pub struct $name;

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                $schema
            }
        }

        impl ToSchema for $name {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                rule_schemas(schemas);
            }
        }
    };
}

/// Every schema of the document, for the types that refer to them.
fn rule_schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
    for (name, schema) in [
        ("RuleSetDocument", RuleSetDocument::schema()),
        ("RuleSetDocumentPatch", RuleSetDocumentPatch::schema()),
        ("Rule", Rule::schema()),
        ("RuleText", RuleText::schema()),
        ("RuleReasons", RuleReasons::schema()),
        ("RuleCondition", RuleCondition::schema()),
        ("RuleAll", RuleAll::schema()),
        ("RuleAny", RuleAny::schema()),
        ("RuleNot", RuleNot::schema()),
        ("RuleComparison", RuleComparison::schema()),
        ("FactName", FactName::schema()),
        ("Op", Op::schema()),
    ] {
        schemas.push((name.to_owned(), schema));
    }
}

documented! {
    /// A rule set document: the rules a person or a jobseeker is checked against.
    RuleSetDocument => closed(
        "A rule set document: the rules, each evaluated to passed, failed or not_evaluable; the outcome is eligible when every required rule passed.",
        vec![("rules", list_of(reference("Rule"), 1, "The rules, with unique ids."))],
    )
    .examples([serde_json::json!({"rules": [adult()]})])
    .into()
}

documented! {
    /// A merge patch of a rule set document (`rules`, when given, replaces the list).
    RuleSetDocumentPatch => ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "A merge patch of a rule set document (RFC 7386): `rules`, when given, replaces the list whole; the result must be a valid document.",
        ))
        .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(false)))
        .property("rules", list_of(reference("Rule"), 1, "The rules, with unique ids."))
        .examples([serde_json::json!({"rules": [adult()]})])
        .into()
}

documented! {
    /// One rule of a rule set document.
    Rule => closed(
        "A rule: a condition, its name and the reasons shown for each result.",
        vec![
            (
                "id",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some("^[a-z][a-z0-9_]{0,63}$"))
                    .description(Some("Unique within the document; results name their rule by it."))
                    .into(),
            ),
            ("name", reference("RuleText")),
            (
                "required",
                ObjectBuilder::new()
                    .schema_type(Type::Boolean)
                    .description(Some(
                        "Whether the rule must pass for the outcome to be eligible (a vacancy: a hard requirement).",
                    ))
                    .into(),
            ),
            ("condition", reference("RuleCondition")),
            ("reasons", reference("RuleReasons")),
        ],
    )
    .examples([adult()])
    .into()
}

documented! {
    /// A text in Georgian and English.
    RuleText => {
        let text = || -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(MAX_TEXT_CHARS))
                .pattern(Some("\\S"))
                .into()
        };
        closed(
            "A text in Georgian (`ka`) and English (`en`).",
            vec![("ka", text()), ("en", text())],
        )
        .examples([adult()["name"].clone()])
        .into()
    }
}

documented! {
    /// The reasons of a rule's three results.
    RuleReasons => closed(
        "What a result of the rule tells the person, for each of its three results.",
        vec![
            ("passed", reference("RuleText")),
            ("failed", reference("RuleText")),
            ("not_evaluable", reference("RuleText")),
        ],
    )
    .examples([adult()["reasons"].clone()])
    .into()
}

documented! {
    /// A condition: all of, any of, not, or a comparison.
    RuleCondition => OneOfBuilder::new()
        .description(Some(format!(
            "Exactly one of: `all` (every condition holds), `any` (at least one holds), `not`, or a comparison of a fact. Evaluation is three-valued: an unknown fact makes a comparison not_evaluable. Conditions nest at most {MAX_DEPTH} deep."
        )))
        .item(reference("RuleAll"))
        .item(reference("RuleAny"))
        .item(reference("RuleNot"))
        .item(reference("RuleComparison"))
        .examples([serde_json::json!({"any": [
            {"fact": "residence_status", "op": "eq", "value": "citizen"},
            {"not": {"fact": "asylum_sought", "op": "eq", "value": true}}]})])
        .into()
}

documented! {
    /// Every condition holds.
    RuleAll => closed(
        "Every condition holds (an empty list holds).",
        vec![("all", list_of(reference("RuleCondition"), 0, "The conditions."))],
    )
    .examples([serde_json::json!({"all": [
        {"fact": "age_years", "op": "ge", "value": 18},
        {"fact": "citizenship", "op": "eq", "value": "GE"}]})])
    .into()
}

documented! {
    /// At least one condition holds.
    RuleAny => closed(
        "At least one condition holds (an empty list does not).",
        vec![("any", list_of(reference("RuleCondition"), 0, "The conditions."))],
    )
    .examples([serde_json::json!({"any": [
        {"fact": "irregular_stays_in", "op": "has", "value": "DE"},
        {"fact": "longest_irregular_stay", "op": "gt", "value": {"months": 12}}]})])
    .into()
}

documented! {
    /// The condition does not hold.
    RuleNot => closed(
        "The condition does not hold.",
        vec![("not", reference("RuleCondition"))],
    )
    .examples([serde_json::json!({"not": {"fact": "asylum_sought", "op": "eq", "value": true}})])
    .into()
}

documented! {
    /// A comparison of a fact with a value.
    RuleComparison => closed(
        "A fact compared with a value. The fact's type fixes the operators and the value: text (`citizenship`: eq, ne, in; an ISO 3166-1 alpha-2 code or `stateless`), enum (`residence_status`: eq, ne, in), integer (eq .. ge, in), boolean (eq, ne), date (eq .. ge; `YYYY-MM-DD`), duration (eq .. ge; `{\"months\": 12}` or `{\"days\": 30}`), set (has; a member such as `IL`, `caregiver`, `5322`), languages (has; `{\"language\": \"en\", \"min_level\": \"B1\"}`). `in` takes a list of values.",
        vec![
            ("fact", reference("FactName")),
            ("op", reference("Op")),
            (
                "value",
                RefOr::T(Schema::Object(
                    ObjectBuilder::new()
                        .schema_type(SchemaType::AnyValue)
                        .description(Some("A value of the fact's type (a list for `in`)."))
                        .build(),
                )),
            ),
        ],
    )
    .examples([serde_json::json!({"fact": "age_years", "op": "ge", "value": 18})])
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(schema: RefOr<Schema>) -> serde_json::Value {
        serde_json::to_value(schema).unwrap()["examples"][0].clone()
    }

    /// The schemas' examples are documents the parser accepts.
    #[test]
    fn the_examples_are_valid_documents() {
        let rule_with = |condition: serde_json::Value| {
            let mut rule = adult();
            rule["condition"] = condition;
            serde_json::json!({"rules": [rule]})
        };
        let documents = [
            example(RuleSetDocument::schema()),
            example(RuleSetDocumentPatch::schema()),
            serde_json::json!({"rules": [example(Rule::schema())]}),
            rule_with(example(RuleCondition::schema())),
            rule_with(example(RuleAll::schema())),
            rule_with(example(RuleAny::schema())),
            rule_with(example(RuleNot::schema())),
            rule_with(example(RuleComparison::schema())),
        ];
        for document in documents {
            assert!(
                super::super::RuleSet::parse(&document).is_ok(),
                "{document}: {:?}",
                super::super::RuleSet::parse(&document).err()
            );
        }
    }

    /// The example documents of the rule engine are valid against the schema's
    /// closed shapes: every key they use is a property of the schema.
    #[test]
    fn the_default_rule_set_uses_only_documented_keys() {
        let schemas = {
            let mut schemas = Vec::new();
            rule_schemas(&mut schemas);
            serde_json::to_value(
                schemas
                    .into_iter()
                    .collect::<std::collections::BTreeMap<_, _>>(),
            )
            .unwrap()
        };
        let document: serde_json::Value =
            serde_json::from_str(super::super::DEFAULT_RULE_SET_JSON).unwrap();
        let keys = |name: &str| -> Vec<String> {
            schemas[name]["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect()
        };
        for rule in document["rules"].as_array().unwrap() {
            for key in rule.as_object().unwrap().keys() {
                assert!(keys("Rule").contains(key), "{key}");
            }
        }
        assert_eq!(keys("RuleSetDocument"), ["rules"]);
        assert_eq!(keys("RuleComparison"), ["fact", "op", "value"]);
        let facts = schemas["FactName"]["enum"].as_array().unwrap();
        assert_eq!(facts.len(), FactName::ALL.len());
    }
}
