//! The reintegration report (`GET /reports/reintegration`): a cohort funnel of
//! distinct persons, assistance by type, and returns by return type. Its
//! figures, their ids and definitions, the groups secondary suppression
//! protects, and the fixed shape other systems read.
//!
//! The funnel follows one cohort: the persons reached in the period. Each
//! stage is a subset of the one before (`eligible` and `not_eligible` are
//! disjoint subsets of `screened`: a person's latest decision counts). The
//! assistance by type and the returns are not limited to the cohort: they count
//! what was delivered, and who returned, in the period.
//!
//! | figure | counts (distinct) |
//! |---|---|
//! | `funnel.reached` | persons with a contact about the programme dated in the period, or a case of the programme registered in the period |
//! | `funnel.registered` | of them, persons with a case of the programme registered in the period |
//! | `funnel.screened` | of them, persons with such a case that has an eligibility assessment |
//! | `funnel.eligible`, `funnel.not_eligible` | of them, persons whose latest decision (the move of such a case to `eligible` or `not_eligible`, an admin's override included) is that |
//! | `funnel.assisted` | of the registered, persons with an item of a type other than `counselling_referral` delivered in the period (not a correction) |
//! | `funnel.not_eligible_counselled` | of the not eligible, persons with a `counselling_referral` item delivered in the period |
//! | `by_type.T.persons` | persons with an item of type T delivered in the period (not a correction) |
//! | `by_type.T.persons_involved` | those persons and the co-beneficiaries of those items |
//! | `by_type.T.households` | the households of those items (the beneficiary's, recorded when approved) |
//! | `by_type.T.committed` | money of the items of type T delivered in the period, plus those approved in the period and not (yet) delivered, corrections included |
//! | `by_type.T.delivered` | money of the items of type T delivered in the period, corrections included |
//!
//! For monitors, money is suppressed with the count of persons it goes with,
//! and whenever it is the money of one to four persons.
//! | `returns.R` | persons whose stay abroad ended in the period with return type R (any programme) |
//!
//! "Of the programme" means the programme asked for, or every reintegration
//! programme when none is. Proposed, rejected and cancelled items never count;
//! a correction counts for money only. The filters on persons (region, sex,
//! age band) apply to the persons counted: beneficiaries, not their
//! co-beneficiaries (who are counted with the beneficiaries they joined).

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::figures::{Figure, Group, Value};
use super::filter::Period;
use crate::localised::Localised;
use crate::money::Money;
use crate::reintegration::programme::AssistanceType;
use crate::stay::ReturnType;
use crate::string_enum;

string_enum! {
    /// A stage of the funnel.
    Stage {
        Reached => "reached",
        Registered => "registered",
        Screened => "screened",
        Eligible => "eligible",
        NotEligible => "not_eligible",
        Assisted => "assisted",
        NotEligibleCounselled => "not_eligible_counselled",
    }
}

string_enum! {
    /// What is counted of one assistance type.
    TypeMeasure {
        Persons => "persons",
        PersonsInvolved => "persons_involved",
        Households => "households",
        Committed => "committed",
        Delivered => "delivered",
    }
}

/// The records behind a figure, which its drill-down lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Records {
    Persons,
    Households,
    /// Assistance items (the money figures).
    Items,
}

/// One figure of the reintegration report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReintegrationFigure {
    Funnel(Stage),
    ByType(AssistanceType, TypeMeasure),
    Returns(ReturnType),
}

/// The groups where a total holds disjoint parts: the screened hold the
/// eligible, the not eligible and those not yet decided (unpublished, so only
/// a suppressed part or total gives the others away). The other stages are
/// chains (each one part of the one before, the rest unpublished), by type a
/// person counts in several types, and returns have no published total: no
/// other figures add up.
pub const GROUPS: &[Group<'static>] = &[Group {
    total: "funnel.screened",
    parts: &["funnel.eligible", "funnel.not_eligible"],
}];

impl ReintegrationFigure {
    /// Every figure, in the report's order.
    pub fn all() -> Vec<ReintegrationFigure> {
        let funnel = Stage::ALL.iter().map(|s| Self::Funnel(*s));
        let by_type = AssistanceType::ALL.iter().flat_map(|t| {
            TypeMeasure::ALL
                .iter()
                .map(move |measure| Self::ByType(*t, *measure))
        });
        let returns = ReturnType::ALL.iter().map(|r| Self::Returns(*r));
        funnel.chain(by_type).chain(returns).collect()
    }

    /// The figure's id: its path in the report.
    pub fn path(self) -> String {
        match self {
            Self::Funnel(stage) => format!("funnel.{stage}"),
            Self::ByType(kind, measure) => format!("by_type.{kind}.{measure}"),
            Self::Returns(kind) => format!("returns.{kind}"),
        }
    }

    /// The figure with this id.
    pub fn parse(path: &str) -> Option<ReintegrationFigure> {
        Self::all().into_iter().find(|f| f.path() == path)
    }

    /// What the figure's drill-down lists.
    pub fn records(self) -> Records {
        match self {
            Self::ByType(_, TypeMeasure::Households) => Records::Households,
            Self::ByType(_, TypeMeasure::Committed | TypeMeasure::Delivered) => Records::Items,
            _ => Records::Persons,
        }
    }

    /// The count of persons a money figure follows when suppressed.
    fn follows(self) -> Option<ReintegrationFigure> {
        match self {
            Self::ByType(kind, TypeMeasure::Committed | TypeMeasure::Delivered) => {
                Some(Self::ByType(kind, TypeMeasure::Persons))
            }
            _ => None,
        }
    }

    /// The one-line definition, in Georgian and English.
    pub fn definition(self) -> Localised {
        match self {
            Self::Funnel(stage) => stage_definition(stage),
            Self::ByType(kind, measure) => type_definition(kind, measure),
            Self::Returns(kind) => Localised::new(
                format!(
                    "განსხვავებული პირები, რომელთა საზღვარგარეთ ყოფნა პერიოდში დასრულდა დაბრუნებით „{kind}“ (ნებისმიერი პროგრამა)"
                ),
                format!(
                    "Distinct persons whose stay abroad ended in the period with a return of type {kind} (whatever the programme)"
                ),
            ),
        }
    }
}

fn stage_definition(stage: Stage) -> Localised {
    let (ka, en) = match stage {
        Stage::Reached => (
            "განსხვავებული პირები, რომლებთანაც პერიოდში შედგა კონტაქტი პროგრამის შესახებ, ან რომელთა საქმე პროგრამაში პერიოდში დარეგისტრირდა",
            "Distinct persons with a contact about the programme dated in the period, or a case of the programme registered in the period",
        ),
        Stage::Registered => (
            "მიღწეულთაგან პირები, რომელთა საქმე პროგრამაში პერიოდში დარეგისტრირდა",
            "Of the reached, distinct persons with a case of the programme registered in the period",
        ),
        Stage::Screened => (
            "დარეგისტრირებულთაგან პირები, რომელთა ასეთ საქმეს აქვს უფლებამოსილების ერთი შეფასება მაინც",
            "Of the registered, distinct persons whose case registered in the period has at least one eligibility assessment",
        ),
        Stage::Eligible => (
            "შეფასებულთაგან პირები, რომელთა ბოლო გადაწყვეტილებაა „უფლებამოსილი“ (ადმინისტრატორის მიერ შეცვლილის ჩათვლით)",
            "Of the screened, distinct persons whose latest decision on such a case is eligible (an administrator's override included)",
        ),
        Stage::NotEligible => (
            "შეფასებულთაგან პირები, რომელთა ბოლო გადაწყვეტილებაა „არაუფლებამოსილი“ (ადმინისტრატორის მიერ შეცვლილის ჩათვლით)",
            "Of the screened, distinct persons whose latest decision on such a case is not eligible (an administrator's override included)",
        ),
        Stage::Assisted => (
            "დარეგისტრირებულთაგან პირები, რომლებსაც პერიოდში გადაეცათ ერთი დახმარება მაინც, კონსულტაციისა და გადამისამართების გარდა",
            "Of the registered, distinct persons given at least one item other than counselling_referral, delivered in the period",
        ),
        Stage::NotEligibleCounselled => (
            "არაუფლებამოსილთაგან პირები, რომლებსაც პერიოდში გადაეცათ კონსულტაცია და გადამისამართება (counselling_referral)",
            "Of the not eligible, distinct persons given a counselling_referral item delivered in the period",
        ),
    };
    Localised::new(ka, en)
}

fn type_definition(kind: AssistanceType, measure: TypeMeasure) -> Localised {
    match measure {
        TypeMeasure::Persons => Localised::new(
            format!("განსხვავებული პირები, რომლებსაც პერიოდში გადაეცათ დახმარება „{kind}“ (შესწორებების გარეშე)"),
            format!("Distinct persons given a {kind} item delivered in the period (corrections not counted)"),
        ),
        TypeMeasure::PersonsInvolved => Localised::new(
            format!("ეს პირები და მათი პერიოდში გადაცემული დახმარების („{kind}“) განსხვავებული თანამონაწილეები"),
            format!("Those persons plus the distinct co-beneficiaries of their {kind} items delivered in the period"),
        ),
        TypeMeasure::Households => Localised::new(
            format!("ამ პირთა განსხვავებული შინამეურნეობები, დახმარების („{kind}“) დამტკიცებისას"),
            format!("Distinct households of those persons' {kind} items delivered in the period (the beneficiary's household when approved)"),
        ),
        TypeMeasure::Committed => Localised::new(
            format!("პერიოდში გადაცემული და პერიოდში დამტკიცებული, ჯერ გადაუცემელი დახმარების („{kind}“) თანხა, შესწორებების ჩათვლით"),
            format!("Money of {kind} items delivered in the period plus those approved in the period and not yet delivered, corrections included"),
        ),
        TypeMeasure::Delivered => Localised::new(
            format!("პერიოდში გადაცემული დახმარების („{kind}“) თანხა, შესწორებების ჩათვლით"),
            format!("Money of {kind} items delivered in the period, corrections included"),
        ),
    }
}

/// The exact counts of one assistance type, as the database gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeCounts {
    pub assistance_type: AssistanceType,
    pub persons: i64,
    pub persons_involved: i64,
    pub households: i64,
    pub committed: Money,
    pub delivered: Money,
    /// Distinct persons of the committed money (not published: it decides
    /// whether the money is shown to monitors).
    pub committed_persons: i64,
    /// Distinct persons of the delivered money (not published).
    pub delivered_persons: i64,
}

impl TypeCounts {
    /// Nothing of the type.
    pub fn none(assistance_type: AssistanceType) -> Self {
        Self {
            assistance_type,
            persons: 0,
            persons_involved: 0,
            households: 0,
            committed: Money::ZERO,
            delivered: Money::ZERO,
            committed_persons: 0,
            delivered_persons: 0,
        }
    }
}

/// The exact figures of the report, as the database gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// By stage; a stage missing is zero.
    pub funnel: BTreeMap<&'static str, i64>,
    /// By type; a type missing is none.
    pub by_type: Vec<TypeCounts>,
    /// By return type; a type missing is zero.
    pub returns: BTreeMap<&'static str, i64>,
}

impl Counts {
    /// The value of a figure.
    pub fn value(&self, figure: ReintegrationFigure) -> Value {
        match figure {
            ReintegrationFigure::Funnel(stage) => {
                Value::Count(self.funnel.get(stage.as_str()).copied().unwrap_or(0))
            }
            ReintegrationFigure::Returns(kind) => {
                Value::Count(self.returns.get(kind.as_str()).copied().unwrap_or(0))
            }
            ReintegrationFigure::ByType(kind, measure) => {
                let counts = self
                    .by_type
                    .iter()
                    .find(|t| t.assistance_type == kind)
                    .copied()
                    .unwrap_or(TypeCounts::none(kind));
                match measure {
                    TypeMeasure::Persons => Value::Count(counts.persons),
                    TypeMeasure::PersonsInvolved => Value::Count(counts.persons_involved),
                    TypeMeasure::Households => Value::Count(counts.households),
                    TypeMeasure::Committed => Value::Money(counts.committed),
                    TypeMeasure::Delivered => Value::Money(counts.delivered),
                }
            }
        }
    }

    /// The distinct persons behind a money figure.
    fn persons_behind(&self, figure: ReintegrationFigure) -> Option<i64> {
        let ReintegrationFigure::ByType(kind, measure) = figure else {
            return None;
        };
        let counts = self.by_type.iter().find(|t| t.assistance_type == kind);
        match measure {
            TypeMeasure::Committed => Some(counts.map_or(0, |c| c.committed_persons)),
            TypeMeasure::Delivered => Some(counts.map_or(0, |c| c.delivered_persons)),
            _ => None,
        }
    }

    /// Every figure of the report, in order, with its definition.
    pub fn figures(&self) -> Vec<Figure> {
        ReintegrationFigure::all()
            .into_iter()
            .map(|figure| Figure {
                id: figure.path(),
                value: self.value(figure),
                definition: figure.definition(),
                follows: figure.follows().map(ReintegrationFigure::path),
                persons: self.persons_behind(figure),
            })
            .collect()
    }
}

/// The funnel: distinct persons at each stage; `null` only where suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"reached": 180, "registered": 140, "screened": 131, "eligible": 112,
    "not_eligible": 19, "assisted": 97, "not_eligible_counselled": 15}))]
pub struct Funnel {
    pub reached: Option<i64>,
    pub registered: Option<i64>,
    pub screened: Option<i64>,
    pub eligible: Option<i64>,
    pub not_eligible: Option<i64>,
    pub assisted: Option<i64>,
    pub not_eligible_counselled: Option<i64>,
}

/// The figures of one assistance type; `null` only where suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"type": "micro_business", "persons": 61, "persons_involved": 88,
    "households": 59, "committed": {"amount": "231500.00", "currency": "GEL"},
    "delivered": {"amount": "204000.00", "currency": "GEL"}}))]
pub struct TypeFigures {
    #[serde(rename = "type")]
    pub assistance_type: AssistanceType,
    pub persons: Option<i64>,
    pub persons_involved: Option<i64>,
    pub households: Option<i64>,
    pub committed: Option<Money>,
    pub delivered: Option<Money>,
}

/// Distinct persons returned in the period, by return type; `null` only where suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"assisted_voluntary_return": 122, "readmission": 41,
    "spontaneous": 260, "deportation": null}))]
pub struct Returns {
    pub assisted_voluntary_return: Option<i64>,
    pub readmission: Option<i64>,
    pub spontaneous: Option<i64>,
    pub deportation: Option<i64>,
}

/// The reintegration report as the API shows it (a fixed shape: other systems
/// read it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"period": {"from": "2026-01-01", "to": "2026-12-31"},
    "funnel": {"reached": 180, "registered": 140, "screened": 131, "eligible": 112,
        "not_eligible": 19, "assisted": 97, "not_eligible_counselled": 15},
    "by_type": [{"type": "micro_business", "persons": 61, "persons_involved": 88,
        "households": 59, "committed": {"amount": "231500.00", "currency": "GEL"},
        "delivered": {"amount": "204000.00", "currency": "GEL"}}],
    "returns": {"assisted_voluntary_return": 122, "readmission": 41, "spontaneous": 260,
        "deportation": null},
    "suppressed": ["returns.deportation"]}))]
pub struct ReintegrationReport {
    pub period: Period,
    pub funnel: Funnel,
    /// Every assistance type, in the catalogue's order.
    pub by_type: Vec<TypeFigures>,
    pub returns: Returns,
    /// The ids of the figures shown as `null` (small cells, for monitors).
    pub suppressed: Vec<String>,
    /// For callers who may read the records behind them: each figure's id and
    /// the path of the list of its records (`GET /reports/reintegration/records`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<BTreeMap<String, String>>,
}

impl ReintegrationReport {
    /// The report of `period` from the figures as disclosed (see
    /// [`super::figures::disclose`]).
    pub fn new(period: Period, shown: &[(Figure, Option<Value>)], suppressed: Vec<String>) -> Self {
        let value = |figure: ReintegrationFigure| {
            let path = figure.path();
            shown
                .iter()
                .find(|(f, _)| f.id == path)
                .and_then(|(_, value)| *value)
        };
        let count = |figure| match value(figure) {
            Some(Value::Count(n)) => Some(n),
            _ => None,
        };
        let money = |figure| match value(figure) {
            Some(Value::Money(m)) => Some(m),
            _ => None,
        };
        let stage = |s| count(ReintegrationFigure::Funnel(s));
        let returned = |r| count(ReintegrationFigure::Returns(r));
        Self {
            period,
            funnel: Funnel {
                reached: stage(Stage::Reached),
                registered: stage(Stage::Registered),
                screened: stage(Stage::Screened),
                eligible: stage(Stage::Eligible),
                not_eligible: stage(Stage::NotEligible),
                assisted: stage(Stage::Assisted),
                not_eligible_counselled: stage(Stage::NotEligibleCounselled),
            },
            by_type: AssistanceType::ALL
                .iter()
                .map(|kind| {
                    let of = |m| ReintegrationFigure::ByType(*kind, m);
                    TypeFigures {
                        assistance_type: *kind,
                        persons: count(of(TypeMeasure::Persons)),
                        persons_involved: count(of(TypeMeasure::PersonsInvolved)),
                        households: count(of(TypeMeasure::Households)),
                        committed: money(of(TypeMeasure::Committed)),
                        delivered: money(of(TypeMeasure::Delivered)),
                    }
                })
                .collect(),
            returns: Returns {
                assisted_voluntary_return: returned(ReturnType::AssistedVoluntaryReturn),
                readmission: returned(ReturnType::Readmission),
                spontaneous: returned(ReturnType::Spontaneous),
                deportation: returned(ReturnType::Deportation),
            },
            suppressed,
            links: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::figures::{disclose, Disclosure};
    use chrono::NaiveDate;

    fn period() -> Period {
        Period {
            from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        }
    }

    fn counts() -> Counts {
        let mut counts = Counts::default();
        for (stage, n) in [
            ("reached", 40),
            ("registered", 30),
            ("screened", 12),
            ("eligible", 9),
            ("not_eligible", 3),
            ("assisted", 8),
            ("not_eligible_counselled", 0),
        ] {
            counts.funnel.insert(stage, n);
        }
        counts.by_type.push(TypeCounts {
            assistance_type: AssistanceType::MicroBusiness,
            persons: 2,
            persons_involved: 5,
            households: 2,
            committed: Money::from_tetri(700_000),
            delivered: Money::from_tetri(350_000),
            committed_persons: 3,
            delivered_persons: 2,
        });
        counts.by_type.push(TypeCounts {
            committed: Money::from_tetri(150_000),
            committed_persons: 1,
            ..TypeCounts::none(AssistanceType::SelfEmploymentSupport)
        });
        counts.returns.insert("readmission", 17);
        counts
    }

    #[test]
    fn every_figure_has_an_id_that_parses_and_a_definition() {
        let all = ReintegrationFigure::all();
        assert_eq!(all.len(), 7 + 8 * 5 + 4);
        for figure in &all {
            assert_eq!(ReintegrationFigure::parse(&figure.path()), Some(*figure));
            let definition = figure.definition();
            assert!(!definition.ka.is_empty() && !definition.en.is_empty());
            assert!(!definition.en.contains('\n'), "one line: {}", definition.en);
        }
        assert_eq!(
            ReintegrationFigure::parse("by_type.micro_business.persons"),
            Some(ReintegrationFigure::ByType(
                AssistanceType::MicroBusiness,
                TypeMeasure::Persons
            ))
        );
        assert_eq!(ReintegrationFigure::parse("funnel.nobody"), None);
        assert_eq!(
            ReintegrationFigure::parse("by_type.medical.households")
                .unwrap()
                .records(),
            Records::Households
        );
        assert_eq!(
            ReintegrationFigure::parse("returns.readmission")
                .unwrap()
                .records(),
            Records::Persons
        );
    }

    #[test]
    fn exact_figures_fill_the_shape() {
        let counts = counts();
        let (shown, suppressed) = disclose(&counts.figures(), GROUPS, Disclosure::Exact);
        let report = ReintegrationReport::new(period(), &shown, suppressed);
        assert_eq!(report.funnel.reached, Some(40));
        assert_eq!(report.funnel.not_eligible_counselled, Some(0));
        assert_eq!(report.by_type.len(), AssistanceType::ALL.len());
        assert_eq!(report.by_type[0].persons_involved, Some(5));
        assert_eq!(
            report.by_type[0].committed,
            Some(Money::from_tetri(700_000))
        );
        assert_eq!(report.by_type[1].persons, Some(0));
        assert_eq!(report.by_type[1].delivered, Some(Money::ZERO));
        assert_eq!(
            report.by_type[1].committed,
            Some(Money::from_tetri(150_000))
        );
        assert_eq!(report.returns.readmission, Some(17));
        assert_eq!(report.returns.deportation, Some(0));
        assert!(report.suppressed.is_empty());
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["by_type"][0]["type"], "micro_business");
        assert_eq!(json["by_type"][0]["delivered"]["amount"], "3500.00");
        assert!(json.get("links").is_none());
    }

    #[test]
    fn monitors_see_small_cells_and_what_would_give_them_away_suppressed() {
        let counts = counts();
        let (shown, suppressed) =
            disclose(&counts.figures(), GROUPS, Disclosure::SmallCellsSuppressed);
        let report = ReintegrationReport::new(period(), &shown, suppressed);
        // 3 not eligible is small; 12 screened - 9 eligible would give it away.
        assert_eq!(report.funnel.not_eligible, None);
        assert_eq!(report.funnel.eligible, None);
        assert_eq!(report.funnel.screened, Some(12));
        // Two persons with micro-business grants: their count and money.
        assert_eq!(report.by_type[0].persons, None);
        assert_eq!(report.by_type[0].households, None);
        assert_eq!(report.by_type[0].persons_involved, Some(5));
        assert_eq!(report.by_type[0].committed, None);
        assert_eq!(report.by_type[0].delivered, None);
        assert_eq!(
            report.suppressed,
            [
                "funnel.eligible",
                "funnel.not_eligible",
                "by_type.micro_business.persons",
                "by_type.micro_business.households",
                "by_type.micro_business.committed",
                "by_type.micro_business.delivered",
                // One person's approved grant, though nobody was given one yet.
                "by_type.self_employment_support.committed",
            ]
        );
        let json = serde_json::to_value(&report).unwrap();
        assert!(json["funnel"]["eligible"].is_null());
        assert!(json["by_type"][0]["committed"].is_null());
    }
}
