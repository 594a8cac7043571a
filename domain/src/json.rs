//! Strict JSON into the input types: a request body must be a JSON object
//! whose fields are exactly those of the type (`deny_unknown_fields`); what is
//! wrong is an error naming the field (`items[0].value`) with a code
//! (`unknown_field`, `required`, `invalid_type`, `invalid_value`), the
//! problem details' field errors.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::Unreadable;
use crate::Error;

/// Reads a request body: malformed JSON is [`Unreadable::Malformed`]; then [`object`].
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let value = serde_json::from_slice(bytes).map_err(|e| {
        Error::Unreadable(Unreadable::Malformed(format!(
            "the body is not valid JSON: {e}"
        )))
    })?;
    object(value)
}

/// Reads `T` from a JSON value that must be an object (serde would otherwise
/// read a struct from an array of its fields in order).
pub fn object<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    if !value.is_object() {
        return Err(Error::field(
            "",
            "not_an_object",
            "the body must be a JSON object",
        ));
    }
    from_value(value)
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
