//! Sign-in: password hashing, JWT bearer tokens and the authenticated principal.

pub mod password;
pub mod principal;
pub mod secrets;
pub mod tokens;

pub use principal::Principal;
pub use tokens::Tokens;
