//! The first admin of an empty database.

use integra_domain::access::Role;
use integra_persistence::users::{self, NewUser};
use integra_persistence::{Db, StoreError};
use uuid::Uuid;

use crate::auth::password;

pub const ADMIN_USERNAME: &str = "admin";

/// The outcome of [`ensure_admin`].
#[derive(Debug, PartialEq, Eq)]
pub enum Bootstrap {
    /// Users exist already.
    NotNeeded,
    /// The admin was created with the configured password.
    Created,
    /// The admin was created with this random password, to be shown once.
    CreatedWithPassword(String),
}

/// Creates `admin` when no user exists.
pub fn ensure_admin(db: &Db, configured: Option<&str>) -> Result<Bootstrap, String> {
    let count = db.read(users::count).map_err(|e| e.to_string())?;
    if count > 0 {
        return Ok(Bootstrap::NotNeeded);
    }
    let (secret, outcome) = match configured {
        Some(p) => (p.to_owned(), Bootstrap::Created),
        None => {
            let p = password::random();
            (p.clone(), Bootstrap::CreatedWithPassword(p))
        }
    };
    integra_domain::user::password("INTEGRA_BOOTSTRAP_ADMIN_PASSWORD", &secret)
        .map_err(|e| e.message)?;
    let hash = password::hash(&secret)?;
    let user = NewUser {
        username: ADMIN_USERNAME,
        password_hash: &hash,
        role: Role::Admin,
        organisation_id: integra_domain::organisation::MINISTRY_ID,
        display_name: Some("Administrator"),
    };
    let now = chrono::Utc::now();
    match db.write(|c| users::insert(c, Uuid::now_v7(), &user, now)) {
        Ok(_) => Ok(outcome),
        // Another node bootstrapped at the same moment.
        Err(StoreError::Duplicate) => Ok(Bootstrap::NotNeeded),
        Err(e) => Err(e.to_string()),
    }
}

/// Shows the outcome on the terminal (never in the log).
pub fn announce(outcome: &Bootstrap) {
    match outcome {
        Bootstrap::NotNeeded => {}
        Bootstrap::Created => println!(
            "integra: created the first user '{ADMIN_USERNAME}' (role admin) with the password from INTEGRA_BOOTSTRAP_ADMIN_PASSWORD"
        ),
        Bootstrap::CreatedWithPassword(p) => println!(
            "\n================================================================\n integra: created the first user (role admin)\n   username: {ADMIN_USERNAME}\n   password: {p}\n This password is shown only once. Keep it safe.\n================================================================\n"
        ),
    }
}
