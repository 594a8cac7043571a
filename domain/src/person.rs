//! A person in the registry, shared by every stream.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::codes;
use crate::string_enum;
use crate::validation::{self, FieldError, ValidationErrors};

string_enum! {
    /// Sex as recorded in the person's documents.
    Sex { Female => "female", Male => "male", Other => "other" }
}

string_enum! {
    /// The person's status in Georgia.
    ResidenceStatus {
        Citizen => "citizen",
        PermanentResident => "permanent_resident",
        TemporaryResident => "temporary_resident",
        AsylumSeeker => "asylum_seeker",
        Refugee => "refugee",
        Undocumented => "undocumented",
    }
}

/// Longest given or family name accepted.
pub const NAME_MAX_CHARS: usize = 100;

/// An identifier of the person in another system: unique per system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExternalId {
    /// The other system's name: lower case letters, digits, `.`, `_` and `-`.
    #[schema(
        example = "readmission-db",
        pattern = "^[a-z0-9][a-z0-9._-]{0,63}$",
        min_length = 1,
        max_length = 64
    )]
    pub system: String,
    /// The person's id in that system.
    #[schema(
        example = "RA-2015-0042",
        pattern = "^[\\x21-\\x7E]{1,128}$",
        min_length = 1,
        max_length = 128
    )]
    pub value: String,
}

impl ExternalId {
    /// Checks a system name: `^[a-z0-9][a-z0-9._-]{0,63}$`.
    pub fn check_system(field: &str, system: &str) -> Result<(), FieldError> {
        let mut bytes = system.bytes();
        let first_ok = bytes
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let rest_ok = bytes.all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        });
        if first_ok && rest_ok && system.len() <= 64 {
            Ok(())
        } else {
            Err(FieldError::new(
                field,
                "invalid_system",
                format!("{field} must be 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"),
            ))
        }
    }

    /// Checks the `(system, value)` of a path such as
    /// `/persons/by-external-id/{system}/{value}`: both errors at once.
    pub fn check_path(system: &str, value: &str) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        errors.check(Self::check_system("system", system));
        errors.check(Self::check_value("value", value));
        errors.finish(|| ())
    }

    /// Checks an id value: 1 to 128 visible ASCII characters.
    pub fn check_value(field: &str, value: &str) -> Result<(), FieldError> {
        if !value.is_empty() && value.len() <= 128 && value.bytes().all(|b| b.is_ascii_graphic()) {
            Ok(())
        } else {
            Err(FieldError::new(
                field,
                "invalid_external_id",
                format!("{field} must be 1 to 128 visible ASCII characters without spaces"),
            ))
        }
    }
}

/// The writable fields of a person, as a client sends them (create, replace, merge-patch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "personal_number": "01001012345", "given_name": "Nino", "family_name": "Beridze",
    "date_of_birth": "1988-04-12", "sex": "female", "citizenship": "GE",
    "residence_status": "citizen", "region": "GE-IM", "phone": "+995 555 12 34 56",
    "external_ids": [{"system": "readmission-db", "value": "RA-2015-0042"}]
}))]
pub struct PersonInput {
    /// Georgian personal number: 11 digits, unique. Absent for many foreigners and stateless persons.
    #[schema(pattern = "^[0-9]{11}$", example = "01001012345")]
    pub personal_number: Option<String>,
    #[schema(min_length = 1, max_length = 100, pattern = "\\S", example = "Nino")]
    pub given_name: String,
    #[schema(min_length = 1, max_length = 100, pattern = "\\S", example = "Beridze")]
    pub family_name: String,
    /// Not in the future.
    #[schema(value_type = Option<String>, format = Date, example = "1988-04-12")]
    pub date_of_birth: Option<String>,
    #[schema(value_type = Option<Sex>)]
    pub sex: Option<String>,
    /// ISO 3166-1 alpha-2 country code, or `stateless`.
    #[schema(pattern = "^([A-Z]{2}|stateless)$", example = "GE")]
    pub citizenship: Option<String>,
    #[schema(value_type = Option<ResidenceStatus>)]
    pub residence_status: Option<String>,
    /// ISO 3166-2:GE region of residence.
    #[schema(
        pattern = "^GE-(AB|AJ|GU|IM|KA|KK|MM|RL|SJ|SK|SZ|TB)$",
        example = "GE-IM"
    )]
    pub region: Option<String>,
    /// Digits with optional leading `+`, spaces, dashes and parentheses; 5 to 15 digits.
    #[schema(
        pattern = "^\\+?[0-9][0-9 ()-]{3,28}[0-9]$",
        example = "+995 555 12 34 56"
    )]
    pub phone: Option<String>,
    /// Ids in other systems; one per system.
    #[serde(default)]
    pub external_ids: Vec<ExternalId>,
}

/// A person's writable fields after validation: every value is known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonFields {
    pub personal_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub citizenship: Option<String>,
    pub residence_status: Option<ResidenceStatus>,
    pub region: Option<String>,
    pub phone: Option<String>,
    pub external_ids: Vec<ExternalId>,
}

/// A person as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "personal_number": "01001012345",
    "given_name": "Nino", "family_name": "Beridze", "date_of_birth": "1988-04-12",
    "sex": "female", "citizenship": "GE", "residence_status": "citizen",
    "region": "GE-IM", "phone": "+995 555 12 34 56", "household_id": null,
    "external_ids": [{"system": "readmission-db", "value": "RA-2015-0042"}],
    "version": 1, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"
}))]
pub struct Person {
    pub id: Uuid,
    pub personal_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    #[schema(value_type = Option<String>, format = Date)]
    pub date_of_birth: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub citizenship: Option<String>,
    pub residence_status: Option<ResidenceStatus>,
    pub region: Option<String>,
    pub phone: Option<String>,
    pub household_id: Option<Uuid>,
    pub external_ids: Vec<ExternalId>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl PersonInput {
    /// Validates every field (all errors at once) against the date `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<PersonFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let personal_number = self
            .personal_number
            .as_deref()
            .and_then(|v| errors.check(personal_number("personal_number", v)));
        let given_name = errors.check(validation::text(
            "given_name",
            &self.given_name,
            NAME_MAX_CHARS,
        ));
        let family_name = errors.check(validation::text(
            "family_name",
            &self.family_name,
            NAME_MAX_CHARS,
        ));
        let date_of_birth = self
            .date_of_birth
            .as_deref()
            .and_then(|v| errors.check(validation::past_date("date_of_birth", v, today)));
        let sex = self
            .sex
            .as_deref()
            .and_then(|v| errors.check(Sex::parse("sex", v)));
        let citizenship = self
            .citizenship
            .as_deref()
            .and_then(|v| errors.check(codes::citizenship("citizenship", v)));
        let residence_status = self
            .residence_status
            .as_deref()
            .and_then(|v| errors.check(ResidenceStatus::parse("residence_status", v)));
        let region = self
            .region
            .as_deref()
            .and_then(|v| errors.check(codes::region("region", v)));
        let phone = self
            .phone
            .as_deref()
            .and_then(|v| errors.check(phone("phone", v)));
        check_external_ids(&self.external_ids, &mut errors);
        check_status_matches_citizenship(
            self.citizenship.as_deref(),
            residence_status,
            &mut errors,
        );
        let external_ids = self.external_ids.clone();
        errors.finish(|| PersonFields {
            personal_number,
            given_name: given_name.unwrap_or_default(),
            family_name: family_name.unwrap_or_default(),
            date_of_birth,
            sex,
            citizenship,
            residence_status,
            region,
            phone,
            external_ids,
        })
    }
}

impl PersonInput {
    /// Makes `(system, value)` one of the person's external ids (an upsert by that
    /// id): added when the input names no id in `system`, refused when it names
    /// another one.
    pub fn claim_external_id(&mut self, system: &str, value: &str) -> Result<(), FieldError> {
        match self.external_ids.iter().find(|e| e.system == system) {
            Some(given) if given.value != value => Err(FieldError::new(
                "external_ids",
                "contradicts_path",
                format!("external_ids names another id in {system} than the path"),
            )),
            Some(_) => Ok(()),
            None => {
                self.external_ids.push(ExternalId {
                    system: system.to_owned(),
                    value: value.to_owned(),
                });
                Ok(())
            }
        }
    }
}

impl From<&Person> for PersonInput {
    fn from(person: &Person) -> Self {
        Self {
            personal_number: person.personal_number.clone(),
            given_name: person.given_name.clone(),
            family_name: person.family_name.clone(),
            date_of_birth: person
                .date_of_birth
                .map(|d| d.format("%Y-%m-%d").to_string()),
            sex: person.sex.map(|s| s.as_str().to_owned()),
            citizenship: person.citizenship.clone(),
            residence_status: person.residence_status.map(|s| s.as_str().to_owned()),
            region: person.region.clone(),
            phone: person.phone.clone(),
            external_ids: person.external_ids.clone(),
        }
    }
}

/// What is only for foreigners (movement assistance, residence permits): a
/// person whose citizenship is Georgian gets a 422 `not_a_foreigner` whose
/// detail starts with `what`. Stateless persons and persons of unknown
/// citizenship are foreigners here.
pub fn check_foreigner(citizenship: Option<&str>, what: &str) -> Result<(), crate::Error> {
    if citizenship == Some(codes::GEORGIA) {
        Err(crate::Error::Unprocessable {
            code: "not_a_foreigner",
            detail: format!("{what}; the person is a Georgian citizen"),
        })
    } else {
        Ok(())
    }
}

/// A Georgian personal number: exactly 11 digits.
pub fn personal_number(field: &str, value: &str) -> Result<String, FieldError> {
    if value.len() == 11 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_personal_number",
            format!("{field} must be exactly 11 digits"),
        ))
    }
}

/// A phone number: optional leading `+`, then digits, spaces, dashes and parentheses; 5 to 15 digits.
pub fn phone(field: &str, value: &str) -> Result<String, FieldError> {
    let body = value.strip_prefix('+').unwrap_or(value);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let ends_ok = body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit());
    if allowed && ends_ok && (5..=15).contains(&digits) && value.len() <= 30 {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_phone",
            format!("{field} must be a phone number of 5 to 15 digits, such as +995 555 12 34 56"),
        ))
    }
}

fn check_external_ids(ids: &[ExternalId], errors: &mut ValidationErrors) {
    if ids.len() > 20 {
        errors.add(
            "external_ids",
            "too_many",
            "a person has at most 20 external ids",
        );
    }
    for (index, id) in ids.iter().enumerate() {
        errors.check(ExternalId::check_system(
            &format!("external_ids[{index}].system"),
            &id.system,
        ));
        errors.check(ExternalId::check_value(
            &format!("external_ids[{index}].value"),
            &id.value,
        ));
        if ids[..index]
            .iter()
            .any(|earlier| earlier.system == id.system)
        {
            errors.add(
                format!("external_ids[{index}].system"),
                "duplicate_system",
                "a person has at most one id per external system",
            );
        }
    }
}

fn check_status_matches_citizenship(
    citizenship: Option<&str>,
    status: Option<ResidenceStatus>,
    errors: &mut ValidationErrors,
) {
    let georgian = citizenship == Some(codes::GEORGIA);
    match status {
        Some(ResidenceStatus::Citizen) if citizenship.is_some() && !georgian => errors.add(
            "residence_status",
            "inconsistent",
            "residence_status citizen needs citizenship GE",
        ),
        Some(other) if georgian && other != ResidenceStatus::Citizen => errors.add(
            "residence_status",
            "inconsistent",
            "a Georgian citizen's residence_status is citizen",
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    fn nino() -> PersonInput {
        PersonInput {
            personal_number: Some("01001012345".into()),
            given_name: "Nino".into(),
            family_name: "Beridze".into(),
            date_of_birth: Some("1988-04-12".into()),
            sex: Some("female".into()),
            citizenship: Some("GE".into()),
            residence_status: Some("citizen".into()),
            region: Some("GE-IM".into()),
            phone: Some("+995 555 12 34 56".into()),
            external_ids: vec![ExternalId {
                system: "readmission-db".into(),
                value: "RA-2015-0042".into(),
            }],
        }
    }

    fn codes_of(input: PersonInput) -> Vec<(String, String)> {
        input
            .validate(today())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_complete_person_is_valid() {
        let fields = nino().validate(today()).unwrap();
        assert_eq!(fields.date_of_birth, NaiveDate::from_ymd_opt(1988, 4, 12));
        assert_eq!(fields.sex, Some(Sex::Female));
        assert_eq!(fields.residence_status, Some(ResidenceStatus::Citizen));
    }

    #[test]
    fn a_minimal_person_is_valid() {
        let input = PersonInput {
            personal_number: None,
            given_name: "Ali".into(),
            family_name: "Hasan".into(),
            date_of_birth: None,
            sex: None,
            citizenship: Some("stateless".into()),
            residence_status: Some("permanent_resident".into()),
            region: None,
            phone: None,
            external_ids: vec![],
        };
        assert!(input.validate(today()).is_ok());
    }

    #[test]
    fn every_invalid_field_is_reported_at_once() {
        let mut input = nino();
        input.personal_number = Some("0100101234".into());
        input.given_name = " ".into();
        input.date_of_birth = Some("2030-01-01".into());
        input.sex = Some("f".into());
        input.region = Some("GE-XX".into());
        input.phone = Some("call me".into());
        let codes = codes_of(input);
        assert_eq!(
            codes,
            vec![
                ("personal_number".into(), "invalid_personal_number".into()),
                ("given_name".into(), "required".into()),
                ("date_of_birth".into(), "in_future".into()),
                ("sex".into(), "invalid_value".into()),
                ("region".into(), "invalid_region".into()),
                ("phone".into(), "invalid_phone".into()),
            ]
        );
    }

    #[test]
    fn personal_number_is_eleven_digits() {
        assert!(personal_number("p", "01001012345").is_ok());
        for bad in [
            "0100101234",
            "010010123456",
            "0100101234a",
            "",
            "0100101234 ",
        ] {
            assert!(personal_number("p", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones() {
        for good in [
            "+995 555 12 34 56",
            "555123456",
            "+1 (202) 555-0100",
            "12345",
        ] {
            assert!(phone("p", good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "+",
            "1234",
            "phone",
            "+995 555 12 34 56 77 88 99",
            "(555) 1234-",
        ] {
            assert!(phone("p", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn external_ids_are_checked() {
        let mut input = nino();
        input.external_ids = vec![
            ExternalId {
                system: "Bad System".into(),
                value: "x".into(),
            },
            ExternalId {
                system: "sea".into(),
                value: "has space".into(),
            },
            ExternalId {
                system: "sea".into(),
                value: "2".into(),
            },
        ];
        assert_eq!(
            codes_of(input),
            vec![
                ("external_ids[0].system".into(), "invalid_system".into()),
                ("external_ids[1].value".into(), "invalid_external_id".into()),
                ("external_ids[2].system".into(), "duplicate_system".into()),
            ]
        );
    }

    #[test]
    fn an_upsert_claims_the_external_id_of_its_path() {
        let mut input = nino();
        input.claim_external_id("sea", "S-1").unwrap();
        assert_eq!(input.external_ids.len(), 2);
        input
            .claim_external_id("readmission-db", "RA-2015-0042")
            .unwrap();
        assert_eq!(input.external_ids.len(), 2);
        let refused = input.claim_external_id("sea", "S-2").unwrap_err();
        assert_eq!(refused.code, "contradicts_path");
        let errors = ExternalId::check_path("Bad", "has space").unwrap_err();
        let fields: Vec<_> = errors.0.into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            vec![
                ("system".to_owned(), "invalid_system".to_owned()),
                ("value".to_owned(), "invalid_external_id".to_owned()),
            ]
        );
        assert!(ExternalId::check_path("sea", "S-1").is_ok());
    }

    #[test]
    fn residence_status_must_match_citizenship() {
        let mut input = nino();
        input.residence_status = Some("refugee".into());
        assert_eq!(
            codes_of(input),
            vec![("residence_status".into(), "inconsistent".into())]
        );
        let mut input = nino();
        input.citizenship = Some("DE".into());
        assert_eq!(
            codes_of(input),
            vec![("residence_status".into(), "inconsistent".into())]
        );
    }

    #[test]
    fn person_round_trips_to_input() {
        let fields = nino().validate(today()).unwrap();
        let person = Person {
            id: Uuid::nil(),
            personal_number: fields.personal_number,
            given_name: fields.given_name,
            family_name: fields.family_name,
            date_of_birth: fields.date_of_birth,
            sex: fields.sex,
            citizenship: fields.citizenship,
            residence_status: fields.residence_status,
            region: fields.region,
            phone: fields.phone,
            household_id: None,
            external_ids: fields.external_ids,
            version: 1,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        };
        assert_eq!(PersonInput::from(&person), nino());
    }
}

#[cfg(test)]
mod laws {
    use super::personal_number;
    use crate::validation::text;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_personal_number_is_exactly_eleven_ascii_digits(value in "\\PC{0,14}") {
            let expected = value.len() == 11 && value.bytes().all(|b| b.is_ascii_digit());
            prop_assert_eq!(personal_number("p", &value).is_ok(), expected);
        }

        #[test]
        fn eleven_digits_are_always_a_personal_number(value in "[0-9]{11}") {
            prop_assert_eq!(personal_number("p", &value).unwrap(), value);
        }

        #[test]
        fn cleaning_a_text_twice_changes_nothing(value in "\\PC{0,120}") {
            if let Ok(once) = text("t", &value, 100) {
                prop_assert_eq!(text("t", &once, 100).unwrap(), once);
            }
        }
    }
}
