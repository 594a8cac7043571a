//! What can go wrong in storage, in terms the API can answer with.

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use integra_domain::ValidationErrors;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("record not found")]
    NotFound,
    /// The write would break a uniqueness or state rule; `existing` names the record in the way.
    #[error("conflict: {message}")]
    Conflict {
        code: &'static str,
        message: String,
        existing: Option<String>,
    },
    /// The record changed since the version the client holds.
    #[error("version mismatch: the current version is {current}")]
    VersionMismatch { current: i64 },
    /// A rule that needs the stored data to check (an overlap with another record, say).
    #[error("invalid: {0}")]
    Invalid(ValidationErrors),
    /// The database cannot be reached or did not answer in time.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a bug or corrupt data; never shown to a client in detail.
    #[error("database error: {0}")]
    Internal(String),
}

impl StoreError {
    pub fn conflict(
        code: &'static str,
        message: impl Into<String>,
        existing: Option<String>,
    ) -> Self {
        Self::Conflict {
            code,
            message: message.into(),
            existing,
        }
    }

    pub fn corrupt(what: &str, value: &str) -> Self {
        Self::Internal(format!("stored {what} is not valid: {value:?}"))
    }
}

impl From<DieselError> for StoreError {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::NotFound => Self::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => Self::conflict(
                "duplicate",
                "a record with the same unique value exists",
                None,
            ),
            DieselError::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                info,
            ) => Self::Unavailable(info.message().to_owned()),
            DieselError::DatabaseError(DatabaseErrorKind::SerializationFailure, info) => {
                Self::Unavailable(format!(
                    "transaction could not be serialised: {}",
                    info.message()
                ))
            }
            other => Self::Internal(other.to_string()),
        }
    }
}

impl From<r2d2::Error> for StoreError {
    fn from(error: r2d2::Error) -> Self {
        // r2d2 shows the last connection error, which is one of ours: say it once.
        Self::Unavailable(error.to_string().replace("database unavailable: ", ""))
    }
}
