//! A response to a published questionnaire: the day it was collected, the
//! person who answered (optional: most field interviews are anonymous), and
//! the answers by question key, each checked against its question.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::questionnaire::{Question, QuestionKind, SCALE};
use crate::validation::{self, ValidationErrors};

/// The longest answer to a text question.
pub const TEXT_ANSWER_MAX_CHARS: usize = 2000;

/// An answer: an option's key (single choice) or free text, a number (scale,
/// number), or options' keys (multiple choice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
#[schema(example = json!(["wages", "remittances"]))]
pub enum SurveyAnswer {
    /// A scale point (1 to 5) or a whole number.
    Number(i64),
    /// The key of the option chosen, or the text of a text question.
    Text(String),
    /// The keys of the options chosen (multiple choice), at least one.
    Options(Vec<String>),
}

/// A response as a client records one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"collected_on": "2026-05-14", "person_id": null,
    "answers": {"satisfaction": 4, "employment": "employed",
        "income_sources": ["wages", "remittances"], "months_back": 18}}))]
#[schema(as = SurveyResponseInput)]
pub struct ResponseInput {
    /// The day the answers were collected; not in the future.
    #[schema(value_type = String, format = Date, example = "2026-05-14")]
    pub collected_on: String,
    /// The person who answered, when they agreed to be named; `null` or
    /// absent for an anonymous response. Cannot be changed afterwards.
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// The answers by question key: an option's key (single choice), a list
    /// of option keys (multiple choice), 1 to 5 (scale), a whole number
    /// (number), text (text). A question left out, or `null`, is not
    /// answered; every required question must be.
    #[schema(value_type = BTreeMap<String, SurveyAnswer>)]
    pub answers: BTreeMap<String, serde_json::Value>,
}

/// A validated response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseFields {
    pub collected_on: NaiveDate,
    pub person_id: Option<Uuid>,
    pub answers: BTreeMap<String, SurveyAnswer>,
}

/// The answer at `field` to `question`, or why it is not one.
fn answer(
    field: &str,
    question: &Question,
    value: &serde_json::Value,
    errors: &mut ValidationErrors,
) -> Option<SurveyAnswer> {
    let wrong = |errors: &mut ValidationErrors, expected: &str| {
        errors.add(field, "invalid_type", format!("{field} must be {expected}"));
        None
    };
    match question.kind {
        QuestionKind::SingleChoice => match value.as_str() {
            Some(key) if question.option(key).is_some() => Some(SurveyAnswer::Text(key.to_owned())),
            Some(key) => {
                not_an_option(field, question, key, errors);
                None
            }
            None => wrong(errors, "the key of one of its options"),
        },
        QuestionKind::MultipleChoice => {
            let Some(keys) = value.as_array().and_then(|items| {
                items
                    .iter()
                    .map(|k| k.as_str().map(str::to_owned))
                    .collect::<Option<Vec<String>>>()
            }) else {
                return wrong(errors, "a list of the keys of its options");
            };
            if keys.is_empty() {
                errors.add(field, "required", format!("{field} names no option"));
                return None;
            }
            let before = errors.0.len();
            let mut seen = BTreeSet::new();
            for key in &keys {
                if question.option(key).is_none() {
                    not_an_option(field, question, key, errors);
                } else if !seen.insert(key.as_str()) {
                    errors.add(field, "duplicate", format!("{key} is given twice"));
                }
            }
            (errors.0.len() == before).then_some(SurveyAnswer::Options(keys))
        }
        QuestionKind::Scale | QuestionKind::Number => {
            let Some(number) = value.as_i64() else {
                return wrong(errors, "a whole number");
            };
            let (min, max) = match question.kind {
                QuestionKind::Scale => (Some(*SCALE.start()), Some(*SCALE.end())),
                _ => (question.min, question.max),
            };
            if min.is_some_and(|m| number < m) || max.is_some_and(|m| number > m) {
                let bounds = match (min, max) {
                    (Some(a), Some(b)) => format!("{a} to {b}"),
                    (Some(a), None) => format!("at least {a}"),
                    (None, Some(b)) => format!("at most {b}"),
                    (None, None) => String::new(),
                };
                errors.add(field, "out_of_range", format!("{field} must be {bounds}"));
                return None;
            }
            Some(SurveyAnswer::Number(number))
        }
        QuestionKind::Text => match value.as_str() {
            Some(text) => errors
                .check(validation::text(field, text, TEXT_ANSWER_MAX_CHARS))
                .map(SurveyAnswer::Text),
            None => wrong(errors, "text"),
        },
    }
}

fn not_an_option(field: &str, question: &Question, key: &str, errors: &mut ValidationErrors) {
    let keys: Vec<&str> = question.options.iter().map(|o| o.key.as_str()).collect();
    errors.add(
        field,
        "invalid_value",
        format!("{key} is not an option of {field}: {}", keys.join(", ")),
    );
}

impl ResponseInput {
    /// Checks the response against `questions` (those of its questionnaire)
    /// and `today`, every field at once.
    pub fn validate(
        &self,
        questions: &[Question],
        today: NaiveDate,
    ) -> Result<ResponseFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let collected_on = errors.check(validation::past_date(
            "collected_on",
            &self.collected_on,
            today,
        ));
        for key in self.answers.keys() {
            if !questions.iter().any(|q| &q.key == key) {
                errors.add(
                    format!("answers.{key}"),
                    "unknown_question",
                    format!("the questionnaire has no question {key}"),
                );
            }
        }
        let mut answers = BTreeMap::new();
        for question in questions {
            let field = format!("answers.{}", question.key);
            match self.answers.get(&question.key) {
                None | Some(serde_json::Value::Null) => {
                    if question.required {
                        errors.add(&field, "required", format!("{field} is required"));
                    }
                }
                Some(value) => {
                    if let Some(answer) = answer(&field, question, value, &mut errors) {
                        answers.insert(question.key.clone(), answer);
                    }
                }
            }
        }
        match collected_on {
            Some(collected_on) if errors.is_empty() => Ok(ResponseFields {
                collected_on,
                person_id: self.person_id,
                answers,
            }),
            _ => Err(errors),
        }
    }
}

impl From<&Response> for ResponseInput {
    fn from(response: &Response) -> Self {
        Self {
            collected_on: response.collected_on.to_string(),
            person_id: response.person_id,
            answers: response
                .answers
                .iter()
                .map(|(k, a)| {
                    let value = serde_json::to_value(a).unwrap_or(serde_json::Value::Null);
                    (k.clone(), value)
                })
                .collect(),
        }
    }
}

/// A response as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "questionnaire_id": "00000000-0000-7000-8000-000000000501",
    "collected_on": "2026-05-14", "person_id": null,
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "answers": {"satisfaction": 4, "employment": "employed"},
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-05-14T15:00:00Z", "updated_at": "2026-05-14T15:00:00Z"}))]
#[schema(as = SurveyResponse)]
pub struct Response {
    pub id: Uuid,
    pub questionnaire_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub collected_on: NaiveDate,
    /// The person who answered; `null` for an anonymous response.
    pub person_id: Option<Uuid>,
    /// The organisation that collected it (its staff see it).
    pub organisation_id: Uuid,
    /// The answers by question key; questions not answered are absent.
    pub answers: BTreeMap<String, SurveyAnswer>,
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::localised::Localised;
    use crate::survey::questionnaire::ChoiceOption;
    use serde_json::json;

    fn question(key: &str, kind: QuestionKind, required: bool) -> Question {
        let text = Localised::new("ტექსტი", "Text");
        let options = match kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => ["a", "b", "c"]
                .iter()
                .map(|k| ChoiceOption {
                    key: (*k).to_owned(),
                    text: text.clone(),
                })
                .collect(),
            _ => Vec::new(),
        };
        let (min, max) = match kind {
            QuestionKind::Number => (Some(0), Some(120)),
            _ => (None, None),
        };
        Question {
            key: key.to_owned(),
            kind,
            text,
            required,
            options,
            min,
            max,
        }
    }

    fn questions() -> Vec<Question> {
        vec![
            question("one", QuestionKind::SingleChoice, true),
            question("many", QuestionKind::MultipleChoice, false),
            question("scale", QuestionKind::Scale, false),
            question("months", QuestionKind::Number, false),
            question("note", QuestionKind::Text, false),
        ]
    }

    fn check(answers: serde_json::Value) -> Result<ResponseFields, Vec<String>> {
        let input: ResponseInput =
            serde_json::from_value(json!({"collected_on": "2026-05-14", "answers": answers}))
                .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        input.validate(&questions(), today).map_err(|e| {
            e.0.into_iter()
                .map(|f| format!("{}:{}", f.field, f.code))
                .collect()
        })
    }

    #[test]
    fn answers_are_checked_against_their_questions() {
        let good = check(json!({"one": "a", "many": ["b", "c"], "scale": 5,
            "months": 0, "note": " fine ", "unused": null}));
        assert_eq!(
            good.as_ref().err(),
            Some(&vec!["answers.unused:unknown_question".to_owned()])
        );
        let good = check(json!({"one": "a", "many": ["b", "c"], "scale": 5,
            "months": 0, "note": " fine "}))
        .unwrap();
        assert_eq!(good.answers["note"], SurveyAnswer::Text("fine".into()));
        assert_eq!(
            good.answers["many"],
            SurveyAnswer::Options(vec!["b".into(), "c".into()])
        );
        // Left out or null: not answered.
        let sparse = check(json!({"one": "c", "scale": null})).unwrap();
        assert_eq!(sparse.answers.len(), 1);
        assert_eq!(
            check(json!({"many": ["a", "a", "z"], "scale": 6, "months": 121, "note": 3}))
                .unwrap_err(),
            [
                "answers.one:required",
                "answers.many:duplicate",
                "answers.many:invalid_value",
                "answers.scale:out_of_range",
                "answers.months:out_of_range",
                "answers.note:invalid_type",
            ]
        );
        assert_eq!(
            check(json!({"one": "z", "many": [], "scale": 2.5, "months": "3"})).unwrap_err(),
            [
                "answers.one:invalid_value",
                "answers.many:required",
                "answers.scale:invalid_type",
                "answers.months:invalid_type",
            ]
        );
    }
}
