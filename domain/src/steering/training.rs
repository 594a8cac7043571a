//! Trainings of officials: a training (title, topic, dates, organiser, venue)
//! and its participants, each either a user of integra or an official named
//! with their organisation and position (officials are not migrants: they are
//! kept apart from the person registry), with their attendance and pre- and
//! post-test scores (0 to 100). The capacity report counts the officials who
//! attended (`crate::reports::capacity`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::placement;
use crate::reintegration;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// What a training is about.
    TrainingTopic {
        Reintegration => "reintegration",
        Integration => "integration",
        LabourMigration => "labour_migration",
        DataProtection => "data_protection",
        CaseManagement => "case_management",
        Other => "other",
    }
}

/// Longest title, venue, name or position.
pub const TEXT_MAX_CHARS: usize = 200;

/// The highest test score.
pub const SCORE_MAX: i64 = 100;

/// A training as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"title": "Case management for reintegration counsellors",
    "topic": "case_management", "starts_on": "2026-03-02", "ends_on": "2026-03-04",
    "organiser_organisation_id": "01900000-0000-7000-8000-000000000001",
    "venue": "Ministry training centre, Tbilisi"}))]
pub struct TrainingInput {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[schema(value_type = TrainingTopic)]
    pub topic: String,
    /// The first day (a training may be planned ahead).
    #[schema(value_type = String, format = Date, example = "2026-03-02")]
    pub starts_on: String,
    /// The last day, not before `starts_on`.
    #[schema(value_type = String, format = Date, example = "2026-03-04")]
    pub ends_on: String,
    /// The organisation that organises it; an existing organisation.
    pub organiser_organisation_id: Uuid,
    #[schema(
        min_length = 1,
        max_length = 200,
        example = "Ministry training centre, Tbilisi"
    )]
    pub venue: String,
}

/// A validated training.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingFields {
    pub title: String,
    pub topic: TrainingTopic,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub organiser_organisation_id: Uuid,
    pub venue: String,
}

impl TrainingInput {
    /// Checks every field at once.
    pub fn validate(&self) -> Result<TrainingFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check(validation::text("title", &self.title, TEXT_MAX_CHARS));
        let topic = errors.check(TrainingTopic::parse("topic", &self.topic));
        let starts_on = errors.check(reintegration::date("starts_on", &self.starts_on));
        let ends_on = placement::period_end(
            &mut errors,
            ("ends_on", Some(&self.ends_on)),
            ("starts_on", starts_on),
            None,
        );
        let venue = errors.check(validation::text("venue", &self.venue, TEXT_MAX_CHARS));
        match (title, topic, starts_on, ends_on, venue) {
            (Some(title), Some(topic), Some(starts_on), Some(ends_on), Some(venue))
                if errors.is_empty() =>
            {
                Ok(TrainingFields {
                    title,
                    topic,
                    starts_on,
                    ends_on,
                    organiser_organisation_id: self.organiser_organisation_id,
                    venue,
                })
            }
            _ => Err(errors),
        }
    }
}

impl From<&Training> for TrainingInput {
    fn from(training: &Training) -> Self {
        Self {
            title: training.title.clone(),
            topic: training.topic.as_str().to_owned(),
            starts_on: training.starts_on.to_string(),
            ends_on: training.ends_on.to_string(),
            organiser_organisation_id: training.organiser_organisation_id,
            venue: training.venue.clone(),
        }
    }
}

/// A training as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0",
    "title": "Case management for reintegration counsellors", "topic": "case_management",
    "starts_on": "2026-03-02", "ends_on": "2026-03-04",
    "organiser_organisation_id": "01900000-0000-7000-8000-000000000001",
    "venue": "Ministry training centre, Tbilisi", "participants": 12,
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-20T09:00:00Z", "updated_at": "2026-02-20T09:00:00Z"}))]
pub struct Training {
    pub id: Uuid,
    pub title: String,
    pub topic: TrainingTopic,
    #[schema(value_type = String, format = Date)]
    pub starts_on: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub ends_on: NaiveDate,
    pub organiser_organisation_id: Uuid,
    pub venue: String,
    /// How many participants are recorded (`/trainings/{id}/participants`).
    pub participants: i64,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A participant as a client records one: a user of integra (`user_id`), or
/// an official named with their organisation (`name`, `organisation_id`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Tamar Lomidze",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "position": "Senior specialist, Migration Division", "attended": true,
    "pre_test": 55, "post_test": 80}))]
pub struct ParticipantInput {
    /// A user of integra who took part (their organisation is theirs); or give
    /// `name` and `organisation_id` instead. Cannot be changed afterwards.
    #[serde(default)]
    pub user_id: Option<Uuid>,
    /// The official's name, when they are not a user. Cannot be changed afterwards.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 200, example = "Tamar Lomidze")]
    pub name: Option<String>,
    /// The official's organisation; an existing organisation. Only with
    /// `name`. Cannot be changed afterwards.
    #[serde(default)]
    pub organisation_id: Option<Uuid>,
    #[serde(default)]
    #[schema(
        min_length = 1,
        max_length = 200,
        example = "Senior specialist, Migration Division"
    )]
    pub position: Option<String>,
    /// Whether they attended; `false` when absent (registered only).
    #[serde(default)]
    pub attended: bool,
    /// The score of the test before the training, 0 to 100.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 100, example = 55)]
    pub pre_test: Option<i64>,
    /// The score of the test after it, 0 to 100.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 100, example = 80)]
    pub post_test: Option<i64>,
}

/// Who took part: a user, or a named official of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Official {
    User(Uuid),
    Named { name: String, organisation_id: Uuid },
}

/// A validated participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantFields {
    pub official: Official,
    pub position: Option<String>,
    pub attended: bool,
    pub pre_test: Option<i64>,
    pub post_test: Option<i64>,
}

/// A test score: 0 to [`SCORE_MAX`].
fn score(field: &str, value: i64) -> Result<i64, FieldError> {
    if (0..=SCORE_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::new(
            field,
            "out_of_range",
            format!("{field} must be 0 to {SCORE_MAX}"),
        ))
    }
}

impl ParticipantInput {
    /// Checks every field at once.
    pub fn validate(&self) -> Result<ParticipantFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let official = match (self.user_id, self.name.as_deref(), self.organisation_id) {
            (Some(user), None, None) => Some(Official::User(user)),
            (Some(_), _, _) => {
                let field = if self.name.is_some() {
                    "name"
                } else {
                    "organisation_id"
                };
                errors.add(
                    field,
                    "not_allowed",
                    format!("{field} is not given for a user (the user's own are taken)"),
                );
                None
            }
            (None, Some(name), Some(organisation_id)) => errors
                .check(validation::text("name", name, TEXT_MAX_CHARS))
                .map(|name| Official::Named {
                    name,
                    organisation_id,
                }),
            (None, Some(name), None) => {
                errors.check(validation::text("name", name, TEXT_MAX_CHARS));
                errors.add(
                    "organisation_id",
                    "required",
                    "organisation_id is required with name",
                );
                None
            }
            (None, None, _) => {
                errors.add(
                    "user_id",
                    "required",
                    "user_id, or name and organisation_id, are required",
                );
                None
            }
        };
        let position = self
            .position
            .as_deref()
            .and_then(|p| errors.check(validation::text("position", p, TEXT_MAX_CHARS)));
        let pre_test = self
            .pre_test
            .and_then(|s| errors.check(score("pre_test", s)));
        let post_test = self
            .post_test
            .and_then(|s| errors.check(score("post_test", s)));
        match official {
            Some(official) if errors.is_empty() => Ok(ParticipantFields {
                official,
                position,
                attended: self.attended,
                pre_test,
                post_test,
            }),
            _ => Err(errors),
        }
    }
}

impl From<&Participant> for ParticipantInput {
    fn from(participant: &Participant) -> Self {
        Self {
            user_id: participant.user_id,
            name: participant.name.clone(),
            organisation_id: participant
                .user_id
                .is_none()
                .then_some(participant.organisation_id),
            position: participant.position.clone(),
            attended: participant.attended,
            pre_test: participant.pre_test,
            post_test: participant.post_test,
        }
    }
}

/// A participant as the API shows one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa1",
    "training_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0", "user_id": null,
    "name": "Tamar Lomidze", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "position": "Senior specialist, Migration Division", "attended": true,
    "pre_test": 55, "post_test": 80, "version": 1,
    "created_at": "2026-03-04T16:00:00Z", "updated_at": "2026-03-04T16:00:00Z"}))]
pub struct Participant {
    pub id: Uuid,
    pub training_id: Uuid,
    /// The user who took part; `null` for a named official.
    pub user_id: Option<Uuid>,
    /// The named official; `null` for a user.
    pub name: Option<String>,
    /// Their organisation (a user's own, as when recorded).
    pub organisation_id: Uuid,
    pub position: Option<String>,
    pub attended: bool,
    pub pre_test: Option<i64>,
    pub post_test: Option<i64>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn participant(body: serde_json::Value) -> Result<ParticipantFields, Vec<String>> {
        serde_json::from_value::<ParticipantInput>(body)
            .unwrap()
            .validate()
            .map_err(|e| {
                e.0.into_iter()
                    .map(|f| format!("{}:{}", f.field, f.code))
                    .collect()
            })
    }

    #[test]
    fn a_participant_is_a_user_or_a_named_official_with_an_organisation() {
        let org = Uuid::now_v7();
        let named = participant(
            serde_json::json!({"name": " Tamar Lomidze ", "organisation_id": org,
            "attended": true, "pre_test": 0, "post_test": 100}),
        )
        .unwrap();
        assert_eq!(
            named.official,
            Official::Named {
                name: "Tamar Lomidze".into(),
                organisation_id: org
            }
        );
        let user = Uuid::now_v7();
        assert_eq!(
            participant(serde_json::json!({"user_id": user}))
                .unwrap()
                .official,
            Official::User(user)
        );
        assert_eq!(
            participant(serde_json::json!({"user_id": user, "organisation_id": org})).unwrap_err(),
            ["organisation_id:not_allowed"]
        );
        assert_eq!(
            participant(serde_json::json!({"name": "X"})).unwrap_err(),
            ["organisation_id:required"]
        );
        assert_eq!(
            participant(serde_json::json!({})).unwrap_err(),
            ["user_id:required"]
        );
        assert_eq!(
            participant(serde_json::json!({"user_id": user, "pre_test": -1, "post_test": 101}))
                .unwrap_err(),
            ["pre_test:out_of_range", "post_test:out_of_range"]
        );
    }

    #[test]
    fn a_training_ends_on_or_after_its_first_day() {
        let input = |ends: &str| TrainingInput {
            title: "Data protection".into(),
            topic: "data_protection".into(),
            starts_on: "2026-03-02".into(),
            ends_on: ends.into(),
            organiser_organisation_id: Uuid::now_v7(),
            venue: "Kutaisi".into(),
        };
        assert!(input("2026-03-02").validate().is_ok());
        let refused = input("2026-03-01").validate().unwrap_err();
        assert_eq!(
            refused
                .0
                .iter()
                .map(|f| f.field.as_str())
                .collect::<Vec<_>>(),
            ["ends_on"]
        );
    }
}
