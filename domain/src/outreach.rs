//! Outreach events: an information session, a media appearance, a school or
//! community visit, a desk at a border point, and how many people it reached.
//! No person is recorded (the count is all), so an event holds no personal data.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::codes;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// What kind of outreach an event was.
    OutreachKind {
        InformationSession => "information_session",
        Media => "media",
        School => "school",
        Community => "community",
        BorderPoint => "border_point",
        Other => "other",
    }
}

/// The most people one event may be said to reach: more than Georgia's
/// population (about 3.7 million) is a typing error, not a media campaign.
pub const PEOPLE_REACHED_MAX: i64 = 5_000_000;

/// Longest title of an event.
pub const TITLE_MAX_CHARS: usize = 200;

/// An outreach event as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"held_on": "2026-01-20", "region": "GE-IM",
    "kind": "information_session", "people_reached": 45,
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80",
    "title": "Information day on the reintegration programme, Kutaisi"}))]
pub struct OutreachEventInput {
    /// The day of the event; not in the future.
    #[schema(value_type = String, format = Date, example = "2026-01-20")]
    pub held_on: String,
    /// ISO 3166-2:GE code of the region where it was held.
    #[schema(
        pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$",
        example = "GE-IM"
    )]
    pub region: String,
    #[schema(value_type = OutreachKind)]
    pub kind: String,
    /// How many people it reached, 0 to 5,000,000 (a count: no persons are recorded).
    #[schema(minimum = 0, maximum = 5_000_000, example = 45)]
    pub people_reached: i64,
    /// The programme it informed about, if any.
    #[serde(default)]
    pub programme_id: Option<Uuid>,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 200, example = "Information day, Kutaisi")]
    pub title: Option<String>,
    /// The organisation the event is recorded for: the caller's own when absent;
    /// only an administrator names another. Cannot be changed afterwards.
    #[serde(default)]
    pub organisation_id: Option<Uuid>,
}

/// A validated outreach event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachEventFields {
    pub held_on: NaiveDate,
    pub region: String,
    pub kind: OutreachKind,
    pub people_reached: i64,
    pub programme_id: Option<Uuid>,
    pub title: Option<String>,
}

/// An outreach event as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "held_on": "2026-01-20",
    "region": "GE-IM", "kind": "information_session", "people_reached": 45,
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80",
    "title": "Information day on the reintegration programme, Kutaisi",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-21T09:00:00Z", "updated_at": "2026-01-21T09:00:00Z"}))]
pub struct OutreachEvent {
    pub id: Uuid,
    /// The organisation that recorded it, whose staff see it.
    pub organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub held_on: NaiveDate,
    pub region: String,
    pub kind: OutreachKind,
    pub people_reached: i64,
    pub programme_id: Option<Uuid>,
    pub title: Option<String>,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A count of people: 0 to [`PEOPLE_REACHED_MAX`].
pub fn people_count(field: &str, value: i64) -> Result<i64, FieldError> {
    if value < 0 {
        Err(FieldError::new(
            field,
            "negative",
            format!("{field} must not be negative"),
        ))
    } else if value > PEOPLE_REACHED_MAX {
        Err(FieldError::new(
            field,
            "out_of_range",
            format!("{field} must be at most {PEOPLE_REACHED_MAX}"),
        ))
    } else {
        Ok(value)
    }
}

impl OutreachEventInput {
    /// The event's fields, checked against `today` (no event is in the future).
    pub fn validate(&self, today: NaiveDate) -> Result<OutreachEventFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let held_on = errors.check(validation::past_date("held_on", &self.held_on, today));
        let region = errors.check(codes::region("region", &self.region));
        let kind = errors.check(OutreachKind::parse("kind", &self.kind));
        let people_reached = errors.check(people_count("people_reached", self.people_reached));
        let title = self
            .title
            .as_deref()
            .and_then(|t| errors.check(validation::text("title", t, TITLE_MAX_CHARS)));
        match (held_on, region, kind, people_reached) {
            (Some(held_on), Some(region), Some(kind), Some(people_reached))
                if errors.is_empty() =>
            {
                Ok(OutreachEventFields {
                    held_on,
                    region,
                    kind,
                    people_reached,
                    programme_id: self.programme_id,
                    title,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The writable form of a recorded event, which a merge patch changes.
impl From<&OutreachEvent> for OutreachEventInput {
    fn from(event: &OutreachEvent) -> Self {
        Self {
            held_on: event.held_on.format("%Y-%m-%d").to_string(),
            region: event.region.clone(),
            kind: event.kind.as_str().to_owned(),
            people_reached: event.people_reached,
            programme_id: event.programme_id,
            title: event.title.clone(),
            organisation_id: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use utoipa::PartialSchema;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    fn example() -> OutreachEventInput {
        let schema = serde_json::to_value(OutreachEventInput::schema()).unwrap();
        serde_json::from_value(schema["example"].clone()).unwrap()
    }

    fn codes(input: OutreachEventInput) -> Vec<(String, String)> {
        input
            .validate(today())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn the_example_is_valid() {
        let fields = example().validate(today()).unwrap();
        assert_eq!(fields.kind, OutreachKind::InformationSession);
        assert_eq!(fields.people_reached, 45);
    }

    #[test]
    fn invalid_events_name_every_field() {
        let mut bad = example();
        bad.held_on = "2026-02-01".into();
        bad.region = "GE-XX".into();
        bad.kind = "concert".into();
        bad.people_reached = -1;
        bad.title = Some("  ".into());
        let pair = |f: &str, c: &str| (f.to_owned(), c.to_owned());
        assert_eq!(
            codes(bad),
            [
                pair("held_on", "in_future"),
                pair("region", "invalid_region"),
                pair("kind", "invalid_value"),
                pair("people_reached", "negative"),
                pair("title", "required"),
            ]
        );
        let mut many = example();
        many.people_reached = PEOPLE_REACHED_MAX + 1;
        assert_eq!(codes(many), [pair("people_reached", "out_of_range")]);
        let mut none = example();
        none.people_reached = 0;
        assert!(none.validate(today()).is_ok());
    }

    #[test]
    fn the_writable_form_round_trips() {
        let fields = example().validate(today()).unwrap();
        let event = OutreachEvent {
            id: Uuid::nil(),
            organisation_id: Uuid::nil(),
            held_on: fields.held_on,
            region: fields.region.clone(),
            kind: fields.kind,
            people_reached: fields.people_reached,
            programme_id: fields.programme_id,
            title: fields.title.clone(),
            recorded_by: Uuid::nil(),
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        let again = OutreachEventInput::from(&event).validate(today()).unwrap();
        assert_eq!(again, fields);
    }
}
