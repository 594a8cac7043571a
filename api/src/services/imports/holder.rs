//! Whose row it is: the person a row names by their personal number or an
//! external id `(system, value)`. A row naming two different persons by its
//! two keys is an error.

use integra_domain::import::Row;
use integra_domain::person::personal_number;
use integra_domain::{Error, FieldError, ValidationErrors};
use integra_persistence::{persons, DbConnection};
use uuid::Uuid;

/// The person with `number` or the external id `external`, if any; a
/// `key_conflict` when the two name different persons.
pub(super) fn find(
    c: &mut DbConnection,
    number: Option<&str>,
    external: Option<(&str, &str)>,
) -> Result<Option<Uuid>, Error> {
    let by_number = match number {
        Some(number) => persons::holder_of_personal_number(c, number)?,
        None => None,
    };
    let by_external = match external {
        Some((system, value)) => persons::find_by_external_id(c, system, value)?,
        None => None,
    };
    resolve(by_number, by_external)
}

/// The person a row names, from the holders of its personal number and of
/// its external id: either (or none), or a `key_conflict` when they are two
/// different persons.
pub(super) fn resolve(
    by_number: Option<Uuid>,
    by_external: Option<Uuid>,
) -> Result<Option<Uuid>, Error> {
    match (by_number, by_external) {
        (Some(a), Some(b)) if a != b => Err(Error::field(
            "external_value",
            "key_conflict",
            "the personal number and the external id are two different persons'",
        )),
        (a, b) => Ok(a.or(b)),
    }
}

/// The programme a row names by `programme_id`: an id (whether it exists is
/// the record's own check).
pub(super) fn programme(row: &Row) -> Result<Uuid, FieldError> {
    row.text("programme_id")
        .and_then(|p| Uuid::parse_str(p.trim()).ok())
        .ok_or_else(|| {
            FieldError::new(
                "programme_id",
                "invalid_id",
                "programme_id must be a programme's id",
            )
        })
}

/// The external id a row gives (`external_system` and `external_value`
/// together, or neither).
pub(super) fn external_id(row: &Row) -> Result<Option<(String, String)>, Error> {
    match (row.text("external_system"), row.text("external_value")) {
        (Some(system), Some(value)) => Ok(Some((system, value))),
        (None, None) => Ok(None),
        (system, _) => Err(Error::field(
            if system.is_none() {
                "external_system"
            } else {
                "external_value"
            },
            "required",
            "external_system and external_value go together",
        )),
    }
}

/// The person a row of a person's records names: one who exists.
pub(super) fn of(c: &mut DbConnection, row: &Row) -> Result<Uuid, Error> {
    let number = row
        .text("personal_number")
        .map(|n| personal_number("personal_number", &n))
        .transpose()
        .map_err(|e| Error::Invalid(ValidationErrors(vec![e])))?;
    let external = external_id(row)?;
    if number.is_none() && external.is_none() {
        return Err(Error::field(
            "personal_number",
            "required",
            "the person is named by personal_number, or by external_system and external_value",
        ));
    }
    let external_ref = external.as_ref().map(|(s, v)| (s.as_str(), v.as_str()));
    find(c, number.as_deref(), external_ref)?.ok_or_else(|| {
        let (field, what) = if number.is_some() {
            ("personal_number", "personal number")
        } else {
            ("external_value", "external id")
        };
        Error::field(field, "not_found", format!("no person has this {what}"))
    })
}
