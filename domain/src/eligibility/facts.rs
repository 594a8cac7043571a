//! Facts: what the engine knows about a person on the application date.
//!
//! Every fact is optional; a missing one is *unknown*, never assumed. The rule
//! language reads the closed set of [`FactName`]s: the given facts and the ones
//! derived from them ([`Facts::table`]), each of one [`FactType`].
//!
//! Derivations (all unknown when what they need is unknown):
//! - `age_years`: whole years from `date_of_birth` to `application_date`; a
//!   29 February birthday is reached on 1 March in common years.
//! - `longest_irregular_stay`: the longest (in calendar months, then days) stay
//!   with legal status `irregular`; an open stay lasts until the application
//!   date. No irregular stay gives an empty span. A stay of legal status
//!   `unknown` that is longer than every irregular one makes the fact unknown
//!   (it could be the longest irregular stay).
//! - `asylum_sought`: some stay is `asylum_applied` or `asylum_granted`; false
//!   only if no stay has an `unknown` legal status.
//! - `last_return_date`: the end of the latest stay (by start date); unknown if
//!   there are no stays or the latest is still open.
//! - `time_since_last_return`: the span from the last return to the application
//!   date (negative if the application date is earlier).
//! - `irregular_stays_in`: the countries of the irregular stays; `has "IL"` is
//!   passed with an irregular stay in IL, not_evaluable with a stay in IL of
//!   unknown legal status (and none irregular), failed otherwise.
//! - `certificates`: the certificates held that have not expired on the
//!   application date (without an application date, every one given).
//!
//! The labour facts (`isced_level`, `experience_months`, `languages`,
//! `certificates`, `close_relatives_in`, `occupations`) come from a jobseeker
//! profile; without one they are unknown.

use std::cmp::Ordering;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use utoipa::ToSchema;

use crate::labour::jobseeker::CefrLevel;
use crate::person::ResidenceStatus;
use crate::stay::LegalStatus;
use crate::string_enum;

/// What is known about a person; every field may be absent (unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schema(example = json!({
    "citizenship": "GE", "residence_status": "citizen", "date_of_birth": "1988-04-12",
    "stays_abroad": [{"country": "DE", "start_date": "2019-03-01", "end_date": "2025-05-20",
        "legal_status": "irregular"}],
    "application_date": "2026-01-31", "grants_received": 0}))]
pub struct Facts {
    /// ISO 3166-1 alpha-2 code (`GE`) or `stateless`.
    #[schema(example = "GE")]
    pub citizenship: Option<String>,
    pub residence_status: Option<ResidenceStatus>,
    #[schema(example = "1988-04-12")]
    pub date_of_birth: Option<NaiveDate>,
    /// The stays abroad; absent when unknown, empty when known to be none.
    pub stays_abroad: Option<Vec<StayFact>>,
    /// The date the rules are evaluated on.
    #[schema(example = "2026-01-31")]
    pub application_date: Option<NaiveDate>,
    /// Grants already delivered to the person by this programme.
    #[schema(example = 0)]
    pub grants_received: Option<u32>,
    /// The highest ISCED 2011 level attained (0 to 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = 3)]
    pub isced_level: Option<i64>,
    /// Months of work experience.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = 36)]
    pub experience_months: Option<i64>,
    /// Languages spoken, with CEFR levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<LanguageFact>>,
    /// Certificates held (lower-case names), with their expiry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates: Option<Vec<CertificateFact>>,
    /// Countries (ISO 3166-1 alpha-2) where close relatives live.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = json!([]))]
    pub close_relatives_in: Option<Vec<String>>,
    /// Occupations (ISCO-08 unit groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = json!(["5322"]))]
    pub occupations: Option<Vec<String>>,
}

/// A language spoken, at a CEFR level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"language": "en", "level": "B1"}))]
pub struct LanguageFact {
    /// ISO 639-1 code, lower case.
    #[schema(example = "en")]
    pub language: String,
    pub level: CefrLevel,
}

/// A certificate held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "caregiver", "expires_on": "2028-06-30"}))]
pub struct CertificateFact {
    /// Lower case.
    #[schema(example = "caregiver")]
    pub name: String,
    /// The last day it is valid; absent when it does not expire.
    #[serde(default)]
    pub expires_on: Option<NaiveDate>,
}

impl Facts {
    /// What the registry knows about `person` on `on`, for a programme's rules:
    /// stays that began after `on` are not yet known on that day;
    /// `grants_received` counts the programme's grants delivered to the person.
    pub fn of_registry(
        person: &crate::person::Person,
        stays: &[crate::stay::StayAbroad],
        grants_received: u32,
        on: NaiveDate,
    ) -> Self {
        let stays_abroad = stays
            .iter()
            .filter(|s| s.start_date <= on)
            .map(|s| StayFact {
                country: s.country.clone(),
                start_date: s.start_date,
                end_date: s.end_date,
                legal_status: s.legal_status,
            })
            .collect();
        Facts {
            citizenship: person.citizenship.clone(),
            residence_status: person.residence_status,
            date_of_birth: person.date_of_birth,
            stays_abroad: Some(stays_abroad),
            application_date: Some(on),
            grants_received: Some(grants_received),
            ..Facts::default()
        }
    }

    /// No fact but the day: what a profile's own facts are added to when no
    /// rule reads the registry ([`Self::with_profile`]).
    pub fn on(day: NaiveDate) -> Self {
        Self {
            application_date: Some(day),
            ..Self::default()
        }
    }

    /// These facts with the labour facts of a jobseeker profile.
    pub fn with_profile(mut self, profile: &crate::labour::jobseeker::Jobseeker) -> Self {
        self.isced_level = Some(profile.education.isced_level);
        self.experience_months = Some(profile.experience_months);
        self.languages = Some(
            profile
                .languages
                .iter()
                .filter_map(|l| {
                    CefrLevel::parse("level", &l.level)
                        .ok()
                        .map(|level| LanguageFact {
                            language: l.language.clone(),
                            level,
                        })
                })
                .collect(),
        );
        self.certificates = Some(
            profile
                .certificates
                .iter()
                .map(|c| CertificateFact {
                    name: c.name.clone(),
                    expires_on: c
                        .expires_on
                        .as_deref()
                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                })
                .collect(),
        );
        self.close_relatives_in = Some(profile.close_relatives_in.clone());
        self.occupations = Some(profile.occupations.clone());
        self
    }
}

/// One stay abroad, as far as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schema(example = json!({"country": "DE", "start_date": "2019-03-01",
    "end_date": "2025-05-20", "legal_status": "irregular"}))]
pub struct StayFact {
    #[schema(example = "DE")]
    pub country: String,
    #[schema(example = "2019-03-01")]
    pub start_date: NaiveDate,
    /// The return date; absent while still abroad.
    #[schema(example = "2025-05-20")]
    pub end_date: Option<NaiveDate>,
    pub legal_status: LegalStatus,
}

string_enum! {
    /// The facts a condition may read.
    FactName {
        Citizenship => "citizenship",
        ResidenceStatus => "residence_status",
        DateOfBirth => "date_of_birth",
        ApplicationDate => "application_date",
        GrantsReceived => "grants_received",
        AgeYears => "age_years",
        LongestIrregularStay => "longest_irregular_stay",
        AsylumSought => "asylum_sought",
        LastReturnDate => "last_return_date",
        TimeSinceLastReturn => "time_since_last_return",
        IrregularStaysIn => "irregular_stays_in",
        IscedLevel => "isced_level",
        ExperienceMonths => "experience_months",
        Languages => "languages",
        Certificates => "certificates",
        CloseRelativesIn => "close_relatives_in",
        Occupations => "occupations",
    }
}

/// How many facts there are.
pub const FACT_COUNT: usize = FactName::ALL.len();

string_enum! {
    /// The type of a fact, which fixes the operators and values a comparison may use.
    FactType {
        Text => "text",
        Enum => "enum",
        Integer => "integer",
        Boolean => "boolean",
        Date => "date",
        Duration => "duration",
        /// A set of texts (countries, certificates): `has` a member.
        Set => "set",
        /// Languages with levels: `has` a language at a level or above.
        Languages => "languages",
    }
}

impl FactName {
    /// The fact's type.
    pub fn fact_type(self) -> FactType {
        match self {
            Self::Citizenship => FactType::Text,
            Self::ResidenceStatus => FactType::Enum,
            Self::DateOfBirth | Self::ApplicationDate | Self::LastReturnDate => FactType::Date,
            Self::GrantsReceived | Self::AgeYears | Self::IscedLevel | Self::ExperienceMonths => {
                FactType::Integer
            }
            Self::IrregularStaysIn
            | Self::Certificates
            | Self::CloseRelativesIn
            | Self::Occupations => FactType::Set,
            Self::Languages => FactType::Languages,
            Self::LongestIrregularStay | Self::TimeSinceLastReturn => FactType::Duration,
            Self::AsylumSought => FactType::Boolean,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The value of a known fact; text borrows from the [`Facts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactValue<'a> {
    Text(&'a str),
    Residence(ResidenceStatus),
    Integer(i64),
    Boolean(bool),
    Date(NaiveDate),
    Duration(Span),
    /// A set of texts.
    Texts(&'a [String]),
    /// The stays abroad, read as the set of countries of irregular stays.
    IrregularStays(&'a [StayFact]),
    Languages(&'a [LanguageFact]),
    /// The certificates held, of which those valid on the day (all, without one) count.
    Certificates(&'a [CertificateFact], Option<NaiveDate>),
}

impl FactValue<'_> {
    /// Whether a set-valued fact has `member`: `None` when that is not known.
    pub fn has(self, member: &str) -> Option<bool> {
        match self {
            Self::Texts(texts) => Some(texts.iter().any(|t| t == member)),
            Self::Certificates(held, on) => {
                Some(valid_certificates(held, on).any(|name| name == member))
            }
            Self::IrregularStays(stays) => {
                let mut unknown = false;
                for stay in stays.iter().filter(|s| s.country == member) {
                    match stay.legal_status {
                        LegalStatus::Irregular => return Some(true),
                        LegalStatus::Unknown => unknown = true,
                        _ => {}
                    }
                }
                (!unknown).then_some(false)
            }
            _ => None,
        }
    }
}

/// The names of the certificates of `held` valid on `on` (all without a day).
fn valid_certificates(
    held: &[CertificateFact],
    on: Option<NaiveDate>,
) -> impl Iterator<Item = &str> {
    held.iter()
        .filter(move |c| {
            c.expires_on
                .zip(on)
                .is_none_or(|(expires, on)| expires >= on)
        })
        .map(|c| c.name.as_str())
}

impl Serialize for FactValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(text) => serializer.serialize_str(text),
            Self::Residence(status) => serializer.serialize_str(status.as_str()),
            Self::Integer(value) => serializer.serialize_i64(*value),
            Self::Boolean(value) => serializer.serialize_bool(*value),
            Self::Date(date) => date.serialize(serializer),
            Self::Duration(span) => span.serialize(serializer),
            Self::Texts(texts) => texts.serialize(serializer),
            Self::IrregularStays(stays) => {
                let mut countries: Vec<&str> = stays
                    .iter()
                    .filter(|s| s.legal_status == LegalStatus::Irregular)
                    .map(|s| s.country.as_str())
                    .collect();
                countries.sort_unstable();
                countries.dedup();
                countries.serialize(serializer)
            }
            Self::Languages(languages) => languages.serialize(serializer),
            Self::Certificates(held, on) => {
                let valid: Vec<&str> = valid_certificates(held, *on).collect();
                valid.serialize(serializer)
            }
        }
    }
}

/// A stretch of calendar time, for duration facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// No time at all (no irregular stay).
    Empty,
    /// From one date to another; `to` may be before `from` (a negative span).
    Between { from: NaiveDate, to: NaiveDate },
}

/// The anchor date of an empty span.
const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

impl Span {
    fn bounds(self) -> (NaiveDate, NaiveDate) {
        match self {
            Self::Empty => (EPOCH, EPOCH),
            Self::Between { from, to } => (from, to),
        }
    }

    /// Orders this span against `months` calendar months plus `days` days,
    /// counted from its start: `Less` when `to < from + months + days`.
    pub fn cmp_calendar(self, months: u32, days: u32) -> Ordering {
        let (from, to) = self.bounds();
        let threshold = from
            .checked_add_months(Months::new(months))
            .and_then(|date| date.checked_add_days(Days::new(u64::from(days))));
        match threshold {
            Some(threshold) => to.cmp(&threshold),
            // Beyond the calendar: longer than any span.
            None => Ordering::Less,
        }
    }

    /// The span as whole calendar months and remaining days (both negative
    /// for a negative span).
    pub fn months_days(self) -> (i64, i64) {
        let (from, to) = self.bounds();
        if to < from {
            let (months, days) = months_days(to, from);
            (-months, -days)
        } else {
            months_days(from, to)
        }
    }
}

/// Months and days from `from` to `to >= from`.
fn months_days(from: NaiveDate, to: NaiveDate) -> (i64, i64) {
    let mut months = (i64::from(to.year()) - i64::from(from.year())) * 12 + i64::from(to.month())
        - i64::from(from.month());
    let add = |months: i64| {
        u32::try_from(months)
            .ok()
            .and_then(|m| from.checked_add_months(Months::new(m)))
    };
    while months > 0 && add(months).is_none_or(|date| date > to) {
        months -= 1;
    }
    let months = months.max(0);
    let anchor = add(months).unwrap_or(from);
    (months, (to - anchor).num_days())
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (months, days) = self.months_days();
        let mut map = serializer.serialize_map(None)?;
        if let Self::Between { from, to } = self {
            map.serialize_entry("from", from)?;
            map.serialize_entry("to", to)?;
        }
        map.serialize_entry("months", &months)?;
        map.serialize_entry("days", &days)?;
        map.end()
    }
}

/// Every fact's value (`None` = unknown), given and derived, for one evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactTable<'a> {
    values: [Option<FactValue<'a>>; FACT_COUNT],
}

impl Default for FactTable<'_> {
    fn default() -> Self {
        Self {
            values: [None; FACT_COUNT],
        }
    }
}

impl<'a> FactTable<'a> {
    /// The value of `name`, if known.
    pub fn get(&self, name: FactName) -> Option<FactValue<'a>> {
        self.values.get(name.index()).copied().flatten()
    }

    /// Sets (or, with `None`, forgets) the value of `name`. The value must be
    /// of the fact's type; one that is not makes comparisons not_evaluable.
    pub fn set(&mut self, name: FactName, value: Option<FactValue<'a>>) {
        if let Some(slot) = self.values.get_mut(name.index()) {
            *slot = value;
        }
    }
}

impl Facts {
    /// The given and derived facts, ready for evaluation.
    pub fn table(&self) -> FactTable<'_> {
        let application = self.application_date;
        let mut table = FactTable::default();
        let stays = self.stays_abroad.as_deref();
        let last_return = stays.and_then(last_return_date);
        let entries = [
            (
                FactName::Citizenship,
                self.citizenship.as_deref().map(FactValue::Text),
            ),
            (
                FactName::ResidenceStatus,
                self.residence_status.map(FactValue::Residence),
            ),
            (
                FactName::DateOfBirth,
                self.date_of_birth.map(FactValue::Date),
            ),
            (FactName::ApplicationDate, application.map(FactValue::Date)),
            (
                FactName::GrantsReceived,
                self.grants_received
                    .map(|n| FactValue::Integer(i64::from(n))),
            ),
            (
                FactName::AgeYears,
                self.date_of_birth
                    .zip(application)
                    .map(|(birth, on)| FactValue::Integer(age_years(birth, on))),
            ),
            (
                FactName::LongestIrregularStay,
                stays
                    .and_then(|stays| longest_irregular_stay(stays, application))
                    .map(FactValue::Duration),
            ),
            (
                FactName::AsylumSought,
                stays.and_then(asylum_sought).map(FactValue::Boolean),
            ),
            (FactName::LastReturnDate, last_return.map(FactValue::Date)),
            (
                FactName::TimeSinceLastReturn,
                last_return
                    .zip(application)
                    .map(|(from, to)| FactValue::Duration(Span::Between { from, to })),
            ),
        ];
        for (name, value) in entries {
            table.set(name, value);
        }
        let labour = [
            (
                FactName::IrregularStaysIn,
                stays.map(FactValue::IrregularStays),
            ),
            (
                FactName::IscedLevel,
                self.isced_level.map(FactValue::Integer),
            ),
            (
                FactName::ExperienceMonths,
                self.experience_months.map(FactValue::Integer),
            ),
            (
                FactName::Languages,
                self.languages.as_deref().map(FactValue::Languages),
            ),
            (
                FactName::Certificates,
                self.certificates
                    .as_deref()
                    .map(|held| FactValue::Certificates(held, application)),
            ),
            (
                FactName::CloseRelativesIn,
                self.close_relatives_in.as_deref().map(FactValue::Texts),
            ),
            (
                FactName::Occupations,
                self.occupations.as_deref().map(FactValue::Texts),
            ),
        ];
        for (name, value) in labour {
            table.set(name, value);
        }
        table
    }
}

/// Whole years from `birth` to `on` (negative if `on` is before `birth`).
pub fn age_years(birth: NaiveDate, on: NaiveDate) -> i64 {
    let years = i64::from(on.year()) - i64::from(birth.year());
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years - 1
    } else {
        years
    }
}

/// See the module documentation.
fn longest_irregular_stay(stays: &[StayFact], application: Option<NaiveDate>) -> Option<Span> {
    let mut longest: Option<((i64, i64), Span)> = None;
    let mut longest_unknown = (0, 0);
    for stay in stays {
        let irregular = match stay.legal_status {
            LegalStatus::Irregular => true,
            LegalStatus::Unknown => false,
            _ => continue,
        };
        let span = Span::Between {
            from: stay.start_date,
            to: stay.end_date.or(application)?,
        };
        let length = span.months_days();
        if irregular {
            if longest.is_none_or(|(best, _)| length > best) {
                longest = Some((length, span));
            }
        } else {
            longest_unknown = longest_unknown.max(length);
        }
    }
    let known = longest.map_or((0, 0), |(length, _)| length);
    if longest_unknown > known {
        return None;
    }
    Some(longest.map_or(Span::Empty, |(_, span)| span))
}

/// See the module documentation.
fn asylum_sought(stays: &[StayFact]) -> Option<bool> {
    let mut unknown = false;
    for stay in stays {
        match stay.legal_status {
            LegalStatus::AsylumApplied | LegalStatus::AsylumGranted => return Some(true),
            LegalStatus::Unknown => unknown = true,
            LegalStatus::Irregular | LegalStatus::Regular => {}
        }
    }
    (!unknown).then_some(false)
}

/// See the module documentation.
fn last_return_date(stays: &[StayFact]) -> Option<NaiveDate> {
    stays.iter().max_by_key(|stay| stay.start_date)?.end_date
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn stay(start: &str, end: Option<&str>, status: LegalStatus) -> StayFact {
        StayFact {
            country: "DE".into(),
            start_date: date(start),
            end_date: end.map(date),
            legal_status: status,
        }
    }

    #[test]
    fn age_counts_whole_years_and_leap_birthdays() {
        assert_eq!(age_years(date("2008-01-31"), date("2026-01-31")), 18);
        assert_eq!(age_years(date("2008-02-01"), date("2026-01-31")), 17);
        assert_eq!(age_years(date("2008-02-29"), date("2026-02-28")), 17);
        assert_eq!(age_years(date("2008-02-29"), date("2026-03-01")), 18);
        assert_eq!(age_years(date("2008-02-29"), date("2028-02-29")), 20);
        assert_eq!(age_years(date("2030-01-01"), date("2026-01-01")), -4);
    }

    #[test]
    fn months_and_days() {
        let span = |a, b| Span::Between {
            from: date(a),
            to: date(b),
        };
        assert_eq!(span("2019-03-01", "2024-05-20").months_days(), (62, 19));
        assert_eq!(span("2024-01-31", "2024-02-29").months_days(), (1, 0));
        assert_eq!(span("2024-05-20", "2019-03-01").months_days(), (-62, -19));
        assert_eq!(Span::Empty.months_days(), (0, 0));
        assert_eq!(
            span("2024-01-01", "2025-01-01").cmp_calendar(12, 0),
            Ordering::Equal
        );
        assert_eq!(
            span("2024-01-01", "2025-01-02").cmp_calendar(12, 0),
            Ordering::Greater
        );
        assert_eq!(Span::Empty.cmp_calendar(0, 0), Ordering::Equal);
        assert_eq!(Span::Empty.cmp_calendar(u32::MAX, 0), Ordering::Less);
    }

    #[test]
    fn derived_facts() {
        let facts = Facts {
            stays_abroad: Some(vec![
                stay("2010-01-01", Some("2010-06-01"), LegalStatus::Irregular),
                stay("2015-01-01", Some("2017-01-01"), LegalStatus::Regular),
                stay("2018-01-01", Some("2020-03-15"), LegalStatus::Irregular),
            ]),
            application_date: Some(date("2020-06-01")),
            ..Facts::default()
        };
        let table = facts.table();
        assert_eq!(
            table.get(FactName::LongestIrregularStay),
            Some(FactValue::Duration(Span::Between {
                from: date("2018-01-01"),
                to: date("2020-03-15")
            }))
        );
        assert_eq!(
            table.get(FactName::AsylumSought),
            Some(FactValue::Boolean(false))
        );
        assert_eq!(
            table.get(FactName::LastReturnDate),
            Some(FactValue::Date(date("2020-03-15")))
        );
        assert_eq!(table.get(FactName::AgeYears), None);
        assert_eq!(table.get(FactName::Citizenship), None);
    }

    #[test]
    fn unknown_and_open_stays() {
        let mut facts = Facts {
            stays_abroad: Some(vec![stay("2018-01-01", None, LegalStatus::Irregular)]),
            ..Facts::default()
        };
        // Open stay without an application date: length unknown.
        assert_eq!(facts.table().get(FactName::LongestIrregularStay), None);
        assert_eq!(facts.table().get(FactName::LastReturnDate), None);
        facts.application_date = Some(date("2019-01-02"));
        assert!(facts.table().get(FactName::LongestIrregularStay).is_some());
        // A longer stay of unknown status could be the longest irregular one.
        facts.stays_abroad = Some(vec![
            stay("2010-01-01", Some("2015-01-01"), LegalStatus::Unknown),
            stay("2018-01-01", Some("2018-03-01"), LegalStatus::Irregular),
        ]);
        let table = facts.table();
        assert_eq!(table.get(FactName::LongestIrregularStay), None);
        assert_eq!(table.get(FactName::AsylumSought), None);
        // No stays: nothing irregular, no asylum, no return.
        facts.stays_abroad = Some(vec![]);
        let table = facts.table();
        assert_eq!(
            table.get(FactName::LongestIrregularStay),
            Some(FactValue::Duration(Span::Empty))
        );
        assert_eq!(
            table.get(FactName::AsylumSought),
            Some(FactValue::Boolean(false))
        );
        assert_eq!(table.get(FactName::LastReturnDate), None);
    }

    #[test]
    fn facts_json() {
        let json = r#"{"citizenship": "GE", "date_of_birth": "1988-04-12",
            "stays_abroad": [{"country": "DE", "start_date": "2019-03-01", "end_date": null,
            "legal_status": "asylum_applied"}]}"#;
        let facts: Facts = serde_json::from_str(json).unwrap();
        assert_eq!(facts.citizenship.as_deref(), Some("GE"));
        assert!(serde_json::from_str::<Facts>(r#"{"age": 3}"#).is_err());
        let span = Span::Between {
            from: date("2019-03-01"),
            to: date("2024-05-20"),
        };
        assert_eq!(
            serde_json::to_value(span).unwrap(),
            serde_json::json!({"from": "2019-03-01", "to": "2024-05-20", "months": 62, "days": 19})
        );
    }
}
