//! A SQLite database copied while it serves: `VACUUM INTO` writes one snapshot
//! (a read transaction, so the writer goes on meanwhile, in the WAL) as a
//! compact file, which is then checked. PostgreSQL is backed up with its own
//! `pg_dump` (the CLI's `backup` command runs it).

use std::path::Path;

use diesel::sql_types::Text;
use diesel::{QueryableByName, RunQueryDsl};

use crate::connection::{DatabaseUrl, DbConnection};
use crate::error::StoreError;

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// Copies the SQLite database `url` to `to` (which must not exist) and checks
/// the copy: `PRAGMA integrity_check` must say `ok`.
pub fn sqlite_copy(url: &DatabaseUrl, to: &Path) -> Result<(), StoreError> {
    let target = to
        .to_str()
        .ok_or_else(|| StoreError::Internal(format!("{} is not a UTF-8 path", to.display())))?;
    let mut conn = url.establish()?;
    let DbConnection::Sqlite(source) = &mut conn else {
        return Err(StoreError::Internal("not a SQLite database".to_owned()));
    };
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(target)
        .execute(source)?;
    let problems = integrity_problems(&DatabaseUrl::Sqlite(to.to_path_buf()))?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Internal(format!(
            "the copy failed its integrity check: {}",
            problems.join("; ")
        )))
    }
}

/// What SQLite's `PRAGMA integrity_check` finds wrong with a database file
/// (nothing: an empty list).
pub fn integrity_problems(url: &DatabaseUrl) -> Result<Vec<String>, StoreError> {
    let mut conn = url.establish()?;
    let DbConnection::Sqlite(conn) = &mut conn else {
        return Err(StoreError::Internal("not a SQLite database".to_owned()));
    };
    let lines: Vec<Line> =
        diesel::sql_query("SELECT integrity_check AS line FROM pragma_integrity_check")
            .load(conn)?;
    Ok(lines
        .into_iter()
        .map(|l| l.line)
        .filter(|line| line != "ok")
        .collect())
}
