//! The reintegration stream: programmes and their catalogues, cases and their
//! life cycle, assistance with four-eyes approval and caps, referrals to
//! partners, and follow-ups that score reintegration sustainability.
//!
//! Everything here is pure: the persistence and HTTP layers read the facts
//! (current status, committed amounts, latest assessment) and ask these
//! functions whether a change is allowed.

pub mod assistance;
pub mod case;
pub mod follow_up;
pub mod programme;
pub mod referral;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::validation::FieldError;

/// Parses a `YYYY-MM-DD` date (exactly ten characters, year 1900 or later; the future is fine).
pub fn date(field: &str, value: &str) -> Result<NaiveDate, FieldError> {
    use chrono::Datelike;
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|d| value.len() == 10 && d.year() >= 1900)
        .ok_or_else(|| {
            FieldError::new(
                field,
                "invalid_date",
                format!("{field} must be a date as YYYY-MM-DD"),
            )
        })
}

/// Parses a UUID in its hyphenated form (`0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f`).
pub fn uuid(field: &str, value: &str) -> Result<Uuid, FieldError> {
    Uuid::try_parse(value)
        .ok()
        .filter(|_| value.len() == 36)
        .ok_or_else(|| {
            FieldError::new(
                field,
                "invalid_uuid",
                format!("{field} must be a UUID such as 0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_uuids() {
        assert_eq!(
            date("d", "2026-12-31").unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        for bad in ["2026-2-01", "2026-02-30", "1899-12-31", "31.12.2026", ""] {
            assert_eq!(date("d", bad).unwrap_err().code, "invalid_date", "{bad}");
        }
        assert!(uuid("u", "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f").is_ok());
        for bad in [
            "0193b6c27c1a7d2e9f005a1b2c3d4e5f",
            "{0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f}",
            "x",
            "",
        ] {
            assert_eq!(uuid("u", bad).unwrap_err().code, "invalid_uuid", "{bad}");
        }
    }
}
