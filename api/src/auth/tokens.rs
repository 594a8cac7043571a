//! JWT access tokens: HS256 with a shared secret by default, or EdDSA (Ed25519)
//! with a key file for production. Issuer, audience, expiry and not-before are
//! checked; EdDSA tokens carry a key id (`kid`) so that keys can be rotated: the
//! server signs with one key and accepts any of the public keys it is given.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey};
use ed25519_dalek::{SigningKey, VerifyingKey};
use integra_domain::access::{Caller, Role, Scope};
use jsonwebtoken::{
    decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub const ISSUER: &str = "integra";
pub const AUDIENCE: &str = "integra-api";

/// The claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub role: String,
    /// The organisation of the user or service account.
    pub org: Option<String>,
    /// A service account's scopes, space-separated; empty for people.
    pub scope: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub jti: String,
    pub iss: String,
    pub aud: String,
    /// When the credentials the token was issued for were checked, in microseconds
    /// since the epoch (`iat` has whole seconds only): the token counts while this
    /// is not before its account's "tokens valid after" time. Absent (0) in
    /// tokens of older versions, which then count only until the first revocation.
    #[serde(default)]
    pub checked_at_us: i64,
}

/// A verified token: its caller, and when its credentials were checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub caller: Caller,
    /// [`Claims::checked_at_us`].
    pub checked_at_us: i64,
}

/// Issues and checks tokens.
pub struct Tokens {
    algorithm: Algorithm,
    encoding: EncodingKey,
    /// The key id put in the header of issued tokens (EdDSA only).
    kid: Option<String>,
    /// HS256: the one key; EdDSA: the accepted public keys by key id.
    decoding: HashMap<Option<String>, DecodingKey>,
    validation: Validation,
    ttl_seconds: i64,
}

fn validation(algorithm: Algorithm) -> Validation {
    let mut validation = Validation::new(algorithm);
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "nbf", "iat", "iss", "aud", "sub"]);
    validation.validate_nbf = true;
    validation.leeway = 5;
    validation
}

/// The key id of an Ed25519 public key: the start of its SHA-256, in hex.
pub fn key_id(public_key: &VerifyingKey) -> String {
    let digest = Sha256::digest(public_key.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

impl Tokens {
    /// HS256 with a shared secret; tokens live `ttl_seconds`.
    pub fn hs256(secret: &[u8], ttl_seconds: i64) -> Self {
        Self {
            algorithm: Algorithm::HS256,
            encoding: EncodingKey::from_secret(secret),
            kid: None,
            decoding: HashMap::from([(None, DecodingKey::from_secret(secret))]),
            validation: validation(Algorithm::HS256),
            ttl_seconds,
        }
    }

    /// EdDSA, signing with the Ed25519 private key `private_pem` (PKCS#8 PEM) and
    /// accepting tokens of that key and of the public keys `previous_pems` (PEM).
    pub fn eddsa(
        private_pem: &str,
        previous_pems: &[String],
        ttl_seconds: i64,
    ) -> Result<Self, String> {
        let signing = SigningKey::from_pkcs8_pem(private_pem)
            .map_err(|e| format!("the key file is not an Ed25519 private key in PEM: {e}"))?;
        let public = signing.verifying_key();
        let kid = key_id(&public);
        let mut decoding = HashMap::from([(
            Some(kid.clone()),
            DecodingKey::from_ed_der(public.as_bytes()),
        )]);
        for pem in previous_pems {
            let key = VerifyingKey::from_public_key_pem(pem).map_err(|e| {
                format!("a verification key is not an Ed25519 public key in PEM: {e}")
            })?;
            decoding.insert(Some(key_id(&key)), DecodingKey::from_ed_der(key.as_bytes()));
        }
        let encoding = EncodingKey::from_ed_pem(private_pem.as_bytes())
            .map_err(|e| format!("the key file cannot sign: {e}"))?;
        Ok(Self {
            algorithm: Algorithm::EdDSA,
            encoding,
            kid: Some(kid),
            decoding,
            validation: validation(Algorithm::EdDSA),
            ttl_seconds,
        })
    }

    pub fn ttl_seconds(&self) -> i64 {
        self.ttl_seconds
    }

    /// The key id of issued tokens (EdDSA only).
    pub fn key_id(&self) -> Option<&str> {
        self.kid.as_deref()
    }

    /// A token for `principal`, valid from `now` for the configured time, for
    /// credentials checked `now`.
    pub fn issue(&self, principal: &Caller, now: DateTime<Utc>) -> Result<String, String> {
        self.issue_checked(principal, now, now)
    }

    /// A token for `principal`, valid from `now` for the configured time, for
    /// credentials checked at `checked_at`.
    pub fn issue_checked(
        &self,
        principal: &Caller,
        now: DateTime<Utc>,
        checked_at: DateTime<Utc>,
    ) -> Result<String, String> {
        let iat = now.timestamp();
        let claims = Claims {
            sub: principal.id.to_string(),
            role: principal.role.as_str().to_owned(),
            org: principal.organisation_id.map(|o| o.to_string()),
            scope: principal
                .scopes
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            iat,
            nbf: iat,
            exp: iat + self.ttl_seconds,
            jti: Uuid::now_v7().to_string(),
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            checked_at_us: checked_at.timestamp_micros(),
        };
        self.sign(&claims)
    }

    /// Signs arbitrary claims (the tests forge expired and not-yet-valid tokens with it).
    pub fn sign(&self, claims: &Claims) -> Result<String, String> {
        let mut header = Header::new(self.algorithm);
        header.kid.clone_from(&self.kid);
        encode(&header, claims, &self.encoding).map_err(|e| format!("token signing failed: {e}"))
    }

    /// The caller named by a valid token; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<Caller> {
        self.verify_checked(token).map(|verified| verified.caller)
    }

    /// The caller named by a valid token and when its credentials were checked;
    /// `None` for anything else.
    pub fn verify_checked(&self, token: &str) -> Option<Verified> {
        let header = decode_header(token).ok()?;
        if header.alg != self.algorithm {
            return None;
        }
        let key = self.decoding.get(&header.kid)?;
        let claims = decode::<Claims>(token, key, &self.validation).ok()?.claims;
        let id = Uuid::parse_str(&claims.sub).ok()?;
        let role = Role::parse("role", &claims.role).ok()?;
        let organisation_id = match &claims.org {
            Some(org) => Some(Uuid::parse_str(org).ok()?),
            None => None,
        };
        let scopes = claims
            .scope
            .split_whitespace()
            .map(|s| Scope::parse("scope", s).ok())
            .collect::<Option<Vec<_>>>()?;
        Some(Verified {
            caller: Caller {
                id,
                role,
                organisation_id,
                scopes,
            },
            checked_at_us: claims.checked_at_us,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::pkcs8::{spki::der::pem::LineEnding, EncodePrivateKey, EncodePublicKey};

    fn principal() -> Caller {
        Caller {
            id: Uuid::now_v7(),
            role: Role::Integration,
            organisation_id: Some(Uuid::now_v7()),
            scopes: vec![Scope::PersonsRead, Scope::EventsRead],
        }
    }

    fn ed_key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn private_pem(key: &SigningKey) -> String {
        key.to_pkcs8_pem(LineEnding::LF).unwrap().to_string()
    }

    fn public_pem(key: &SigningKey) -> String {
        key.verifying_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap()
    }

    #[test]
    fn issued_tokens_verify() {
        let tokens = Tokens::hs256(b"0123456789abcdef0123456789abcdef", 900);
        let principal = principal();
        let token = tokens.issue(&principal, Utc::now()).unwrap();
        assert_eq!(tokens.verify(&token).unwrap(), principal);
    }

    #[test]
    fn tokens_carry_when_their_credentials_were_checked() {
        let tokens = Tokens::hs256(b"0123456789abcdef0123456789abcdef", 900);
        let principal = principal();
        let now = Utc::now();
        let checked = now + chrono::Duration::microseconds(1_234_567);
        let token = tokens.issue_checked(&principal, now, checked).unwrap();
        let verified = tokens.verify_checked(&token).unwrap();
        assert_eq!(verified.caller, principal);
        // Microseconds, unlike iat.
        assert_eq!(verified.checked_at_us, checked.timestamp_micros());
    }

    #[test]
    fn bad_tokens_do_not_verify() {
        let tokens = Tokens::hs256(b"0123456789abcdef0123456789abcdef", 900);
        let other = Tokens::hs256(b"another secret, another secret!!", 900);
        let principal = principal();
        assert!(tokens
            .verify(&other.issue(&principal, Utc::now()).unwrap())
            .is_none());
        let expired = tokens
            .issue(&principal, Utc::now() - chrono::Duration::hours(1))
            .unwrap();
        assert!(tokens.verify(&expired).is_none());
        let future = tokens
            .issue(&principal, Utc::now() + chrono::Duration::hours(1))
            .unwrap();
        assert!(tokens.verify(&future).is_none());
        assert!(tokens.verify("not.a.token").is_none());
        // alg: none
        let token = tokens.issue(&principal, Utc::now()).unwrap();
        let payload = token.split('.').nth(1).unwrap();
        let none = format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{payload}.");
        assert!(tokens.verify(&none).is_none());
    }

    #[test]
    fn eddsa_keys_rotate() {
        let (old, new) = (ed_key(1), ed_key(2));
        let old_tokens = Tokens::eddsa(&private_pem(&old), &[], 900).unwrap();
        // The new key signs; the old one's tokens stay valid until they expire.
        let new_tokens = Tokens::eddsa(&private_pem(&new), &[public_pem(&old)], 900).unwrap();
        let principal = principal();
        let old_token = old_tokens.issue(&principal, Utc::now()).unwrap();
        let new_token = new_tokens.issue(&principal, Utc::now()).unwrap();
        assert_eq!(new_tokens.verify(&old_token).unwrap(), principal);
        assert_eq!(new_tokens.verify(&new_token).unwrap(), principal);
        assert!(old_tokens.verify(&new_token).is_none());
        assert_ne!(old_tokens.key_id(), new_tokens.key_id());
        let header = decode_header(&new_token).unwrap();
        assert_eq!(header.kid.as_deref(), new_tokens.key_id());
    }

    #[test]
    fn algorithm_confusion_is_refused() {
        let key = ed_key(3);
        let tokens = Tokens::eddsa(&private_pem(&key), &[], 900).unwrap();
        let principal = principal();
        // HS256 signed with the public key as the secret, with the right key id.
        let forger = Tokens {
            kid: tokens.kid.clone(),
            ..Tokens::hs256(public_pem(&key).as_bytes(), 900)
        };
        let forged = forger.issue(&principal, Utc::now()).unwrap();
        assert!(tokens.verify(&forged).is_none());
        // And the other way: an HS256 server refuses EdDSA tokens.
        let hs = Tokens::hs256(b"0123456789abcdef0123456789abcdef", 900);
        assert!(hs
            .verify(&tokens.issue(&principal, Utc::now()).unwrap())
            .is_none());
        // A token with an unknown key id.
        let stranger = Tokens::eddsa(&private_pem(&ed_key(4)), &[], 900).unwrap();
        assert!(tokens
            .verify(&stranger.issue(&principal, Utc::now()).unwrap())
            .is_none());
    }
}
