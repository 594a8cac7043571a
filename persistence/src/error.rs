//! What can go wrong in storage, in terms the API can answer with.

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use integra_domain::error::{Holder, RecordKind};
use integra_domain::{Error, ValidationErrors};
use uuid::Uuid;

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
    /// A use case refused the work part way through a transaction: it is rolled
    /// back, and the refusal goes back to the caller as it was.
    #[error("refused: {0}")]
    Refused(Box<Error>),
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
            StoreError::Conflict {
                code,
                message,
                existing,
            } => {
                let holder = existing.as_deref().and_then(|e| holder(e, code));
                Error::Conflict(integra_domain::error::Conflict {
                    code,
                    detail: message,
                    holder,
                })
            }
            StoreError::VersionMismatch { current } => Error::PreconditionFailed {
                current: Some(current),
            },
            StoreError::Invalid(errors) => Error::Invalid(errors),
            StoreError::Unavailable(detail) => Error::Unavailable(detail),
            StoreError::Internal(detail) => Error::Internal(detail),
            StoreError::Refused(error) => *error,
        }
    }
}

/// The record named by a conflict's `existing`: an id, or the path of a record.
/// (Until every conflict is raised by a use case, which names its holder itself.)
fn holder(existing: &str, code: &str) -> Option<Holder> {
    let parse = |id: &str| Uuid::parse_str(id).ok();
    let Some(path) = existing.strip_prefix("/api/v1/") else {
        let kind = match code {
            "already_member" | "member_of_another_household" => RecordKind::Household,
            "duplicate_username" => RecordKind::User,
            _ => RecordKind::Person,
        };
        return Some(Holder::Record(kind, parse(existing)?));
    };
    let (collection, rest) = path.split_once('/')?;
    if let Some((case, id)) = rest.split_once("/follow-ups#") {
        return Some(Holder::FollowUp {
            case: parse(case)?,
            id: parse(id)?,
        });
    }
    if let Some((rule_set, number)) = rest.split_once("/versions/") {
        return Some(Holder::RuleSetVersion {
            rule_set: parse(rule_set)?,
            number: number.parse().ok()?,
        });
    }
    let kind = match collection {
        "cases" => RecordKind::Case,
        "programmes" => RecordKind::Programme,
        "organisations" => RecordKind::Organisation,
        _ => return None,
    };
    Some(Holder::Record(kind, parse(rest)?))
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
