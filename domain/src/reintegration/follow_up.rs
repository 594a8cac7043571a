//! Follow-ups at 3, 6 and 12 months that score reintegration sustainability,
//! after IOM's reintegration sustainability survey (RSS).
//!
//! A fixed catalogue of twelve indicators ([`INDICATORS`]), four in each of
//! three dimensions: economic, social, psychosocial. Each is answered on a
//! five-point scale (1 worst .. 5 best) or yes/no (yes is the good answer):
//! every indicator is phrased so that higher is better. An answer normalises
//! to 0..1 (scale: `(v - 1) / 4`; yes 1, no 0).
//!
//! Scoring ([`score`]):
//! - a dimension's score is the weighted mean of its *answered* indicators'
//!   normalised answers (unanswered ones do not count); a dimension without
//!   answers has no score (`null`);
//! - the overall index is the weighted mean of the dimensions that have a
//!   score, with IOM's weights: economic 0.33, social 0.33, psychosocial 0.34;
//!   no dimension, no index.
//!
//! Every score lies in 0..=1, and raising an answer never lowers a score.
//! The Georgian wording of the questions awaits review by the division.

use std::collections::BTreeMap;

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::case::CaseStatus;
use crate::error::{Conflict, Error, Holder};
use crate::localised::Localised;
use crate::string_enum;
use crate::validation::{self, ValidationErrors};

/// An answer to an indicator as the API carries it: an integer 1 to 5 for a
/// `scale_1_5` indicator, a boolean for a `yes_no` one (the OpenAPI schema of
/// the answers' values).
#[derive(ToSchema)]
#[serde(untagged)]
#[schema(example = 4)]
#[allow(dead_code)]
pub enum FollowUpAnswerValue {
    Scale(i64),
    YesNo(bool),
}

string_enum! {
    /// When a follow-up is due, counted from the start of reintegration assistance.
    FollowUpPoint { Month3 => "month_3", Month6 => "month_6", Month12 => "month_12" }
}

string_enum! {
    /// A dimension of reintegration sustainability.
    Dimension { Economic => "economic", Social => "social", Psychosocial => "psychosocial" }
}

string_enum! {
    /// How an indicator is answered: `scale_1_5` with an integer 1..=5, `yes_no` with a boolean.
    Scale { OneToFive => "scale_1_5", YesNo => "yes_no" }
}

impl FollowUpPoint {
    pub fn months(self) -> u32 {
        match self {
            Self::Month3 => 3,
            Self::Month6 => 6,
            Self::Month12 => 12,
        }
    }
}

/// The date a follow-up is due: `start` plus 3, 6 or 12 months (the last day
/// of the month when the day does not exist, e.g. 30 November for 31 August + 3).
pub fn due_on(start: NaiveDate, point: FollowUpPoint) -> NaiveDate {
    start
        .checked_add_months(Months::new(point.months()))
        .unwrap_or(NaiveDate::MAX)
}

impl Dimension {
    /// The dimension's weight in the overall index (IOM: 0.33, 0.33, 0.34).
    pub fn weight(self) -> f64 {
        match self {
            Self::Economic | Self::Social => 0.33,
            Self::Psychosocial => 0.34,
        }
    }
}

/// One question of the survey.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Indicator {
    /// Stable id, used as the key of answers.
    pub id: &'static str,
    pub dimension: Dimension,
    pub scale: Scale,
    /// Weight within its dimension.
    pub weight: f64,
    pub question_ka: &'static str,
    pub question_en: &'static str,
}

const fn indicator(
    id: &'static str,
    dimension: Dimension,
    scale: Scale,
    weight: f64,
    question_ka: &'static str,
    question_en: &'static str,
) -> Indicator {
    Indicator {
        id,
        dimension,
        scale,
        weight,
        question_ka,
        question_en,
    }
}

use Dimension::{Economic, Psychosocial, Social};
use Scale::{OneToFive, YesNo};

/// The indicator catalogue.
pub const INDICATORS: &[Indicator] = &[
    indicator(
        "income_source",
        Economic,
        YesNo,
        2.0,
        "აქვს შემოსავლის მუდმივი წყარო",
        "Has a regular source of income",
    ),
    indicator(
        "economic_satisfaction",
        Economic,
        OneToFive,
        1.0,
        "კმაყოფილია თავისი ეკონომიკური მდგომარეობით",
        "Is satisfied with their economic situation",
    ),
    indicator(
        "debt_manageable",
        Economic,
        YesNo,
        1.0,
        "შეუძლია ვალების დაფარვა ან არ აქვს ვალი",
        "Has no debt, or can keep up with repayments",
    ),
    indicator(
        "food_security",
        Economic,
        OneToFive,
        1.0,
        "ოჯახს საკმარისი საკვები აქვს",
        "The household has enough to eat",
    ),
    indicator(
        "housing",
        Social,
        OneToFive,
        1.0,
        "საცხოვრებელი პირობები ადეკვატურია",
        "Housing is adequate",
    ),
    indicator(
        "health_access",
        Social,
        OneToFive,
        1.0,
        "სამედიცინო მომსახურება ხელმისაწვდომია",
        "Can get health care when needed",
    ),
    indicator(
        "identity_documents",
        Social,
        YesNo,
        1.0,
        "აქვს პირადობის დამადასტურებელი დოკუმენტები",
        "Has identity documents",
    ),
    indicator(
        "children_in_school",
        Social,
        YesNo,
        1.0,
        "სასკოლო ასაკის ბავშვები დადიან სკოლაში",
        "School-age children attend school (leave unanswered if none)",
    ),
    indicator(
        "support_network",
        Psychosocial,
        OneToFive,
        1.0,
        "ჰყავს ადამიანები, ვისაც შეუძლია დაეყრდნოს",
        "Has people to rely on",
    ),
    indicator(
        "belonging",
        Psychosocial,
        OneToFive,
        1.0,
        "თავს გრძნობს საზოგადოების ნაწილად",
        "Feels part of the community",
    ),
    indicator(
        "wellbeing",
        Psychosocial,
        OneToFive,
        1.0,
        "ემოციურად კარგად გრძნობს თავს",
        "Feels well emotionally",
    ),
    indicator(
        "wish_to_stay",
        Psychosocial,
        YesNo,
        1.0,
        "აპირებს საქართველოში დარჩენას",
        "Intends to stay in Georgia",
    ),
];

/// The indicator with `id`.
pub fn find_indicator(id: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.id == id)
}

/// One answer: a point of the 1..5 scale or yes/no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
#[schema(example = 4)]
pub enum Answer {
    /// 1 (worst) to 5 (best).
    Scale(u8),
    /// Yes is the good answer.
    YesNo(bool),
}

impl Answer {
    /// The answer as 0..=1, higher better.
    pub fn normalised(self) -> f64 {
        match self {
            Self::Scale(v) => (f64::from(v.clamp(1, 5)) - 1.0) / 4.0,
            Self::YesNo(yes) => {
                if yes {
                    1.0
                } else {
                    0.0
                }
            }
        }
    }
}

/// Sustainability scores of one follow-up, each in 0..=1 or null.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"economic": 0.8, "social": 0.6875, "psychosocial": null, "overall": 0.7434}))]
pub struct Scores {
    pub economic: Option<f64>,
    pub social: Option<f64>,
    pub psychosocial: Option<f64>,
    /// Weighted mean of the dimensions that have a score.
    pub overall: Option<f64>,
}

fn weighted_mean(items: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = items.fold((0.0, 0.0), |(s, w), (value, weight)| {
        (s + value * weight, w + weight)
    });
    (weights > 0.0).then(|| (sum / weights).clamp(0.0, 1.0))
}

/// Scores validated answers (see the module's rules). Unknown ids are ignored.
pub fn score(answers: &BTreeMap<String, Answer>) -> Scores {
    let dimension = |d: Dimension| {
        weighted_mean(
            INDICATORS
                .iter()
                .filter(|i| i.dimension == d)
                .filter_map(|i| {
                    answers
                        .get(i.id)
                        .map(|answer| (answer.normalised(), i.weight))
                }),
        )
    };
    let economic = dimension(Economic);
    let social = dimension(Social);
    let psychosocial = dimension(Psychosocial);
    let overall = weighted_mean(
        [
            (economic, Economic),
            (social, Social),
            (psychosocial, Psychosocial),
        ]
        .into_iter()
        .filter_map(|(s, d)| s.map(|s| (s, d.weight()))),
    );
    Scores {
        economic,
        social,
        psychosocial,
        overall,
    }
}

/// The case statuses on which follow-ups are recorded: before assistance there
/// is nothing to follow up, and a closed case may still get the follow-up that
/// was due before it closed.
pub const RECORDED_ON: &[CaseStatus] = &[
    CaseStatus::Assisting,
    CaseStatus::Monitoring,
    CaseStatus::Closed,
];

/// Follow-ups are not recorded on a case in this status (409 `case_status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "follow-ups are recorded on cases that are assisting, monitoring or closed; this one is {0}"
)]
pub struct NotRecordable(pub CaseStatus);

impl From<NotRecordable> for Error {
    fn from(error: NotRecordable) -> Self {
        Error::conflict("case_status", error.to_string())
    }
}

/// Whether a follow-up may be recorded on a case in `status` ([`RECORDED_ON`]).
pub fn check_recordable(status: CaseStatus) -> Result<(), NotRecordable> {
    if RECORDED_ON.contains(&status) {
        Ok(())
    } else {
        Err(NotRecordable(status))
    }
}

/// The case has its follow-up at `point` already (409 `duplicate_follow_up`);
/// `existing` names it when it is known. One follow-up per point per case.
pub fn already_recorded(case: Uuid, point: FollowUpPoint, existing: Option<Uuid>) -> Error {
    Error::Conflict(Conflict {
        code: "duplicate_follow_up",
        detail: format!("the case has its {point} follow-up already"),
        holder: existing.map(|id| Holder::FollowUp { case, id }),
    })
}

/// The start of reintegration assistance, from which follow-ups are due: the
/// first delivery of assistance on the case, or, while nothing has been
/// delivered, the case's registration date.
pub fn assistance_start(first_delivery: Option<NaiveDate>, registered_on: NaiveDate) -> NaiveDate {
    first_delivery.unwrap_or(registered_on)
}

/// A follow-up as a case worker records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"point": "month_3", "conducted_on": "2026-05-15",
    "answers": {"income_source": true, "economic_satisfaction": 4, "housing": 3,
        "support_network": 5, "wish_to_stay": true}}))]
pub struct FollowUpInput {
    #[schema(value_type = FollowUpPoint)]
    pub point: String,
    /// Not in the future.
    #[schema(value_type = String, format = Date, example = "2026-05-15")]
    pub conducted_on: String,
    /// Indicator id to answer: an integer 1..=5 for `scale_1_5`, a boolean for `yes_no`. At least one.
    #[schema(value_type = BTreeMap<String, FollowUpAnswerValue>, example = json!({"income_source": true, "housing": 3}))]
    pub answers: BTreeMap<String, serde_json::Value>,
}

/// A validated follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpFields {
    pub point: FollowUpPoint,
    pub conducted_on: NaiveDate,
    pub answers: BTreeMap<String, Answer>,
}

fn answer(indicator: &Indicator, value: &serde_json::Value) -> Option<Answer> {
    match (indicator.scale, value) {
        (OneToFive, serde_json::Value::Number(n)) => n
            .as_u64()
            .filter(|v| (1..=5).contains(v))
            .and_then(|v| u8::try_from(v).ok())
            .map(Answer::Scale),
        (YesNo, serde_json::Value::Bool(b)) => Some(Answer::YesNo(*b)),
        _ => None,
    }
}

impl FollowUpInput {
    pub fn validate(&self, today: NaiveDate) -> Result<FollowUpFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let point = errors.check(FollowUpPoint::parse("point", &self.point));
        let conducted_on = errors.check(validation::past_date(
            "conducted_on",
            &self.conducted_on,
            today,
        ));
        if self.answers.is_empty() {
            errors.add(
                "answers",
                "required",
                "a follow-up answers at least one indicator",
            );
        }
        let mut answers = BTreeMap::new();
        for (id, value) in &self.answers {
            let field = format!("answers.{id}");
            let Some(indicator) = find_indicator(id) else {
                errors.add(
                    field,
                    "unknown_indicator",
                    format!("{id} is not an indicator of the survey"),
                );
                continue;
            };
            match answer(indicator, value) {
                Some(a) => {
                    answers.insert(id.clone(), a);
                }
                None => {
                    let expected = match indicator.scale {
                        OneToFive => "an integer from 1 to 5",
                        YesNo => "true or false",
                    };
                    errors.add(
                        field.clone(),
                        "out_of_range",
                        format!("{field} must be {expected}"),
                    );
                }
            }
        }
        match (point, conducted_on) {
            (Some(point), Some(conducted_on)) if errors.is_empty() => Ok(FollowUpFields {
                point,
                conducted_on,
                answers,
            }),
            _ => Err(errors),
        }
    }
}

/// An indicator as the API lists it (`GET .../follow-up-indicators`).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "income_source", "dimension": "economic", "scale": "yes_no",
    "weight": 2.0, "question": {"ka": "აქვს შემოსავლის მუდმივი წყარო", "en": "Has a regular source of income"}}))]
pub struct IndicatorView {
    pub id: String,
    pub dimension: Dimension,
    pub scale: Scale,
    pub weight: f64,
    pub question: Localised,
}

impl From<&Indicator> for IndicatorView {
    fn from(i: &Indicator) -> Self {
        Self {
            id: i.id.to_owned(),
            dimension: i.dimension,
            scale: i.scale,
            weight: i.weight,
            question: Localised::new(i.question_ka, i.question_en),
        }
    }
}

/// A follow-up as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "point": "month_3",
    "due_on": "2026-05-15", "conducted_on": "2026-05-15",
    "answers": {"income_source": true, "economic_satisfaction": 4},
    "scores": {"economic": 0.9167, "social": null, "psychosocial": null, "overall": 0.9167},
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-05-15T12:00:00Z", "updated_at": "2026-05-15T12:00:00Z"}))]
pub struct FollowUp {
    pub id: Uuid,
    pub case_id: Uuid,
    pub point: FollowUpPoint,
    #[schema(value_type = String, format = Date)]
    pub due_on: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub conducted_on: NaiveDate,
    #[schema(value_type = BTreeMap<String, FollowUpAnswerValue>)]
    pub answers: BTreeMap<String, Answer>,
    pub scores: Scores,
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn where_and_when_follow_ups_are_recorded() {
        for &status in CaseStatus::ALL {
            assert_eq!(
                check_recordable(status).is_ok(),
                RECORDED_ON.contains(&status)
            );
        }
        let refused = Error::from(check_recordable(CaseStatus::Planning).unwrap_err());
        assert!(refused.is_conflict("case_status"), "{refused}");
        let (case, id) = (Uuid::nil(), Uuid::max());
        let Error::Conflict(twice) = already_recorded(case, FollowUpPoint::Month6, Some(id)) else {
            panic!("a conflict")
        };
        assert_eq!(twice.code, "duplicate_follow_up");
        assert_eq!(twice.detail, "the case has its month_6 follow-up already");
        assert_eq!(twice.holder, Some(Holder::FollowUp { case, id }));
        let registered = day(2026, 1, 31);
        assert_eq!(assistance_start(None, registered), registered);
        assert_eq!(
            assistance_start(Some(day(2026, 2, 15)), registered),
            day(2026, 2, 15)
        );
    }

    #[test]
    fn due_dates() {
        assert_eq!(
            due_on(day(2026, 2, 15), FollowUpPoint::Month3),
            day(2026, 5, 15)
        );
        assert_eq!(
            due_on(day(2026, 2, 15), FollowUpPoint::Month6),
            day(2026, 8, 15)
        );
        assert_eq!(
            due_on(day(2026, 2, 15), FollowUpPoint::Month12),
            day(2027, 2, 15)
        );
        assert_eq!(
            due_on(day(2026, 8, 31), FollowUpPoint::Month3),
            day(2026, 11, 30)
        );
        assert_eq!(
            due_on(NaiveDate::MAX, FollowUpPoint::Month3),
            NaiveDate::MAX
        );
    }

    #[test]
    fn the_catalogue_is_well_formed() {
        assert_eq!(INDICATORS.len(), 12);
        for d in Dimension::ALL {
            assert_eq!(INDICATORS.iter().filter(|i| i.dimension == *d).count(), 4);
        }
        for (index, i) in INDICATORS.iter().enumerate() {
            assert!(i.weight > 0.0);
            assert!(INDICATORS[..index].iter().all(|j| j.id != i.id), "{}", i.id);
            assert!(Localised::new(i.question_ka, i.question_en)
                .validate("q")
                .is_ok());
        }
        let total: f64 = Dimension::ALL.iter().map(|d| d.weight()).sum();
        assert!((total - 1.0).abs() < 1e-9);
    }

    fn answers(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    #[test]
    fn scoring() {
        assert_eq!(
            score(&BTreeMap::new()),
            Scores {
                economic: None,
                social: None,
                psychosocial: None,
                overall: None
            }
        );
        // Economic: income yes (weight 2) and satisfaction 4 (0.75): (2 + 0.75) / 3.
        let scores = score(&answers(&[
            ("income_source", Answer::YesNo(true)),
            ("economic_satisfaction", Answer::Scale(4)),
        ]));
        let economic = 2.75 / 3.0;
        assert_eq!(scores.economic, Some(economic));
        assert_eq!((scores.social, scores.psychosocial), (None, None));
        assert_eq!(scores.overall, Some(economic));

        let scores = score(&answers(&[
            ("income_source", Answer::YesNo(false)),
            ("housing", Answer::Scale(5)),
            ("wellbeing", Answer::Scale(3)),
        ]));
        assert_eq!(scores.economic, Some(0.0));
        assert_eq!(scores.social, Some(1.0));
        assert_eq!(scores.psychosocial, Some(0.5));
        let overall = scores.overall.unwrap();
        assert!((overall - (0.33 * 0.0 + 0.33 * 1.0 + 0.34 * 0.5)).abs() < 1e-12);
    }

    #[test]
    fn follow_up_input() {
        let today = day(2026, 5, 20);
        let input: FollowUpInput = serde_json::from_value(json!({"point": "month_3",
            "conducted_on": "2026-05-15",
            "answers": {"income_source": true, "housing": 3}}))
        .unwrap();
        let fields = input.validate(today).unwrap();
        assert_eq!(fields.point, FollowUpPoint::Month3);
        assert_eq!(fields.answers["housing"], Answer::Scale(3));
        assert_eq!(fields.answers["income_source"], Answer::YesNo(true));

        let bad: FollowUpInput = serde_json::from_value(json!({"point": "month_9",
            "conducted_on": "2026-06-01",
            "answers": {"income_source": 1, "housing": 6, "wellbeing": 2.5,
                "belonging": "4", "happiness": 5, "support_network": 0}}))
        .unwrap();
        let codes: Vec<_> = bad
            .validate(today)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        let expected: Vec<(String, String)> = [
            ("point", "invalid_value"),
            ("conducted_on", "in_future"),
            ("answers.belonging", "out_of_range"),
            ("answers.happiness", "unknown_indicator"),
            ("answers.housing", "out_of_range"),
            ("answers.income_source", "out_of_range"),
            ("answers.support_network", "out_of_range"),
            ("answers.wellbeing", "out_of_range"),
        ]
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect();
        assert_eq!(codes, expected);

        let empty = FollowUpInput {
            answers: BTreeMap::new(),
            ..input
        };
        assert_eq!(empty.validate(today).unwrap_err().0[0].field, "answers");
    }

    #[test]
    fn answers_serialise_as_given() {
        let value = serde_json::to_value(answers(&[
            ("housing", Answer::Scale(3)),
            ("income_source", Answer::YesNo(true)),
        ]))
        .unwrap();
        assert_eq!(value, json!({"housing": 3, "income_source": true}));
    }
}

#[cfg(test)]
mod laws {
    use super::*;
    use proptest::prelude::*;

    /// Any subset of the indicators answered with any valid value.
    fn any_answers() -> impl Strategy<Value = BTreeMap<String, Answer>> {
        let per_indicator: Vec<_> = INDICATORS
            .iter()
            .map(|i| {
                let value = match i.scale {
                    OneToFive => (1u8..=5).prop_map(Answer::Scale).boxed(),
                    YesNo => any::<bool>().prop_map(Answer::YesNo).boxed(),
                };
                proptest::option::of(value).prop_map(move |a| a.map(|a| (i.id.to_owned(), a)))
            })
            .collect();
        per_indicator.prop_map(|all| all.into_iter().flatten().collect())
    }

    fn all_scores(s: &Scores) -> [Option<f64>; 4] {
        [s.economic, s.social, s.psychosocial, s.overall]
    }

    /// The answer one step better, if there is one.
    fn better(answer: Answer) -> Option<Answer> {
        match answer {
            Answer::Scale(v) if v < 5 => Some(Answer::Scale(v + 1)),
            Answer::YesNo(false) => Some(Answer::YesNo(true)),
            _ => None,
        }
    }

    proptest! {
        #[test]
        fn scores_lie_between_zero_and_one(answers in any_answers()) {
            let scores = score(&answers);
            for s in all_scores(&scores).into_iter().flatten() {
                prop_assert!((0.0..=1.0).contains(&s), "{s}");
            }
            prop_assert_eq!(scores.overall.is_some(), !answers.is_empty());
        }

        #[test]
        fn a_better_answer_never_lowers_a_score(answers in any_answers(), pick in any::<prop::sample::Index>()) {
            prop_assume!(!answers.is_empty());
            let keys: Vec<_> = answers.keys().cloned().collect();
            let key = &keys[pick.index(keys.len())];
            if let Some(improved) = better(answers[key]) {
                let mut raised = answers.clone();
                raised.insert(key.clone(), improved);
                let (before, after) = (score(&answers), score(&raised));
                for (b, a) in all_scores(&before).into_iter().zip(all_scores(&after)) {
                    prop_assert_eq!(b.is_some(), a.is_some());
                    if let (Some(b), Some(a)) = (b, a) {
                        prop_assert!(a >= b - 1e-12, "{} < {}", a, b);
                    }
                }
                let dim = find_indicator(key).map(|i| i.dimension);
                let (b, a) = match dim {
                    Some(Economic) => (before.economic, after.economic),
                    Some(Social) => (before.social, after.social),
                    _ => (before.psychosocial, after.psychosocial),
                };
                prop_assert!(a > b, "the indicator's own dimension rises");
            }
        }
    }
}
