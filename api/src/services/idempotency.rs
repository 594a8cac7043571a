//! `Idempotency-Key`: the claims, results and releases of keys, for the middleware
//! that replays the first answer of a retried `POST`.

use integra_domain::Error;
pub use integra_persistence::idempotency::{Claim, StoredResponse};

use integra_persistence::idempotency;

use crate::services::{self, Actor};
use crate::state::AppState;

/// Claims `key` for the actor's request whose method, path and body hash to
/// `hash`: new, a replay of the stored answer, a mismatch or still in progress.
pub async fn claim(
    app: &AppState,
    actor: &Actor,
    key: String,
    hash: String,
) -> Result<Claim, Error> {
    let owner = actor.id.to_string();
    write(app, move |c, now| {
        idempotency::claim(c, &owner, &key, &hash, now)
    })
    .await
}

/// Keeps the first answer for replays.
pub async fn complete(
    app: &AppState,
    actor: &Actor,
    key: String,
    answer: StoredResponse,
) -> Result<(), Error> {
    let owner = actor.id.to_string();
    write(app, move |c, _| {
        idempotency::complete(c, &owner, &key, &answer)
    })
    .await
}

/// Forgets the claim (the request failed on the server's side: a retry may run it).
pub async fn release(app: &AppState, actor: &Actor, key: String) -> Result<(), Error> {
    let owner = actor.id.to_string();
    write(app, move |c, _| idempotency::release(c, &owner, &key)).await
}

/// A write of the key's row, which is not personal data and needs no audit entry.
async fn write<T, F>(app: &AppState, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(
            &mut integra_persistence::DbConnection,
            chrono::DateTime<chrono::Utc>,
        ) -> Result<T, integra_persistence::StoreError>
        + Send
        + 'static,
{
    services::transaction(app, move |c, now| Ok(work(c, now)?)).await
}
