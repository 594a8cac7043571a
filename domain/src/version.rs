//! Optimistic concurrency: the version a write expects to change (the API's
//! `If-Match`), and how a lost race is reported.

use crate::error::Error;

/// What a write expects of the record's current version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precondition {
    /// Nothing said: the write applies to the version the server reads, and fails
    /// if that version changes before the write lands.
    Absent,
    /// Any current version (`If-Match: *`).
    Any,
    /// This version (`If-Match: "3"`).
    Version(i64),
    /// A tag that cannot be one of ours: it never matches.
    Never,
}

impl Precondition {
    /// The version the write must find: the one asked for, or the one just read.
    pub fn expected(self, current: i64) -> Result<i64, Error> {
        match self {
            Self::Absent | Self::Any => Ok(current),
            Self::Version(v) if v == current => Ok(v),
            Self::Version(_) | Self::Never => Err(Error::PreconditionFailed {
                current: Some(current),
            }),
        }
    }

    /// The version to check in the database, when the client named one.
    pub fn version(self) -> Result<Option<i64>, Error> {
        match self {
            Self::Absent | Self::Any => Ok(None),
            Self::Version(v) => Ok(Some(v)),
            Self::Never => Err(Error::PreconditionFailed { current: None }),
        }
    }

    /// A version check lost without a version named (no `If-Match`, or `*`,
    /// which any current version matches): someone else changed the record
    /// meanwhile (a conflict, not a failed precondition the client never set).
    /// `*` with no current record (`current: None`) stays a failed precondition.
    pub fn lost_race(self, error: Error) -> Error {
        match (error, self) {
            (Error::PreconditionFailed { .. }, Self::Absent)
            | (Error::PreconditionFailed { current: Some(_) }, Self::Any) => Error::conflict(
                "concurrent_update",
                "the record changed while this request was being handled; read it again and retry",
            ),
            (other, _) => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expectations() {
        assert_eq!(Precondition::Absent.expected(4), Ok(4));
        assert_eq!(Precondition::Version(4).expected(4), Ok(4));
        assert!(Precondition::Version(3).expected(4).is_err());
        assert!(Precondition::Never.expected(4).is_err());
        assert_eq!(Precondition::Any.version(), Ok(None));
        let lost = Error::PreconditionFailed { current: Some(2) };
        assert!(Precondition::Absent
            .lost_race(lost.clone())
            .is_conflict("concurrent_update"));
        assert!(Precondition::Any
            .lost_race(lost.clone())
            .is_conflict("concurrent_update"));
        // `*` when there is no record at all: still a failed precondition.
        let missing = Error::PreconditionFailed { current: None };
        assert_eq!(Precondition::Any.lost_race(missing.clone()), missing);
        assert_eq!(Precondition::Version(1).lost_race(lost.clone()), lost);
    }
}
