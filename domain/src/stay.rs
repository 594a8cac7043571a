//! A stay abroad: where a person lived outside Georgia, when, and how they came back.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::codes;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// The person's legal status in the country of stay.
    LegalStatus {
        Irregular => "irregular",
        Regular => "regular",
        AsylumApplied => "asylum_applied",
        AsylumGranted => "asylum_granted",
        Unknown => "unknown",
    }
}

string_enum! {
    /// How the stay ended.
    ReturnType {
        AssistedVoluntaryReturn => "assisted_voluntary_return",
        Readmission => "readmission",
        Spontaneous => "spontaneous",
        Deportation => "deportation",
    }
}

/// A stay abroad as a client sends it; `end_date` is the return date, absent while still abroad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"country": "DE", "start_date": "2019-03-01", "end_date": "2024-05-20",
    "legal_status": "irregular", "return_type": "assisted_voluntary_return"}))]
pub struct StayInput {
    /// ISO 3166-1 alpha-2 code of the country of stay; not GE.
    #[schema(pattern = "^[A-Z]{2}$", example = "DE")]
    pub country: String,
    #[schema(value_type = String, format = Date, example = "2019-03-01")]
    pub start_date: String,
    /// The return date; not before `start_date`, not in the future.
    #[schema(value_type = Option<String>, format = Date, example = "2024-05-20")]
    pub end_date: Option<String>,
    #[schema(value_type = LegalStatus)]
    pub legal_status: String,
    /// Only with an `end_date`.
    #[schema(value_type = Option<ReturnType>)]
    pub return_type: Option<String>,
}

/// A validated stay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StayFields {
    pub country: String,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub legal_status: LegalStatus,
    pub return_type: Option<ReturnType>,
}

/// A stay abroad as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e60",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "country": "DE",
    "start_date": "2019-03-01", "end_date": "2024-05-20", "legal_status": "irregular",
    "return_type": "assisted_voluntary_return", "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub struct StayAbroad {
    pub id: Uuid,
    pub person_id: Uuid,
    pub country: String,
    #[schema(value_type = String, format = Date)]
    pub start_date: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub end_date: Option<NaiveDate>,
    pub legal_status: LegalStatus,
    pub return_type: Option<ReturnType>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl StayInput {
    pub fn validate(&self, today: NaiveDate) -> Result<StayFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let country = errors.check(codes::country("country", &self.country));
        if country.as_deref() == Some(codes::GEORGIA) {
            errors.add(
                "country",
                "not_abroad",
                "a stay abroad is in a country other than GE",
            );
        }
        let start_date = errors.check(validation::past_date("start_date", &self.start_date, today));
        let end_date = self
            .end_date
            .as_deref()
            .and_then(|v| errors.check(validation::past_date("end_date", v, today)));
        if let (Some(start), Some(end)) = (start_date, end_date) {
            if end < start {
                errors.add(
                    "end_date",
                    "before_start",
                    "end_date must not be before start_date",
                );
            }
        }
        let legal_status = errors.check(LegalStatus::parse("legal_status", &self.legal_status));
        let return_type = self
            .return_type
            .as_deref()
            .and_then(|v| errors.check(ReturnType::parse("return_type", v)));
        if return_type.is_some() && self.end_date.is_none() {
            errors.add(
                "return_type",
                "requires_end_date",
                "return_type is given only with the end_date of the return",
            );
        }
        match (country, start_date, legal_status) {
            (Some(country), Some(start_date), Some(legal_status)) if errors.is_empty() => {
                Ok(StayFields {
                    country,
                    start_date,
                    end_date,
                    legal_status,
                    return_type,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&StayAbroad> for StayInput {
    fn from(stay: &StayAbroad) -> Self {
        Self {
            country: stay.country.clone(),
            start_date: stay.start_date.format("%Y-%m-%d").to_string(),
            end_date: stay.end_date.map(|d| d.format("%Y-%m-%d").to_string()),
            legal_status: stay.legal_status.as_str().to_owned(),
            return_type: stay.return_type.map(|r| r.as_str().to_owned()),
        }
    }
}

/// Two periods share at least one day beyond a shared boundary; an open end lasts for ever.
pub fn periods_overlap(
    (start_a, end_a): (NaiveDate, Option<NaiveDate>),
    (start_b, end_b): (NaiveDate, Option<NaiveDate>),
) -> bool {
    let a_before_b_ends = end_b.is_none_or(|end| start_a < end);
    let b_before_a_ends = end_a.is_none_or(|end| start_b < end);
    a_before_b_ends && b_before_a_ends
}

/// The first of `others` that overlaps `stay`, if any.
pub fn first_overlap<'a>(
    stay: &StayFields,
    others: impl IntoIterator<Item = &'a StayAbroad>,
) -> Option<&'a StayAbroad> {
    others.into_iter().find(|other| {
        periods_overlap(
            (stay.start_date, stay.end_date),
            (other.start_date, other.end_date),
        )
    })
}

/// A person is in one country at a time: `stay` (the stay `own` when it is
/// recorded already) may overlap none of the person's `stays`.
pub fn check_no_overlap<'a>(
    stay: &StayFields,
    own: Option<Uuid>,
    stays: impl IntoIterator<Item = &'a StayAbroad>,
) -> Result<(), FieldError> {
    let others = stays.into_iter().filter(|s| Some(s.id) != own);
    match first_overlap(stay, others) {
        Some(other) => Err(FieldError::new(
            "start_date",
            "overlaps",
            format!(
                "the stay overlaps the stay {} in {} from {}",
                other.id, other.country, other.start_date
            ),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn input() -> StayInput {
        StayInput {
            country: "DE".into(),
            start_date: "2019-03-01".into(),
            end_date: Some("2024-05-20".into()),
            legal_status: "irregular".into(),
            return_type: Some("assisted_voluntary_return".into()),
        }
    }

    fn codes(input: StayInput) -> Vec<String> {
        input
            .validate(d("2026-01-31"))
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.code)
            .collect()
    }

    #[test]
    fn valid_stay() {
        let stay = input().validate(d("2026-01-31")).unwrap();
        assert_eq!(stay.legal_status, LegalStatus::Irregular);
        assert_eq!(stay.return_type, Some(ReturnType::AssistedVoluntaryReturn));
    }

    #[test]
    fn invalid_stays() {
        let mut stay = input();
        stay.country = "GE".into();
        assert_eq!(codes(stay), ["not_abroad"]);
        let mut stay = input();
        stay.end_date = Some("2019-02-28".into());
        assert_eq!(codes(stay), ["before_start"]);
        let mut stay = input();
        stay.end_date = None;
        assert_eq!(codes(stay), ["requires_end_date"]);
        let mut stay = input();
        stay.start_date = "2027-01-01".into();
        stay.end_date = Some("2027-02-01".into());
        assert_eq!(codes(stay), ["in_future", "in_future"]);
        let mut stay = input();
        stay.legal_status = "illegal".into();
        assert_eq!(codes(stay), ["invalid_value"]);
    }

    #[test]
    fn a_stay_may_not_overlap_another_of_the_person() {
        let recorded = StayAbroad {
            id: Uuid::from_u128(1),
            person_id: Uuid::from_u128(9),
            country: "DE".into(),
            start_date: d("2019-03-01"),
            end_date: Some(d("2024-05-20")),
            legal_status: LegalStatus::Irregular,
            return_type: None,
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        let stay = input().validate(d("2026-01-31")).unwrap();
        let refused = check_no_overlap(&stay, None, [&recorded]).unwrap_err();
        assert_eq!(
            (refused.field.as_str(), refused.code.as_str()),
            ("start_date", "overlaps")
        );
        assert!(refused.message.contains("in DE from 2019-03-01"));
        // A stay does not overlap itself.
        assert!(check_no_overlap(&stay, Some(recorded.id), [&recorded]).is_ok());
    }

    #[test]
    fn overlaps() {
        let closed = (d("2019-01-01"), Some(d("2020-01-01")));
        assert!(periods_overlap(
            closed,
            (d("2019-06-01"), Some(d("2019-07-01")))
        ));
        assert!(periods_overlap(closed, (d("2018-06-01"), None)));
        assert!(periods_overlap(
            (d("2021-01-01"), None),
            (d("2022-01-01"), None)
        ));
        // Returning and leaving again on the same day is no overlap.
        assert!(!periods_overlap(
            closed,
            (d("2020-01-01"), Some(d("2020-02-01")))
        ));
        assert!(!periods_overlap(
            closed,
            (d("2017-01-01"), Some(d("2019-01-01")))
        ));
        assert!(!periods_overlap(closed, (d("2020-01-02"), None)));
    }
}

#[cfg(test)]
mod laws {
    use super::periods_overlap;
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = NaiveDate> {
        (0u64..20_000).prop_map(|d| NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + Days::new(d))
    }

    fn period() -> impl Strategy<Value = (NaiveDate, Option<NaiveDate>)> {
        (date(), proptest::option::of(0u64..5_000))
            .prop_map(|(start, length)| (start, length.map(|l| start + Days::new(l))))
    }

    proptest! {
        #[test]
        fn overlap_is_symmetric(a in period(), b in period()) {
            prop_assert_eq!(periods_overlap(a, b), periods_overlap(b, a));
        }

        #[test]
        fn a_period_of_at_least_a_day_overlaps_itself(start in date(), length in proptest::option::of(1u64..5_000)) {
            let period = (start, length.map(|l| start + Days::new(l)));
            prop_assert!(periods_overlap(period, period));
        }

        #[test]
        fn a_period_that_ends_before_another_starts_does_not_overlap(a in period(), gap in 0u64..1_000, length in proptest::option::of(0u64..5_000)) {
            if let (start_a, Some(end_a)) = a {
                let start_b = end_a + Days::new(gap);
                let b = (start_b, length.map(|l| start_b + Days::new(l)));
                prop_assert!(!periods_overlap((start_a, Some(end_a)), b));
            }
        }
    }
}
