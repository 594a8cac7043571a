//! Users who sign in: an administrator creates them, changes their role,
//! deactivates them (their tokens stop working) and resets their password.
//!
//! Every operation is an administrator's ([`RecordKind::User`]). A change of a
//! user makes the node forget what it knew of everyone's standing, so that the
//! user's old tokens stop working at once.

use integra_domain::access::{Access, Role};
use integra_domain::error::RecordKind;
use integra_domain::user::{self, PasswordInput, User, UserChange, UserInput};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::users::{self as stored, NewUser, UserFilter};
use integra_persistence::{organisations, DbConnection};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::auth::{self, hash_password};
use crate::services::json::Body;
use crate::services::{self, paging, Call};

/// One page of users.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01", "username": "admin",
    "role": "admin", "organisation_id": "01900000-0000-7000-8000-000000000001",
    "display_name": "Administrator", "active": true, "version": 1,
    "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}], "next_cursor": null}))]
pub struct UserPage {
    pub items: Vec<User>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters of `GET /users`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    #[param(value_type = Option<Role>)]
    role: Option<String>,
    organisation_id: Option<Uuid>,
    active: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl UserQuery {
    /// The list's filter, page size and cursor.
    fn validate(&self) -> Result<(UserFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let role = self
            .role
            .as_deref()
            .and_then(|r| errors.check(Role::parse("role", r)));
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        let filter = UserFilter {
            role,
            organisation_id: self.organisation_id,
            active: self.active,
        };
        Ok((filter, limit, after))
    }
}

/// Fields of a user that a merge patch may carry only unchanged.
const READ_ONLY: [&str; 6] = [
    "id",
    "username",
    "active",
    "version",
    "created_at",
    "updated_at",
];

/// The organisation an account joins must exist and be active.
pub(crate) fn check_organisation(conn: &mut DbConnection, id: Uuid) -> Result<(), Error> {
    match organisations::is_active(conn, id)? {
        Some(true) => Ok(()),
        Some(false) => Err(Error::field(
            "organisation_id",
            "inactive",
            "organisation_id names an inactive organisation",
        )),
        None => Err(Error::field(
            "organisation_id",
            "not_found",
            "organisation_id names no organisation",
        )),
    }
}

/// Refuses a user name (or a service account's client id, `field`) that is taken.
pub(crate) fn check_username(
    conn: &mut DbConnection,
    username: &str,
    field: &str,
) -> Result<(), Error> {
    match stored::username_holder_kind(conn, username)? {
        Some((holder, service_account)) => Err(Error::conflict_with(
            "duplicate_username",
            format!("the {field} is taken"),
            if service_account {
                RecordKind::ServiceAccount
            } else {
                RecordKind::User
            },
            holder,
        )),
        None => Ok(()),
    }
}

/// Creates a user who signs in with a password, in an active organisation.
pub async fn create(call: &Call, input: Body<UserInput>) -> Result<User, Error> {
    call.reach(RecordKind::User, Access::Manage)?;
    let input = input.parse()?;
    let fields = input.validate()?;
    let hash = hash_password(&call.app, fields.password.clone()).await?;
    let id = Uuid::now_v7();
    let entries = vec![call.entry("user.created", RecordKind::User, id)];
    services::write(call, entries, move |c, now| {
        check_organisation(c, fields.organisation_id)?;
        check_username(c, &fields.username, "username")?;
        let user = NewUser {
            username: &fields.username,
            password_hash: &hash,
            role: fields.role,
            organisation_id: fields.organisation_id,
            display_name: fields.display_name.as_deref(),
        };
        Ok(stored::insert(c, id, &user, now)?)
    })
    .await
}

/// Lists users, oldest first.
pub async fn list(call: &Call, query: UserQuery) -> Result<UserPage, Error> {
    call.reach(RecordKind::User, Access::Read)?;
    let (filter, limit, after) = query.validate()?;
    let items = services::read(&call.app, move |c| {
        Ok(stored::list(c, &filter, after, limit)?)
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|u| u.id), limit);
    Ok(UserPage { items, next_cursor })
}

/// Reads a user.
pub async fn get(call: &Call, id: Uuid) -> Result<User, Error> {
    call.reach(RecordKind::User, Access::Read)?;
    services::read(&call.app, move |c| Ok(stored::get(c, id)?)).await
}

/// Changes a user's role, organisation or display name with a JSON merge patch.
/// Tokens name the role and organisation they were issued for: the user's old
/// tokens stop working, and they sign in again.
pub async fn update(
    call: &Call,
    id: Uuid,
    patch: Body<Map<String, Value>>,
    precondition: Precondition,
) -> Result<User, Error> {
    call.reach(RecordKind::User, Access::Manage)?;
    let patch = patch.parse()?;
    let by = call.id;
    let entries = vec![call.entry("user.updated", RecordKind::User, id)];
    let user = services::write(call, entries, move |c, now| {
        let current = stored::get(c, id)?;
        let change: UserChange =
            services::json::merge_patch(&current, &UserChange::of(&current), patch, &READ_ONLY)?;
        let fields = change.validate()?;
        fields.check_actor(by, &current)?;
        let expected = precondition.expected(current.version)?;
        check_organisation(c, fields.organisation_id)?;
        if fields.role != current.role || fields.organisation_id != current.organisation_id {
            auth::revoke_tokens(c, id)?;
        }
        Ok(stored::change(
            c,
            id,
            Some(expected),
            fields.role,
            fields.organisation_id,
            fields.display_name.as_deref(),
            now,
        )?)
    })
    .await
    .map_err(|e| precondition.lost_race(e))?;
    call.app.standing.forget();
    Ok(user)
}

/// Activates or deactivates a user; a deactivated one cannot sign in, and their
/// tokens stop working at once. Nobody deactivates themself.
pub async fn set_active(call: &Call, id: Uuid, active: bool) -> Result<User, Error> {
    call.reach(RecordKind::User, Access::Manage)?;
    user::check_activation(call.id, id, active)?;
    let action = if active {
        "user.activated"
    } else {
        "user.deactivated"
    };
    let entries = vec![call.entry(action, RecordKind::User, id)];
    let user = services::write(call, entries, move |c, now| {
        stored::set_active(c, id, false, active, now)?;
        if !active {
            auth::revoke_tokens(c, id)?;
        }
        Ok(stored::get(c, id)?)
    })
    .await?;
    call.app.standing.forget();
    Ok(user)
}

/// Sets a new password for a user (an administrator's reset); every token the
/// user got before stops working.
pub async fn reset_password(
    call: &Call,
    id: Uuid,
    input: Body<PasswordInput>,
) -> Result<User, Error> {
    call.reach(RecordKind::User, Access::Manage)?;
    let input = input.parse()?;
    user::password("password", &input.password)?;
    let hash = hash_password(&call.app, input.password).await?;
    let entries = vec![call.entry("user.password_reset", RecordKind::User, id)];
    let user = services::write(call, entries, move |c, now| {
        let user = stored::set_password(c, id, &hash, now)?;
        auth::revoke_tokens(c, id)?;
        Ok(user)
    })
    .await?;
    call.app.standing.forget();
    Ok(user)
}
