//! The migrations of both backends, embedded in the binary.

use diesel::connection::SimpleConnection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::connection::DbConnection;
use crate::error::StoreError;

const SQLITE: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// An arbitrary, fixed key: nodes starting together migrate one after the other.
const POSTGRES_MIGRATION_LOCK: i64 = 0x0069_6e74_6567_7261;

/// Applies the pending migrations; returns the versions applied.
pub fn run(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let fail = |e: Box<dyn std::error::Error + Send + Sync>| {
        StoreError::Internal(format!("migration failed: {e}"))
    };
    match conn {
        DbConnection::Sqlite(c) => {
            let applied = c.run_pending_migrations(SQLITE).map_err(fail)?;
            Ok(applied.iter().map(ToString::to_string).collect())
        }
        DbConnection::Postgres(c) => {
            c.batch_execute(&format!(
                "SELECT pg_advisory_lock({POSTGRES_MIGRATION_LOCK})"
            ))?;
            let result = c
                .run_pending_migrations(POSTGRES)
                .map(|applied| applied.iter().map(ToString::to_string).collect::<Vec<_>>());
            c.batch_execute(&format!(
                "SELECT pg_advisory_unlock({POSTGRES_MIGRATION_LOCK})"
            ))?;
            result.map_err(fail)
        }
    }
}
