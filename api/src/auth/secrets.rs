//! Client secrets of service accounts: 256 random bits, stored as SHA-256.
//!
//! A secret has the entropy of a key, not of a password, so a fast hash is
//! enough and sign-in needs no argon2 work: the hash is looked up directly.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// What every secret starts with, so that leaked ones are easy to spot.
pub const PREFIX: &str = "isk_";

/// A new random secret.
pub fn generate() -> String {
    random(PREFIX)
}

/// 256 random bits after `prefix` (base64url).
pub fn random(prefix: &str) -> String {
    let mut bytes = [0_u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The stored form of a secret.
pub fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_and_hashed() {
        let (a, b) = (generate(), generate());
        assert_ne!(a, b);
        assert!(a.starts_with(PREFIX) && a.len() == PREFIX.len() + 43);
        assert_eq!(hash(&a), hash(&a));
        assert_ne!(hash(&a), hash(&b));
        assert_eq!(hash(&a).len(), 64);
    }
}
