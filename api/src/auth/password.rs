//! argon2id password hashes. Hashing is slow on purpose: call it off the request workers.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::sync::LazyLock;

use argon2::Argon2;
use rand::distr::{Alphanumeric, SampleString};

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| format!("password hashing failed: {e}"))
}

/// Whether `password` matches the stored `hash`.
pub fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends the time of one verification, so that an unknown user name answers as slowly
/// as a wrong password.
pub fn verify_nothing(password: &str) {
    static DUMMY: LazyLock<String> = LazyLock::new(|| hash(&random()).unwrap_or_default());
    let _ = verify(password, &DUMMY);
}

/// A random password of 24 letters and digits (about 142 bits).
pub fn random() -> String {
    Alphanumeric.sample_string(&mut rand::rng(), 24)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let hashed = hash("correct horse battery staple").unwrap();
        assert!(hashed.starts_with("$argon2id$"));
        assert!(verify("correct horse battery staple", &hashed));
        assert!(!verify("wrong", &hashed));
        assert!(!verify("x", "not a hash"));
        assert_eq!(random().len(), 24);
        assert_ne!(random(), random());
    }
}
