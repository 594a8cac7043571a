//! Configuration of `integra serve`, from flags and `INTEGRA_*` variables.

use std::path::{Path, PathBuf};

use integra_persistence::DatabaseUrl;
use rand::distr::{Alphanumeric, SampleString};

/// What the server needs to start.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub database_url: DatabaseUrl,
    pub bind: String,
    pub jwt_secret: Option<String>,
    pub bootstrap_admin_password: Option<String>,
    pub token_ttl_seconds: i64,
    pub workers: usize,
    pub pool_size: u32,
    /// Origins whose browser pages may call the API (CORS).
    pub cors_origins: Vec<String>,
}

/// Shortest signing secret accepted.
const MIN_SECRET_CHARS: usize = 32;

impl ServeConfig {
    /// The HS256 signing secret: the configured one, or one generated once and kept
    /// in the data folder (beside the SQLite file, or `./data` for PostgreSQL).
    pub fn signing_secret(&self) -> Result<Vec<u8>, String> {
        if let Some(secret) = &self.jwt_secret {
            if secret.chars().count() < MIN_SECRET_CHARS {
                return Err(format!(
                    "INTEGRA_JWT_SECRET must be at least {MIN_SECRET_CHARS} characters"
                ));
            }
            return Ok(secret.as_bytes().to_vec());
        }
        let folder = self
            .database_url
            .sqlite_folder()
            .unwrap_or(Path::new("./data"));
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
