//! Data-subject rights: a person's export and access log, and erasure by
//! anonymisation that keeps ids and figures so that reports stay right.

use integra_domain::Error;
use integra_persistence::{erasure, DbConnection};
use uuid::Uuid;

/// Refuses a change of an erased person: erased data does not come back.
pub(crate) fn not_erased(c: &mut DbConnection, person: Uuid) -> Result<(), Error> {
    if erasure::is_erased(c, person)? == Some(true) {
        return Err(Error::conflict(
            "erased",
            "the person's data is erased; it cannot be changed",
        ));
    }
    Ok(())
}
