//! `integra backup --to FILE`: a consistent copy of a live database, taken
//! while the server serves (no need to stop it).
//!
//! - SQLite: `VACUUM INTO` writes a compact copy of one snapshot (a read
//!   transaction: the writer goes on meanwhile, in the WAL). The copy is then
//!   checked (`PRAGMA integrity_check`) and only then given its name, so a
//!   file of that name is always a whole, checked backup. Restore: stop the
//!   server, put the file in the database's place (removing the old `-wal`
//!   and `-shm` files), start it.
//! - PostgreSQL: `pg_dump --format=custom` (one snapshot too), with the
//!   password, if the URL has one, passed in `PGPASSWORD` rather than on the
//!   command line (where other users see it). Restore with `pg_restore` into
//!   an empty database (`docs/operations.md`).

use std::path::{Path, PathBuf};
use std::process::Command;

use integra_persistence::DatabaseUrl;

/// Writes a backup of `url` to `to`, which must not exist; says what was written.
pub fn run(url: &DatabaseUrl, to: &Path) -> Result<String, String> {
    if to.exists() {
        return Err(format!(
            "{} exists already: a backup never overwrites a file",
            to.display()
        ));
    }
    let partial = partial_name(to);
    let _ = std::fs::remove_file(&partial);
    let written = match url {
        DatabaseUrl::Sqlite(_) => sqlite(url, &partial),
        DatabaseUrl::Postgres(text) => postgres(text, &partial),
    };
    if let Err(error) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    std::fs::rename(&partial, to)
        .map_err(|e| format!("cannot name the backup {}: {e}", to.display()))?;
    let bytes = std::fs::metadata(to).map(|m| m.len()).unwrap_or(0);
    Ok(format!(
        "backed up {} to {} ({bytes} bytes)",
        url.redacted(),
        to.display()
    ))
}

/// Where the backup is written before it is whole and checked.
fn partial_name(to: &Path) -> PathBuf {
    let mut name = to.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    to.with_file_name(name)
}

fn sqlite(url: &DatabaseUrl, to: &Path) -> Result<(), String> {
    integra_persistence::backup::sqlite_copy(url, to)
        .map_err(|e| format!("cannot back up {}: {e}", url.redacted()))
}

fn postgres(url: &str, to: &Path) -> Result<(), String> {
    let (url, password) = without_password(url)?;
    let mut command = Command::new("pg_dump");
    command
        .arg("--format=custom")
        .arg("--no-owner")
        .arg("--file")
        .arg(to)
        .arg("--dbname")
        .arg(&url);
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run pg_dump (install PostgreSQL's client programs): {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "pg_dump failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// The URL without its password, and the password (decoded), if it has one.
fn without_password(text: &str) -> Result<(String, Option<String>), String> {
    let mut url = url::Url::parse(text).map_err(|e| format!("the database URL: {e}"))?;
    let password = url
        .password()
        .map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8()
                .map(|p| p.into_owned())
        })
        .transpose()
        .map_err(|e| format!("the database URL's password: {e}"))?;
    url.set_password(None)
        .map_err(|()| "the database URL cannot hold a password".to_owned())?;
    Ok((url.to_string(), password))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url() {
        assert_eq!(
            without_password("postgres://ops:s%40cret@db.example:5432/integra?sslmode=require")
                .unwrap(),
            (
                "postgres://ops@db.example:5432/integra?sslmode=require".to_owned(),
                Some("s@cret".to_owned())
            )
        );
        assert_eq!(
            without_password("postgres://postgres@127.0.0.1/test").unwrap(),
            ("postgres://postgres@127.0.0.1/test".to_owned(), None)
        );
    }

    #[test]
    fn a_backup_is_written_beside_its_name_first() {
        assert_eq!(
            partial_name(Path::new("/srv/backups/integra-2026-12-07.db")),
            PathBuf::from("/srv/backups/integra-2026-12-07.db.partial")
        );
    }
}
