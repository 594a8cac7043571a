//! The committee's progress report: each indicator's status on a day, from
//! the share of its target reached against the share of its time elapsed.
//!
//! Reached: (actual - baseline) / (target - baseline) (a fall towards a
//! lower target counts as progress). Elapsed: the days from the project's
//! start to the day asked for, over the days from the start to the
//! indicator's target date, from 0 to 1 (1 from the target date on).
//! `on_track` when reached >= elapsed; `at_risk` when reached is at least
//! three quarters of elapsed; `off_track` below that; `not_measured` without
//! an actual value.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::string_enum;

string_enum! {
    /// How an indicator stands on a day.
    IndicatorStatus {
        OnTrack => "on_track",
        AtRisk => "at_risk",
        OffTrack => "off_track",
        NotMeasured => "not_measured",
    }
}

/// The share of expected progress below which an indicator is off track.
pub const AT_RISK_SHARE: f64 = 0.75;

/// Where an indicator stands on `as_of` (see the module).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"status": "on_track", "reached": 0.677, "elapsed": 0.64}))]
pub struct Standing {
    pub status: IndicatorStatus,
    /// The share of the way from baseline to target reached; `null` when not measured.
    pub reached: Option<f64>,
    /// The share of the time to the target date elapsed, 0 to 1.
    pub elapsed: f64,
}

/// The standing of an indicator from `baseline` to `target` by
/// `target_date`, counted from `start`, with `actual` on `as_of`.
pub fn standing(
    baseline: f64,
    target: f64,
    actual: Option<f64>,
    start: NaiveDate,
    target_date: NaiveDate,
    as_of: NaiveDate,
) -> Standing {
    let span = (target_date - start).num_days();
    let done = (as_of - start).num_days();
    #[allow(clippy::cast_precision_loss)]
    let elapsed = if span <= 0 {
        1.0
    } else {
        (done as f64 / span as f64).clamp(0.0, 1.0)
    };
    let reached = actual.map(|a| {
        let way = target - baseline;
        if way == 0.0 {
            1.0
        } else {
            (a - baseline) / way
        }
    });
    let status = match reached {
        None => IndicatorStatus::NotMeasured,
        Some(r) if r >= elapsed => IndicatorStatus::OnTrack,
        Some(r) if r >= elapsed * AT_RISK_SHARE => IndicatorStatus::AtRisk,
        Some(_) => IndicatorStatus::OffTrack,
    };
    Standing {
        status,
        reached,
        elapsed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_status_compares_the_way_reached_with_the_time_elapsed() {
        let (start, target_date) = (day("2026-01-01"), day("2026-11-28")); // 331 days
        let half = day("2026-06-15"); // 165 days: elapsed 0.4985
        let at =
            |actual: f64, on| standing(0.0, 100.0, Some(actual), start, target_date, on).status;
        assert_eq!(at(50.0, half), IndicatorStatus::OnTrack);
        assert_eq!(
            at(49.85, half),
            IndicatorStatus::OnTrack,
            "the edge: reached = elapsed"
        );
        assert_eq!(
            at(37.4, half),
            IndicatorStatus::AtRisk,
            "three quarters of the way expected"
        );
        assert_eq!(at(37.3, half), IndicatorStatus::OffTrack);
        assert_eq!(
            at(99.0, day("2027-01-01")),
            IndicatorStatus::AtRisk,
            "past the target date: the whole way"
        );
        assert_eq!(at(100.0, day("2027-01-01")), IndicatorStatus::OnTrack);
        assert_eq!(
            at(0.0, start),
            IndicatorStatus::OnTrack,
            "nothing expected yet"
        );
        // A fall towards a lower target is progress.
        let falling = standing(40.0, 20.0, Some(30.0), start, target_date, half);
        assert_eq!(
            (falling.status, falling.reached),
            (IndicatorStatus::OnTrack, Some(0.5))
        );
        let none = standing(0.0, 1.0, None, start, target_date, half);
        assert_eq!(
            (none.status, none.reached),
            (IndicatorStatus::NotMeasured, None)
        );
    }
}
