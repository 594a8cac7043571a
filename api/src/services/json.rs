//! JSON into the use cases' input types: request bodies read after the
//! permission check ([`Body`]), deserialising with errors that name the field,
//! and JSON merge patches (RFC 7386) of a record's writable form.

use std::marker::PhantomData;

use integra_domain::error::Unreadable;
use integra_domain::Error;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The input of a use case as a request brought it: read, not yet parsed.
///
/// A use case parses it ([`Body::parse`]) only after its permission check
/// (`call.reach(..)?`), so a caller without permission gets `403` whatever it
/// sent, and learns nothing of what the operation takes (no `415`, `400` or a
/// `422` naming the fields before the `403`). Every body of this API is a JSON
/// object.
#[derive(Debug)]
pub struct Body<T> {
    read: Result<Read, Error>,
    of: PhantomData<fn() -> T>,
}

#[derive(Debug)]
enum Read {
    Bytes(Vec<u8>),
    Value(Value),
}

impl<T: DeserializeOwned> Body<T> {
    /// The bytes of a body sent as a media type the operation takes.
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            read: Ok(Read::Bytes(bytes.into())),
            of: PhantomData,
        }
    }

    /// A body that could not be read (another media type, too large, ...); the
    /// use case answers `error` once the caller may carry it out.
    pub fn unreadable(error: Unreadable) -> Self {
        Self {
            read: Err(Error::Unreadable(error)),
            of: PhantomData,
        }
    }

    /// A body given as a JSON value (by a program rather than a request).
    pub fn value(value: Value) -> Self {
        Self {
            read: Ok(Read::Value(value)),
            of: PhantomData,
        }
    }

    /// The input: malformed JSON is [`Unreadable::Malformed`], anything but an
    /// object or a value of the wrong shape is [`Error::Invalid`] naming the field.
    pub fn parse(self) -> Result<T, Error> {
        let value = match self.read? {
            Read::Value(value) => value,
            Read::Bytes(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::Unreadable(Unreadable::Malformed(format!(
                    "the body is not valid JSON: {e}"
                )))
            })?,
        };
        // serde would otherwise read a struct from an array of its fields in order.
        if !value.is_object() {
            return Err(Error::field(
                "",
                "not_an_object",
                "the body must be a JSON object",
            ));
        }
        from_value(value)
    }
}

/// Deserialises a JSON value into `T`; a value of the wrong shape is a 422 naming the field.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        let message = error.inner().to_string();
        let (field, code) = classify(&path, &message);
        Error::field(field, code, message)
    })
}

/// Applies a JSON merge patch (RFC 7386) to the writable form of a record.
///
/// `read_only` fields of the record as shown may appear in the patch only with
/// their current values (a client may send back what it read); they are dropped.
pub fn merge_patch<Shown, Writable>(
    shown: &Shown,
    writable: &Writable,
    mut patch: Map<String, Value>,
    read_only: &[&str],
) -> Result<Writable, Error>
where
    Shown: serde::Serialize,
    Writable: serde::Serialize + DeserializeOwned,
{
    let shown = serde_json::to_value(shown).map_err(|e| Error::Internal(e.to_string()))?;
    let mut errors = integra_domain::ValidationErrors::new();
    for field in read_only {
        if let Some(value) = patch.remove(*field) {
            if shown.get(field) != Some(&value) {
                errors.add(*field, "read_only", format!("{field} cannot be changed"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let mut document =
        serde_json::to_value(writable).map_err(|e| Error::Internal(e.to_string()))?;
    json_patch::merge(&mut document, &Value::Object(patch));
    from_value(document)
}

/// Names the field and kind of a serde error.
fn classify(path: &str, message: &str) -> (String, &'static str) {
    let quoted = message.split('`').nth(1).unwrap_or_default();
    let join = |name: &str| {
        if path == "." || path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    if message.starts_with("unknown field") {
        // The path already ends with the unknown field's name.
        let field = if path == "." || path.is_empty() {
            quoted.to_owned()
        } else {
            path.to_owned()
        };
        (field, "unknown_field")
    } else if message.starts_with("missing field") {
        (join(quoted), "required")
    } else if message.starts_with("invalid type") {
        (path.to_owned(), "invalid_type")
    } else {
        (path.to_owned(), "invalid_value")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        value: u8,
    }

    fn error_of(value: Value) -> (String, String) {
        match from_value::<Sample>(value) {
            Err(Error::Invalid(errors)) => (errors.0[0].field.clone(), errors.0[0].code.clone()),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn errors_name_the_field() {
        let missing = error_of(serde_json::json!({"items": []}));
        assert_eq!(missing, ("name".into(), "required".into()));
        let unknown = error_of(serde_json::json!({"name": "a", "items": [], "extra": 1}));
        assert_eq!(unknown, ("extra".into(), "unknown_field".into()));
        let wrong = error_of(serde_json::json!({"name": 5, "items": []}));
        assert_eq!(wrong, ("name".into(), "invalid_type".into()));
        let nested = error_of(serde_json::json!({"name": "a", "items": [{"value": 300}]}));
        assert_eq!(nested, ("items[0].value".into(), "invalid_value".into()));
    }
}
