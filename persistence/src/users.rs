//! Users who sign in.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::access::Role;
use integra_domain::user::User;
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::users;

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
}

impl UserRow {
    fn into_user(self) -> Result<(User, String), StoreError> {
        let user = User {
            id: rows::uuid(&self.id)?,
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
}

/// A new user; the password arrives already hashed.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub display_name: Option<&'a str>,
}

pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    user: &NewUser<'_>,
    now: DateTime<Utc>,
) -> Result<User, StoreError> {
    let taken = users::table
        .filter(users::username.eq(user.username))
        .select(users::id)
        .first::<String>(conn)
        .optional()?;
    if let Some(existing) = taken {
        return Err(StoreError::conflict(
            "duplicate_username",
            "the username is taken",
            Some(existing),
        ));
    }
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
        ))
        .execute(conn)?;
    get(conn, id)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<User, StoreError> {
    users::table
        .find(id.to_string())
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .into_user()
        .map(|(user, _)| user)
}

/// The user and their password hash, for signing in.
pub fn find_for_sign_in(
    conn: &mut DbConnection,
    username: &str,
) -> Result<Option<(User, String)>, StoreError> {
    users::table
        .filter(users::username.eq(username))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .map(UserRow::into_user)
        .transpose()
}

pub fn count(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}
