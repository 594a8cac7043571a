//! A questionnaire: a code that names the series (`reintegration-sustainability`),
//! an edition number within it, the study it serves, a title and its
//! questions, each in Georgian and English. A draft is changed freely; once
//! published it never changes, and a change is a new edition (a draft copy
//! of it with the next number).

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::localised::Localised;
use crate::string_enum;
use crate::validation::{FieldError, ValidationErrors};

string_enum! {
    /// The field study a questionnaire serves.
    Study {
        ReintegrationSustainability => "reintegration_sustainability",
        IntegrationExperience => "integration_experience",
        LabourMigrationAttitudes => "labour_migration_attitudes",
        Other => "other",
    }
}

string_enum! {
    /// How a question is answered: one option, any options, a scale of 1 to
    /// 5, a whole number, or free text.
    QuestionKind {
        SingleChoice => "single_choice",
        MultipleChoice => "multiple_choice",
        Scale => "scale",
        Number => "number",
        Text => "text",
    }
}

string_enum! {
    /// A draft is changed; a published questionnaire takes responses and never changes.
    QuestionnaireStatus {
        Draft => "draft",
        Published => "published",
    }
}

/// The most questions a questionnaire has.
pub const QUESTIONS_MAX: usize = 100;
/// The most options a choice question has.
pub const OPTIONS_MAX: usize = 20;
/// The lowest and highest point of a scale.
pub const SCALE: std::ops::RangeInclusive<i64> = 1..=5;

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"key": "employed", "text": {"ka": "დასაქმებული", "en": "Employed"}}))]
pub struct ChoiceOption {
    /// Lower-case letters, digits and `_`, starting with a letter; unique within the question.
    #[schema(pattern = "^[a-z][a-z0-9_]{0,49}$", example = "employed")]
    pub key: String,
    pub text: Localised,
}

/// A question as a client writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"key": "employment", "kind": "single_choice",
    "text": {"ka": "რა არის თქვენი ამჟამინდელი დასაქმების სტატუსი?",
        "en": "What is your current employment status?"},
    "required": true,
    "options": [{"key": "employed", "text": {"ka": "დასაქმებული", "en": "Employed"}},
        {"key": "unemployed", "text": {"ka": "უმუშევარი", "en": "Unemployed"}}]}))]
pub struct QuestionInput {
    /// Lower-case letters, digits and `_`, starting with a letter; unique
    /// within the questionnaire; the key of its answer in a response.
    #[schema(pattern = "^[a-z][a-z0-9_]{0,49}$", example = "employment")]
    pub key: String,
    #[schema(value_type = QuestionKind)]
    pub kind: String,
    pub text: Localised,
    /// Whether every response must answer it.
    #[serde(default)]
    pub required: bool,
    /// The options of a choice question (2 to 20); none for other kinds.
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    /// The lowest number accepted (number questions only).
    #[serde(default)]
    pub min: Option<i64>,
    /// The highest number accepted (number questions only), not below `min`.
    #[serde(default)]
    pub max: Option<i64>,
}

/// A question of a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"key": "employment", "kind": "single_choice",
    "text": {"ka": "რა არის თქვენი ამჟამინდელი დასაქმების სტატუსი?",
        "en": "What is your current employment status?"},
    "required": true,
    "options": [{"key": "employed", "text": {"ka": "დასაქმებული", "en": "Employed"}},
        {"key": "unemployed", "text": {"ka": "უმუშევარი", "en": "Unemployed"}}],
    "min": null, "max": null}))]
pub struct Question {
    pub key: String,
    pub kind: QuestionKind,
    pub text: Localised,
    pub required: bool,
    /// The options of a choice question; empty for other kinds.
    pub options: Vec<ChoiceOption>,
    /// The lowest number accepted, for number questions.
    pub min: Option<i64>,
    /// The highest number accepted, for number questions.
    pub max: Option<i64>,
}

impl Question {
    /// The option `key` of a choice question.
    pub fn option(&self, key: &str) -> Option<&ChoiceOption> {
        self.options.iter().find(|o| o.key == key)
    }
}

impl From<&Question> for QuestionInput {
    fn from(question: &Question) -> Self {
        Self {
            key: question.key.clone(),
            kind: question.kind.as_str().to_owned(),
            text: question.text.clone(),
            required: question.required,
            options: question.options.clone(),
            min: question.min,
            max: question.max,
        }
    }
}

/// A questionnaire as a client writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "returnee-wellbeing", "study": "reintegration_sustainability",
    "title": {"ka": "დაბრუნებულთა კეთილდღეობა", "en": "Returnee well-being"},
    "questions": [{"key": "satisfaction", "kind": "scale",
        "text": {"ka": "რამდენად კმაყოფილი ხართ ცხოვრებით საქართველოში?",
            "en": "How satisfied are you with life in Georgia?"}, "required": true}]}))]
pub struct QuestionnaireInput {
    /// Names the series of editions: lower-case letters, digits and `-`.
    /// Cannot be changed afterwards.
    #[schema(pattern = "^[a-z0-9][a-z0-9-]{1,63}$", example = "returnee-wellbeing")]
    pub code: String,
    #[schema(value_type = Study)]
    pub study: String,
    pub title: Localised,
    /// 1 to 100 questions, in the order asked.
    pub questions: Vec<QuestionInput>,
}

/// A validated questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireFields {
    pub code: String,
    pub study: Study,
    pub title: Localised,
    pub questions: Vec<Question>,
}

/// A key of a question or option: `^[a-z][a-z0-9_]{0,49}$`.
fn checked_key(field: &str, value: &str) -> Result<String, FieldError> {
    let mut chars = value.chars();
    let good = value.len() <= 50
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if good {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_format",
            format!("{field} must be lower-case letters, digits and _, starting with a letter, at most 50"),
        ))
    }
}

/// A questionnaire's code: `^[a-z0-9][a-z0-9-]{1,63}$`.
fn code(value: &str) -> Result<String, FieldError> {
    let good = (2..=64).contains(&value.len())
        && !value.starts_with('-')
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if good {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            "code",
            "invalid_format",
            "code must be 2 to 64 lower-case letters, digits and -, not starting with -",
        ))
    }
}

impl QuestionInput {
    /// Checks the question at `field` (`questions[3]`), recording its errors.
    fn check(&self, field: &str, errors: &mut ValidationErrors) -> Option<Question> {
        let key = errors.check(checked_key(&format!("{field}.key"), &self.key));
        let kind = errors.check(QuestionKind::parse(&format!("{field}.kind"), &self.kind));
        let text = self.text.check(&format!("{field}.text"), errors);
        let choice = matches!(
            kind,
            Some(QuestionKind::SingleChoice | QuestionKind::MultipleChoice)
        );
        let mut keys = BTreeSet::new();
        let mut options = Vec::new();
        for (i, option) in self.options.iter().enumerate() {
            let at = format!("{field}.options[{i}]");
            let key = errors.check(checked_key(&format!("{at}.key"), &option.key));
            if let Some(k) = &key {
                if !keys.insert(k.clone()) {
                    errors.add(
                        format!("{at}.key"),
                        "duplicate",
                        format!("the option {k} is given twice"),
                    );
                }
            }
            if let (Some(key), Some(text)) = (key, option.text.check(&format!("{at}.text"), errors))
            {
                options.push(ChoiceOption { key, text });
            }
        }
        if choice && !(2..=OPTIONS_MAX).contains(&self.options.len()) {
            errors.add(
                format!("{field}.options"),
                "invalid_length",
                format!("a choice question has 2 to {OPTIONS_MAX} options"),
            );
        }
        if kind.is_some() && !choice && !self.options.is_empty() {
            errors.add(
                format!("{field}.options"),
                "not_allowed",
                "only choice questions have options",
            );
        }
        if kind.is_some() && kind != Some(QuestionKind::Number) {
            for (name, value) in [("min", self.min), ("max", self.max)] {
                if value.is_some() {
                    errors.add(
                        format!("{field}.{name}"),
                        "not_allowed",
                        "only number questions have a min and a max",
                    );
                }
            }
        }
        if let (Some(min), Some(max)) = (self.min, self.max) {
            if max < min {
                errors.add(
                    format!("{field}.max"),
                    "before_min",
                    "max must not be below min",
                );
            }
        }
        Some(Question {
            key: key?,
            kind: kind?,
            text: text?,
            required: self.required,
            options,
            min: self.min,
            max: self.max,
        })
    }
}

impl QuestionnaireInput {
    /// Checks every field at once.
    pub fn validate(&self) -> Result<QuestionnaireFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check(code(&self.code));
        let study = errors.check(Study::parse("study", &self.study));
        let title = self.title.check("title", &mut errors);
        if !(1..=QUESTIONS_MAX).contains(&self.questions.len()) {
            errors.add(
                "questions",
                "invalid_length",
                format!("a questionnaire has 1 to {QUESTIONS_MAX} questions"),
            );
        }
        let mut keys = BTreeSet::new();
        let mut questions = Vec::new();
        for (i, question) in self.questions.iter().enumerate() {
            let field = format!("questions[{i}]");
            if let Some(checked) = question.check(&field, &mut errors) {
                if !keys.insert(checked.key.clone()) {
                    errors.add(
                        format!("{field}.key"),
                        "duplicate",
                        format!("the question {} is given twice", checked.key),
                    );
                }
                questions.push(checked);
            }
        }
        match (code, study, title) {
            (Some(code), Some(study), Some(title)) if errors.is_empty() => {
                Ok(QuestionnaireFields {
                    code,
                    study,
                    title,
                    questions,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&Questionnaire> for QuestionnaireInput {
    fn from(questionnaire: &Questionnaire) -> Self {
        Self {
            code: questionnaire.code.clone(),
            study: questionnaire.study.as_str().to_owned(),
            title: questionnaire.title.clone(),
            questions: questionnaire
                .questions
                .iter()
                .map(QuestionInput::from)
                .collect(),
        }
    }
}

/// A questionnaire as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "00000000-0000-7000-8000-000000000501",
    "code": "reintegration-sustainability", "edition": 1,
    "study": "reintegration_sustainability",
    "title": {"ka": "დაბრუნებულთა რეინტეგრაციის მდგრადობა",
        "en": "Reintegration sustainability of returnees"},
    "questions": [{"key": "satisfaction", "kind": "scale",
        "text": {"ka": "რამდენად კმაყოფილი ხართ ცხოვრებით საქართველოში?",
            "en": "How satisfied are you with life in Georgia?"},
        "required": true, "options": [], "min": null, "max": null}],
    "status": "published", "published_at": "2026-01-10T09:00:00Z",
    "recorded_by": null, "version": 1,
    "created_at": "2026-01-10T09:00:00Z", "updated_at": "2026-01-10T09:00:00Z"}))]
pub struct Questionnaire {
    pub id: Uuid,
    pub code: String,
    /// 1 for the first edition of the code, then one more for each new edition.
    pub edition: i64,
    pub study: Study,
    pub title: Localised,
    pub questions: Vec<Question>,
    pub status: QuestionnaireStatus,
    /// When it was published; `null` for a draft.
    pub published_at: Option<DateTime<Utc>>,
    /// The user who recorded it; `null` for the questionnaires integra starts with.
    pub recorded_by: Option<Uuid>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Questionnaire {
    /// The question `key`.
    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes(body: serde_json::Value) -> Vec<String> {
        match serde_json::from_value::<QuestionnaireInput>(body)
            .unwrap()
            .validate()
        {
            Ok(_) => Vec::new(),
            Err(e) => {
                e.0.into_iter()
                    .map(|f| format!("{}:{}", f.field, f.code))
                    .collect()
            }
        }
    }

    fn text() -> serde_json::Value {
        json!({"ka": "კითხვა", "en": "Question"})
    }

    #[test]
    fn a_questionnaire_checks_every_question_and_option() {
        let good = json!({"code": "q-1", "study": "other", "title": text(), "questions": [
            {"key": "a", "kind": "single_choice", "text": text(), "options": [
                {"key": "x", "text": text()}, {"key": "y", "text": text()}]},
            {"key": "b", "kind": "number", "text": text(), "min": 0, "max": 10},
            {"key": "c", "kind": "scale", "text": text(), "required": true},
        ]});
        assert!(codes(good).is_empty());
        let bad = json!({"code": "-Q", "study": "poll", "title": text(), "questions": [
            {"key": "a", "kind": "single_choice", "text": text(), "options": [
                {"key": "x", "text": text()}, {"key": "x", "text": text()}, {"key": "9", "text": text()}]},
            {"key": "a", "kind": "multiple_choice", "text": text(), "options": [{"key": "x", "text": text()}]},
            {"key": "b", "kind": "scale", "text": text(), "options": [{"key": "x", "text": text()}], "min": 1},
            {"key": "c", "kind": "number", "text": text(), "min": 5, "max": 4},
            {"key": "d", "kind": "essay", "text": text()},
        ]});
        assert_eq!(
            codes(bad),
            [
                "code:invalid_format",
                "study:invalid_value",
                "questions[0].options[1].key:duplicate",
                "questions[0].options[2].key:invalid_format",
                "questions[1].options:invalid_length",
                "questions[1].key:duplicate",
                "questions[2].options:not_allowed",
                "questions[2].min:not_allowed",
                "questions[3].max:before_min",
                "questions[4].kind:invalid_value",
            ]
        );
        let empty = json!({"code": "q-1", "study": "other", "title": text(), "questions": []});
        assert_eq!(codes(empty), ["questions:invalid_length"]);
    }
}
