//! Counselling sessions: information, advice and referral given to someone, in
//! one of the three streams, on a topic. A person is optional: many sessions are
//! anonymous (a call to the hotline, a visitor who gives no name). Reports
//! count "persons counselled" as the distinct identified persons plus the
//! anonymous sessions.
//!
//! The topic is a closed set ([`CounsellingTopic`]), not free text: a session
//! often has no person to erase text from, so free text could hold personal
//! data that no erasure would ever reach. A session therefore holds nothing
//! about its person but the link, which erasure keeps (reports count it).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::reintegration::programme::Stream;
use crate::string_enum;
use crate::validation::{self, ValidationErrors};

string_enum! {
    /// What a counselling session was about.
    CounsellingTopic {
        /// The reintegration programme, its eligibility and its assistance.
        ReintegrationAssistance => "reintegration_assistance",
        /// Legal ways to work abroad and the risks of irregular migration.
        SafeMigration => "safe_migration",
        /// Finding work, CVs, the labour market.
        Employment => "employment",
        VocationalTraining => "vocational_training",
        /// Documents, residence, rights.
        Legal => "legal",
        Psychosocial => "psychosocial",
        Health => "health",
        Housing => "housing",
        Education => "education",
        SocialServices => "social_services",
        Other => "other",
    }
}

/// A counselling session as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"held_on": "2026-01-22", "stream": "reintegration",
    "topic": "reintegration_assistance", "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80"}))]
pub struct CounsellingSessionInput {
    /// The day of the session; not in the future.
    #[schema(value_type = String, format = Date, example = "2026-01-22")]
    pub held_on: String,
    #[schema(value_type = Stream)]
    pub stream: String,
    #[schema(value_type = CounsellingTopic)]
    pub topic: String,
    /// The person counselled; absent (or `null`) for an anonymous session.
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// The programme the session was given under, if any.
    #[serde(default)]
    pub programme_id: Option<Uuid>,
    /// The organisation the session is recorded for: the caller's own when
    /// absent; only an administrator names another. Cannot be changed afterwards.
    #[serde(default)]
    pub organisation_id: Option<Uuid>,
}

/// A validated counselling session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounsellingSessionFields {
    pub held_on: NaiveDate,
    pub stream: Stream,
    pub topic: CounsellingTopic,
    pub person_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
}

/// A counselling session as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f70",
    "organisation_id": "01900000-0000-7000-8000-000000000001", "held_on": "2026-01-22",
    "stream": "reintegration", "topic": "reintegration_assistance",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-22T09:00:00Z", "updated_at": "2026-01-22T09:00:00Z"}))]
pub struct CounsellingSession {
    pub id: Uuid,
    /// The organisation that recorded it, whose staff see it.
    pub organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub held_on: NaiveDate,
    pub stream: Stream,
    pub topic: CounsellingTopic,
    /// `null` for an anonymous session.
    pub person_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl CounsellingSession {
    /// Whether the session is about an identified person (its reads are then
    /// reads of personal data, and recorded).
    pub fn is_personal(&self) -> bool {
        self.person_id.is_some()
    }
}

impl CounsellingSessionInput {
    /// The session's fields, checked against `today` (no session is in the future).
    pub fn validate(&self, today: NaiveDate) -> Result<CounsellingSessionFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let held_on = errors.check(validation::past_date("held_on", &self.held_on, today));
        let stream = errors.check(Stream::parse("stream", &self.stream));
        let topic = errors.check(CounsellingTopic::parse("topic", &self.topic));
        match (held_on, stream, topic) {
            (Some(held_on), Some(stream), Some(topic)) if errors.is_empty() => {
                Ok(CounsellingSessionFields {
                    held_on,
                    stream,
                    topic,
                    person_id: self.person_id,
                    programme_id: self.programme_id,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The writable form of a recorded session, which a merge patch changes.
impl From<&CounsellingSession> for CounsellingSessionInput {
    fn from(session: &CounsellingSession) -> Self {
        Self {
            held_on: session.held_on.format("%Y-%m-%d").to_string(),
            stream: session.stream.as_str().to_owned(),
            topic: session.topic.as_str().to_owned(),
            person_id: session.person_id,
            programme_id: session.programme_id,
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

    fn example() -> CounsellingSessionInput {
        let schema = serde_json::to_value(CounsellingSessionInput::schema()).unwrap();
        serde_json::from_value(schema["example"].clone()).unwrap()
    }

    #[test]
    fn the_example_is_valid_and_a_person_is_optional() {
        let fields = example().validate(today()).unwrap();
        assert_eq!(fields.stream, Stream::Reintegration);
        assert_eq!(fields.topic, CounsellingTopic::ReintegrationAssistance);
        let anonymous: CounsellingSessionInput = serde_json::from_value(
            serde_json::json!({"held_on": "2026-01-31", "stream": "labour_migration", "topic": "safe_migration"}),
        )
        .unwrap();
        assert_eq!(anonymous.validate(today()).unwrap().person_id, None);
    }

    #[test]
    fn invalid_sessions_name_every_field() {
        let mut bad = example();
        bad.held_on = "2026-02-01".into();
        bad.stream = "return".into();
        bad.topic = "gossip".into();
        let found: Vec<(String, String)> = bad
            .validate(today())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        let pair = |f: &str, c: &str| (f.to_owned(), c.to_owned());
        assert_eq!(
            found,
            [
                pair("held_on", "in_future"),
                pair("stream", "invalid_value"),
                pair("topic", "invalid_value"),
            ]
        );
    }

    #[test]
    fn the_writable_form_round_trips() {
        let fields = example().validate(today()).unwrap();
        let session = CounsellingSession {
            id: Uuid::nil(),
            organisation_id: Uuid::nil(),
            held_on: fields.held_on,
            stream: fields.stream,
            topic: fields.topic,
            person_id: fields.person_id,
            programme_id: fields.programme_id,
            recorded_by: Uuid::nil(),
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        assert!(session.is_personal());
        let again = CounsellingSessionInput::from(&session)
            .validate(today())
            .unwrap();
        assert_eq!(again, fields);
    }
}
