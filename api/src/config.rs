//! Configuration of `integra serve`, from flags and `INTEGRA_*` variables.

use std::path::{Path, PathBuf};

use integra_persistence::throttle::Limit;
use integra_persistence::DatabaseUrl;
use rand::distr::{Alphanumeric, SampleString};

use crate::auth::Tokens;
use crate::http::client_address::TrustedProxies;

/// What the server needs to start.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub database_url: DatabaseUrl,
    pub bind: String,
    pub jwt_secret: Option<String>,
    /// Ed25519 private key file: sign with EdDSA instead of HS256.
    pub jwt_key_file: Option<PathBuf>,
    /// Public keys of earlier signing keys, still accepted.
    pub jwt_verify_key_files: Vec<PathBuf>,
    pub sign_in_limit: SignInLimit,
    /// Password checks and hashes (argon2) that may run at once; more are refused
    /// with 503 and `Retry-After`.
    pub password_hash_concurrency: usize,
    /// Proxies whose `X-Forwarded-For` names the client (for sign-in throttling).
    pub trusted_proxies: TrustedProxies,
    pub bootstrap_admin_password: Option<String>,
    pub token_ttl_seconds: i64,
    pub workers: usize,
    pub pool_size: u32,
    /// Origins whose browser pages may call the API (CORS).
    pub cors_origins: Vec<String>,
    /// How long the answers of requests with an `Idempotency-Key` are kept, in seconds.
    pub idempotency_retention_seconds: i64,
    /// The largest file a bulk import takes, in bytes.
    pub import_body_limit: usize,
    /// Where webhooks may deliver, and how they retry.
    pub webhooks: WebhookSettings,
}

/// How webhook deliveries go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookSettings {
    /// Whether `http` URLs and loopback or private addresses are allowed.
    pub destinations: integra_domain::webhook::Destinations,
    /// The wait after a first failure, doubled at each further one (at most an hour).
    pub retry_base: std::time::Duration,
    /// How long a subscription may fail before it is disabled.
    pub give_up_after: std::time::Duration,
    /// How long one attempt may take.
    pub timeout: std::time::Duration,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            destinations: integra_domain::webhook::Destinations::default(),
            retry_base: std::time::Duration::from_secs(10),
            give_up_after: std::time::Duration::from_secs(24 * 3600),
            timeout: std::time::Duration::from_secs(10),
        }
    }
}

/// Failed sign-ins allowed per account within a window, and the window's (and a block's) length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInLimit {
    pub failures: i32,
    pub seconds: i64,
}

impl Default for SignInLimit {
    fn default() -> Self {
        Self {
            failures: 5,
            seconds: 900,
        }
    }
}

impl SignInLimit {
    /// The limit of one account.
    pub fn account(self) -> Limit {
        Limit {
            failures: self.failures,
            window: chrono::Duration::seconds(self.seconds),
            block: chrono::Duration::seconds(self.seconds),
        }
    }

    /// The limit of one address: an office behind one address has many users,
    /// so it may fail four times as often as one account.
    pub fn address(self) -> Limit {
        Limit {
            failures: self.failures.saturating_mul(4),
            ..self.account()
        }
    }
}

/// Why a PostgreSQL server without a configured key does not start.
pub const NO_SHARED_KEY: &str =
    "with PostgreSQL, set INTEGRA_JWT_SECRET (--jwt-secret, at least 32 characters) \
     or INTEGRA_JWT_KEY_FILE (--jwt-key-file): every node serving the database must sign \
     tokens with the same key, so none is generated";

/// Shortest signing secret accepted.
const MIN_SECRET_CHARS: usize = 32;

impl ServeConfig {
    /// The token keys: EdDSA with the key file when one is given, else HS256.
    pub fn tokens(&self) -> Result<Tokens, String> {
        let Some(key_file) = &self.jwt_key_file else {
            return Ok(Tokens::hs256(
                &self.signing_secret()?,
                self.token_ttl_seconds,
            ));
        };
        let read = |path: &PathBuf| {
            std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        };
        let previous = self
            .jwt_verify_key_files
            .iter()
            .map(read)
            .collect::<Result<Vec<_>, _>>()?;
        Tokens::eddsa(&read(key_file)?, &previous, self.token_ttl_seconds)
            .map_err(|e| format!("{}: {e}", key_file.display()))
    }

    /// The HS256 signing secret: the configured one, or (SQLite only) one generated
    /// once and kept in the data folder beside the SQLite file.
    ///
    /// With PostgreSQL several nodes may serve one database, and a secret each node
    /// made for itself would make its tokens fail on the others: a key must be given.
    pub fn signing_secret(&self) -> Result<Vec<u8>, String> {
        if let Some(secret) = &self.jwt_secret {
            if secret.chars().count() < MIN_SECRET_CHARS {
                return Err(format!(
                    "INTEGRA_JWT_SECRET must be at least {MIN_SECRET_CHARS} characters"
                ));
            }
            return Ok(secret.as_bytes().to_vec());
        }
        let Some(folder) = self.database_url.sqlite_folder() else {
            return Err(NO_SHARED_KEY.to_owned());
        };
        kept_secret(&folder.join("jwt-secret"))
    }
}

fn kept_secret(path: &PathBuf) -> Result<Vec<u8>, String> {
    match std::fs::read_to_string(path) {
        Ok(secret) if secret.trim().len() >= MIN_SECRET_CHARS => {
            return Ok(secret.trim().as_bytes().to_vec())
        }
        Ok(_) => {
            return Err(format!(
                "{} is too short; delete it to make a new one",
                path.display()
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    let secret = Alphanumeric.sample_string(&mut rand::rng(), 64);
    write_private(path, &secret).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    log::info!("generated a token signing secret in {}", path.display());
    Ok(secret.into_bytes())
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}
