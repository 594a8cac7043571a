//! Sign-in (a person's password grant, a service account's client credentials),
//! with throttling of failures; and the caller's own account.
//!
//! Sign-in attempts are counted per account and per client address in the
//! database, so every node sees the same counts. An attempt is counted before the
//! credentials are checked (a success takes it back), so parallel guesses cannot
//! all pass the check: at most the limit reach the password check per window,
//! and while the account or the address is blocked, sign-in is refused without
//! looking at the credentials. Password hashing (argon2, slow on purpose) runs on
//! the blocking pool, off the async workers, at most
//! `INTEGRA_PASSWORD_HASH_CONCURRENCY` at once (more are refused as unavailable).

use chrono::{DateTime, Utc};
use integra_domain::access::{self, Role};
use integra_domain::user::{self, ServiceAccount, User};
use integra_domain::Error;
use integra_persistence::{throttle, users as stored, DbConnection};
use serde::Serialize;
use std::sync::Arc;
use tokio::sync::OwnedSemaphorePermit;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{password, secrets};
use crate::services::{self, Call};
use crate::state::AppState;

/// What a client signs in with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// A person's user name and password.
    Password { username: String, password: String },
    /// A service account's client id and secret.
    ClientCredentials {
        client_id: String,
        client_secret: String,
    },
}

/// How a sign-in ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// The credentials are good: a token is to be issued for this caller, for
    /// credentials checked at `checked_at` (the token's `checked_at_us`).
    Granted {
        caller: access::Caller,
        checked_at: DateTime<Utc>,
    },
    /// The credentials are wrong (or the account may not act); the failure is
    /// counted against the account and the address.
    Refused(&'static str),
    /// The account or the address failed too often: sign-in is refused for
    /// `retry_after` more seconds.
    Blocked { retry_after: i64 },
}

/// The caller: a person, or a service account.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "username": "admin",
    "role": "admin", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Administrator", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}))]
pub enum Caller {
    User(User),
    ServiceAccount(ServiceAccount),
}

/// A permit to check or hash a password; [`Error::Unavailable`] (503 with
/// `Retry-After`) when as many as allowed run already.
fn hashing_permit(app: &AppState) -> Result<OwnedSemaphorePermit, Error> {
    Arc::clone(&app.password_hashing)
        .try_acquire_owned()
        .map_err(|_| Error::Unavailable("every password check permit is in use".to_owned()))
}

/// Runs slow work (argon2 password hashing) on the blocking pool, off the async
/// workers, holding `permit` until it is done.
async fn off_workers<T, F>(permit: OwnedSemaphorePermit, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    tokio::task::spawn_blocking(crate::logging::carrying(move || {
        let done = work();
        drop(permit);
        done
    }))
    .await
    .map_err(|_| Error::Internal("the blocking thread pool is gone".to_owned()))
}

/// The argon2id hash of a new password.
pub(crate) async fn hash_password(app: &AppState, secret: String) -> Result<String, Error> {
    let permit = hashing_permit(app)?;
    off_workers(permit, move || password::hash(&secret))
        .await?
        .map_err(Error::Internal)
}

/// Signs in with `grant` from the client address `address`: the caller to issue
/// a token for, or why not.
pub async fn sign_in(app: &AppState, grant: Grant, address: &str) -> Result<SignIn, Error> {
    let account = match &grant {
        Grant::Password { username, .. } => username,
        Grant::ClientCredentials { client_id, .. } => client_id,
    };
    let [account, address] = [format!("account:{account}"), format!("address:{address}")];
    // Password work is bounded before anything is counted or read.
    let permit = match &grant {
        Grant::Password { .. } => Some(hashing_permit(app)?),
        Grant::ClientCredentials { .. } => None,
    };
    if let Some(retry_after) = attempt(app, account.clone(), address.clone()).await? {
        return Ok(SignIn::Blocked { retry_after });
    }
    let (caller, refusal) = match (grant, permit) {
        (Grant::Password { username, password }, Some(permit)) => (
            person(app, permit, username, password).await?,
            "the user name or password is wrong",
        ),
        (Grant::Password { .. }, None) => {
            return Err(Error::Internal(
                "a password check without a permit".to_owned(),
            ))
        }
        (
            Grant::ClientCredentials {
                client_id,
                client_secret,
            },
            _,
        ) => (
            service_account(app, client_id, client_secret).await?,
            "the client id or client secret is wrong",
        ),
    };
    match caller {
        Some((caller, checked_at)) => {
            // The account starts counting again; the address gets its attempt back.
            services::transaction(app, move |c, _| {
                throttle::clear(c, &account)?;
                Ok(throttle::refund(c, &address)?)
            })
            .await?;
            Ok(SignIn::Granted { caller, checked_at })
        }
        // The failure was counted as an attempt.
        None => Ok(SignIn::Refused(refusal)),
    }
}

/// Counts a sign-in attempt of `account` from `address` before the credentials are
/// checked; the seconds until sign-in is possible again if it is blocked. Spent
/// rows of other keys are removed on the way, at most once per window (or minute)
/// on each node.
async fn attempt(app: &AppState, account: String, address: String) -> Result<Option<i64>, Error> {
    let limit = app.sign_in_limit;
    let window = limit.account().window;
    let purge = purge_due(app, window);
    let until = services::transaction(app, move |c, now| {
        if purge {
            throttle::purge(c, now - window, now)?;
        }
        let keys = [(account, limit.account()), (address, limit.address())];
        Ok(throttle::attempt(c, &keys, now)?)
    })
    .await?;
    let now = services::now();
    Ok(until.map(|until| (until - now).num_seconds().max(1)))
}

/// Whether this node should remove spent failure rows now (and notes that it does).
fn purge_due(app: &AppState, window: chrono::Duration) -> bool {
    let every = window
        .to_std()
        .unwrap_or_default()
        .min(std::time::Duration::from_secs(60));
    let Ok(mut last) = app.throttle_purged.lock() else {
        return false;
    };
    let due = last.is_none_or(|at| at.elapsed() >= every);
    if due {
        *last = Some(std::time::Instant::now());
    }
    due
}

/// How far past the moment of a revocation the account's tokens stop counting:
/// more than the revoking transaction takes to commit (a sign-in that read the old
/// password just before it must not count) and than the clocks of two nodes differ.
/// A sign-in after the revocation is stamped at least this late
/// ([`checked_at`]), so it counts at once.
fn revocation_margin() -> chrono::Duration {
    chrono::Duration::seconds(1)
}

/// Every token of account `id` issued so far stops counting (on this node at once,
/// on the others within the standing cache's time), in the caller's transaction:
/// for a password reset, a revoked secret, a deactivation, a change of role.
pub(crate) fn revoke_tokens(conn: &mut DbConnection, id: Uuid) -> Result<(), Error> {
    Ok(stored::revoke_tokens(
        conn,
        id,
        Utc::now() + revocation_margin(),
    )?)
}

/// [`revoke_tokens`] of every account of an organisation (it is deactivated).
pub(crate) fn revoke_organisation_tokens(
    conn: &mut DbConnection,
    organisation_id: Uuid,
) -> Result<(), Error> {
    Ok(stored::revoke_organisation_tokens(
        conn,
        organisation_id,
        Utc::now() + revocation_margin(),
    )?)
}

/// The time a token's credentials count as checked: `started` (taken before they
/// were read), but never before the account's tokens count from, which was read
/// with the credentials: a sign-in right after a revocation counts.
fn checked_at(started: DateTime<Utc>, valid_after: Option<DateTime<Utc>>) -> DateTime<Utc> {
    valid_after.map_or(started, |after| started.max(after))
}

/// The person who signs in with `username` and `password`, if the password is
/// theirs and they may act, and when the credentials were checked. An unknown
/// user name takes as long as a wrong password.
async fn person(
    app: &AppState,
    permit: OwnedSemaphorePermit,
    username: String,
    password: String,
) -> Result<Option<(access::Caller, DateTime<Utc>)>, Error> {
    let started = Utc::now();
    // A name no user can have is not looked up (nor sent to the database).
    let found = if user::username("username", &username).is_ok() {
        services::read(app, move |c| {
            match stored::find_for_sign_in(c, &username)? {
                Some(record) => {
                    let may_act = stored::may_act(c, record.account.id)?;
                    Ok(Some((record, may_act)))
                }
                None => Ok(None),
            }
        })
        .await?
    } else {
        None
    };
    off_workers(permit, move || match found {
        Some((record, may_act))
            if password::verify(&password, &record.password_hash) && may_act =>
        {
            let user = record.account;
            let caller = access::Caller {
                id: user.id,
                role: user.role,
                organisation_id: Some(user.organisation_id),
                scopes: Vec::new(),
            };
            Some((caller, checked_at(started, record.tokens_valid_after)))
        }
        Some(_) => None,
        None => {
            password::verify_nothing(&password);
            None
        }
    })
    .await
}

/// The service account that signs in with `client_id` and `client_secret`, if
/// the secret is one of its unrevoked ones and it may act, and when the
/// credentials were checked.
async fn service_account(
    app: &AppState,
    client_id: String,
    client_secret: String,
) -> Result<Option<(access::Caller, DateTime<Utc>)>, Error> {
    let started = Utc::now();
    let hash = secrets::hash(&client_secret);
    services::read(app, move |c| {
        match stored::find_by_secret(c, &client_id, &hash)? {
            Some(record) if stored::may_act(c, record.account.id)? => {
                let account = record.account;
                let caller = access::Caller {
                    id: account.id,
                    role: Role::Integration,
                    organisation_id: Some(account.organisation_id),
                    scopes: account.scopes,
                };
                Ok(Some((
                    caller,
                    checked_at(started, record.tokens_valid_after),
                )))
            }
            _ => Ok(None),
        }
    })
    .await
}

/// The signed-in user or service account; [`Error::NotFound`] when the
/// account is gone.
pub async fn me(call: &Call) -> Result<Caller, Error> {
    let (id, service) = (call.id, call.role == Role::Integration);
    services::read(&call.app, move |c| {
        Ok(if service {
            Caller::ServiceAccount(stored::get_service_account(c, id)?)
        } else {
            Caller::User(stored::get(c, id)?)
        })
    })
    .await
}

/// The current standing of account `id` (active, role, organisation, scopes), for
/// the token check; `None` when the account is gone.
pub async fn standing(app: &AppState, id: uuid::Uuid) -> Result<Option<stored::Standing>, Error> {
    services::read(app, move |c| Ok(stored::standing(c, id)?)).await
}
