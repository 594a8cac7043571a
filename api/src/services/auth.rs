//! Sign-in and the caller.

use integra_domain::Error;

use crate::auth::password;

/// Runs slow work (argon2 password hashing) on the blocking pool, off the async workers.
async fn off_workers<T, F>(work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| Error::Internal("the blocking thread pool is gone".to_owned()))
}

/// The argon2id hash of a new password.
pub(crate) async fn hash_password(secret: String) -> Result<String, Error> {
    off_workers(move || password::hash(&secret))
        .await?
        .map_err(Error::Internal)
}
