//! The aggregates of a questionnaire's responses: one list of [`Figure`]s like
//! a report's, so that the same suppression and CSV apply.
//!
//! | figure | value |
//! |---|---|
//! | `responses` | responses collected in the period |
//! | `<key>.answered` | of them, those that answer the question `<key>` |
//! | `<key>.option.<option>` | choice questions: those that chose the option (single choice: the options add up to `answered`; multiple choice: one response may choose several) |
//! | `<key>.value.<1..5>` | scale questions: those that answered the point (they add up to `answered`) |
//! | `<key>.mean` | scale and number questions: the mean answer, to one decimal |
//! | `<key>.p25`, `<key>.median`, `<key>.p75` | number questions: the distribution (nearest-rank quartiles; the median of an even count is the mean of the middle two), to one decimal |
//!
//! Text answers are counted, never shown. Suppression (monitors): counts
//! of 1 to 4, and the complement of a single suppressed part among a single
//! choice's options or a scale's points; means and quartiles follow
//! `<key>.answered` and are suppressed with it, or when one to four answered.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::questionnaire::{Question, QuestionKind, Questionnaire, SCALE};
use super::response::SurveyAnswer;
use crate::localised::Localised;
use crate::reports::figures::{self, Figure, Value};
use crate::reports::filter::Period;
use crate::reports::integration::IntegrationFigure;

/// The aggregates of the answers of responses to `questions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aggregates {
    figures: Vec<Figure>,
    groups: Vec<(String, Vec<String>)>,
}

fn len(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The answer at `rank` (from 1) of `sorted`, in tenths.
fn at_rank(sorted: &[i64], rank: usize) -> i64 {
    sorted
        .get(rank.saturating_sub(1))
        .map_or(0, |v| v.saturating_mul(10))
}

/// The nearest-rank `percent` percentile of `sorted` (not empty), in tenths.
fn percentile(sorted: &[i64], percent: usize) -> i64 {
    at_rank(sorted, (sorted.len() * percent).div_ceil(100).max(1))
}

/// The median of `sorted` (not empty), in tenths.
fn median(sorted: &[i64]) -> i64 {
    let n = sorted.len();
    if n % 2 == 1 {
        at_rank(sorted, n / 2 + 1)
    } else {
        let sum = sorted[n / 2 - 1].saturating_add(sorted[n / 2]);
        figures::tenths(sum, 2).unwrap_or(0)
    }
}

fn labelled(text: &Localised, ka: &str, en: &str) -> Localised {
    Localised::new(format!("{} — {ka}", text.ka), format!("{} — {en}", text.en))
}

impl Aggregates {
    /// The aggregates of `responses` (each its answers by question key).
    pub fn of(questions: &[Question], responses: &[BTreeMap<String, SurveyAnswer>]) -> Self {
        let mut all = vec![Figure::count(
            "responses",
            len(responses.len()),
            Localised::new(
                "პერიოდში შეგროვებული პასუხები (ანკეტები)",
                "Responses collected in the period",
            ),
        )];
        let mut groups = Vec::new();
        for question in questions {
            let key = &question.key;
            let given: Vec<&SurveyAnswer> = responses.iter().filter_map(|r| r.get(key)).collect();
            let answered = format!("{key}.answered");
            let n = len(given.len());
            all.push(Figure::count(
                &answered,
                n,
                Localised::new(
                    format!("უპასუხა კითხვას: {}", question.text.ka),
                    format!("Answered: {}", question.text.en),
                ),
            ));
            match question.kind {
                QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                    let mut parts = Vec::new();
                    for option in &question.options {
                        let chose = given
                            .iter()
                            .filter(|a| match a {
                                SurveyAnswer::Text(k) => *k == option.key,
                                SurveyAnswer::Options(keys) => keys.contains(&option.key),
                                SurveyAnswer::Number(_) => false,
                            })
                            .count();
                        let id = format!("{key}.option.{}", option.key);
                        let definition = Localised::new(
                            format!("{} — {}", question.text.ka, option.text.ka),
                            format!("{} — {}", question.text.en, option.text.en),
                        );
                        all.push(Figure::count(&id, len(chose), definition));
                        parts.push(id);
                    }
                    if question.kind == QuestionKind::SingleChoice {
                        groups.push((answered.clone(), parts));
                    }
                }
                QuestionKind::Scale | QuestionKind::Number => {
                    let mut numbers: Vec<i64> = given
                        .iter()
                        .filter_map(|a| match a {
                            SurveyAnswer::Number(v) => Some(*v),
                            _ => None,
                        })
                        .collect();
                    numbers.sort_unstable();
                    if question.kind == QuestionKind::Scale {
                        let mut parts = Vec::new();
                        for point in SCALE {
                            let id = format!("{key}.value.{point}");
                            let count = numbers.iter().filter(|v| **v == point).count();
                            let definition = labelled(
                                &question.text,
                                &format!("{point} (5-დან)"),
                                &format!("{point} of 5"),
                            );
                            all.push(Figure::count(&id, len(count), definition));
                            parts.push(id);
                        }
                        groups.push((answered.clone(), parts));
                    }
                    let sum = numbers.iter().fold(0_i64, |s, v| s.saturating_add(*v));
                    let mut measures = vec![("mean", figures::tenths(sum, n), ("საშუალო", "mean"))];
                    if question.kind == QuestionKind::Number && !numbers.is_empty() {
                        measures.extend([
                            (
                                "p25",
                                Some(percentile(&numbers, 25)),
                                ("პირველი კვარტილი", "first quartile"),
                            ),
                            ("median", Some(median(&numbers)), ("მედიანა", "median")),
                            (
                                "p75",
                                Some(percentile(&numbers, 75)),
                                ("მესამე კვარტილი", "third quartile"),
                            ),
                        ]);
                    }
                    for (name, value, (ka, en)) in measures {
                        if let Some(tenths) = value {
                            all.push(Figure::tenths(
                                format!("{key}.{name}"),
                                tenths,
                                n,
                                labelled(&question.text, ka, en),
                                &answered,
                            ));
                        }
                    }
                }
                QuestionKind::Text => {}
            }
        }
        Self {
            figures: all,
            groups,
        }
    }

    /// Every figure, in the order of the questions.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// The groups of cells that add up, for secondary suppression.
    pub fn groups(&self) -> &[(String, Vec<String>)] {
        &self.groups
    }
}

/// The aggregates of a questionnaire as the API shows them.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"questionnaire_id": "00000000-0000-7000-8000-000000000501",
    "code": "reintegration-sustainability", "edition": 1,
    "period": {"from": "2026-01-01", "to": "2026-12-31"},
    "figures": [{"id": "responses", "value": 42,
        "definition": {"ka": "პერიოდში შეგროვებული პასუხები (ანკეტები)",
            "en": "Responses collected in the period"}},
        {"id": "economic_situation.mean", "value": 3.4,
        "definition": {"ka": "როგორ აფასებთ თქვენი ოჯახის ეკონომიკურ მდგომარეობას დღეს? (1 ძალიან ცუდი, 5 ძალიან კარგი) — საშუალო",
            "en": "How do you rate your household's economic situation today? (1 very bad, 5 very good) — mean"}}],
    "suppressed": []}))]
pub struct SurveyAggregates {
    pub questionnaire_id: Uuid,
    pub code: String,
    pub edition: i64,
    pub period: Period,
    /// Every figure, in the order of the questions: `responses`, then for
    /// each question `<key>.answered` and, by kind, `<key>.option.<option>`,
    /// `<key>.value.<1..5>`, `<key>.mean`, `<key>.p25`, `<key>.median`,
    /// `<key>.p75`.
    pub figures: Vec<IntegrationFigure>,
    /// The ids of the figures shown as `null` (small cells, for monitors).
    pub suppressed: Vec<String>,
}

impl SurveyAggregates {
    /// The aggregates of `questionnaire` over `period`, as disclosed.
    pub fn new(
        questionnaire: &Questionnaire,
        period: Period,
        shown: &[(Figure, Option<Value>)],
        suppressed: Vec<String>,
    ) -> Self {
        Self {
            questionnaire_id: questionnaire.id,
            code: questionnaire.code.clone(),
            edition: questionnaire.edition,
            period,
            figures: IntegrationFigure::all(shown),
            suppressed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::figures::{disclose, Disclosure, Group};
    use crate::survey::questionnaire::ChoiceOption;

    fn question(key: &str, kind: QuestionKind) -> Question {
        let text = Localised::new("კ", "Q");
        let options = ["a", "b", "c"]
            .iter()
            .map(|k| ChoiceOption {
                key: (*k).to_owned(),
                text: text.clone(),
            })
            .collect();
        Question {
            key: key.to_owned(),
            kind,
            text,
            required: false,
            options: if matches!(
                kind,
                QuestionKind::SingleChoice | QuestionKind::MultipleChoice
            ) {
                options
            } else {
                Vec::new()
            },
            min: None,
            max: None,
        }
    }

    fn value(aggregates: &Aggregates, id: &str) -> Option<Value> {
        aggregates
            .figures()
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.value)
    }

    #[test]
    fn counts_means_and_quartiles() {
        let questions = [
            question("one", QuestionKind::SingleChoice),
            question("many", QuestionKind::MultipleChoice),
            question("scale", QuestionKind::Scale),
            question("months", QuestionKind::Number),
            question("note", QuestionKind::Text),
        ];
        let response = |one: &str, many: &[&str], scale: i64, months: i64| {
            BTreeMap::from([
                ("one".to_owned(), SurveyAnswer::Text(one.to_owned())),
                (
                    "many".to_owned(),
                    SurveyAnswer::Options(many.iter().map(|k| (*k).to_owned()).collect()),
                ),
                ("scale".to_owned(), SurveyAnswer::Number(scale)),
                ("months".to_owned(), SurveyAnswer::Number(months)),
            ])
        };
        let responses = vec![
            response("a", &["a", "b"], 5, 12),
            response("a", &["b"], 4, 3),
            response("b", &["b", "c"], 4, 7),
            response("a", &["a"], 1, 30),
            BTreeMap::new(),
        ];
        let aggregates = Aggregates::of(&questions, &responses);
        let count = |id| value(&aggregates, id);
        assert_eq!(count("responses"), Some(Value::Count(5)));
        assert_eq!(count("one.answered"), Some(Value::Count(4)));
        assert_eq!(count("one.option.a"), Some(Value::Count(3)));
        assert_eq!(count("one.option.c"), Some(Value::Count(0)));
        assert_eq!(count("many.option.b"), Some(Value::Count(3)));
        assert_eq!(count("scale.value.4"), Some(Value::Count(2)));
        // (5 + 4 + 4 + 1) / 4 = 3.5
        assert_eq!(count("scale.mean"), Some(Value::Tenths(35)));
        assert_eq!(count("scale.median"), None);
        // 3, 7, 12, 30: mean 13.0, median (7 + 12) / 2 = 9.5, p25 rank 1 = 3, p75 rank 3 = 12.
        assert_eq!(count("months.mean"), Some(Value::Tenths(130)));
        assert_eq!(count("months.median"), Some(Value::Tenths(95)));
        assert_eq!(count("months.p25"), Some(Value::Tenths(30)));
        assert_eq!(count("months.p75"), Some(Value::Tenths(120)));
        assert_eq!(count("note.answered"), Some(Value::Count(0)));
        assert_eq!(count("note.mean"), None);

        // A monitor: every count of 1 to 4 goes, and what follows it.
        let groups: Vec<(String, Vec<String>)> = aggregates.groups().to_vec();
        let borrowed: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(t, p)| (t.as_str(), p.iter().map(String::as_str).collect()))
            .collect();
        let groups: Vec<Group<'_>> = borrowed
            .iter()
            .map(|(total, parts)| Group { total, parts })
            .collect();
        let (_, suppressed) = disclose(
            aggregates.figures(),
            &groups,
            Disclosure::SmallCellsSuppressed,
        );
        for id in [
            "one.answered",
            "one.option.a",
            "scale.mean",
            "months.median",
        ] {
            assert!(suppressed.contains(&id.to_owned()), "{id} shown");
        }
        assert!(!suppressed.contains(&"responses".to_owned()));
    }

    #[test]
    fn medians_of_odd_counts_and_single_answers() {
        assert_eq!(median(&[1, 2, 9]), 20);
        assert_eq!(median(&[4]), 40);
        assert_eq!(percentile(&[4], 25), 40);
        assert_eq!(percentile(&[1, 2, 3, 4, 5, 6, 7, 8], 75), 60);
    }
}
