//! Residence permits of a foreigner in Georgia: type, number, issued on, valid
//! until, issuing authority. A person holds at most one permit of a type at a
//! time (permits of one type do not overlap); permits expiring soon are listed
//! for follow-up.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::placement::{self, period_end};
use crate::stay::periods_overlap;
use crate::validation::{self, FieldError, ValidationErrors};
use crate::{person, string_enum, Error};

/// Longest permit number.
pub const NUMBER_MAX_CHARS: usize = 50;
/// Longest name of the issuing authority.
pub const AUTHORITY_MAX_CHARS: usize = 200;
/// The longest look-ahead of the list of expiring permits, in days.
pub const EXPIRING_MAX_DAYS: i64 = 366;

string_enum! {
    /// The grounds of a residence permit.
    PermitType {
        Work => "work",
        Study => "study",
        Family => "family",
        Permanent => "permanent",
        Investment => "investment",
        Other => "other",
    }
}

/// Residence permits are for foreigners: a person whose citizenship is
/// Georgian gets a 422 `not_a_foreigner`.
pub fn check_foreigner(citizenship: Option<&str>) -> Result<(), Error> {
    person::check_foreigner(citizenship, "residence permits are for foreigners")
}

/// A residence permit as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"type": "work", "number": "RP-2025-004211",
    "issued_on": "2025-03-01", "valid_until": "2026-02-28",
    "issuing_authority": "Public Service Development Agency", "note": null}))]
pub struct PermitInput {
    #[serde(rename = "type")]
    #[schema(value_type = PermitType)]
    pub permit_type: String,
    /// The permit's number as printed on it.
    #[schema(max_length = 50, example = "RP-2025-004211")]
    pub number: String,
    /// The day it was issued; not in the future.
    #[schema(value_type = String, format = Date, example = "2025-03-01")]
    pub issued_on: String,
    /// The last day it is valid; not before `issued_on`. Required except for a
    /// `permanent` permit, which may have no end.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date, example = "2026-02-28")]
    pub valid_until: Option<String>,
    #[schema(max_length = 200, example = "Public Service Development Agency")]
    pub issuing_authority: String,
    /// Free text about the permit (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// A validated residence permit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermitFields {
    pub permit_type: PermitType,
    pub number: String,
    pub issued_on: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub issuing_authority: String,
    pub note: Option<String>,
}

impl PermitInput {
    /// Checks every field at once; `issued_on` against `today` (Tbilisi).
    pub fn validate(&self, today: NaiveDate) -> Result<PermitFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let permit_type = errors.check(PermitType::parse("type", &self.permit_type));
        let number = errors.check(validation::text("number", &self.number, NUMBER_MAX_CHARS));
        let issued_on = errors.check(validation::past_date("issued_on", &self.issued_on, today));
        let valid_until = period_end(
            &mut errors,
            ("valid_until", self.valid_until.as_deref()),
            ("issued_on", issued_on),
            None,
        );
        if valid_until.is_none()
            && self.valid_until.is_none()
            && permit_type.is_some_and(|t| t != PermitType::Permanent)
        {
            errors.add(
                "valid_until",
                "required",
                "valid_until is required except for a permanent permit",
            );
        }
        let issuing_authority = errors.check(validation::text(
            "issuing_authority",
            &self.issuing_authority,
            AUTHORITY_MAX_CHARS,
        ));
        let note = placement::note(&mut errors, self.note.as_deref());
        match (permit_type, number, issued_on, issuing_authority) {
            (Some(permit_type), Some(number), Some(issued_on), Some(issuing_authority))
                if errors.is_empty() =>
            {
                Ok(PermitFields {
                    permit_type,
                    number,
                    issued_on,
                    valid_until,
                    issuing_authority,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A residence permit as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "type": "work",
    "number": "RP-2025-004211", "issued_on": "2025-03-01", "valid_until": "2026-02-28",
    "issuing_authority": "Public Service Development Agency", "note": null,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2025-03-02T09:00:00Z", "updated_at": "2025-03-02T09:00:00Z"}))]
pub struct ResidencePermit {
    pub id: Uuid,
    pub person_id: Uuid,
    #[serde(rename = "type")]
    pub permit_type: PermitType,
    pub number: String,
    #[schema(value_type = String, format = Date)]
    pub issued_on: NaiveDate,
    /// `null` for a permanent permit without an end.
    #[schema(value_type = Option<String>, format = Date)]
    pub valid_until: Option<NaiveDate>,
    pub issuing_authority: String,
    pub note: Option<String>,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&ResidencePermit> for PermitInput {
    fn from(permit: &ResidencePermit) -> Self {
        Self {
            permit_type: permit.permit_type.as_str().to_owned(),
            number: permit.number.clone(),
            issued_on: permit.issued_on.to_string(),
            valid_until: permit.valid_until.map(|d| d.to_string()),
            issuing_authority: permit.issuing_authority.clone(),
            note: permit.note.clone(),
        }
    }
}

/// A person holds one permit of a type at a time: `permit` (the permit `own`
/// when it is recorded already) may overlap none of the person's other
/// permits of its type. Validity is inclusive: a permit issued on the last
/// day of the one before it overlaps it.
pub fn check_no_overlap<'a>(
    permit: &PermitFields,
    own: Option<Uuid>,
    permits: impl IntoIterator<Item = &'a ResidencePermit>,
) -> Result<(), FieldError> {
    let day_after = |d: NaiveDate| d.succ_opt().unwrap_or(d);
    let clash = permits.into_iter().find(|other| {
        Some(other.id) != own
            && other.permit_type == permit.permit_type
            && periods_overlap(
                (permit.issued_on, permit.valid_until.map(day_after)),
                (other.issued_on, other.valid_until.map(day_after)),
            )
    });
    match clash {
        Some(other) => Err(FieldError::new(
            "issued_on",
            "overlaps",
            format!(
                "the permit overlaps the {} permit {} valid from {} to {}",
                other.permit_type.as_str(),
                other.id,
                other.issued_on,
                other
                    .valid_until
                    .map_or_else(|| "no end".to_owned(), |d| d.to_string())
            ),
        )),
        None => Ok(()),
    }
}

/// The look-ahead of `GET /residence-permits/expiring` (`within_days`, 0 to
/// [`EXPIRING_MAX_DAYS`]; 30 when absent).
pub fn within_days(value: Option<i64>) -> Result<i64, FieldError> {
    let Some(days) = value else { return Ok(30) };
    if (0..=EXPIRING_MAX_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(FieldError::new(
            "within_days",
            "out_of_range",
            format!("within_days must be from 0 to {EXPIRING_MAX_DAYS}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn input() -> PermitInput {
        PermitInput {
            permit_type: "work".into(),
            number: " RP-1 ".into(),
            issued_on: "2025-03-01".into(),
            valid_until: Some("2026-02-28".into()),
            issuing_authority: "Public Service Development Agency".into(),
            note: None,
        }
    }

    fn codes(input: PermitInput) -> Vec<(String, String)> {
        input
            .validate(d("2026-01-31"))
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    fn recorded(
        id: u128,
        permit_type: PermitType,
        from: &str,
        to: Option<&str>,
    ) -> ResidencePermit {
        ResidencePermit {
            id: Uuid::from_u128(id),
            person_id: Uuid::from_u128(9),
            permit_type,
            number: "N".into(),
            issued_on: d(from),
            valid_until: to.map(d),
            issuing_authority: "A".into(),
            note: None,
            recorded_by: Uuid::from_u128(8),
            version: 1,
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
        }
    }

    #[test]
    fn a_valid_permit() {
        let fields = input().validate(d("2026-01-31")).unwrap();
        assert_eq!(fields.number, "RP-1");
        assert_eq!(fields.permit_type, PermitType::Work);
        assert_eq!(fields.valid_until, Some(d("2026-02-28")));
    }

    #[test]
    fn invalid_permits() {
        let mut open = input();
        open.valid_until = None;
        assert_eq!(codes(open), [pair("valid_until", "required")]);
        let mut permanent = input();
        permanent.permit_type = "permanent".into();
        permanent.valid_until = None;
        assert!(permanent.validate(d("2026-01-31")).is_ok());
        let mut reversed = input();
        reversed.valid_until = Some("2025-02-01".into());
        reversed.issued_on = "2026-02-01".into();
        assert_eq!(codes(reversed), [pair("issued_on", "in_future")]);
        let mut backwards = input();
        backwards.valid_until = Some("2025-02-28".into());
        backwards.permit_type = "tourist".into();
        backwards.number = " ".into();
        assert_eq!(
            codes(backwards),
            [
                pair("type", "invalid_value"),
                pair("number", "required"),
                pair("valid_until", "before_start"),
            ]
        );
    }

    #[test]
    fn permits_of_one_type_do_not_overlap() {
        let fields = input().validate(d("2026-01-31")).unwrap();
        let earlier = recorded(1, PermitType::Work, "2024-03-01", Some("2025-02-28"));
        let other_type = recorded(2, PermitType::Study, "2025-01-01", Some("2026-12-31"));
        assert!(check_no_overlap(&fields, None, [&earlier, &other_type]).is_ok());
        // Issued on the last day of the one before: both valid that day.
        let touching = recorded(3, PermitType::Work, "2024-03-01", Some("2025-03-01"));
        let refused = check_no_overlap(&fields, None, [&touching]).unwrap_err();
        assert_eq!(
            (refused.field.as_str(), refused.code.as_str()),
            ("issued_on", "overlaps")
        );
        let open = recorded(4, PermitType::Work, "2020-01-01", None);
        assert!(check_no_overlap(&fields, None, [&open]).is_err());
        // A permit does not overlap itself.
        assert!(check_no_overlap(&fields, Some(open.id), [&open]).is_ok());
    }

    #[test]
    fn only_foreigners_hold_permits_and_the_look_ahead_is_bounded() {
        assert!(check_foreigner(Some("AM")).is_ok());
        assert!(check_foreigner(None).is_ok());
        assert!(check_foreigner(Some("GE")).is_err());
        assert_eq!(within_days(None).unwrap(), 30);
        assert_eq!(within_days(Some(0)).unwrap(), 0);
        assert_eq!(within_days(Some(366)).unwrap(), 366);
        for bad in [-1, 367] {
            assert_eq!(within_days(Some(bad)).unwrap_err().code, "out_of_range");
        }
    }
}
