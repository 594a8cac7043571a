//! The overview fact sheet (`GET /reports/overview`): the headline figures of
//! every stream for a period, each with its value and a one-line definition.
//! A list of [`Figure`]s: the same filters, suppression, CSV and drill-down as
//! the reintegration report (see [`super::reintegration`]), whose figures it
//! repeats where they are the same (`persons_assisted.T` is
//! `by_type.T.persons`, `families_housed` is
//! `by_type.temporary_accommodation.households`, `returns_assisted` is
//! `returns.assisted_voluntary_return`).
//!
//! | figure | counts | lists |
//! |---|---|---|
//! | `returns_assisted` | distinct persons whose stay abroad ended in the period with an assisted voluntary return | persons |
//! | `persons_assisted` | distinct persons with an item of a type other than `counselling_referral` delivered in the period (not a correction): the union of `persons_assisted.T` but counselling | persons |
//! | `persons_assisted.T` | distinct persons with an item of type T delivered in the period (not a correction) | persons |
//! | `startups_supported` | `micro_business` items delivered in the period (not corrections) | assistance items |
//! | `startup_persons_involved` | their beneficiaries and their co-beneficiaries, distinct | persons |
//! | `families_housed` | distinct households of the `temporary_accommodation` items delivered in the period | households |
//! | `persons_employed` | distinct persons with a job placement that started in the period | persons |
//! | `persons_counselled` | distinct persons with a counselling session held in the period, plus the anonymous sessions held in it | persons, then anonymous sessions |
//! | `people_reached_by_outreach` | the people reached of the outreach events held in the period, summed | outreach events |
//! | `persons_trained_vocationally` | distinct persons with a `vocational_training` item delivered in the period (`persons_assisted.vocational_training`) | persons |
//! | `social_enterprises` | social enterprises that enrolled a beneficiary (enrolment started in the period) or created job places in the period | organisations |
//! | `social_enterprise_partners` | the distinct implementing partners (as they are now) of those social enterprises | organisations |
//! | `social_enterprise_beneficiaries` | distinct persons whose enrolment in a social enterprise started in the period | persons |
//! | `job_places_temporary`, `job_places_permanent` | the places of the job places of that term created in the period, summed | job places |
//! | `foreign_migrants_moved` | distinct persons given movement assistance with a departure in the period | persons |
//! | `officials_trained` | distinct officials who attended a training held in the period (see [`super::capacity`]) | training participants (an official's first record of the period) |
//!
//! Filters:
//! - `programme_id` narrows the records that carry a programme: assistance
//!   (without it: every reintegration programme's, as in the reintegration
//!   report), job placements, counselling sessions and outreach events
//!   (without it: all, with a programme or none). Returns, social enterprises
//!   (their beneficiaries, partners and job places) and movement assistance
//!   carry none, and ignore it.
//! - `region`, `sex` and `age_band` narrow the persons counted (beneficiaries,
//!   not their co-beneficiaries, who count with the beneficiaries they joined).
//!   Records of no person: an outreach event is taken by the region it was held
//!   in; anonymous counselling sessions and job places record no region, so a
//!   region filter leaves them out; sex and age band do not apply to any of them
//!   (the people an event reached, an anonymous session, a job place are not
//!   told apart by sex or age).
//!
//! Whose records: an organisation's staff count what their organisation
//! recorded (the assistance of its cases, its placements, sessions, events,
//! enrolments and job places); administrators and monitors count everyone's.
//! Returns and movement assistance are everyone's, as persons and their stays
//! are.
//!
//! Suppression groups ([`GROUPS`]): none. No published figure is the sum of
//! other published figures: `persons_assisted` is a union (a person given two
//! types counts once in it and in each type), `persons_counselled` is made of
//! identified persons and anonymous sessions that are not published apart,
//! and the temporary and permanent job places have no published total. So
//! small cells alone are suppressed for monitors.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::figures::{Figure, Group, Value};
use super::filter::Period;
use crate::error::RecordKind;
use crate::localised::Localised;
use crate::placement::EmploymentTerm;
use crate::reintegration::programme::AssistanceType;

/// One figure of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewFigure {
    ReturnsAssisted,
    PersonsAssisted,
    PersonsAssistedBy(AssistanceType),
    StartupsSupported,
    StartupPersonsInvolved,
    FamiliesHoused,
    PersonsEmployed,
    PersonsCounselled,
    PeopleReachedByOutreach,
    PersonsTrainedVocationally,
    SocialEnterprises,
    SocialEnterprisePartners,
    SocialEnterpriseBeneficiaries,
    JobPlaces(EmploymentTerm),
    ForeignMigrantsMoved,
    OfficialsTrained,
}

/// What the records behind a figure are, which its drill-down lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewRecords {
    Persons,
    /// Assistance items.
    Items,
    Households,
    /// Identified persons, then anonymous counselling sessions.
    PersonsAndAnonymousSessions,
    OutreachEvents,
    /// Organisations (social enterprises, their partners).
    Organisations,
    JobPlaces,
    /// Participants of trainings of officials.
    Participants,
}

impl OverviewRecords {
    /// The kinds of record listed (whoever lists them must reach each).
    pub fn kinds(self) -> &'static [RecordKind] {
        match self {
            Self::Persons => &[RecordKind::Person],
            Self::Items => &[RecordKind::Assistance],
            Self::Households => &[RecordKind::Household],
            Self::PersonsAndAnonymousSessions => {
                &[RecordKind::Person, RecordKind::CounsellingSession]
            }
            Self::OutreachEvents => &[RecordKind::OutreachEvent],
            Self::Organisations => &[RecordKind::Organisation],
            Self::JobPlaces => &[RecordKind::JobPlace],
            Self::Participants => &[RecordKind::TrainingParticipant],
        }
    }
}

/// How a figure's value comes from its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// How many records.
    Count,
    /// Their numbers summed (people reached, places).
    Sum,
}

/// No groups: see the module's documentation.
pub const GROUPS: &[Group<'static>] = &[];

impl OverviewFigure {
    /// Every figure, in the overview's order.
    pub fn all() -> Vec<OverviewFigure> {
        let mut all = vec![Self::ReturnsAssisted, Self::PersonsAssisted];
        all.extend(
            AssistanceType::ALL
                .iter()
                .map(|t| Self::PersonsAssistedBy(*t)),
        );
        all.extend([
            Self::StartupsSupported,
            Self::StartupPersonsInvolved,
            Self::FamiliesHoused,
            Self::PersonsEmployed,
            Self::PersonsCounselled,
            Self::PeopleReachedByOutreach,
            Self::PersonsTrainedVocationally,
            Self::SocialEnterprises,
            Self::SocialEnterprisePartners,
            Self::SocialEnterpriseBeneficiaries,
            Self::JobPlaces(EmploymentTerm::Temporary),
            Self::JobPlaces(EmploymentTerm::Permanent),
            Self::ForeignMigrantsMoved,
            Self::OfficialsTrained,
        ]);
        all
    }

    /// The figure's id (`persons_assisted.medical`).
    pub fn id(self) -> String {
        match self {
            Self::ReturnsAssisted => "returns_assisted".to_owned(),
            Self::PersonsAssisted => "persons_assisted".to_owned(),
            Self::PersonsAssistedBy(kind) => format!("persons_assisted.{kind}"),
            Self::StartupsSupported => "startups_supported".to_owned(),
            Self::StartupPersonsInvolved => "startup_persons_involved".to_owned(),
            Self::FamiliesHoused => "families_housed".to_owned(),
            Self::PersonsEmployed => "persons_employed".to_owned(),
            Self::PersonsCounselled => "persons_counselled".to_owned(),
            Self::PeopleReachedByOutreach => "people_reached_by_outreach".to_owned(),
            Self::PersonsTrainedVocationally => "persons_trained_vocationally".to_owned(),
            Self::SocialEnterprises => "social_enterprises".to_owned(),
            Self::SocialEnterprisePartners => "social_enterprise_partners".to_owned(),
            Self::SocialEnterpriseBeneficiaries => "social_enterprise_beneficiaries".to_owned(),
            Self::JobPlaces(term) => format!("job_places_{term}"),
            Self::ForeignMigrantsMoved => "foreign_migrants_moved".to_owned(),
            Self::OfficialsTrained => "officials_trained".to_owned(),
        }
    }

    /// The figure with this id.
    pub fn parse(id: &str) -> Option<OverviewFigure> {
        Self::all().into_iter().find(|f| f.id() == id)
    }

    /// What the figure's drill-down lists.
    pub fn records(self) -> OverviewRecords {
        match self {
            Self::StartupsSupported => OverviewRecords::Items,
            Self::FamiliesHoused => OverviewRecords::Households,
            Self::PersonsCounselled => OverviewRecords::PersonsAndAnonymousSessions,
            Self::PeopleReachedByOutreach => OverviewRecords::OutreachEvents,
            Self::SocialEnterprises | Self::SocialEnterprisePartners => {
                OverviewRecords::Organisations
            }
            Self::JobPlaces(_) => OverviewRecords::JobPlaces,
            Self::OfficialsTrained => OverviewRecords::Participants,
            _ => OverviewRecords::Persons,
        }
    }

    /// Whether the value counts the records behind it or sums their numbers.
    pub fn measure(self) -> Measure {
        match self {
            Self::PeopleReachedByOutreach | Self::JobPlaces(_) => Measure::Sum,
            _ => Measure::Count,
        }
    }

    /// The one-line definition, in Georgian and English.
    pub fn definition(self) -> Localised {
        let (ka, en): (String, String) = match self {
            Self::ReturnsAssisted => (
                "განსხვავებული პირები, რომელთა საზღვარგარეთ ყოფნა პერიოდში დასრულდა დახმარებით ნებაყოფლობითი დაბრუნებით (assisted_voluntary_return; ნებისმიერი პროგრამა: პროგრამის ფილტრი არ ვრცელდება)".into(),
                "Distinct persons whose stay abroad ended in the period with an assisted voluntary return (whatever the programme: the programme filter does not apply)".into(),
            ),
            Self::PersonsAssisted => (
                "განსხვავებული პირები, რომლებსაც პერიოდში გადაეცათ რეინტეგრაციის ერთი დახმარება მაინც, კონსულტაციისა და გადამისამართების (counselling_referral) გარდა (შესწორებების გარეშე; პროგრამის, ან ყველა რეინტეგრაციის პროგრამის)".into(),
                "Distinct persons given at least one reintegration assistance item other than counselling_referral, delivered in the period (corrections not counted; of the programme, or of every reintegration programme)".into(),
            ),
            Self::PersonsAssistedBy(kind) => (
                format!("განსხვავებული პირები, რომლებსაც პერიოდში გადაეცათ დახმარება „{kind}“ (შესწორებების გარეშე; პროგრამის, ან ყველა რეინტეგრაციის პროგრამის)"),
                format!("Distinct persons given a {kind} item delivered in the period (corrections not counted; of the programme, or of every reintegration programme)"),
            ),
            Self::StartupsSupported => (
                "პერიოდში გადაცემული მიკრობიზნესის გრანტები (micro_business; თითოეული ერთხელ, შესწორებების გარეშე)".into(),
                "Micro-business grants (micro_business items) delivered in the period, each counted once (corrections not counted)".into(),
            ),
            Self::StartupPersonsInvolved => (
                "ამ მიკრობიზნესის გრანტების მიმღები პირები და მათი თანამონაწილეები, განსხვავებული".into(),
                "Distinct persons involved in those micro-business grants: their beneficiaries plus their co-beneficiaries".into(),
            ),
            Self::FamiliesHoused => (
                "განსხვავებული შინამეურნეობები, რომლებსაც პერიოდში გადაეცათ დროებითი საცხოვრებელი (temporary_accommodation; მიმღების შინამეურნეობა დამტკიცებისას)".into(),
                "Distinct households given temporary_accommodation delivered in the period (the beneficiary's household when the item was approved)".into(),
            ),
            Self::PersonsEmployed => (
                "განსხვავებული პირები, რომელთა დასაქმება (job placement) პერიოდში დაიწყო (პროგრამის ფილტრით: ამ პროგრამის დასაქმებები)".into(),
                "Distinct persons with a job placement that started in the period (with a programme filter: placements of that programme)".into(),
            ),
            Self::PersonsCounselled => (
                "განსხვავებული იდენტიფიცირებული პირები პერიოდში ჩატარებული კონსულტაციით, დამატებული პერიოდის ანონიმური კონსულტაციები (პროგრამის ფილტრით: ამ პროგრამის კონსულტაციები; სქესი და ასაკი ანონიმურზე არ ვრცელდება, რეგიონის ფილტრი მათ გამორიცხავს)".into(),
                "Distinct identified persons with a counselling session held in the period, plus the anonymous sessions held in it (with a programme filter: sessions of that programme; sex and age band do not apply to anonymous sessions, a region filter leaves them out: they record no region)".into(),
            ),
            Self::PeopleReachedByOutreach => (
                "პერიოდში ჩატარებული საინფორმაციო ღონისძიებებით მიღწეული ადამიანების ჯამი (პროგრამის ფილტრით: ამ პროგრამის ღონისძიებები; რეგიონი: ღონისძიების რეგიონი; სქესი და ასაკი არ ვრცელდება)".into(),
                "People reached by the outreach events held in the period, summed (with a programme filter: events of that programme; region: where the event was held; sex and age band do not apply)".into(),
            ),
            Self::PersonsTrainedVocationally => (
                "განსხვავებული პირები, რომლებსაც პერიოდში გადაეცათ პროფესიული მომზადება (vocational_training; შესწორებების გარეშე)".into(),
                "Distinct persons given vocational_training delivered in the period (corrections not counted; of the programme, or of every reintegration programme)".into(),
            ),
            Self::SocialEnterprises => (
                "სოციალური საწარმოები, რომლებმაც პერიოდში ჩარიცხეს ბენეფიციარი ან შექმნეს სამუშაო ადგილები (პროგრამის ფილტრი არ ვრცელდება)".into(),
                "Social enterprises that enrolled a beneficiary or created job places in the period (the programme filter does not apply)".into(),
            ),
            Self::SocialEnterprisePartners => (
                "ამ სოციალური საწარმოების განსხვავებული განმახორციელებელი პარტნიორი ორგანიზაციები (ამჟამინდელი პარტნიორები)".into(),
                "Distinct implementing partner organisations of those social enterprises (their partners now)".into(),
            ),
            Self::SocialEnterpriseBeneficiaries => (
                "განსხვავებული პირები, რომელთა ჩარიცხვა სოციალური საწარმოს ბენეფიციარად პერიოდში დაიწყო (პროგრამის ფილტრი არ ვრცელდება)".into(),
                "Distinct persons whose enrolment as a beneficiary of a social enterprise started in the period (the programme filter does not apply)".into(),
            ),
            Self::JobPlaces(term) => {
                let (ka_term, en_term) = match term {
                    EmploymentTerm::Temporary => ("დროებითი", "Temporary"),
                    EmploymentTerm::Permanent => ("მუდმივი", "Permanent"),
                };
                (
                    format!("სოციალური საწარმოების მიერ პერიოდში შექმნილი {ka_term} სამუშაო ადგილების ჯამი (პროგრამის, სქესისა და ასაკის ფილტრი არ ვრცელდება; რეგიონის ფილტრი მათ გამორიცხავს)"),
                    format!("{en_term} job places created by social enterprises in the period, summed (programme, sex and age band do not apply; a region filter leaves them out: they record no region)"),
                )
            }
            Self::ForeignMigrantsMoved => (
                "განსხვავებული უცხოელები, რომლებმაც მიიღეს გადაადგილების დახმარება პერიოდში გამგზავრებით (პროგრამის ფილტრი არ ვრცელდება)".into(),
                "Distinct foreigners given movement assistance with a departure in the period (the programme filter does not apply)".into(),
            ),
            Self::OfficialsTrained => (
                "განსხვავებული თანამდებობის პირები, რომლებიც დაესწრნენ პერიოდში ჩატარებულ ტრენინგს (პროგრამა, სქესი და ასაკი არ ვრცელდება; რეგიონის ფილტრი მათ გამორიცხავს: რეგიონი არ აღირიცხება)".into(),
                "Distinct officials who attended a training held in the period (programme, sex and age band do not apply; a region filter leaves them out: they record no region)".into(),
            ),
        };
        Localised::new(ka, en)
    }
}

/// The exact value of every figure, as the database gives them: by figure id;
/// a figure missing is zero.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(pub BTreeMap<String, i64>);

impl Counts {
    pub fn value(&self, figure: OverviewFigure) -> i64 {
        self.0.get(&figure.id()).copied().unwrap_or(0)
    }

    /// Every figure of the overview, in order, with its definition.
    pub fn figures(&self) -> Vec<Figure> {
        OverviewFigure::all()
            .into_iter()
            .map(|figure| Figure::count(figure.id(), self.value(figure), figure.definition()))
            .collect()
    }
}

/// One headline figure as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "returns_assisted", "value": 122,
    "definition": {"ka": "განსხვავებული პირები, რომელთა საზღვარგარეთ ყოფნა პერიოდში დასრულდა დახმარებით ნებაყოფლობითი დაბრუნებით",
        "en": "Distinct persons whose stay abroad ended in the period with an assisted voluntary return"}}))]
pub struct HeadlineFigure {
    /// The figure's id (`returns_assisted`, `persons_assisted.medical`, ...).
    pub id: String,
    /// An integer; `null` only where suppressed (then listed in `suppressed`).
    pub value: Option<i64>,
    pub definition: Localised,
}

/// The overview fact sheet as the API shows it (a fixed shape: other systems
/// read it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"period": {"from": "2026-01-01", "to": "2026-12-31"},
    "figures": [{"id": "returns_assisted", "value": 122,
        "definition": {"ka": "განსხვავებული პირები, რომელთა საზღვარგარეთ ყოფნა პერიოდში დასრულდა დახმარებით ნებაყოფლობითი დაბრუნებით",
            "en": "Distinct persons whose stay abroad ended in the period with an assisted voluntary return"}},
        {"id": "families_housed", "value": null,
        "definition": {"ka": "განსხვავებული შინამეურნეობები, რომლებსაც პერიოდში გადაეცათ დროებითი საცხოვრებელი",
            "en": "Distinct households given temporary_accommodation delivered in the period"}}],
    "suppressed": ["families_housed"]}))]
pub struct OverviewReport {
    pub period: Period,
    /// Every figure, in a fixed order: `returns_assisted`, `persons_assisted`,
    /// `persons_assisted.<type>` for each assistance type, `startups_supported`,
    /// `startup_persons_involved`, `families_housed`, `persons_employed`,
    /// `persons_counselled`, `people_reached_by_outreach`,
    /// `persons_trained_vocationally`, `social_enterprises`,
    /// `social_enterprise_partners`, `social_enterprise_beneficiaries`,
    /// `job_places_temporary`, `job_places_permanent`, `foreign_migrants_moved`,
    /// `officials_trained`.
    pub figures: Vec<HeadlineFigure>,
    /// The ids of the figures shown as `null` (small cells, for monitors).
    pub suppressed: Vec<String>,
    /// For callers who may read the records behind them: each figure's id and
    /// the path of the list of its records (`GET /reports/overview/records`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<BTreeMap<String, String>>,
}

impl OverviewReport {
    /// The overview of `period` from the figures as disclosed (see
    /// [`super::figures::disclose`]).
    pub fn new(period: Period, shown: &[(Figure, Option<Value>)], suppressed: Vec<String>) -> Self {
        let figures = shown
            .iter()
            .map(|(figure, value)| HeadlineFigure {
                id: figure.id.clone(),
                value: match value {
                    Some(Value::Count(n)) => Some(*n),
                    _ => None,
                },
                definition: figure.definition.clone(),
            })
            .collect();
        Self {
            period,
            figures,
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

    #[test]
    fn every_figure_has_an_id_that_parses_and_a_definition() {
        let all = OverviewFigure::all();
        assert_eq!(all.len(), 2 + AssistanceType::ALL.len() + 14);
        let ids: Vec<String> = all.iter().map(|f| f.id()).collect();
        assert_eq!(ids[0], "returns_assisted");
        assert_eq!(ids[2], "persons_assisted.micro_business");
        assert_eq!(ids[9], "persons_assisted.counselling_referral");
        assert_eq!(ids[ids.len() - 4], "job_places_temporary");
        assert_eq!(ids[ids.len() - 2], "foreign_migrants_moved");
        assert_eq!(ids[ids.len() - 1], "officials_trained");
        for figure in &all {
            assert_eq!(OverviewFigure::parse(&figure.id()), Some(*figure));
            let definition = figure.definition();
            assert!(!definition.ka.is_empty() && !definition.en.is_empty());
            assert!(!definition.en.contains('\n'), "one line: {}", definition.en);
            assert!(!figure.records().kinds().is_empty());
        }
        assert_eq!(OverviewFigure::parse("persons_assisted.nothing"), None);
        assert_eq!(
            OverviewFigure::parse("job_places_permanent").map(OverviewFigure::measure),
            Some(Measure::Sum)
        );
        assert_eq!(
            OverviewFigure::parse("families_housed").map(OverviewFigure::records),
            Some(OverviewRecords::Households)
        );
    }

    #[test]
    fn figures_fill_the_shape_and_small_cells_are_suppressed_for_monitors() {
        let mut counts = Counts::default();
        counts.0.insert("returns_assisted".into(), 12);
        counts.0.insert("families_housed".into(), 3);
        counts.0.insert("people_reached_by_outreach".into(), 450);
        let (shown, suppressed) = disclose(&counts.figures(), GROUPS, Disclosure::Exact);
        let report = OverviewReport::new(period(), &shown, suppressed);
        assert_eq!(report.figures.len(), OverviewFigure::all().len());
        assert_eq!(report.figures[0].value, Some(12));
        assert_eq!(report.figures[1].value, Some(0));
        assert!(report.suppressed.is_empty());
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["figures"][0]["id"], "returns_assisted");
        assert!(json["figures"][0]["definition"]["ka"].is_string());
        assert!(json.get("links").is_none());

        let (shown, suppressed) =
            disclose(&counts.figures(), GROUPS, Disclosure::SmallCellsSuppressed);
        let report = OverviewReport::new(period(), &shown, suppressed);
        assert_eq!(report.suppressed, ["families_housed"]);
        let housed = report.figures.iter().find(|f| f.id == "families_housed");
        assert_eq!(housed.map(|f| f.value), Some(None));
        let reached = report
            .figures
            .iter()
            .find(|f| f.id == "people_reached_by_outreach");
        assert_eq!(reached.map(|f| f.value), Some(Some(450)));
    }
}
