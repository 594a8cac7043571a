//! Users: people who sign in with a password, and service accounts of other
//! systems that sign in with a client secret. Both are principals in tokens and
//! in the audit log, so they share one table.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::access::{Role, Scope};
use integra_domain::user::{ClientSecret, ServiceAccount, ServiceAccountFields, User};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{client_secrets, organisations, users};

/// `users.kind` of a person.
const PERSON: &str = "person";
/// `users.kind` of a service account.
const SERVICE: &str = "service";

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = users)]
struct UserRow {
    id: String,
    username: String,
    password_hash: String,
    role: String,
    display_name: Option<String>,
    active: bool,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    organisation_id: Option<String>,
    scopes: String,
}

impl UserRow {
    fn organisation(&self) -> Result<Uuid, StoreError> {
        match &self.organisation_id {
            Some(id) => rows::uuid(id),
            None => Err(StoreError::corrupt("organisation_id", "")),
        }
    }

    fn into_user(self) -> Result<(User, String), StoreError> {
        let user = User {
            id: rows::uuid(&self.id)?,
            organisation_id: self.organisation()?,
            username: self.username,
            role: rows::parse("role", &self.role, Role::parse)?,
            display_name: self.display_name,
            active: self.active,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        };
        Ok((user, self.password_hash))
    }

    fn into_service_account(self) -> Result<ServiceAccount, StoreError> {
        let scopes = self
            .scopes
            .split_whitespace()
            .map(|s| rows::parse("scope", s, Scope::parse))
            .collect::<Result<_, _>>()?;
        Ok(ServiceAccount {
            id: rows::uuid(&self.id)?,
            organisation_id: self.organisation()?,
            client_id: self.username,
            display_name: self.display_name,
            scopes,
            active: self.active,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

fn scope_text(scopes: &[Scope]) -> String {
    scopes
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A new user; the password arrives already hashed.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub organisation_id: Uuid,
    pub display_name: Option<&'a str>,
}

/// The user or service account that has the user name (or client id) `username`, if one has.
pub fn username_holder(
    conn: &mut DbConnection,
    username: &str,
) -> Result<Option<Uuid>, StoreError> {
    Ok(username_holder_kind(conn, username)?.map(|(id, _)| id))
}

/// Who holds a user name: the id, and whether it is a service account's.
pub fn username_holder_kind(
    conn: &mut DbConnection,
    username: &str,
) -> Result<Option<(Uuid, bool)>, StoreError> {
    users::table
        .filter(users::username.eq(username))
        .select((users::id, users::kind))
        .first::<(String, String)>(conn)
        .optional()?
        .map(|(id, kind)| Ok((rows::uuid(&id)?, kind == SERVICE)))
        .transpose()
}

pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    user: &NewUser<'_>,
    now: DateTime<Utc>,
) -> Result<User, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(id.to_string()),
            users::username.eq(user.username),
            users::password_hash.eq(user.password_hash),
            users::role.eq(user.role.as_str()),
            users::display_name.eq(user.display_name),
            users::active.eq(true),
            users::version.eq(1_i64),
            users::created_at.eq(stamp),
            users::updated_at.eq(stamp),
            users::organisation_id.eq(user.organisation_id.to_string()),
            users::kind.eq(PERSON),
            users::scopes.eq(""),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// A person who signs in (never a service account).
pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<User, StoreError> {
    users::table
        .find(id.to_string())
        .filter(users::kind.eq(PERSON))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_user()
        .map(|(user, _)| user)
}

/// What a sign-in checks credentials against: the account, its password hash (a
/// person's; a service account's secret is checked by the query), and since when
/// its tokens count ([`revoke_tokens`]), read in one statement, so that the time
/// belongs to the credentials checked.
#[derive(Debug, Clone)]
pub struct SignInRecord<T> {
    pub account: T,
    pub password_hash: String,
    pub tokens_valid_after: Option<DateTime<Utc>>,
}

/// The user, their password hash and since when their tokens count, for signing in.
pub fn find_for_sign_in(
    conn: &mut DbConnection,
    username: &str,
) -> Result<Option<SignInRecord<User>>, StoreError> {
    let Some((row, valid_after)) = users::table
        .filter(users::username.eq(username))
        .filter(users::kind.eq(PERSON))
        .select((UserRow::as_select(), users::tokens_valid_after))
        .first::<(UserRow, Option<NaiveDateTime>)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let (account, password_hash) = row.into_user()?;
    Ok(Some(SignInRecord {
        account,
        password_hash,
        tokens_valid_after: valid_after.map(rows::utc),
    }))
}

/// Tokens of account `id` whose credentials were checked before `after` no longer
/// count (a time already later stays).
pub fn revoke_tokens(
    conn: &mut DbConnection,
    id: Uuid,
    after: DateTime<Utc>,
) -> Result<(), StoreError> {
    let after = after.naive_utc();
    diesel::update(
        users::table.find(id.to_string()).filter(
            users::tokens_valid_after
                .is_null()
                .or(users::tokens_valid_after.lt(after)),
        ),
    )
    .set(users::tokens_valid_after.eq(after))
    .execute(conn)?;
    Ok(())
}

/// [`revoke_tokens`] of every user and service account of an organisation.
pub fn revoke_organisation_tokens(
    conn: &mut DbConnection,
    organisation_id: Uuid,
    after: DateTime<Utc>,
) -> Result<(), StoreError> {
    let after = after.naive_utc();
    diesel::update(
        users::table
            .filter(users::organisation_id.eq(organisation_id.to_string()))
            .filter(
                users::tokens_valid_after
                    .is_null()
                    .or(users::tokens_valid_after.lt(after)),
            ),
    )
    .set(users::tokens_valid_after.eq(after))
    .execute(conn)?;
    Ok(())
}

pub fn count(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}

/// Filters of the user list.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub organisation_id: Option<Uuid>,
    pub active: Option<bool>,
}

pub fn list(
    conn: &mut DbConnection,
    filter: &UserFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<User>, StoreError> {
    let mut query = users::table
        .filter(users::kind.eq(PERSON))
        .select(UserRow::as_select())
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(users::id.gt(after.to_string()));
    }
    if let Some(role) = filter.role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    if let Some(organisation) = filter.organisation_id {
        query = query.filter(users::organisation_id.eq(organisation.to_string()));
    }
    if let Some(active) = filter.active {
        query = query.filter(users::active.eq(active));
    }
    query
        .order(users::id.asc())
        .limit(limit)
        .load::<UserRow>(conn)?
        .into_iter()
        .map(|row| row.into_user().map(|(user, _)| user))
        .collect()
}

/// Bumps the version of a user or service account if it is still `expected`
/// (`None`: whatever it is), and reports the current version on a mismatch.
fn bump(
    conn: &mut DbConnection,
    id: Uuid,
    kind: &str,
    expected: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let target = users::table
        .filter(users::id.eq(id.to_string()))
        .filter(users::kind.eq(kind));
    let changed = match expected {
        Some(version) => diesel::update(target.filter(users::version.eq(version)))
            .set((
                users::version.eq(users::version + 1),
                users::updated_at.eq(now.naive_utc()),
            ))
            .execute(conn)?,
        None => diesel::update(target)
            .set((
                users::version.eq(users::version + 1),
                users::updated_at.eq(now.naive_utc()),
            ))
            .execute(conn)?,
    };
    if changed == 1 {
        return Ok(());
    }
    let current = users::table
        .find(id.to_string())
        .filter(users::kind.eq(kind))
        .select(users::version)
        .first::<i64>(conn)
        .optional()?;
    Err(match current {
        Some(current) => StoreError::VersionMismatch { current },
        None => StoreError::NotFound,
    })
}

/// Changes a person's role, organisation and display name.
pub fn change(
    conn: &mut DbConnection,
    id: Uuid,
    expected: Option<i64>,
    role: Role,
    organisation_id: Uuid,
    display_name: Option<&str>,
    now: DateTime<Utc>,
) -> Result<User, StoreError> {
    bump(conn, id, PERSON, expected, now)?;
    diesel::update(users::table.find(id.to_string()))
        .set((
            users::role.eq(role.as_str()),
            users::organisation_id.eq(organisation_id.to_string()),
            users::display_name.eq(display_name),
        ))
        .execute(conn)?;
    get(conn, id)
}

/// Sets a person's password hash.
pub fn set_password(
    conn: &mut DbConnection,
    id: Uuid,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<User, StoreError> {
    bump(conn, id, PERSON, None, now)?;
    diesel::update(users::table.find(id.to_string()))
        .set(users::password_hash.eq(password_hash))
        .execute(conn)?;
    get(conn, id)
}

/// Activates or deactivates a user or service account; returns its new version.
pub fn set_active(
    conn: &mut DbConnection,
    id: Uuid,
    service: bool,
    active: bool,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let kind = if service { SERVICE } else { PERSON };
    bump(conn, id, kind, None, now)?;
    diesel::update(users::table.find(id.to_string()))
        .set(users::active.eq(active))
        .execute(conn)?;
    Ok(users::table
        .find(id.to_string())
        .select(users::version)
        .first(conn)?)
}

/// What a principal is now: the token check compares it with what the token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// The account and its organisation are both active.
    pub active: bool,
    pub role: Role,
    pub organisation_id: Uuid,
    pub scopes: Vec<Scope>,
    /// Tokens whose credentials were checked before this time no longer count.
    pub tokens_valid_after: Option<DateTime<Utc>>,
}

/// The standing of a user or service account; `None` if there is no such account.
pub fn standing(conn: &mut DbConnection, id: Uuid) -> Result<Option<Standing>, StoreError> {
    let found = users::table
        .inner_join(organisations::table)
        .filter(users::id.eq(id.to_string()))
        .select((
            users::active,
            organisations::active,
            users::role,
            users::organisation_id,
            users::scopes,
            users::tokens_valid_after,
        ))
        .first::<(
            bool,
            bool,
            String,
            Option<String>,
            String,
            Option<NaiveDateTime>,
        )>(conn)
        .optional()?;
    let Some((active, organisation_active, role, organisation, scopes, valid_after)) = found else {
        return Ok(None);
    };
    Ok(Some(Standing {
        active: active && organisation_active,
        role: rows::parse("role", &role, Role::parse)?,
        organisation_id: rows::uuid(organisation.as_deref().unwrap_or_default())?,
        scopes: scopes
            .split_whitespace()
            .map(|s| rows::parse("scope", s, Scope::parse))
            .collect::<Result<_, _>>()?,
        tokens_valid_after: valid_after.map(rows::utc),
    }))
}

/// Whether a principal may act: it exists, is active, and so is its organisation.
pub fn may_act(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(standing(conn, id)?.is_some_and(|s| s.active))
}

pub fn insert_service_account(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ServiceAccountFields,
    now: DateTime<Utc>,
) -> Result<ServiceAccount, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(id.to_string()),
            users::username.eq(&fields.client_id),
            // Service accounts have no password; this hash matches none.
            users::password_hash.eq("!"),
            users::role.eq(Role::Integration.as_str()),
            users::display_name.eq(fields.display_name.as_deref()),
            users::active.eq(true),
            users::version.eq(1_i64),
            users::created_at.eq(stamp),
            users::updated_at.eq(stamp),
            users::organisation_id.eq(fields.organisation_id.to_string()),
            users::kind.eq(SERVICE),
            users::scopes.eq(scope_text(&fields.scopes)),
        ))
        .execute(conn)?;
    get_service_account(conn, id)
}

pub fn get_service_account(
    conn: &mut DbConnection,
    id: Uuid,
) -> Result<ServiceAccount, StoreError> {
    users::table
        .find(id.to_string())
        .filter(users::kind.eq(SERVICE))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_service_account()
}

pub fn list_service_accounts(
    conn: &mut DbConnection,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<ServiceAccount>, StoreError> {
    let mut query = users::table
        .filter(users::kind.eq(SERVICE))
        .select(UserRow::as_select())
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(users::id.gt(after.to_string()));
    }
    query
        .order(users::id.asc())
        .limit(limit)
        .load::<UserRow>(conn)?
        .into_iter()
        .map(UserRow::into_service_account)
        .collect()
}

/// Changes a service account's display name and scopes.
pub fn change_service_account(
    conn: &mut DbConnection,
    id: Uuid,
    expected: Option<i64>,
    display_name: Option<&str>,
    scopes: &[Scope],
    now: DateTime<Utc>,
) -> Result<ServiceAccount, StoreError> {
    bump(conn, id, SERVICE, expected, now)?;
    diesel::update(users::table.find(id.to_string()))
        .set((
            users::display_name.eq(display_name),
            users::scopes.eq(scope_text(scopes)),
        ))
        .execute(conn)?;
    get_service_account(conn, id)
}

/// Stores the hash of a new client secret of a service account.
pub fn add_secret(
    conn: &mut DbConnection,
    account: Uuid,
    id: Uuid,
    secret_hash: &str,
    now: DateTime<Utc>,
) -> Result<ClientSecret, StoreError> {
    get_service_account(conn, account)?;
    diesel::insert_into(client_secrets::table)
        .values((
            client_secrets::id.eq(id.to_string()),
            client_secrets::user_id.eq(account.to_string()),
            client_secrets::secret_hash.eq(secret_hash),
            client_secrets::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(ClientSecret {
        id,
        created_at: now,
        revoked_at: None,
    })
}

/// The secrets of a service account, oldest first.
pub fn secrets(conn: &mut DbConnection, account: Uuid) -> Result<Vec<ClientSecret>, StoreError> {
    client_secrets::table
        .filter(client_secrets::user_id.eq(account.to_string()))
        .order(client_secrets::id.asc())
        .select((
            client_secrets::id,
            client_secrets::created_at,
            client_secrets::revoked_at,
        ))
        .load::<(String, NaiveDateTime, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .map(|(id, created_at, revoked_at)| {
            Ok(ClientSecret {
                id: rows::uuid(&id)?,
                created_at: rows::utc(created_at),
                revoked_at: revoked_at.map(rows::utc),
            })
        })
        .collect()
}

/// Revokes one secret; an already revoked one stays as it was. Returns whether it
/// was revoked now.
pub fn revoke_secret(
    conn: &mut DbConnection,
    account: Uuid,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let found = client_secrets::table
        .find(id.to_string())
        .filter(client_secrets::user_id.eq(account.to_string()))
        .select(client_secrets::revoked_at)
        .first::<Option<NaiveDateTime>>(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    if found.is_none() {
        diesel::update(client_secrets::table.find(id.to_string()))
            .set(client_secrets::revoked_at.eq(now.naive_utc()))
            .execute(conn)?;
    }
    Ok(found.is_none())
}

/// The service account with this client id whose unrevoked secret has this hash,
/// and since when its tokens count, read in one statement.
pub fn find_by_secret(
    conn: &mut DbConnection,
    client_id: &str,
    secret_hash: &str,
) -> Result<Option<SignInRecord<ServiceAccount>>, StoreError> {
    let Some((row, valid_after)) = users::table
        .inner_join(client_secrets::table)
        .filter(users::username.eq(client_id))
        .filter(users::kind.eq(SERVICE))
        .filter(client_secrets::secret_hash.eq(secret_hash))
        .filter(client_secrets::revoked_at.is_null())
        .select((UserRow::as_select(), users::tokens_valid_after))
        .first::<(UserRow, Option<NaiveDateTime>)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(Some(SignInRecord {
        password_hash: row.password_hash.clone(),
        account: row.into_service_account()?,
        tokens_valid_after: valid_after.map(rows::utc),
    }))
}
