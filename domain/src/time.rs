//! The civil calendar the agency works in.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// Georgia keeps UTC+4 all year (no daylight saving since 2005).
const TBILISI_OFFSET_SECONDS: i32 = 4 * 3600;

/// Today's date in Tbilisi at the instant `now`.
pub fn tbilisi_date(now: DateTime<Utc>) -> NaiveDate {
    match FixedOffset::east_opt(TBILISI_OFFSET_SECONDS) {
        Some(offset) => now.with_timezone(&offset).date_naive(),
        None => now.date_naive(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn date_turns_at_tbilisi_midnight() {
        let before = Utc.with_ymd_and_hms(2026, 1, 30, 19, 59, 59).unwrap();
        let after = Utc.with_ymd_and_hms(2026, 1, 30, 20, 0, 0).unwrap();
        assert_eq!(
            tbilisi_date(before),
            NaiveDate::from_ymd_opt(2026, 1, 30).unwrap()
        );
        assert_eq!(
            tbilisi_date(after),
            NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        );
    }
}
