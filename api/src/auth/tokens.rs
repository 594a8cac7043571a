//! JWT access tokens (HS256), with issuer, audience, expiry and not-before checked.

use chrono::{DateTime, Utc};
use integra_domain::access::Role;
use integra_domain::user::User;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const ISSUER: &str = "integra";
pub const AUDIENCE: &str = "integra-api";

/// The claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub role: String,
    pub org: Option<String>,
    pub scope: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub jti: String,
    pub iss: String,
    pub aud: String,
}

/// Issues and checks tokens with one key.
pub struct Tokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl_seconds: i64,
}

impl Tokens {
    /// HS256 with a shared secret; tokens live `ttl_seconds`.
    pub fn hs256(secret: &[u8], ttl_seconds: i64) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iat", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl_seconds,
        }
    }

    pub fn ttl_seconds(&self) -> i64 {
        self.ttl_seconds
    }

    /// A token for `user`, valid from `now` for the configured time.
    pub fn issue(&self, user: &User, now: DateTime<Utc>) -> Result<String, String> {
        let iat = now.timestamp();
        let claims = Claims {
            sub: user.id.to_string(),
            role: user.role.as_str().to_owned(),
            org: None,
            scope: String::new(),
            iat,
            nbf: iat,
            exp: iat + self.ttl_seconds,
            jti: Uuid::now_v7().to_string(),
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
        };
        self.sign(&claims)
    }

    /// Signs arbitrary claims (the tests forge expired and not-yet-valid tokens with it).
    pub fn sign(&self, claims: &Claims) -> Result<String, String> {
        encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
            .map_err(|e| format!("token signing failed: {e}"))
    }

    /// The claims of a valid token; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<(Uuid, Role, Claims)> {
        let claims = decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()?
            .claims;
        let id = Uuid::parse_str(&claims.sub).ok()?;
        let role = Role::parse("role", &claims.role).ok()?;
        Some((id, role, claims))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user() -> User {
        User {
            id: Uuid::now_v7(),
            username: "nino".into(),
            role: Role::CaseWorker,
            display_name: None,
            active: true,
            version: 1,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    #[test]
    fn issued_tokens_verify() {
        let tokens = Tokens::hs256(b"0123456789abcdef0123456789abcdef", 900);
        let user = user();
        let token = tokens.issue(&user, Utc::now()).unwrap();
        let (id, role, claims) = tokens.verify(&token).unwrap();
        assert_eq!((id, role), (user.id, Role::CaseWorker));
        assert_eq!(claims.exp - claims.iat, 900);
    }

    #[test]
    fn bad_tokens_do_not_verify() {
        let tokens = Tokens::hs256(b"0123456789abcdef0123456789abcdef", 900);
        let other = Tokens::hs256(b"another secret, another secret!!", 900);
        let user = user();
        assert!(tokens
            .verify(&other.issue(&user, Utc::now()).unwrap())
            .is_none());
        let expired = tokens
            .issue(&user, Utc::now() - chrono::Duration::hours(1))
            .unwrap();
        assert!(tokens.verify(&expired).is_none());
        let future = tokens
            .issue(&user, Utc::now() + chrono::Duration::hours(1))
            .unwrap();
        assert!(tokens.verify(&future).is_none());
        assert!(tokens.verify("not.a.token").is_none());
        // alg: none
        let token = tokens.issue(&user, Utc::now()).unwrap();
        let payload = token.split('.').nth(1).unwrap();
        let none = format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{payload}.");
        assert!(tokens.verify(&none).is_none());
    }
}
