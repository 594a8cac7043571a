//! Committee meetings: the day, the kind (`steering_committee`,
//! `consultation`), the members present (users, or officials named with
//! their organisation), the agenda, the decisions (each saying what it
//! endorses: a method, a result, a change of the work plan) and the action
//! items, each with an owner organisation and a due date. An action item is
//! overdue on a day when it is not done and was due before that day.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::project::TEXT_MAX_CHARS;
use super::training::TEXT_MAX_CHARS as NAME_MAX_CHARS;
use crate::reintegration;
use crate::string_enum;
use crate::validation::{self, ValidationErrors};

string_enum! {
    /// What kind of meeting it was.
    MeetingKind {
        SteeringCommittee => "steering_committee",
        Consultation => "consultation",
    }
}

string_enum! {
    /// What a decision endorses.
    Endorsement {
        Method => "method",
        Result => "result",
        WorkPlanChange => "work_plan_change",
        Other => "other",
    }
}

/// Most members, agenda items, decisions or action items of one meeting.
pub const MAX_ITEMS: usize = 100;

/// A member present: a user, or an official named with their organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"user_id": null, "name": "Giorgi Maisuradze",
    "organisation_id": "01900000-0000-7000-8000-000000000001"}))]
pub struct Member {
    #[serde(default)]
    pub user_id: Option<Uuid>,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 200)]
    pub name: Option<String>,
    #[serde(default)]
    pub organisation_id: Option<Uuid>,
}

/// A decision of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": "The sustainability survey method is endorsed", "endorses": "method"}))]
pub struct Decision {
    #[schema(min_length = 1, max_length = 2000)]
    pub text: String,
    #[schema(value_type = Endorsement)]
    pub endorses: String,
}

/// An action item as a meeting records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": "Circulate the revised work plan",
    "owner_organisation_id": "01900000-0000-7000-8000-000000000001", "due_on": "2026-12-15"}))]
pub struct ActionItemInput {
    #[schema(min_length = 1, max_length = 2000)]
    pub text: String,
    /// An existing organisation.
    pub owner_organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub due_on: String,
}

/// A meeting as a client records it (its action items with it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"held_on": "2026-11-20", "kind": "steering_committee",
    "members": [{"name": "Giorgi Maisuradze", "organisation_id": "01900000-0000-7000-8000-000000000001"}],
    "agenda": ["Progress against the results framework", "Risks"],
    "decisions": [{"text": "The sustainability survey method is endorsed", "endorses": "method"}],
    "action_items": [{"text": "Circulate the revised work plan",
        "owner_organisation_id": "01900000-0000-7000-8000-000000000001", "due_on": "2026-12-15"}]}))]
pub struct MeetingInput {
    /// Not in the future.
    #[schema(value_type = String, format = Date)]
    pub held_on: String,
    #[schema(value_type = MeetingKind)]
    pub kind: String,
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub decisions: Vec<Decision>,
    #[serde(default)]
    pub action_items: Vec<ActionItemInput>,
}

/// A validated action item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItemFields {
    pub text: String,
    pub owner_organisation_id: Uuid,
    pub due_on: NaiveDate,
}

/// A validated meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFields {
    pub held_on: NaiveDate,
    pub kind: MeetingKind,
    pub members: Vec<Member>,
    pub agenda: Vec<String>,
    pub decisions: Vec<Decision>,
    pub action_items: Vec<ActionItemFields>,
}

impl MeetingInput {
    /// Checks every field at once; the day against `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<MeetingFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let held_on = errors.check(validation::past_date("held_on", &self.held_on, today));
        let kind = errors.check(MeetingKind::parse("kind", &self.kind));
        for (field, n) in [
            ("members", self.members.len()),
            ("agenda", self.agenda.len()),
            ("decisions", self.decisions.len()),
            ("action_items", self.action_items.len()),
        ] {
            if n > MAX_ITEMS {
                errors.add(field, "too_many", format!("at most {MAX_ITEMS} {field}"));
            }
        }
        let mut members = Vec::new();
        for (n, m) in self.members.iter().enumerate() {
            let field = format!("members[{n}]");
            match (m.user_id, m.name.as_deref(), m.organisation_id) {
                (Some(_), None, None) => members.push(m.clone()),
                (None, Some(name), Some(_)) => {
                    if let Some(name) = errors.check(validation::text(
                        &format!("{field}.name"),
                        name,
                        NAME_MAX_CHARS,
                    )) {
                        members.push(Member {
                            name: Some(name),
                            ..m.clone()
                        });
                    }
                }
                _ => errors.add(
                    field,
                    "invalid_member",
                    "a member is a user_id, or a name with an organisation_id",
                ),
            }
        }
        let agenda: Vec<String> = self
            .agenda
            .iter()
            .enumerate()
            .filter_map(|(n, item)| {
                errors.check(validation::text(
                    &format!("agenda[{n}]"),
                    item,
                    TEXT_MAX_CHARS,
                ))
            })
            .collect();
        let mut decisions = Vec::new();
        for (n, d) in self.decisions.iter().enumerate() {
            let text = errors.check(validation::text(
                &format!("decisions[{n}].text"),
                &d.text,
                TEXT_MAX_CHARS,
            ));
            let endorses = errors.check(Endorsement::parse(
                &format!("decisions[{n}].endorses"),
                &d.endorses,
            ));
            if let (Some(text), Some(_)) = (text, endorses) {
                decisions.push(Decision {
                    text,
                    endorses: d.endorses.clone(),
                });
            }
        }
        let mut action_items = Vec::new();
        for (n, a) in self.action_items.iter().enumerate() {
            let text = errors.check(validation::text(
                &format!("action_items[{n}].text"),
                &a.text,
                TEXT_MAX_CHARS,
            ));
            let due_on = errors.check(reintegration::date(
                &format!("action_items[{n}].due_on"),
                &a.due_on,
            ));
            if let (Some(text), Some(due_on)) = (text, due_on) {
                action_items.push(ActionItemFields {
                    text,
                    owner_organisation_id: a.owner_organisation_id,
                    due_on,
                });
            }
        }
        match (held_on, kind) {
            (Some(held_on), Some(kind)) if errors.is_empty() => Ok(MeetingFields {
                held_on,
                kind,
                members,
                agenda,
                decisions,
                action_items,
            }),
            _ => Err(errors),
        }
    }
}

/// What changes of an action item: when it was done (`null`: open again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"done_on": "2026-12-10"}))]
pub struct ActionItemProgress {
    /// Not in the future.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub done_on: Option<String>,
}

impl ActionItemProgress {
    /// The day it was done, checked against `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<Option<NaiveDate>, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let done_on = self
            .done_on
            .as_deref()
            .and_then(|d| errors.check(validation::past_date("done_on", d, today)));
        errors.finish(|| done_on)
    }
}

/// An action item as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff2",
    "meeting_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "text": "Circulate the revised work plan",
    "owner_organisation_id": "01900000-0000-7000-8000-000000000001",
    "due_on": "2026-12-15", "done_on": null, "version": 1,
    "created_at": "2026-11-20T16:00:00Z", "updated_at": "2026-11-20T16:00:00Z"}))]
pub struct ActionItem {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub project_id: Uuid,
    pub text: String,
    pub owner_organisation_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub due_on: NaiveDate,
    /// When it was done; `null` while open.
    #[schema(value_type = Option<String>, format = Date)]
    pub done_on: Option<NaiveDate>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ActionItem {
    /// Whether it is overdue on `day`: not done, and due before `day`.
    pub fn overdue_on(&self, day: NaiveDate) -> bool {
        self.done_on.is_none() && self.due_on < day
    }
}

/// A meeting as the API shows it, with its action items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "held_on": "2026-11-20",
    "kind": "steering_committee",
    "members": [{"user_id": null, "name": "Giorgi Maisuradze",
        "organisation_id": "01900000-0000-7000-8000-000000000001"}],
    "agenda": ["Progress against the results framework", "Risks"],
    "decisions": [{"text": "The sustainability survey method is endorsed", "endorses": "method"}],
    "action_items": [], "version": 1,
    "created_at": "2026-11-20T16:00:00Z", "updated_at": "2026-11-20T16:00:00Z"}))]
pub struct Meeting {
    pub id: Uuid,
    pub project_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub held_on: NaiveDate,
    pub kind: MeetingKind,
    pub members: Vec<Member>,
    pub agenda: Vec<String>,
    pub decisions: Vec<Decision>,
    pub action_items: Vec<ActionItem>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_of_a_meeting_is_checked_and_named() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let input: MeetingInput = serde_json::from_value(serde_json::json!({
            "held_on": "2026-12-02", "kind": "steering_committee",
            "members": [{"name": "Giorgi"}, {"user_id": Uuid::now_v7()}],
            "agenda": ["Risks", " "],
            "decisions": [{"text": "Endorsed", "endorses": "everything"}],
            "action_items": [{"text": "Circulate", "owner_organisation_id": Uuid::now_v7(), "due_on": "soon"}]}))
        .unwrap();
        let fields: Vec<String> = input
            .validate(today)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| format!("{}:{}", e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            [
                "held_on:in_future",
                "members[0]:invalid_member",
                "agenda[1]:required",
                "decisions[0].endorses:invalid_value",
                "action_items[0].due_on:invalid_date"
            ]
        );
    }
}
