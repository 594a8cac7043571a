//! The figures of the overview, tallied from the records of the period (one
//! [`Record`] each, as [`super::records`] reads them): the one definition of
//! every figure, which both its value and its drill-down use.
//!
//! Most figures count distinct persons (or households, or enterprises) among
//! the records of the period; the tally groups them in hash sets as they
//! arrive, as the reintegration report's does (a database groups them by
//! sorting every record by person, which cost several times the reading).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use integra_domain::error::RecordKind;
use integra_domain::placement::EmploymentTerm;
use integra_domain::reintegration::programme::AssistanceType;
use integra_domain::reports::overview::{Counts, Measure, OverviewFigure};
use uuid::Uuid;

use super::super::{Numbered, Persons};
use crate::error::StoreError;
use crate::rows;

/// Which set of the period a [`Record`] belongs to, and the figures it feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    /// A person's first assisted voluntary return in the period (`person`;
    /// see `returned`), listed for the figure's drill-down.
    Return,
    /// The persons whose first assisted voluntary return was in the period,
    /// counted by the database (`amount`).
    ReturnCount,
    /// An item delivered in the period, not a correction (`id`, `person`,
    /// `key` its type, `parent` its household).
    Given,
    /// A co-beneficiary (`person`) of a delivered `micro_business` item (`id`).
    StartupCoBeneficiary,
    /// A job placement started in the period (`person`).
    Placement,
    /// A counselling session held in the period (`id`; `person` unless anonymous).
    Session,
    /// An outreach event held in the period (`id`; `amount` people reached).
    Outreach,
    /// An enrolment in a social enterprise started in the period (`person`,
    /// `parent` the enterprise).
    Enrolment,
    /// Job places created in the period (`id`, `key` the term, `parent` the
    /// enterprise, `amount` the places).
    JobPlace,
    /// An implementing partner (`id`) of an enterprise of the period.
    Partner,
    /// Movement assistance with a departure in the period (`person`).
    Movement,
    /// An official's first attendance of a training of the period (`id` the
    /// participant, `parent` the training).
    Participant,
}

impl Numbered for Source {
    /// Every source, by its number in [`super::records`]' statement (1..).
    const ALL: &'static [Source] = &[
        Source::Return,
        Source::Given,
        Source::StartupCoBeneficiary,
        Source::Placement,
        Source::Session,
        Source::Outreach,
        Source::Enrolment,
        Source::JobPlace,
        Source::Partner,
        Source::Movement,
        Source::Participant,
        Source::ReturnCount,
    ];
}

impl Source {
    /// The sources the value of every figure is tallied from: all, but the
    /// persons who returned are counted, not listed.
    pub(super) fn counted() -> Vec<Source> {
        Self::ALL
            .iter()
            .copied()
            .filter(|source| *source != Source::Return)
            .collect()
    }

    /// The sources `figure` is tallied from (its drill-down reads only them).
    pub(super) fn of(figure: OverviewFigure) -> &'static [Source] {
        match figure {
            OverviewFigure::ReturnsAssisted => &[Source::Return],
            OverviewFigure::PersonsAssisted
            | OverviewFigure::PersonsAssistedBy(_)
            | OverviewFigure::PersonsTrainedVocationally
            | OverviewFigure::StartupsSupported
            | OverviewFigure::FamiliesHoused => &[Source::Given],
            OverviewFigure::StartupPersonsInvolved => {
                &[Source::Given, Source::StartupCoBeneficiary]
            }
            OverviewFigure::PersonsEmployed => &[Source::Placement],
            OverviewFigure::PersonsCounselled => &[Source::Session],
            OverviewFigure::PeopleReachedByOutreach => &[Source::Outreach],
            OverviewFigure::SocialEnterprises => &[Source::Enrolment, Source::JobPlace],
            OverviewFigure::SocialEnterprisePartners => &[Source::Partner],
            OverviewFigure::SocialEnterpriseBeneficiaries => &[Source::Enrolment],
            OverviewFigure::JobPlaces(_) => &[Source::JobPlace],
            OverviewFigure::ForeignMigrantsMoved => &[Source::Movement],
            OverviewFigure::OfficialsTrained => &[Source::Participant],
        }
    }
}

/// One record of the period, as the statement gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    pub source: Source,
    pub id: Option<Uuid>,
    pub person: Option<Uuid>,
    pub key: Option<String>,
    pub parent: Option<Uuid>,
    pub amount: i64,
}

/// One record behind a figure: its id, kind, parent (the social enterprise of
/// a job place, the training of a participant) and number (people reached,
/// places; 0 for counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Behind {
    pub id: Uuid,
    pub kind: RecordKind,
    pub parent: Option<Uuid>,
    pub amount: i64,
}

/// A job place record: id, enterprise, places.
type Places = (Uuid, Option<Uuid>, i64);

/// The overview's records, grouped.
#[derive(Debug, Clone, Default)]
pub(super) struct Tally {
    returned: Persons,
    /// Persons given an item of another type than `counselling_referral`.
    assisted: HashSet<Uuid>,
    by_type: HashMap<AssistanceType, HashSet<Uuid>>,
    /// Delivered `micro_business` items, and their (co-)beneficiaries.
    startups: HashSet<Uuid>,
    startup_involved: HashSet<Uuid>,
    /// Households given temporary accommodation.
    housed: HashSet<Uuid>,
    employed: HashSet<Uuid>,
    /// Identified persons counselled, and anonymous sessions.
    counselled: HashSet<Uuid>,
    anonymous: Vec<Uuid>,
    outreach: Vec<(Uuid, i64)>,
    enterprises: HashSet<Uuid>,
    partners: HashSet<Uuid>,
    beneficiaries: HashSet<Uuid>,
    places: HashMap<EmploymentTerm, Vec<Places>>,
    moved: HashSet<Uuid>,
    /// Participants and their trainings.
    trained: Vec<(Uuid, Option<Uuid>)>,
}

impl Tally {
    /// Counts one record in.
    pub(super) fn add(&mut self, record: Record) -> Result<(), StoreError> {
        match record.source {
            Source::Return => {
                self.returned.listed.insert(person(&record)?);
            }
            Source::ReturnCount => self.returned.count(record.amount),
            Source::Given => {
                let person = person(&record)?;
                let kind = rows::parse(
                    "assistance type",
                    record.key.as_deref().unwrap_or_default(),
                    AssistanceType::parse,
                )?;
                self.by_type.entry(kind).or_default().insert(person);
                if kind != AssistanceType::CounsellingReferral {
                    self.assisted.insert(person);
                }
                match (kind, record.parent) {
                    (AssistanceType::MicroBusiness, _) => {
                        self.startups.insert(id(&record)?);
                        self.startup_involved.insert(person);
                    }
                    (AssistanceType::TemporaryAccommodation, Some(household)) => {
                        self.housed.insert(household);
                    }
                    _ => {}
                }
            }
            Source::StartupCoBeneficiary => {
                self.startup_involved.insert(person(&record)?);
            }
            Source::Placement => {
                self.employed.insert(person(&record)?);
            }
            Source::Session => match record.person {
                Some(person) => {
                    self.counselled.insert(person);
                }
                None => self.anonymous.push(id(&record)?),
            },
            Source::Outreach => self.outreach.push((id(&record)?, record.amount)),
            Source::Enrolment => {
                self.beneficiaries.insert(person(&record)?);
                if let Some(enterprise) = record.parent {
                    self.enterprises.insert(enterprise);
                }
            }
            Source::JobPlace => {
                let term = rows::parse(
                    "term",
                    record.key.as_deref().unwrap_or_default(),
                    EmploymentTerm::parse,
                )?;
                if let Some(enterprise) = record.parent {
                    self.enterprises.insert(enterprise);
                }
                self.places.entry(term).or_default().push((
                    id(&record)?,
                    record.parent,
                    record.amount,
                ));
            }
            Source::Partner => {
                self.partners.insert(id(&record)?);
            }
            Source::Movement => {
                self.moved.insert(person(&record)?);
            }
            Source::Participant => self.trained.push((id(&record)?, record.parent)),
        }
        Ok(())
    }

    /// The value of every figure: how many records are behind it, or (sums)
    /// what their numbers add up to.
    pub(super) fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for figure in OverviewFigure::all() {
            let value = match figure.measure() {
                Measure::Count => count(self.size(figure)),
                Measure::Sum => self.behind(figure).iter().map(|r| r.amount).sum(),
            };
            counts.0.insert(figure.id(), value);
        }
        counts
    }

    /// How many records are behind `figure`.
    fn size(&self, figure: OverviewFigure) -> usize {
        match figure {
            OverviewFigure::ReturnsAssisted => self.returned.len(),
            OverviewFigure::PersonsAssisted => self.assisted.len(),
            OverviewFigure::PersonsAssistedBy(kind) => {
                self.by_type.get(&kind).map_or(0, HashSet::len)
            }
            OverviewFigure::PersonsTrainedVocationally => self.size(
                OverviewFigure::PersonsAssistedBy(AssistanceType::VocationalTraining),
            ),
            OverviewFigure::StartupsSupported => self.startups.len(),
            OverviewFigure::StartupPersonsInvolved => self.startup_involved.len(),
            OverviewFigure::FamiliesHoused => self.housed.len(),
            OverviewFigure::PersonsEmployed => self.employed.len(),
            OverviewFigure::PersonsCounselled => self.counselled.len() + self.anonymous.len(),
            OverviewFigure::PeopleReachedByOutreach => self.outreach.len(),
            OverviewFigure::SocialEnterprises => self.enterprises.len(),
            OverviewFigure::SocialEnterprisePartners => self.partners.len(),
            OverviewFigure::SocialEnterpriseBeneficiaries => self.beneficiaries.len(),
            OverviewFigure::JobPlaces(term) => self.places.get(&term).map_or(0, Vec::len),
            OverviewFigure::ForeignMigrantsMoved => self.moved.len(),
            OverviewFigure::OfficialsTrained => self.trained.len(),
        }
    }

    /// The records behind `figure`, in no order.
    pub(super) fn behind(&self, figure: OverviewFigure) -> Vec<Behind> {
        let of = |kind: RecordKind, ids: &HashSet<Uuid>| -> Vec<Behind> {
            ids.iter().map(|id| Behind::new(*id, kind)).collect()
        };
        let persons = |ids: &HashSet<Uuid>| of(RecordKind::Person, ids);
        match figure {
            OverviewFigure::ReturnsAssisted => persons(&self.returned.listed),
            OverviewFigure::PersonsAssisted => persons(&self.assisted),
            OverviewFigure::PersonsAssistedBy(kind) => {
                self.by_type.get(&kind).map_or_else(Vec::new, persons)
            }
            OverviewFigure::PersonsTrainedVocationally => self.behind(
                OverviewFigure::PersonsAssistedBy(AssistanceType::VocationalTraining),
            ),
            OverviewFigure::StartupsSupported => of(RecordKind::Assistance, &self.startups),
            OverviewFigure::StartupPersonsInvolved => persons(&self.startup_involved),
            OverviewFigure::FamiliesHoused => of(RecordKind::Household, &self.housed),
            OverviewFigure::PersonsEmployed => persons(&self.employed),
            OverviewFigure::PersonsCounselled => {
                let mut records = persons(&self.counselled);
                records.extend(
                    self.anonymous
                        .iter()
                        .map(|id| Behind::new(*id, RecordKind::CounsellingSession)),
                );
                records
            }
            OverviewFigure::PeopleReachedByOutreach => self
                .outreach
                .iter()
                .map(|(id, people)| Behind {
                    amount: *people,
                    ..Behind::new(*id, RecordKind::OutreachEvent)
                })
                .collect(),
            OverviewFigure::SocialEnterprises => of(RecordKind::Organisation, &self.enterprises),
            OverviewFigure::SocialEnterprisePartners => {
                of(RecordKind::Organisation, &self.partners)
            }
            OverviewFigure::SocialEnterpriseBeneficiaries => persons(&self.beneficiaries),
            OverviewFigure::JobPlaces(term) => {
                self.places.get(&term).map_or_else(Vec::new, |places| {
                    places
                        .iter()
                        .map(|(id, enterprise, places)| Behind {
                            parent: *enterprise,
                            amount: *places,
                            ..Behind::new(*id, RecordKind::JobPlace)
                        })
                        .collect()
                })
            }
            OverviewFigure::ForeignMigrantsMoved => persons(&self.moved),
            OverviewFigure::OfficialsTrained => self
                .trained
                .iter()
                .map(|(id, training)| Behind {
                    parent: *training,
                    ..Behind::new(*id, RecordKind::TrainingParticipant)
                })
                .collect(),
        }
    }
}

impl Behind {
    fn new(id: Uuid, kind: RecordKind) -> Self {
        Behind {
            id,
            kind,
            parent: None,
            amount: 0,
        }
    }
}

fn person(record: &Record) -> Result<Uuid, StoreError> {
    record
        .person
        .ok_or_else(|| StoreError::corrupt("overview record", "a record without its person"))
}

fn id(record: &Record) -> Result<Uuid, StoreError> {
    record
        .id
        .ok_or_else(|| StoreError::corrupt("overview record", "a record without its id"))
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_tallied_from_every_source_but_the_listed_returns() {
        let listed: Vec<_> = Source::ALL
            .iter()
            .filter(|source| !Source::counted().contains(source))
            .collect();
        assert_eq!(listed, [&Source::Return]);
        assert_eq!(Source::counted().len(), Source::ALL.len() - 1);
    }
}
