//! A contact: a recorded contact with a person about a programme (a phone
//! call, a visit, a readmission notice, ...). A person contacted but never
//! registered counts as reached in the reintegration report.
//!
//! A service record ([`crate::access::reach`]): it belongs to the organisation
//! of whoever recorded it, whose staff see it. It holds no free text, so an
//! erasure of the person keeps it whole.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::string_enum;
use crate::validation::{self, ValidationErrors};

string_enum! {
    /// How the person was contacted.
    ContactChannel {
        Phone => "phone",
        Visit => "visit",
        BorderPoint => "border_point",
        InfoSession => "info_session",
        ReadmissionNotice => "readmission_notice",
        Other => "other",
    }
}

string_enum! {
    /// What came of the contact.
    ContactOutcome {
        Informed => "informed",
        Interested => "interested",
        Declined => "declined",
        Unreachable => "unreachable",
    }
}

/// A contact as a client records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "00000000-0000-7000-8000-000000000201", "contacted_on": "2015-03-02",
    "channel": "readmission_notice", "outcome": "informed"}))]
pub struct ContactInput {
    pub person_id: Uuid,
    /// The programme the contact was about.
    pub programme_id: Uuid,
    /// The day of the contact: past dates allowed, never a future one.
    #[schema(value_type = String, format = Date, example = "2015-03-02")]
    pub contacted_on: String,
    #[schema(value_type = ContactChannel)]
    pub channel: String,
    #[schema(value_type = ContactOutcome)]
    pub outcome: String,
}

/// A validated contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactFields {
    pub person_id: Uuid,
    pub programme_id: Uuid,
    pub contacted_on: NaiveDate,
    pub channel: ContactChannel,
    pub outcome: ContactOutcome,
}

impl ContactInput {
    /// The contact's fields, or every field that is wrong (`contacted_on` after
    /// `today` is `in_future`).
    pub fn validate(&self, today: NaiveDate) -> Result<ContactFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let contacted_on = errors.check(validation::past_date(
            "contacted_on",
            &self.contacted_on,
            today,
        ));
        let channel = errors.check(ContactChannel::parse("channel", &self.channel));
        let outcome = errors.check(ContactOutcome::parse("outcome", &self.outcome));
        match (contacted_on, channel, outcome) {
            (Some(contacted_on), Some(channel), Some(outcome)) if errors.is_empty() => {
                Ok(ContactFields {
                    person_id: self.person_id,
                    programme_id: self.programme_id,
                    contacted_on,
                    channel,
                    outcome,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A contact as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "00000000-0000-7000-8000-000000000201",
    "organisation_id": "01900000-0000-7000-8000-000000000001",
    "contacted_on": "2015-03-02", "channel": "readmission_notice", "outcome": "informed",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub struct Contact {
    pub id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    /// The organisation whose staff see the contact: the recording caller's.
    pub organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub contacted_on: NaiveDate,
    pub channel: ContactChannel,
    pub outcome: ContactOutcome,
    /// The user who recorded it.
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Contact> for ContactInput {
    fn from(contact: &Contact) -> Self {
        Self {
            person_id: contact.person_id,
            programme_id: contact.programme_id,
            contacted_on: contact.contacted_on.to_string(),
            channel: contact.channel.as_str().to_owned(),
            outcome: contact.outcome.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn input() -> ContactInput {
        ContactInput {
            person_id: Uuid::from_u128(1),
            programme_id: Uuid::from_u128(2),
            contacted_on: "2015-03-02".into(),
            channel: "readmission_notice".into(),
            outcome: "informed".into(),
        }
    }

    fn codes(input: ContactInput) -> Vec<(String, String)> {
        input
            .validate(d("2026-01-31"))
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_contact_in_the_past_is_valid() {
        let fields = input().validate(d("2026-01-31")).unwrap();
        assert_eq!(fields.channel, ContactChannel::ReadmissionNotice);
        assert_eq!(fields.outcome, ContactOutcome::Informed);
        assert_eq!(fields.contacted_on, d("2015-03-02"));
        // Today is not the future.
        let mut today = input();
        today.contacted_on = "2026-01-31".into();
        assert!(today.validate(d("2026-01-31")).is_ok());
    }

    #[test]
    fn every_wrong_field_is_named() {
        let mut wrong = input();
        wrong.contacted_on = "2026-02-01".into();
        wrong.channel = "email".into();
        wrong.outcome = "maybe".into();
        assert_eq!(
            codes(wrong),
            [
                ("contacted_on".to_owned(), "in_future".to_owned()),
                ("channel".to_owned(), "invalid_value".to_owned()),
                ("outcome".to_owned(), "invalid_value".to_owned()),
            ]
        );
        let mut bad_date = input();
        bad_date.contacted_on = "2015-3-2".into();
        assert_eq!(
            codes(bad_date),
            [("contacted_on".to_owned(), "invalid_date".to_owned())]
        );
    }

    #[test]
    fn a_contact_round_trips_through_its_input() {
        let contact = Contact {
            id: Uuid::from_u128(3),
            person_id: Uuid::from_u128(1),
            programme_id: Uuid::from_u128(2),
            organisation_id: Uuid::from_u128(4),
            contacted_on: d("2015-03-02"),
            channel: ContactChannel::Phone,
            outcome: ContactOutcome::Interested,
            recorded_by: Uuid::from_u128(5),
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        let fields = ContactInput::from(&contact)
            .validate(d("2026-01-31"))
            .unwrap();
        assert_eq!(fields.channel, ContactChannel::Phone);
        assert_eq!(fields.outcome, ContactOutcome::Interested);
        assert_eq!(fields.contacted_on, contact.contacted_on);
    }
}
