//! The capacity report (`GET /reports/capacity`): officials trained in a
//! period, by organisation and by topic, and what the tests say of the
//! trainings: the mean pre- and post-test scores, the mean improvement, and
//! the share of participants who improved. A list of [`Figure`]s like the
//! integration report, with the same filters, suppression and CSV.
//!
//! | figure | value |
//! |---|---|
//! | `officials_trained` | distinct officials (a user, or a name within an organisation) who attended a training held in the period (one day of it at least in the period) |
//! | `officials_trained.organisation.<id>` | of them, by their organisation; one figure per organisation found |
//! | `officials_trained.topic.<topic>` | of them, those who attended a training of the topic (one may attend several: the parts may add up to more) |
//! | `participations` | attendances: each official once per training attended |
//! | `participations.scored` | of them, with both a pre- and a post-test score |
//! | `pre_test_mean`, `post_test_mean` | the mean scores (0 to 100) of the scored attendances, to one decimal |
//! | `improvement_mean` | the mean of post less pre over them, to one decimal (negative when scores fell) |
//! | `improved_share` | the percentage of them whose post-test score is higher than the pre-test one, to one decimal |
//!
//! Officials are not persons of the registry: `region`, `sex`, `age_band` and
//! `programme_id` do not apply. Whose records: an organisation's staff count
//! the participants of their own organisation; administrators and monitors
//! count everyone's. Suppression: `officials_trained` and its parts by
//! organisation are a group (each official has one organisation); the means
//! and the share follow `participations.scored` and are suppressed with it, or
//! when one to four attendances were scored (they would give scores away).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::figures::{self, Figure, Value};
use super::filter::Period;
use super::integration::IntegrationFigure;
use crate::localised::Localised;
use crate::steering::training::TrainingTopic;

/// One official's attendance of a training held in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    /// Who: the same for every training they attend.
    pub official: String,
    pub organisation_id: Uuid,
    pub topic: TrainingTopic,
    pub pre_test: Option<i64>,
    pub post_test: Option<i64>,
}

/// The report's values from the attendances of the period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Counts by figure id; a figure missing is zero.
    cells: BTreeMap<String, i64>,
    /// Over the scored attendances: the sums of pre, post and improvement,
    /// and how many improved.
    pre: i64,
    post: i64,
    improved: i64,
}

impl Counts {
    /// The counts of `attendances`.
    pub fn of(attendances: &[Attendance]) -> Self {
        let mut officials: BTreeSet<&str> = BTreeSet::new();
        let mut by_organisation: BTreeMap<Uuid, BTreeSet<&str>> = BTreeMap::new();
        let mut by_topic: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        let mut counts = Self::default();
        let mut scored = 0;
        for a in attendances {
            officials.insert(&a.official);
            by_organisation
                .entry(a.organisation_id)
                .or_default()
                .insert(&a.official);
            by_topic
                .entry(a.topic.as_str())
                .or_default()
                .insert(&a.official);
            if let (Some(pre), Some(post)) = (a.pre_test, a.post_test) {
                scored += 1;
                counts.pre += pre;
                counts.post += post;
                counts.improved += i64::from(post > pre);
            }
        }
        let size = |set: &BTreeSet<&str>| i64::try_from(set.len()).unwrap_or(i64::MAX);
        let mut cells = BTreeMap::new();
        cells.insert("officials_trained".to_owned(), size(&officials));
        for (organisation, set) in &by_organisation {
            cells.insert(
                format!("officials_trained.organisation.{organisation}"),
                size(set),
            );
        }
        for topic in TrainingTopic::ALL {
            let n = by_topic.get(topic.as_str()).map_or(0, size);
            cells.insert(format!("officials_trained.topic.{topic}"), n);
        }
        cells.insert(
            "participations".to_owned(),
            i64::try_from(attendances.len()).unwrap_or(i64::MAX),
        );
        cells.insert("participations.scored".to_owned(), scored);
        counts.cells = cells;
        counts
    }

    fn count(&self, id: &str) -> Figure {
        Figure::count(id, figures::cell(&self.cells, id), definition(id))
    }

    /// Every figure of the report, in order, with its definition; the means
    /// and the share only when an attendance was scored.
    pub fn figures(&self) -> Vec<Figure> {
        let mut all = vec![self.count("officials_trained")];
        for id in figures::found(&self.cells, "officials_trained.organisation.") {
            all.push(self.count(&id));
        }
        for topic in TrainingTopic::ALL {
            all.push(self.count(&format!("officials_trained.topic.{topic}")));
        }
        all.push(self.count("participations"));
        all.push(self.count("participations.scored"));
        let scored = figures::cell(&self.cells, "participations.scored");
        let measures = [
            ("pre_test_mean", self.pre),
            ("post_test_mean", self.post),
            ("improvement_mean", self.post - self.pre),
            ("improved_share", self.improved * 100),
        ];
        for (id, sum) in measures {
            if let Some(tenths) = figures::tenths(sum, scored) {
                all.push(Figure::tenths(
                    id,
                    tenths,
                    scored,
                    definition(id),
                    "participations.scored",
                ));
            }
        }
        all
    }

    /// The groups of cells that add up, for secondary suppression.
    pub fn groups(&self) -> Vec<(String, Vec<String>)> {
        vec![(
            "officials_trained".to_owned(),
            figures::found(&self.cells, "officials_trained.organisation."),
        )]
    }
}

/// The one-line definition of a figure, in Georgian and English.
pub fn definition(id: &str) -> Localised {
    let (ka, en): (String, String) = match id {
        "officials_trained" => (
            "განსხვავებული თანამდებობის პირები, რომლებიც დაესწრნენ პერიოდში ჩატარებულ ტრენინგს".into(),
            "Distinct officials who attended a training held in the period".into(),
        ),
        "participations" => (
            "დასწრებები: თითოეული თანამდებობის პირი ერთხელ თითო ტრენინგზე".into(),
            "Attendances: each official once per training attended".into(),
        ),
        "participations.scored" => (
            "მათგან, წინასწარი და საბოლოო ტესტის ქულებით".into(),
            "Of them, those with both a pre-test and a post-test score".into(),
        ),
        "pre_test_mean" => (
            "წინასწარი ტესტის საშუალო ქულა (0-100), ქულიანი დასწრებებისა".into(),
            "The mean pre-test score (0-100) of the scored attendances".into(),
        ),
        "post_test_mean" => (
            "საბოლოო ტესტის საშუალო ქულა (0-100), ქულიანი დასწრებებისა".into(),
            "The mean post-test score (0-100) of the scored attendances".into(),
        ),
        "improvement_mean" => (
            "საშუალო გაუმჯობესება (საბოლოო გამოკლებული წინასწარი), ქულიანი დასწრებებისა".into(),
            "The mean improvement (post-test less pre-test score) of the scored attendances".into(),
        ),
        "improved_share" => (
            "ქულიანი დასწრებების პროცენტი, რომელთა საბოლოო ქულა წინასწარზე მაღალია".into(),
            "The percentage of the scored attendances whose post-test score is higher than the pre-test one".into(),
        ),
        _ => {
            if let Some(organisation) = id.strip_prefix("officials_trained.organisation.") {
                (
                    format!("მათგან, ორგანიზაციის {organisation} თანამშრომლები"),
                    format!("Of them, those of the organisation {organisation}"),
                )
            } else if let Some(topic) = id.strip_prefix("officials_trained.topic.") {
                (
                    format!("მათგან, ვინც დაესწრო „{topic}“ თემის ტრენინგს"),
                    format!("Of them, those who attended a training on {topic}"),
                )
            } else {
                (id.to_owned(), id.to_owned())
            }
        }
    };
    Localised::new(ka, en)
}

/// The capacity report as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"period": {"from": "2026-01-01", "to": "2026-12-31"},
    "figures": [{"id": "officials_trained", "value": 48,
        "definition": {"ka": "განსხვავებული თანამდებობის პირები, რომლებიც დაესწრნენ პერიოდში ჩატარებულ ტრენინგს",
            "en": "Distinct officials who attended a training held in the period"}},
        {"id": "improvement_mean", "value": 17.5,
        "definition": {"ka": "საშუალო გაუმჯობესება (საბოლოო გამოკლებული წინასწარი), ქულიანი დასწრებებისა",
            "en": "The mean improvement (post-test less pre-test score) of the scored attendances"}}],
    "suppressed": []}))]
pub struct CapacityReport {
    pub period: Period,
    /// Every figure, in a fixed order: `officials_trained`, its parts by
    /// organisation (those found) and by topic (every topic), `participations`,
    /// `participations.scored`, then (when an attendance was scored)
    /// `pre_test_mean`, `post_test_mean`, `improvement_mean`, `improved_share`.
    pub figures: Vec<IntegrationFigure>,
    /// The ids of the figures shown as `null` (small cells, for monitors).
    pub suppressed: Vec<String>,
}

impl CapacityReport {
    /// The report of `period` from the figures as disclosed.
    pub fn new(period: Period, shown: &[(Figure, Option<Value>)], suppressed: Vec<String>) -> Self {
        Self {
            period,
            figures: IntegrationFigure::all(shown),
            suppressed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::figures::{disclose, Disclosure};

    fn attendance(
        official: &str,
        organisation: Uuid,
        topic: TrainingTopic,
        scores: Option<(i64, i64)>,
    ) -> Attendance {
        Attendance {
            official: official.to_owned(),
            organisation_id: organisation,
            topic,
            pre_test: scores.map(|s| s.0),
            post_test: scores.map(|s| s.1),
        }
    }

    fn value(figures: &[Figure], id: &str) -> Option<Value> {
        figures.iter().find(|f| f.id == id).map(|f| f.value)
    }

    #[test]
    fn officials_are_counted_once_and_the_means_to_one_decimal() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        use TrainingTopic::*;
        let counts = Counts::of(&[
            attendance("user:1", a, DataProtection, Some((50, 70))),
            attendance("user:1", a, CaseManagement, Some((60, 60))),
            attendance("named:b:nino", b, DataProtection, Some((41, 40))),
            attendance("named:b:eka", b, DataProtection, None),
        ]);
        let figures = counts.figures();
        assert_eq!(value(&figures, "officials_trained"), Some(Value::Count(3)));
        assert_eq!(
            value(&figures, &format!("officials_trained.organisation.{a}")),
            Some(Value::Count(1))
        );
        assert_eq!(
            value(&figures, "officials_trained.topic.data_protection"),
            Some(Value::Count(3))
        );
        assert_eq!(
            value(&figures, "officials_trained.topic.other"),
            Some(Value::Count(0))
        );
        assert_eq!(value(&figures, "participations"), Some(Value::Count(4)));
        assert_eq!(
            value(&figures, "participations.scored"),
            Some(Value::Count(3))
        );
        // (50 + 60 + 41) / 3 = 50.33; (70 + 60 + 40) / 3 = 56.67; 19 / 3 = 6.33; 1 of 3 improved.
        assert_eq!(value(&figures, "pre_test_mean"), Some(Value::Tenths(503)));
        assert_eq!(value(&figures, "post_test_mean"), Some(Value::Tenths(567)));
        assert_eq!(value(&figures, "improvement_mean"), Some(Value::Tenths(63)));
        assert_eq!(value(&figures, "improved_share"), Some(Value::Tenths(333)));
        // A monitor sees no mean of fewer than five scored attendances.
        let owned = counts.groups();
        let borrowed = super::super::integration::groups(&owned);
        let groups = super::super::integration::as_groups(&borrowed);
        let (_, suppressed) = disclose(&figures, &groups, Disclosure::SmallCellsSuppressed);
        for id in [
            "officials_trained",
            "participations.scored",
            "pre_test_mean",
            "improved_share",
        ] {
            assert!(suppressed.contains(&id.to_owned()), "{id}");
        }
        assert!(Counts::of(&[])
            .figures()
            .iter()
            .all(|f| !matches!(f.value, Value::Tenths(_))));
    }

    #[test]
    fn tenths_round_half_away_from_zero() {
        assert_eq!(figures::tenths(1, 4), Some(3)); // 0.25 -> 0.3
        assert_eq!(figures::tenths(-1, 4), Some(-3));
        assert_eq!(figures::tenths(2, 3), Some(7));
        assert_eq!(figures::tenths(5, 0), None);
        assert_eq!(Value::Tenths(-5).text(), "-0.5");
        assert_eq!(Value::Tenths(725).text(), "72.5");
    }
}
