//! Service accounts of other state systems: client credentials, scopes, and
//! secret rotation without downtime (a new secret works beside the old one
//! until the old one is revoked).
//!
//! Every operation is an administrator's ([`RecordKind::ServiceAccount`]). A
//! change of an account makes the node forget what it knew of everyone's
//! standing, so that the account's old tokens stop working at once.

use chrono::{DateTime, Utc};
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::user::{
    ClientSecret, ServiceAccount, ServiceAccountChange, ServiceAccountInput,
};
use integra_domain::version::Precondition;
use integra_domain::Error;
use integra_persistence::users as stored;
use integra_persistence::DbConnection;
use serde::Serialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::secrets;
use crate::services::json::Body;
use crate::services::paging::{self, PageQuery};
use crate::services::users::{check_organisation, check_username};
use crate::services::{self, auth, Call};

/// A new service account with its first secret, shown this once.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"service_account": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02",
    "client_id": "civil-registry", "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90",
    "display_name": "Civil registry sync", "scopes": ["persons:read"], "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"},
    "client_secret": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03", "secret": "isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A",
    "created_at": "2026-01-31T09:00:00Z"}}))]
pub struct CreatedServiceAccount {
    pub service_account: ServiceAccount,
    pub client_secret: NewSecret,
}

/// A client secret, shown once: only its hash is kept.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03",
    "secret": "isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A", "created_at": "2026-01-31T09:00:00Z"}))]
pub struct NewSecret {
    pub id: Uuid,
    /// Send as `client_secret`; it cannot be shown again.
    pub secret: String,
    pub created_at: DateTime<Utc>,
}

/// One page of service accounts.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02", "client_id": "civil-registry",
    "organisation_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "display_name": "Civil registry sync",
    "scopes": ["persons:read"], "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}], "next_cursor": null}))]
pub struct ServiceAccountPage {
    pub items: Vec<ServiceAccount>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// The secrets of a service account (never the secrets themselves).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03",
    "created_at": "2026-01-31T09:00:00Z", "revoked_at": null}]}))]
pub struct SecretList {
    pub items: Vec<ClientSecret>,
}

/// Fields of a service account that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 7] = [
    "id",
    "client_id",
    "organisation_id",
    "active",
    "version",
    "created_at",
    "updated_at",
];

/// Stores a new secret of `account` and returns it, in the caller's transaction.
fn new_secret(
    conn: &mut DbConnection,
    account: Uuid,
    now: DateTime<Utc>,
) -> Result<NewSecret, Error> {
    let secret = secrets::generate();
    let stored = stored::add_secret(conn, account, Uuid::now_v7(), &secrets::hash(&secret), now)?;
    Ok(NewSecret {
        id: stored.id,
        secret,
        created_at: stored.created_at,
    })
}

/// Creates a service account, in an active organisation, and its first client secret.
pub async fn create(
    call: &Call,
    input: Body<ServiceAccountInput>,
) -> Result<CreatedServiceAccount, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Manage)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("service_account.created", RecordKind::ServiceAccount, id)];
    services::write(call, entries, move |c, now| {
        check_organisation(c, fields.organisation_id)?;
        check_username(c, &fields.client_id, "client_id")?;
        let service_account = stored::insert_service_account(c, id, &fields, now)?;
        let client_secret = new_secret(c, id, now)?;
        Ok(CreatedServiceAccount {
            service_account,
            client_secret,
        })
    })
    .await
}

/// Lists service accounts, oldest first.
pub async fn list(call: &Call, query: PageQuery) -> Result<ServiceAccountPage, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Read)?;
    let (limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list_service_accounts(c, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|a| a.id), limit);
    Ok(ServiceAccountPage { items, next_cursor })
}

/// Reads a service account.
pub async fn get(call: &Call, id: Uuid) -> Result<ServiceAccount, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get_service_account(c, id)?)).await
}

/// Changes a service account's display name or scopes with a JSON merge patch.
/// Tokens name the scopes they were issued with: the old ones stop working.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<ServiceAccount, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Manage)?;
    let patch = patch.parse()?;
    let entries = vec![call.entry("service_account.updated", RecordKind::ServiceAccount, id)];
    let account = services::write(call, entries, move |c, now| {
        let current = stored::get_service_account(c, id)?;
        let writable = ServiceAccountChange::of(&current);
        let change: ServiceAccountChange =
            services::json::merge_patch(&current, &writable, patch, &READ_ONLY)?;
        let (display_name, scopes) = change.validate()?;
        let expected = precondition.expected(current.version)?;
        if scopes != current.scopes {
            auth::revoke_tokens(c, id)?;
        }
        Ok(stored::change_service_account(
            c,
            id,
            Some(expected),
            display_name.as_deref(),
            &scopes,
            now,
        )?)
    })
    // A lost race stays a 412: this operation answers no 409.
    .await?;
    call.app.standing.forget();
    Ok(account)
}

/// Deactivates a service account: it cannot sign in, and its tokens stop working.
pub async fn deactivate(call: &Call, id: Uuid) -> Result<ServiceAccount, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Manage)?;
    let entries = vec![call.entry(
        "service_account.deactivated",
        RecordKind::ServiceAccount,
        id,
    )];
    let account = services::write(call, entries, move |c, now| {
        stored::set_active(c, id, true, false, now)?;
        auth::revoke_tokens(c, id)?;
        Ok(stored::get_service_account(c, id)?)
    })
    .await?;
    call.app.standing.forget();
    Ok(account)
}

/// Adds a client secret; the old ones keep working until revoked.
pub async fn add_secret(call: &Call, id: Uuid) -> Result<NewSecret, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Manage)?;
    let entries = vec![call.entry(
        "service_account.secret_added",
        RecordKind::ServiceAccount,
        id,
    )];
    services::write(call, entries, move |c, now| new_secret(c, id, now)).await
}

/// Lists a service account's secrets (ids and dates; never the secrets).
pub async fn secrets(call: &Call, id: Uuid) -> Result<SecretList, Error> {
    call.reach(RecordKind::ServiceAccount, Access::Read)?;
    services::read(&call.app, move |c| {
        stored::get_service_account(c, id)?;
        Ok(SecretList {
            items: stored::secrets(c, id)?,
        })
    })
    .await
}

/// Revokes a client secret: it no longer signs in, and every token the account
/// got before stops working (sign in again with another secret).
pub async fn revoke_secret(call: &Call, id: Uuid, secret: Uuid) -> Result<(), Error> {
    call.reach(RecordKind::ServiceAccount, Access::Manage)?;
    let entries = vec![call.entry(
        "service_account.secret_revoked",
        RecordKind::ServiceAccount,
        id,
    )];
    services::write(call, entries, move |c, now| {
        if stored::revoke_secret(c, id, secret, now)? {
            auth::revoke_tokens(c, id)?;
        }
        Ok(())
    })
    .await?;
    call.app.standing.forget();
    Ok(())
}
