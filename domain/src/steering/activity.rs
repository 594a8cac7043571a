//! A project's work plan: activities with the organisation responsible,
//! planned and actual start and end, a status, and the outputs of the
//! programme logic they serve. An activity is late on a day when it should
//! have started by then and has not, or should have ended by then and has
//! not (completed and cancelled ones never are).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::framework::NAME_MAX_CHARS;
use crate::placement;
use crate::reintegration;
use crate::string_enum;
use crate::validation::{self, ValidationErrors};

string_enum! {
    /// Where an activity stands.
    ActivityStatus {
        Planned => "planned",
        Ongoing => "ongoing",
        Completed => "completed",
        Postponed => "postponed",
        Cancelled => "cancelled",
    }
}

/// Most outputs one activity serves.
pub const MAX_OUTPUTS: usize = 50;

/// An activity as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"title": "Train the division's counsellors in case management",
    "responsible_organisation_id": "01900000-0000-7000-8000-000000000001",
    "planned_start": "2026-02-01", "planned_end": "2026-04-30",
    "actual_start": "2026-02-10", "actual_end": null, "status": "ongoing",
    "output_ids": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2"]}))]
pub struct ActivityInput {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// An existing organisation.
    pub responsible_organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub planned_start: String,
    /// Not before `planned_start`.
    #[schema(value_type = String, format = Date)]
    pub planned_end: String,
    /// Not in the future.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub actual_start: Option<String>,
    /// Not before `actual_start` (which it needs), not in the future.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub actual_end: Option<String>,
    #[schema(value_type = ActivityStatus)]
    pub status: String,
    /// Outputs of the project's logic it serves (at most 50).
    #[serde(default)]
    pub output_ids: Vec<Uuid>,
}

/// A validated activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityFields {
    pub title: String,
    pub responsible_organisation_id: Uuid,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
    pub status: ActivityStatus,
    pub output_ids: Vec<Uuid>,
}

impl ActivityInput {
    /// Checks every field at once; actual dates against `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<ActivityFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check(validation::text("title", &self.title, NAME_MAX_CHARS));
        let planned_start = errors.check(reintegration::date("planned_start", &self.planned_start));
        let planned_end = placement::period_end(
            &mut errors,
            ("planned_end", Some(&self.planned_end)),
            ("planned_start", planned_start),
            None,
        );
        let actual_start = self
            .actual_start
            .as_deref()
            .and_then(|d| errors.check(validation::past_date("actual_start", d, today)));
        if self.actual_end.is_some() && self.actual_start.is_none() {
            errors.add(
                "actual_end",
                "without_start",
                "actual_end needs actual_start",
            );
        }
        let actual_end = placement::period_end(
            &mut errors,
            ("actual_end", self.actual_end.as_deref()),
            ("actual_start", actual_start),
            Some(today),
        );
        let status = errors.check(ActivityStatus::parse("status", &self.status));
        if status == Some(ActivityStatus::Completed) && self.actual_end.is_none() {
            errors.add(
                "actual_end",
                "required",
                "a completed activity has an actual_end",
            );
        }
        if self.output_ids.len() > MAX_OUTPUTS {
            errors.add(
                "output_ids",
                "too_many",
                format!("at most {MAX_OUTPUTS} outputs"),
            );
        }
        let mut output_ids = self.output_ids.clone();
        output_ids.sort();
        output_ids.dedup();
        match (title, planned_start, planned_end, status) {
            (Some(title), Some(planned_start), Some(planned_end), Some(status))
                if errors.is_empty() =>
            {
                Ok(ActivityFields {
                    title,
                    responsible_organisation_id: self.responsible_organisation_id,
                    planned_start,
                    planned_end,
                    actual_start,
                    actual_end,
                    status,
                    output_ids,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&Activity> for ActivityInput {
    fn from(activity: &Activity) -> Self {
        Self {
            title: activity.title.clone(),
            responsible_organisation_id: activity.responsible_organisation_id,
            planned_start: activity.planned_start.to_string(),
            planned_end: activity.planned_end.to_string(),
            actual_start: activity.actual_start.map(|d| d.to_string()),
            actual_end: activity.actual_end.map(|d| d.to_string()),
            status: activity.status.as_str().to_owned(),
            output_ids: activity.output_ids.clone(),
        }
    }
}

/// An activity of the work plan as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "title": "Train the division's counsellors in case management",
    "responsible_organisation_id": "01900000-0000-7000-8000-000000000001",
    "planned_start": "2026-02-01", "planned_end": "2026-04-30",
    "actual_start": "2026-02-10", "actual_end": null, "status": "ongoing",
    "output_ids": ["0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2"], "version": 1,
    "created_at": "2026-01-20T09:00:00Z", "updated_at": "2026-02-10T09:00:00Z"}))]
pub struct Activity {
    pub id: Uuid,
    pub project_id: Uuid,
    pub title: String,
    pub responsible_organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub planned_start: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub planned_end: NaiveDate,
    #[schema(value_type = Option<String>, format = Date)]
    pub actual_start: Option<NaiveDate>,
    #[schema(value_type = Option<String>, format = Date)]
    pub actual_end: Option<NaiveDate>,
    pub status: ActivityStatus,
    pub output_ids: Vec<Uuid>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Activity {
    /// Whether it is late on `day`: not completed or cancelled, and either not
    /// started though planned to start before `day`, or not ended though
    /// planned to end before `day`.
    pub fn late_on(&self, day: NaiveDate) -> bool {
        if matches!(
            self.status,
            ActivityStatus::Completed | ActivityStatus::Cancelled
        ) {
            return false;
        }
        let start_late = self.actual_start.is_none() && self.planned_start < day;
        let end_late = self.actual_end.is_none() && self.planned_end < day;
        start_late || end_late
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn input(status: &str, actual_start: Option<&str>, actual_end: Option<&str>) -> ActivityInput {
        ActivityInput {
            title: "Train counsellors".into(),
            responsible_organisation_id: Uuid::now_v7(),
            planned_start: "2026-02-01".into(),
            planned_end: "2026-04-30".into(),
            actual_start: actual_start.map(Into::into),
            actual_end: actual_end.map(Into::into),
            status: status.into(),
            output_ids: Vec::new(),
        }
    }

    #[test]
    fn an_activity_is_late_when_it_should_have_started_or_ended() {
        let today = day("2026-12-01");
        let activity = |fields: ActivityFields| Activity {
            id: Uuid::now_v7(),
            project_id: Uuid::now_v7(),
            title: fields.title,
            responsible_organisation_id: fields.responsible_organisation_id,
            planned_start: fields.planned_start,
            planned_end: fields.planned_end,
            actual_start: fields.actual_start,
            actual_end: fields.actual_end,
            status: fields.status,
            output_ids: fields.output_ids,
            version: 1,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let planned = activity(input("planned", None, None).validate(today).unwrap());
        assert!(!planned.late_on(day("2026-02-01")), "starts that day");
        assert!(
            planned.late_on(day("2026-02-02")),
            "not started the day after"
        );
        let ongoing = activity(
            input("ongoing", Some("2026-02-03"), None)
                .validate(today)
                .unwrap(),
        );
        assert!(!ongoing.late_on(day("2026-04-30")) && ongoing.late_on(day("2026-05-01")));
        let done = activity(
            input("completed", Some("2026-02-03"), Some("2026-06-30"))
                .validate(today)
                .unwrap(),
        );
        assert!(!done.late_on(day("2026-07-01")));
    }

    #[test]
    fn actual_dates_follow_each_other_and_completion_needs_an_end() {
        let today = day("2026-12-01");
        let codes = |i: ActivityInput| -> Vec<String> {
            i.validate(today)
                .unwrap_err()
                .0
                .into_iter()
                .map(|e| format!("{}:{}", e.field, e.code))
                .collect()
        };
        assert_eq!(
            codes(input("completed", Some("2026-02-03"), None)),
            ["actual_end:required"]
        );
        assert_eq!(
            codes(input("ongoing", None, Some("2026-03-01"))),
            ["actual_end:without_start"]
        );
        assert_eq!(
            codes(input("ongoing", Some("2026-02-03"), Some("2026-02-01"))),
            ["actual_end:before_start"]
        );
        assert_eq!(
            codes(input("ongoing", Some("2027-01-01"), None)),
            ["actual_start:in_future"]
        );
    }
}
