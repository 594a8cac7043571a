//! JSON into the use cases' input types: request bodies read after the
//! permission check ([`Body`]), deserialised strictly with errors that name
//! the field ([`integra_domain::json`]), and JSON merge patches (RFC 7386) of
//! a record's writable form.

use std::marker::PhantomData;

use integra_domain::error::Unreadable;
use integra_domain::json;
pub use integra_domain::json::from_value;
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
        match self.read? {
            Read::Bytes(bytes) => json::parse(&bytes),
            Read::Value(value) => json::object(value),
        }
    }
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
