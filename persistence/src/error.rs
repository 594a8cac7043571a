//! What can go wrong in storage. The use cases turn it into the domain's
//! [`Error`]; no message here is meant for a client.

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use integra_domain::Error;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("record not found")]
    NotFound,
    /// A unique index refused the write: a concurrent request got there first
    /// (the use cases check before they write, and explain who holds the value).
    #[error("a unique value is taken")]
    Duplicate,
    /// The record changed since the version the client holds.
    #[error("version mismatch: the current version is {current}")]
    VersionMismatch { current: i64 },
    /// The database cannot be reached or did not answer in time.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a bug or corrupt data; never shown to a client in detail.
    #[error("database error: {0}")]
    Internal(String),
    /// A use case refused the work part way through a transaction: it is rolled
    /// back, and the refusal goes back to the caller as it was.
    #[error("refused: {0}")]
    Refused(Box<Error>),
    /// A savepoint rolled back on purpose ([`crate::connection::savepoint`]).
    #[error("rolled back on purpose")]
    RolledBack,
}

impl From<Error> for StoreError {
    fn from(error: Error) -> Self {
        Self::Refused(Box::new(error))
    }
}

impl From<StoreError> for Error {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Error::NotFound,
            StoreError::Duplicate => Error::duplicate(),
            StoreError::VersionMismatch { current } => Error::PreconditionFailed {
                current: Some(current),
            },
            StoreError::Unavailable(detail) => Error::Unavailable(detail),
            StoreError::Internal(detail) => Error::Internal(detail),
            StoreError::Refused(error) => *error,
            StoreError::RolledBack => Error::Internal("a savepoint was rolled back".to_owned()),
        }
    }
}

impl StoreError {
    pub fn corrupt(what: &str, value: &str) -> Self {
        Self::Internal(format!("stored {what} is not valid: {value:?}"))
    }
}

impl From<DieselError> for StoreError {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::NotFound => Self::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => Self::Duplicate,
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
