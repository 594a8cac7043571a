//! Movement assistance for foreign migrants: a foreigner helped to leave
//! Georgia, back to their country of origin (voluntary return) or onward, with
//! a ticket, an escort, travel documents or reception arranged. Kept on the
//! person's record like a stay abroad; only for a person who is not a Georgian
//! citizen.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::validation::{self, ValidationErrors};
use crate::{codes, person, placement, string_enum, Error};

string_enum! {
    /// Where the migrant went.
    MovementKind {
        VoluntaryReturn => "voluntary_return",
        OnwardMovement => "onward_movement",
    }
}

string_enum! {
    /// What help was given.
    MovementHelp {
        Ticket => "ticket",
        Escort => "escort",
        TravelDocuments => "travel_documents",
        ReceptionArranged => "reception_arranged",
    }
}

/// Movement assistance is for foreigners: a person whose citizenship is
/// Georgian gets a 422 `not_a_foreigner`.
pub fn check_foreigner(citizenship: Option<&str>) -> Result<(), Error> {
    person::check_foreigner(citizenship, "movement assistance is for foreign migrants")
}

/// Movement assistance as a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"departed_on": "2026-02-10", "destination_country": "AM",
    "kind": "voluntary_return", "help": ["ticket", "travel_documents"],
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "note": "Left by bus from Sadakhlo"}))]
pub struct MovementInput {
    /// The day of departure from Georgia; not in the future.
    #[schema(value_type = String, format = Date, example = "2026-02-10")]
    pub departed_on: String,
    /// ISO 3166-1 alpha-2 code of the destination; not GE.
    #[schema(pattern = "^[A-Z]{2}$", example = "AM")]
    pub destination_country: String,
    #[schema(value_type = MovementKind)]
    pub kind: String,
    /// The help given: at least one kind, each once.
    #[schema(value_type = Vec<MovementHelp>, min_items = 1, max_items = 4)]
    pub help: Vec<String>,
    /// The organisation that helped; an existing organisation.
    pub organisation_id: Uuid,
    /// Free text about the movement (erased with the person's data).
    #[serde(default)]
    #[schema(max_length = 2000, example = "Left by bus from Sadakhlo")]
    pub note: Option<String>,
}

/// Validated movement assistance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovementFields {
    pub departed_on: NaiveDate,
    pub destination_country: String,
    pub kind: MovementKind,
    /// In the order of [`MovementHelp::ALL`].
    pub help: Vec<MovementHelp>,
    pub organisation_id: Uuid,
    pub note: Option<String>,
}

impl MovementFields {
    /// Whether `help` was given.
    pub fn gave(&self, help: MovementHelp) -> bool {
        self.help.contains(&help)
    }
}

impl MovementInput {
    pub fn validate(&self, today: NaiveDate) -> Result<MovementFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let departed_on = errors.check(validation::past_date(
            "departed_on",
            &self.departed_on,
            today,
        ));
        let destination_country = errors.check(codes::country(
            "destination_country",
            &self.destination_country,
        ));
        if destination_country.as_deref() == Some(codes::GEORGIA) {
            errors.add(
                "destination_country",
                "not_abroad",
                "a migrant helped to leave Georgia goes to a country other than GE",
            );
        }
        let kind = errors.check(MovementKind::parse("kind", &self.kind));
        if self.help.is_empty() {
            errors.add("help", "empty", "help names at least one kind of help");
        }
        let mut given = Vec::new();
        for (index, value) in self.help.iter().enumerate() {
            let field = format!("help[{index}]");
            if let Some(help) = errors.check(MovementHelp::parse(&field, value)) {
                if given.contains(&help) {
                    errors.add(field, "duplicate", "each kind of help is named once");
                }
                given.push(help);
            }
        }
        let help: Vec<MovementHelp> = MovementHelp::ALL
            .iter()
            .copied()
            .filter(|h| given.contains(h))
            .collect();
        let note = placement::note(&mut errors, self.note.as_deref());
        match (departed_on, destination_country, kind) {
            (Some(departed_on), Some(destination_country), Some(kind)) if errors.is_empty() => {
                Ok(MovementFields {
                    departed_on,
                    destination_country,
                    kind,
                    help,
                    organisation_id: self.organisation_id,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Movement assistance as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f80",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "departed_on": "2026-02-10", "destination_country": "AM", "kind": "voluntary_return",
    "help": ["ticket", "travel_documents"],
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "note": "Left by bus from Sadakhlo",
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-02-11T09:00:00Z", "updated_at": "2026-02-11T09:00:00Z"}))]
pub struct Movement {
    pub id: Uuid,
    pub person_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub departed_on: NaiveDate,
    pub destination_country: String,
    pub kind: MovementKind,
    pub help: Vec<MovementHelp>,
    /// The organisation that helped.
    pub organisation_id: Uuid,
    pub note: Option<String>,
    pub recorded_by: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Movement> for MovementInput {
    fn from(movement: &Movement) -> Self {
        Self {
            departed_on: movement.departed_on.to_string(),
            destination_country: movement.destination_country.clone(),
            kind: movement.kind.as_str().to_owned(),
            help: movement
                .help
                .iter()
                .map(|h| h.as_str().to_owned())
                .collect(),
            organisation_id: movement.organisation_id,
            note: movement.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    fn input() -> MovementInput {
        MovementInput {
            departed_on: "2026-01-20".into(),
            destination_country: "AM".into(),
            kind: "voluntary_return".into(),
            help: vec!["travel_documents".into(), "ticket".into()],
            organisation_id: Uuid::from_u128(1),
            note: None,
        }
    }

    fn codes(input: MovementInput) -> Vec<(String, String)> {
        input
            .validate(today())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    #[test]
    fn a_valid_movement_lists_its_help_in_order() {
        let fields = input().validate(today()).unwrap();
        assert_eq!(
            fields.help,
            [MovementHelp::Ticket, MovementHelp::TravelDocuments]
        );
        assert!(fields.gave(MovementHelp::Ticket));
        assert!(!fields.gave(MovementHelp::Escort));
        assert_eq!(fields.kind, MovementKind::VoluntaryReturn);
    }

    #[test]
    fn invalid_movements() {
        let mut home = input();
        home.destination_country = "GE".into();
        assert_eq!(codes(home), [pair("destination_country", "not_abroad")]);
        let mut future = input();
        future.departed_on = "2026-02-01".into();
        assert_eq!(codes(future), [pair("departed_on", "in_future")]);
        let mut none = input();
        none.help = vec![];
        assert_eq!(codes(none), [pair("help", "empty")]);
        let mut twice = input();
        twice.help = vec!["ticket".into(), "flight".into(), "ticket".into()];
        twice.kind = "deportation".into();
        assert_eq!(
            codes(twice),
            [
                pair("kind", "invalid_value"),
                pair("help[1]", "invalid_value"),
                pair("help[2]", "duplicate")
            ]
        );
    }

    #[test]
    fn only_foreigners_are_helped_to_leave() {
        assert!(check_foreigner(Some("AM")).is_ok());
        assert!(check_foreigner(Some(codes::STATELESS)).is_ok());
        assert!(check_foreigner(None).is_ok());
        assert!(matches!(
            check_foreigner(Some("GE")),
            Err(Error::Unprocessable {
                code: "not_a_foreigner",
                ..
            })
        ));
    }
}
