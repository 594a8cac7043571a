//! The connection to SQLite or PostgreSQL, picked by the URL's scheme, and its pools.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{ManageConnection, Pool, R2D2Connection};
use diesel::sqlite::SqliteConnection;
use diesel::Connection;

use crate::error::StoreError;
use crate::telemetry::{Measured, PoolName};

/// One connection to either backend; every query of the crate is written once against it.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A checked `INTEGRA_DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite://PATH`: a file, created on first use.
    Sqlite(PathBuf),
    /// `postgres://...` or `postgresql://...`, passed to libpq as it is.
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err("INTEGRA_DATABASE_URL sqlite://PATH needs a file path".to_owned());
            }
            Ok(Self::Sqlite(PathBuf::from(path)))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(url.to_owned()))
        } else {
            Err("INTEGRA_DATABASE_URL must start with sqlite:// or postgres://".to_owned())
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Postgres(_) => Backend::Postgres,
        }
    }

    /// The folder of a SQLite file; `None` for PostgreSQL.
    pub fn sqlite_folder(&self) -> Option<&Path> {
        match self {
            Self::Sqlite(path) => Some(path.parent().unwrap_or(Path::new("."))),
            Self::Postgres(_) => None,
        }
    }

    /// The URL without a password, safe for logs.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("sqlite://{}", path.display()),
            Self::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme_end), Some(at)) if at > scheme_end => {
                    let userinfo = &url[scheme_end + 3..at];
                    let user = userinfo.split(':').next().unwrap_or_default();
                    format!("{}{}@{}", &url[..scheme_end + 3], user, &url[at + 1..])
                }
                _ => url.clone(),
            },
        }
    }

    /// Opens one connection, set up for integra's use, or says why it cannot.
    pub fn establish(&self) -> Result<DbConnection, StoreError> {
        match self {
            Self::Sqlite(path) => {
                let text = path.to_str().ok_or_else(|| {
                    StoreError::Unavailable("the SQLite path is not valid UTF-8".to_owned())
                })?;
                let mut conn = SqliteConnection::establish(text)
                    .map_err(|e| StoreError::Unavailable(format!("cannot open {text}: {e}")))?;
                // Temporary b-trees (the distinct sets of reports, sorts) in
                // memory rather than temporary files. The database file read
                // through a memory map (up to 1 GiB) rather than copied page by
                // page into each connection's cache: ranking a vacancy's
                // candidates among 100,000 jobseekers spent a fifth of its time
                // copying pages out of the kernel.
                conn.batch_execute(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; \
                     PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 1073741824;",
                )?;
                Ok(DbConnection::Sqlite(conn))
            }
            Self::Postgres(url) => PgConnection::establish(url)
                .map(DbConnection::Postgres)
                .map_err(|e| StoreError::Unavailable(e.to_string())),
        }
    }
}

/// A connection checked out of a pool; it goes back when dropped.
pub type Pooled = r2d2::PooledConnection<Manager>;

/// Runs `work` in one transaction on `conn` (one from [`Db::writer`]).
pub fn transaction<T>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    conn.transaction(work)
}

/// Runs `work` in a savepoint of the current transaction, kept when `keep`
/// says so of what it gave and rolled back otherwise; gives what it gave
/// either way (a dry run writes to learn what would happen, then undoes it).
pub fn savepoint<T>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> T,
    keep: impl FnOnce(&T) -> bool,
) -> Result<T, StoreError> {
    let mut given = None;
    let result = conn.transaction::<(), StoreError, _>(|c| {
        let value = work(c);
        let kept = keep(&value);
        given = Some(value);
        if kept {
            Ok(())
        } else {
            Err(StoreError::RolledBack)
        }
    });
    match result {
        Ok(()) | Err(StoreError::RolledBack) => {
            given.ok_or_else(|| StoreError::Internal("a savepoint gave nothing".to_owned()))
        }
        Err(error) => Err(error),
    }
}

/// Opens pooled connections for one database.
#[derive(Debug, Clone)]
pub struct Manager {
    url: DatabaseUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = StoreError;

    fn connect(&self) -> Result<DbConnection, StoreError> {
        self.url.establish()
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), StoreError> {
        conn.ping().map_err(StoreError::from)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

/// How long a checkout waits at a time: between two waits it looks whether the
/// database is known to be unreachable, and gives up then.
const CHECKOUT_SLICE: Duration = Duration::from_millis(100);

/// Whether the database is known to be unreachable: a connection attempt (or
/// the check of a pooled connection) failed, and none succeeded since. While it
/// is, checkouts give up within [`CHECKOUT_SLICE`] instead of waiting the whole
/// acquire timeout: with PostgreSQL stopped, requests are answered `503` at
/// once rather than after 5 s, and the pool's own attempts (every 2.5 s at
/// most) find it back.
#[derive(Debug, Default)]
struct Reachability(AtomicBool);

impl Reachability {
    fn unreachable(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    fn set(&self, unreachable: bool) {
        self.0.store(unreachable, Ordering::Relaxed);
    }
}

/// Failed connection attempts are reported by whoever waited for the connection
/// (a 503, a one-line CLI error); the pool itself only notes them at debug level,
/// and that the database is unreachable.
#[derive(Debug)]
struct QuietErrors(Arc<Reachability>);

impl r2d2::HandleError<StoreError> for QuietErrors {
    fn handle_error(&self, error: StoreError) {
        self.0.set(true);
        log::debug!("database connection attempt failed: {error}");
    }
}

/// A new connection made: the database is reachable.
#[derive(Debug)]
struct Connected(Arc<Reachability>);

impl r2d2::HandleEvent for Connected {
    fn handle_acquire(&self, _event: r2d2::event::AcquireEvent) {
        self.0.set(false);
    }
}

/// Sizes and waits of the pools, and where their measurements go.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    /// Connections for reads (and, on PostgreSQL, for writes too).
    pub max_connections: u32,
    /// How long a request waits for a free connection before the database counts as unavailable.
    pub acquire_timeout: Duration,
    /// Told of every checkout's wait and of each audit batch (the server's metrics).
    pub telemetry: Measured,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(5),
            telemetry: Measured::default(),
        }
    }
}

/// The pools of one database.
///
/// On SQLite, writes go through a pool of exactly one connection: SQLite runs one
/// writer at a time anyway, and a single writer never meets a stale snapshot or a
/// busy lock inside a transaction. On PostgreSQL reads and writes share one pool.
#[derive(Clone)]
pub struct Db {
    url: DatabaseUrl,
    read: Pool<Manager>,
    write: Pool<Manager>,
    telemetry: Measured,
    reachability: Arc<Reachability>,
    acquire_timeout: Duration,
}

impl Db {
    /// Opens the pools; the database must be reachable (SQLite: its file is created).
    pub fn open(url: &DatabaseUrl, options: PoolOptions) -> Result<Self, StoreError> {
        if let DatabaseUrl::Sqlite(path) = url {
            if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(folder).map_err(|e| {
                    StoreError::Unavailable(format!("cannot create {}: {e}", folder.display()))
                })?;
            }
            // WAL lets readers go on while the one writer writes; it is kept in the file.
            url.establish()?
                .batch_execute("PRAGMA journal_mode = WAL;")?;
        }
        let manager = Manager { url: url.clone() };
        let reachability = Arc::new(Reachability::default());
        let build = |size: u32| {
            Pool::builder()
                .max_size(size)
                .min_idle(Some(1))
                .connection_timeout(options.acquire_timeout)
                .error_handler(Box::new(QuietErrors(Arc::clone(&reachability))))
                .event_handler(Box::new(Connected(Arc::clone(&reachability))))
                .build(manager.clone())
        };
        let read = build(options.max_connections.max(1))?;
        let write = match url.backend() {
            Backend::Sqlite => build(1)?,
            Backend::Postgres => read.clone(),
        };
        Ok(Self {
            url: url.clone(),
            read,
            write,
            telemetry: options.telemetry,
            reachability,
            acquire_timeout: options.acquire_timeout,
        })
    }

    pub fn backend(&self) -> Backend {
        self.url.backend()
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// A connection of `pool`, waiting at most the acquire timeout (and less
    /// when the database is unreachable: [`Reachability`]); the wait and a
    /// timeout go to the telemetry.
    fn checkout(&self, pool: &Pool<Manager>, name: PoolName) -> Result<Pooled, StoreError> {
        self.checkout_within(pool, name, self.acquire_timeout)
    }

    fn checkout_within(
        &self,
        pool: &Pool<Manager>,
        name: PoolName,
        timeout: Duration,
    ) -> Result<Pooled, StoreError> {
        let started = Instant::now();
        let deadline = started + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match pool.get_timeout(left.min(CHECKOUT_SLICE)) {
                Ok(conn) => {
                    self.reachability.set(false);
                    self.telemetry.0.pool_checkout(name, started.elapsed());
                    return Ok(conn);
                }
                Err(error) if self.reachability.unreachable() || Instant::now() >= deadline => {
                    self.telemetry.0.pool_timeout(name);
                    return Err(error.into());
                }
                Err(_) => {}
            }
        }
    }

    fn write_pool(&self) -> PoolName {
        match self.backend() {
            Backend::Sqlite => PoolName::Write,
            Backend::Postgres => PoolName::Read,
        }
    }

    /// Runs reads on a pooled connection.
    pub fn read<T>(
        &self,
        work: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = self.checkout(&self.read, PoolName::Read)?;
        work(&mut conn)
    }

    /// Runs `work` in one transaction: all of it is written, or none.
    pub fn write<T>(
        &self,
        work: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut pooled = self.checkout(&self.write, self.write_pool())?;
        transaction(&mut pooled, work)
    }

    /// Checks out the write connection (on SQLite, THE writer) outside any
    /// transaction, for a caller that runs several steps on it: reads, then its own
    /// [`transaction`]. On SQLite, give it back soon: every other write waits for it.
    pub fn writer(&self) -> Result<Pooled, StoreError> {
        self.checkout(&self.write, self.write_pool())
    }

    /// Applies pending migrations (outside any transaction of ours: each migration
    /// runs in its own). Returns the versions applied.
    pub fn migrate(&self) -> Result<Vec<String>, StoreError> {
        let mut conn = self.write.get()?;
        crate::migrations::run(&mut conn)
    }

    /// Whether the database answers now, waiting at most `timeout` for a connection.
    pub fn ping(&self, timeout: Duration) -> Result<(), StoreError> {
        let mut conn = self.checkout_within(&self.read, PoolName::Read, timeout)?;
        conn.ping().map_err(StoreError::from)
    }

    /// Where measurements go (the audit writer's batches).
    pub fn telemetry(&self) -> &Measured {
        &self.telemetry
    }

    /// Pool use, for metrics: (connections, idle connections).
    pub fn pool_state(&self) -> (u32, u32) {
        let state = self.read.state();
        (state.connections, state.idle_connections)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://./data/integra.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("./data/integra.db"))
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://postgres@127.0.0.1:5432/test")
                .unwrap()
                .backend(),
            Backend::Postgres
        );
        assert!(DatabaseUrl::parse("mysql://x").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
        assert_eq!(
            DatabaseUrl::parse("postgres://u:secret@h:5432/db")
                .unwrap()
                .redacted(),
            "postgres://u@h:5432/db"
        );
    }
}
