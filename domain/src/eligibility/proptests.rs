//! Property tests of the rule language: Kleene laws over generated condition
//! trees and fact tables, JSON round trips, and that an unknown fact never
//! makes a condition pass.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::sample::select;

use super::condition::{CalendarDuration, Comparison, Condition, Literal, Op};
use super::default_rule_set;
use super::facts::{FactName, FactTable, FactType, FactValue, Facts, LanguageFact, Span, StayFact};
use super::outcome::Outcome;
use super::rules::{Localised, Reasons, Rule, RuleSet};
use crate::labour::jobseeker::CefrLevel;
use crate::person::ResidenceStatus;
use crate::stay::LegalStatus;

const TEXTS: [&str; 4] = ["GE", "AM", "DE", "stateless"];

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-1500i64..1500).prop_map(|offset| {
        if offset >= 0 {
            base() + Days::new(offset as u64)
        } else {
            base() - Days::new(offset.unsigned_abs())
        }
    })
}

fn residence() -> impl Strategy<Value = ResidenceStatus> {
    select(ResidenceStatus::ALL.to_vec())
}

fn span() -> impl Strategy<Value = Span> {
    prop_oneof![
        1 => Just(Span::Empty),
        6 => (date(), -60i64..900).prop_map(|(from, length)| Span::Between {
            from,
            to: from + chrono::Duration::days(length),
        }),
    ]
}

fn value(fact_type: FactType) -> BoxedStrategy<FactValue<'static>> {
    match fact_type {
        FactType::Text => select(TEXTS.to_vec()).prop_map(FactValue::Text).boxed(),
        FactType::Enum => residence().prop_map(FactValue::Residence).boxed(),
        FactType::Integer => (-2i64..40).prop_map(FactValue::Integer).boxed(),
        FactType::Boolean => any::<bool>().prop_map(FactValue::Boolean).boxed(),
        FactType::Date => date().prop_map(FactValue::Date).boxed(),
        FactType::Duration => span().prop_map(FactValue::Duration).boxed(),
        FactType::Set => prop::collection::vec(select(TEXTS.to_vec()), 0..3)
            .prop_map(|texts| {
                let owned: Vec<String> = texts.into_iter().map(str::to_owned).collect();
                FactValue::Texts(Box::leak(owned.into_boxed_slice()))
            })
            .boxed(),
        FactType::Languages => prop::collection::vec((select(LANGUAGES.to_vec()), level()), 0..3)
            .prop_map(|spoken| {
                let owned: Vec<LanguageFact> = spoken
                    .into_iter()
                    .map(|(language, level)| LanguageFact {
                        language: language.to_owned(),
                        level,
                    })
                    .collect();
                FactValue::Languages(Box::leak(owned.into_boxed_slice()))
            })
            .boxed(),
    }
}

const LANGUAGES: [&str; 3] = ["en", "ru", "de"];

fn level() -> impl Strategy<Value = CefrLevel> {
    select(CefrLevel::ALL.to_vec())
}

/// A table where each fact is known with probability 3/4.
fn table() -> impl Strategy<Value = FactTable<'static>> {
    let values: Vec<_> = FactName::ALL
        .iter()
        .map(|fact| proptest::option::weighted(0.75, value(fact.fact_type())))
        .collect();
    values.prop_map(|values| {
        let mut table = FactTable::default();
        for (fact, value) in FactName::ALL.iter().zip(values) {
            table.set(*fact, value);
        }
        table
    })
}

fn literal(fact: FactName, op: Op) -> BoxedStrategy<Literal> {
    let list = 1..4;
    match (fact.fact_type(), op) {
        (FactType::Text, Op::In) => prop::collection::vec(select(TEXTS.to_vec()), list)
            .prop_map(|texts| Literal::TextSet(texts.into_iter().map(Into::into).collect()))
            .boxed(),
        (FactType::Text, _) => select(TEXTS.to_vec())
            .prop_map(|text| Literal::Text(text.into()))
            .boxed(),
        (FactType::Enum, Op::In) => prop::collection::vec(residence(), list)
            .prop_map(|set| Literal::ResidenceSet(set.into()))
            .boxed(),
        (FactType::Enum, _) => residence().prop_map(Literal::Residence).boxed(),
        (FactType::Integer, Op::In) => prop::collection::vec(-2i64..40, list)
            .prop_map(|set| Literal::IntegerSet(set.into()))
            .boxed(),
        (FactType::Integer, _) => (-2i64..40).prop_map(Literal::Integer).boxed(),
        (FactType::Boolean, _) => any::<bool>().prop_map(Literal::Boolean).boxed(),
        (FactType::Date, _) => date().prop_map(Literal::Date).boxed(),
        (FactType::Duration, _) => (0u32..30, 0u32..60)
            .prop_map(|(months, days)| Literal::Duration(CalendarDuration { months, days }))
            .boxed(),
        (FactType::Set, _) if fact == FactName::Occupations => select(vec!["5322", "6111"])
            .prop_map(|text| Literal::Member(text.into()))
            .boxed(),
        (FactType::Set, _) if fact == FactName::Certificates => {
            select(vec!["caregiver", "forklift"])
                .prop_map(|text| Literal::Member(text.into()))
                .boxed()
        }
        (FactType::Set, _) => select(vec!["GE", "AM", "DE", "IL"])
            .prop_map(|text| Literal::Member(text.into()))
            .boxed(),
        (FactType::Languages, _) => (select(LANGUAGES.to_vec()), level())
            .prop_map(|(language, min_level)| Literal::Language {
                language: language.into(),
                min_level,
            })
            .boxed(),
    }
}

fn comparison() -> impl Strategy<Value = Comparison> {
    select(FactName::ALL.to_vec())
        .prop_flat_map(|fact| (Just(fact), select(fact.fact_type().operators().to_vec())))
        .prop_flat_map(|(fact, op)| {
            literal(fact, op).prop_map(move |value| Comparison::new(fact, op, value).unwrap())
        })
}

fn condition() -> impl Strategy<Value = Condition> {
    comparison()
        .prop_map(Condition::Compare)
        .prop_recursive(4, 40, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Condition::All),
                prop::collection::vec(inner.clone(), 0..4).prop_map(Condition::Any),
                inner.prop_map(|c| Condition::Not(Box::new(c))),
            ]
        })
}

fn not(condition: Condition) -> Condition {
    Condition::Not(Box::new(condition))
}

fn text(word: &str) -> Localised {
    Localised {
        ka: format!("{word} ქართულად"),
        en: word.to_owned(),
    }
}

fn rule_set() -> impl Strategy<Value = RuleSet> {
    prop::collection::vec((condition(), any::<bool>()), 1..5).prop_map(|rules| RuleSet {
        rules: rules
            .into_iter()
            .enumerate()
            .map(|(index, (condition, required))| {
                Rule::new(
                    format!("rule_{index}"),
                    text("name"),
                    required,
                    condition,
                    Reasons {
                        passed: text("passed"),
                        failed: text("failed"),
                        not_evaluable: text("unknown"),
                    },
                )
            })
            .collect(),
    })
}

fn stay() -> impl Strategy<Value = StayFact> {
    (
        date(),
        proptest::option::weighted(0.8, 0u64..2000),
        select(LegalStatus::ALL.to_vec()),
    )
        .prop_map(|(start_date, length, legal_status)| StayFact {
            country: "DE".into(),
            start_date,
            end_date: length.map(|days| start_date + Days::new(days)),
            legal_status,
        })
}

fn facts() -> impl Strategy<Value = Facts> {
    (
        proptest::option::of(select(TEXTS.to_vec())),
        proptest::option::of(residence()),
        proptest::option::of(date()),
        proptest::option::of(prop::collection::vec(stay(), 0..4)),
        proptest::option::of(date()),
        proptest::option::of(0u32..3),
    )
        .prop_map(
            |(
                citizenship,
                residence_status,
                date_of_birth,
                stays_abroad,
                application_date,
                grants,
            )| {
                Facts {
                    citizenship: citizenship.map(Into::into),
                    residence_status,
                    date_of_birth,
                    stays_abroad,
                    application_date,
                    grants_received: grants,
                    ..Facts::default()
                }
            },
        )
}

proptest! {
    #[test]
    fn double_negation(c in condition(), facts in table()) {
        prop_assert_eq!(not(not(c.clone())).evaluate(&facts), c.evaluate(&facts));
    }

    #[test]
    fn empty_all_passes_and_empty_any_fails(facts in table()) {
        prop_assert_eq!(Condition::All(vec![]).evaluate(&facts), Outcome::Passed);
        prop_assert_eq!(Condition::Any(vec![]).evaluate(&facts), Outcome::Failed);
    }

    #[test]
    fn de_morgan(a in condition(), b in condition(), facts in table()) {
        let both = Condition::All(vec![a.clone(), b.clone()]);
        let either = Condition::Any(vec![a.clone(), b.clone()]);
        prop_assert_eq!(
            not(both).evaluate(&facts),
            Condition::Any(vec![not(a.clone()), not(b.clone())]).evaluate(&facts)
        );
        prop_assert_eq!(
            not(either).evaluate(&facts),
            Condition::All(vec![not(a), not(b)]).evaluate(&facts)
        );
    }

    #[test]
    fn all_and_any_ignore_order(
        (list, shuffled) in prop::collection::vec(condition(), 0..5)
            .prop_flat_map(|list| (Just(list.clone()), Just(list).prop_shuffle())),
        facts in table(),
    ) {
        prop_assert_eq!(
            Condition::All(list.clone()).evaluate(&facts),
            Condition::All(shuffled.clone()).evaluate(&facts)
        );
        prop_assert_eq!(
            Condition::Any(list).evaluate(&facts),
            Condition::Any(shuffled).evaluate(&facts)
        );
    }

    #[test]
    fn rule_sets_round_trip_through_json(rules in rule_set()) {
        let json = rules.to_json();
        let parsed = RuleSet::parse(&json);
        prop_assert!(parsed.is_ok(), "{:?}", parsed);
        let parsed = parsed.unwrap();
        prop_assert_eq!(&parsed, &rules);
        prop_assert_eq!(parsed.to_json(), json);
        let text = serde_json::to_string(&rules).unwrap();
        prop_assert_eq!(RuleSet::from_json_str(&text).unwrap(), rules);
    }

    /// Forgetting facts can only turn a definite outcome into not_evaluable.
    #[test]
    fn unknown_facts_never_decide(
        c in condition(),
        facts in table(),
        forget in prop::collection::vec(any::<bool>(), FactName::ALL.len()),
    ) {
        let mut partial = facts;
        for (fact, forget) in FactName::ALL.iter().zip(forget) {
            if forget {
                partial.set(*fact, None);
            }
        }
        let outcome = c.evaluate(&partial);
        prop_assert!(
            outcome == Outcome::NotEvaluable || outcome == c.evaluate(&facts),
            "{:?} with fewer facts, {:?} with all", outcome, c.evaluate(&facts)
        );
    }

    #[test]
    fn a_comparison_on_an_unknown_fact_is_not_evaluable(c in comparison(), facts in table()) {
        let mut partial = facts;
        partial.set(c.fact(), None);
        prop_assert_eq!(Condition::Compare(c.clone()).evaluate(&partial), Outcome::NotEvaluable);
        prop_assert_eq!(not(Condition::Compare(c)).evaluate(&partial), Outcome::NotEvaluable);
    }

    #[test]
    fn every_rule_is_explained_and_eligibility_needs_every_required_pass(
        rules in rule_set(),
        facts in table(),
    ) {
        let assessment = rules.evaluate_table(&facts);
        prop_assert_eq!(assessment.results.len(), rules.rules().len());
        for (rule, result) in rules.rules().iter().zip(&assessment.results) {
            prop_assert_eq!(result.rule_id, rule.id());
            prop_assert_eq!(result.outcome, rule.condition().evaluate(&facts));
            prop_assert_eq!(result.reason, rule.reasons().for_outcome(result.outcome));
            let names: Vec<FactName> = result.facts.0.iter().map(|(name, _)| *name).collect();
            prop_assert_eq!(names.as_slice(), rule.facts());
        }
        let expected = rules
            .rules()
            .iter()
            .zip(&assessment.results)
            .all(|(rule, result)| !rule.required() || result.outcome == Outcome::Passed);
        prop_assert_eq!(assessment.eligible, expected);
    }

    /// Any facts, however inconsistent, evaluate and serialise.
    #[test]
    fn any_facts_evaluate(facts in facts()) {
        let rules = default_rule_set();
        let assessment = rules.evaluate(&facts);
        prop_assert_eq!(assessment.results.len(), 5);
        let json = assessment.to_json();
        prop_assert_eq!(json["results"].as_array().map(Vec::len), Some(5));
        if facts.date_of_birth.is_none() || facts.application_date.is_none() {
            prop_assert!(!assessment.eligible);
        }
    }
}
