//! The filters every report takes: a period (`from`, `to`, inclusive, both
//! required), and optionally a programme, a region, a sex and an age band (age
//! at the start of the period; a person without a date of birth is in no band).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::person::Sex;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// An age band: age in whole years at the start of the report's period.
    AgeBand {
        Under18 => "0-17",
        From18To24 => "18-24",
        From25To34 => "25-34",
        From35To44 => "35-44",
        From45To54 => "45-54",
        From55To64 => "55-64",
        From65 => "65+",
    }
}

/// Age in whole years on `on` of someone born on `birth`; `None` before birth.
/// Someone born on 29 February turns a year older on 1 March in other years.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if birth > on {
        return None;
    }
    let years = on.year() - birth.year();
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    u32::try_from(years - i32::from(before_birthday)).ok()
}

/// The latest date of birth of someone at least `years` old on `on`.
fn born_by(on: NaiveDate, years: u32) -> NaiveDate {
    years
        .checked_mul(12)
        .and_then(|months| on.checked_sub_months(Months::new(months)))
        .unwrap_or(NaiveDate::MIN)
}

/// The dates of birth of an age band on a day: after `after` (exclusive; none:
/// no bound) and on or before `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Births {
    pub after: Option<NaiveDate>,
    pub until: NaiveDate,
}

impl Births {
    pub fn contains(self, birth: NaiveDate) -> bool {
        birth <= self.until && self.after.is_none_or(|after| birth > after)
    }
}

impl AgeBand {
    /// The youngest and (but `65+`) oldest age of the band, in whole years.
    pub fn years(self) -> (u32, Option<u32>) {
        match self {
            Self::Under18 => (0, Some(17)),
            Self::From18To24 => (18, Some(24)),
            Self::From25To34 => (25, Some(34)),
            Self::From35To44 => (35, Some(44)),
            Self::From45To54 => (45, Some(54)),
            Self::From55To64 => (55, Some(64)),
            Self::From65 => (65, None),
        }
    }

    /// The band of an age.
    pub fn of_age(age: u32) -> AgeBand {
        Self::ALL
            .iter()
            .copied()
            .find(|band| band.years().1.is_none_or(|oldest| age <= oldest))
            .unwrap_or(Self::From65)
    }

    /// The dates of birth of persons in the band on `on`, as a database filters them.
    pub fn births(self, on: NaiveDate) -> Births {
        let (youngest, oldest) = self.years();
        Births {
            after: oldest.map(|oldest| born_by(on, oldest.saturating_add(1))),
            until: born_by(on, youngest),
        }
    }
}

/// A report's period: both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"from": "2026-01-01", "to": "2026-12-31"}))]
pub struct Period {
    #[schema(value_type = String, format = Date)]
    pub from: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub to: NaiveDate,
}

/// The filters of a report as a query string brings them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// First day of the period (required).
    #[param(value_type = String, format = Date, example = "2026-01-01")]
    pub from: Option<String>,
    /// Last day of the period, not before `from` (required).
    #[param(value_type = String, format = Date, example = "2026-12-31")]
    pub to: Option<String>,
    /// Only this programme's records.
    #[param(value_type = Option<String>, format = Uuid)]
    pub programme_id: Option<String>,
    /// Only persons of this region (ISO 3166-2:GE, `GE-TB`).
    #[param(value_type = Option<String>, pattern = "^GE-[A-Z]{2}$", example = "GE-IM")]
    pub region: Option<String>,
    #[param(value_type = Option<Sex>)]
    pub sex: Option<String>,
    /// Only persons of this age at the start of the period.
    #[param(value_type = Option<AgeBand>)]
    pub age_band: Option<String>,
}

/// Validated filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFilter {
    pub period: Period,
    pub programme_id: Option<Uuid>,
    pub region: Option<String>,
    pub sex: Option<Sex>,
    pub age_band: Option<AgeBand>,
}

/// A report's date: `YYYY-MM-DD`, any day since 1900 (a period may reach into the future).
fn date(field: &str, value: Option<&str>) -> Result<NaiveDate, FieldError> {
    let value = value.ok_or_else(|| {
        FieldError::new(
            field,
            "required",
            format!("{field} is required (YYYY-MM-DD)"),
        )
    })?;
    validation::past_date(field, value, NaiveDate::MAX)
}

impl ReportQuery {
    /// The filters, or every query parameter that is wrong.
    pub fn validate(&self) -> Result<ReportFilter, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let from = errors.check(date("from", self.from.as_deref()));
        let to = errors.check(date("to", self.to.as_deref()));
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                errors.add("to", "before_from", "to must not be before from");
            }
        }
        let programme_id = self
            .programme_id
            .as_deref()
            .and_then(|v| errors.check(crate::reintegration::uuid("programme_id", v)));
        let region = self
            .region
            .as_deref()
            .and_then(|v| errors.check(crate::codes::region("region", v)));
        let sex = self
            .sex
            .as_deref()
            .and_then(|v| errors.check(Sex::parse("sex", v)));
        let age_band = self
            .age_band
            .as_deref()
            .and_then(|v| errors.check(AgeBand::parse("age_band", v)));
        match (from, to) {
            (Some(from), Some(to)) if errors.is_empty() => Ok(ReportFilter {
                period: Period { from, to },
                programme_id,
                region,
                sex,
                age_band,
            }),
            _ => Err(errors),
        }
    }
}

impl ReportFilter {
    /// The dates of birth of the age band, when one is asked for.
    pub fn births(&self) -> Option<Births> {
        self.age_band.map(|band| band.births(self.period.from))
    }

    /// The filters as a query string (without `?`), in a fixed order: a link to
    /// the same report, or to the records behind one of its figures.
    pub fn query_string(&self) -> String {
        let mut parts = vec![
            format!("from={}", self.period.from),
            format!("to={}", self.period.to),
        ];
        if let Some(programme) = self.programme_id {
            parts.push(format!("programme_id={programme}"));
        }
        if let Some(region) = &self.region {
            parts.push(format!("region={region}"));
        }
        if let Some(sex) = self.sex {
            parts.push(format!("sex={sex}"));
        }
        if let Some(band) = self.age_band {
            // `+` means a space in a query string.
            parts.push(format!("age_band={}", band.as_str().replace('+', "%2B")));
        }
        parts.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn query() -> ReportQuery {
        ReportQuery {
            from: Some("2026-01-01".into()),
            to: Some("2026-12-31".into()),
            ..ReportQuery::default()
        }
    }

    fn codes(query: ReportQuery) -> Vec<(String, String)> {
        query
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    #[test]
    fn a_period_is_required_and_ordered() {
        let filter = query().validate().unwrap();
        assert_eq!(filter.period.from, d("2026-01-01"));
        assert_eq!(filter.births(), None);
        assert_eq!(
            codes(ReportQuery::default()),
            [pair("from", "required"), pair("to", "required")]
        );
        let mut backwards = query();
        backwards.to = Some("2025-12-31".into());
        assert_eq!(codes(backwards), [pair("to", "before_from")]);
        // One day is a period; the future is allowed.
        let mut day = query();
        day.from = Some("2099-05-05".into());
        day.to = Some("2099-05-05".into());
        assert!(day.validate().is_ok());
    }

    #[test]
    fn every_wrong_filter_is_named() {
        let wrong = ReportQuery {
            from: Some("2026-13-01".into()),
            to: Some("yesterday".into()),
            programme_id: Some("not-a-uuid".into()),
            region: Some("XX".into()),
            sex: Some("unknown".into()),
            age_band: Some("18-25".into()),
        };
        let fields: Vec<String> = codes(wrong).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            ["from", "to", "programme_id", "region", "sex", "age_band"]
        );
    }

    #[test]
    fn filters_make_a_query_string() {
        let mut full = query();
        full.programme_id = Some("00000000-0000-7000-8000-000000000201".into());
        full.region = Some("GE-IM".into());
        full.sex = Some("female".into());
        full.age_band = Some("65+".into());
        let filter = full.validate().unwrap();
        assert_eq!(
            filter.query_string(),
            "from=2026-01-01&to=2026-12-31&programme_id=00000000-0000-7000-8000-000000000201\
             &region=GE-IM&sex=female&age_band=65%2B"
        );
    }

    #[test]
    fn ages_in_whole_years() {
        let on = d("2026-01-01");
        assert_eq!(age_on(d("2008-01-01"), on), Some(18));
        assert_eq!(age_on(d("2008-01-02"), on), Some(17));
        assert_eq!(age_on(d("2026-01-01"), on), Some(0));
        assert_eq!(age_on(d("2026-01-02"), on), None);
        // A leap-day birthday comes on 1 March in other years.
        assert_eq!(age_on(d("2000-02-29"), d("2018-02-28")), Some(17));
        assert_eq!(age_on(d("2000-02-29"), d("2018-03-01")), Some(18));
        assert_eq!(AgeBand::of_age(17), AgeBand::Under18);
        assert_eq!(AgeBand::of_age(18), AgeBand::From18To24);
        assert_eq!(AgeBand::of_age(64), AgeBand::From55To64);
        assert_eq!(AgeBand::of_age(65), AgeBand::From65);
        assert_eq!(AgeBand::of_age(120), AgeBand::From65);
    }

    #[test]
    fn bands_are_ranges_of_birth_dates() {
        let on = d("2026-01-01");
        let adults = AgeBand::From18To24.births(on);
        assert_eq!(adults.until, d("2008-01-01"));
        assert_eq!(adults.after, Some(d("2001-01-01")));
        assert!(adults.contains(d("2008-01-01")));
        assert!(!adults.contains(d("2008-01-02")));
        assert!(adults.contains(d("2001-01-02")));
        assert!(!adults.contains(d("2001-01-01")));
        assert_eq!(AgeBand::From65.births(on).after, None);
        assert_eq!(AgeBand::Under18.births(on).until, on);
    }
}

#[cfg(test)]
mod laws {
    use super::*;
    use chrono::Days;
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = NaiveDate> {
        (0u64..60_000).prop_map(|d| NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + Days::new(d))
    }

    proptest! {
        /// The birth-date range of a band holds exactly the persons whose age is in it.
        #[test]
        fn a_band_s_births_are_its_ages(birth in date(), on in date()) {
            for band in AgeBand::ALL {
                let in_band = age_on(birth, on).is_some_and(|age| AgeBand::of_age(age) == *band);
                prop_assert_eq!(band.births(on).contains(birth), in_band, "{} {} {}", band, birth, on);
            }
        }

        /// Everyone born by the day is in exactly one band.
        #[test]
        fn bands_partition_ages(birth in date(), on in date()) {
            let bands = AgeBand::ALL.iter().filter(|b| b.births(on).contains(birth)).count();
            prop_assert_eq!(bands, usize::from(birth <= on));
        }
    }
}
