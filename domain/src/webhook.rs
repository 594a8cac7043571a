//! Webhook subscriptions: another system's URL that integra POSTs the change
//! feed's events to, signed with a secret shown once, retried with
//! exponential backoff and disabled after a day of failures.
//!
//! What a subscription may name is decided here: an `https` URL (`http` only
//! when the server's setting allows it), never a loopback, private,
//! link-local or otherwise non-public address unless the same setting
//! allows it; event types as the feed names them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::string_enum;
use crate::validation::{text, FieldError, ValidationErrors};

/// The longest URL a subscription takes.
pub const URL_MAX_CHARS: usize = 2000;
/// The most event types one subscription may name.
pub const TYPES_MAX: usize = 50;
/// The longest backoff between two attempts.
pub const BACKOFF_MAX: Duration = Duration::from_secs(3600);

string_enum! {
    /// Whether a subscription is delivered to.
    WebhookStatus {
        /// Events are delivered.
        Active => "active",
        /// Nothing is delivered until it is enabled again by hand.
        Disabled => "disabled",
    }
}

string_enum! {
    /// How one delivery attempt ended.
    DeliveryOutcome {
        /// The receiver answered 2xx.
        Delivered => "delivered",
        /// Any other answer, or none.
        Failed => "failed",
    }
}

/// Where deliveries may go: the server's setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destinations {
    /// Allow `http` URLs and loopback or private addresses (tests, local use).
    pub allow_insecure: bool,
}

impl Destinations {
    /// Whether deliveries may go to `ip`.
    pub fn admits(self, ip: IpAddr) -> bool {
        self.allow_insecure || is_public(ip)
    }
}

/// Whether `ip` is a public unicast address: not loopback, private,
/// link-local (cloud metadata), shared (carrier-grade NAT), unspecified,
/// broadcast, multicast, documentation or unique-local.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        // IPv4-mapped and -compatible addresses, and the NAT64 prefix
        // 64:ff9b::/96, reach the IPv4 address they carry.
        IpAddr::V6(v6) => match (v6.to_ipv4(), v6.segments()) {
            (Some(v4), _) => is_public_v4(v4),
            (None, [0x64, 0xff9b, 0, 0, 0, 0, high, low]) => {
                let [a, b] = high.to_be_bytes();
                let [c, d] = low.to_be_bytes();
                is_public_v4(Ipv4Addr::new(a, b, c, d))
            }
            (None, _) => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    let shared = a == 100 && (64..128).contains(&b);
    let reserved = a >= 240 || a == 0;
    // 192.0.0.0/24 (protocol assignments), 198.18.0.0/15 (benchmarking).
    let special = (a == 192 && b == 0 && c == 0) || (a == 198 && (b == 18 || b == 19));
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || shared
        || reserved
        || special)
}

/// Global unicast (2000::/3) only, without documentation (2001:db8::/32),
/// Teredo (2001::/32, an IPv4 address inside) and 6to4 (2002::/16) unless
/// the IPv4 address it carries is public.
fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    let global = s[0] & 0xe000 == 0x2000;
    let documentation = s[0] == 0x2001 && s[1] == 0x0db8;
    let teredo = s[0] == 0x2001 && s[1] == 0;
    if s[0] == 0x2002 {
        let [a, b] = s[1].to_be_bytes();
        let [c, d] = s[2].to_be_bytes();
        return is_public_v4(Ipv4Addr::new(a, b, c, d));
    }
    global && !documentation && !teredo
}

/// Checks a subscription's URL: absolute, `https` (or `http` when allowed),
/// with a host, without credentials or fragment, and not an address
/// deliveries may not go to. Host names are checked when delivering (names
/// may change what they point at).
pub fn check_url(
    field: &str,
    value: &str,
    destinations: Destinations,
) -> Result<url::Url, FieldError> {
    let value = text(field, value, URL_MAX_CHARS)?;
    let invalid = |message: String| FieldError::new(field, "invalid_url", message);
    let url = url::Url::parse(&value)
        .map_err(|e| invalid(format!("{field} is not an absolute URL: {e}")))?;
    match url.scheme() {
        "https" => {}
        "http" if destinations.allow_insecure => {}
        "http" => {
            return Err(FieldError::new(
                field,
                "insecure_url",
                format!("{field} must be an https URL"),
            ))
        }
        other => {
            return Err(invalid(format!(
                "{field} must be an https URL, not {other}"
            )))
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(format!(
            "{field} must not carry credentials: check the signature instead"
        )));
    }
    if url.fragment().is_some() {
        return Err(invalid(format!("{field} must not have a fragment (#...)")));
    }
    let literal = match url.host() {
        None => return Err(invalid(format!("{field} must name a host"))),
        Some(url::Host::Domain(_)) => None,
        Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
    };
    if let Some(ip) = literal.filter(|ip| !destinations.admits(*ip)) {
        return Err(FieldError::new(
            field,
            "private_address",
            format!("{field} names {ip}, which is not a public address"),
        ));
    }
    Ok(url)
}

/// Checks a list of event types: feed names (`case.status_changed`), each
/// once, at most [`TYPES_MAX`]; an empty list stands for every event.
pub fn event_types(field: &str, values: &[String], errors: &mut ValidationErrors) -> Vec<String> {
    if values.len() > TYPES_MAX {
        errors.add(
            field,
            "too_many",
            format!("at most {TYPES_MAX} event types"),
        );
        return Vec::new();
    }
    let mut types: Vec<String> = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let name = format!("{field}[{i}]");
        let shaped = value.len() <= 100
            && value.split('.').count() >= 2
            && value.split('.').all(|part| {
                !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            });
        if !shaped {
            errors.add(
                name,
                "invalid_event_type",
                format!("{value:?} is not an event type such as case.status_changed"),
            );
        } else if types.contains(value) {
            errors.add(name, "duplicate", format!("{value} is listed twice"));
        } else {
            types.push(value.clone());
        }
    }
    types
}

/// Whether an event of `event_type` goes to a subscription of `types`.
pub fn follows(types: &[String], event_type: &str) -> bool {
    types.is_empty() || types.iter().any(|t| t == event_type)
}

/// How long to wait after the `attempts`-th failure in a row: `base` doubled
/// at each further failure, at most [`BACKOFF_MAX`].
pub fn backoff(attempts: u32, base: Duration) -> Duration {
    let doublings = attempts.saturating_sub(1).min(20);
    base.saturating_mul(1 << doublings)
        .min(BACKOFF_MAX.max(base))
}

/// A new subscription (`POST /webhooks`).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"url": "https://registry.example.gov.ge/integra/events",
    "event_types": ["case.opened", "case.status_changed"], "description": "Public service registry"}))]
pub struct WebhookInput {
    /// Where events are POSTed: an https URL.
    #[schema(min_length = 1, max_length = 2000, format = "uri")]
    pub url: String,
    /// The event types delivered (`case.status_changed`, ...); every event
    /// when empty or absent.
    #[serde(default)]
    #[schema(max_items = 50)]
    pub event_types: Vec<String>,
    #[schema(min_length = 1, max_length = 200)]
    pub description: Option<String>,
    /// Deliver the events after this feed cursor; from the next event when
    /// absent.
    #[schema(pattern = "^[A-Za-z0-9_-]{11}$", example = "AAAAAAAAACo")]
    pub after: Option<String>,
}

/// What a merge patch of a subscription may change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"event_types": ["case.opened"]}))]
pub struct WebhookChange {
    #[schema(min_length = 1, max_length = 2000, format = "uri")]
    pub url: String,
    #[schema(max_items = 50)]
    pub event_types: Vec<String>,
    #[schema(min_length = 1, max_length = 200)]
    pub description: Option<String>,
}

/// A subscription's checked fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookFields {
    pub url: String,
    pub event_types: Vec<String>,
    pub description: Option<String>,
}

fn fields(
    url: &str,
    types: &[String],
    description: Option<&str>,
    destinations: Destinations,
) -> Result<WebhookFields, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let url = errors.check(check_url("url", url, destinations));
    let event_types = event_types("event_types", types, &mut errors);
    let description = description.and_then(|d| errors.check(text("description", d, 200)));
    match url {
        Some(url) => errors.finish(|| WebhookFields {
            url: url.to_string(),
            event_types,
            description,
        }),
        None => Err(errors),
    }
}

impl WebhookInput {
    pub fn validate(&self, destinations: Destinations) -> Result<WebhookFields, ValidationErrors> {
        fields(
            &self.url,
            &self.event_types,
            self.description.as_deref(),
            destinations,
        )
    }
}

impl WebhookChange {
    pub fn of(webhook: &Webhook) -> Self {
        Self {
            url: webhook.url.clone(),
            event_types: webhook.event_types.clone(),
            description: webhook.description.clone(),
        }
    }

    pub fn validate(&self, destinations: Destinations) -> Result<WebhookFields, ValidationErrors> {
        fields(
            &self.url,
            &self.event_types,
            self.description.as_deref(),
            destinations,
        )
    }
}

/// A subscription (its secret is shown only when it is created).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60",
    "url": "https://registry.example.gov.ge/integra/events",
    "event_types": ["case.opened", "case.status_changed"], "description": "Public service registry",
    "status": "active", "cursor": "AAAAAAAAACo", "failing_since": null,
    "next_attempt_at": "2026-03-02T10:15:00Z", "disabled_at": null, "disabled_reason": null,
    "owner_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02", "version": 1,
    "created_at": "2026-03-02T10:15:00Z", "updated_at": "2026-03-02T10:15:00Z"}))]
pub struct Webhook {
    pub id: Uuid,
    pub url: String,
    /// Delivered event types; every event when empty.
    pub event_types: Vec<String>,
    pub description: Option<String>,
    pub status: WebhookStatus,
    /// The feed cursor of the last event delivered (or passed over as not
    /// followed): delivery goes on after it.
    pub cursor: String,
    /// When the current run of failed attempts began; `null` when the last
    /// attempt succeeded.
    pub failing_since: Option<DateTime<Utc>>,
    /// When the next attempt is due (after a failure: the backoff).
    pub next_attempt_at: DateTime<Utc>,
    pub disabled_at: Option<DateTime<Utc>>,
    /// Why it was disabled: `failing` (a day of failures) or `owner_cannot_read_events`.
    pub disabled_reason: Option<String>,
    /// Who subscribed (an administrator or a service account).
    pub owner_id: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f61",
    "event_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0", "event_type": "case.opened",
    "event_cursor": "AAAAAAAAACo", "attempt": 1, "attempted_at": "2026-03-02T10:15:01Z",
    "outcome": "failed", "status_code": 503, "latency_ms": 42, "error": "the receiver answered 503"}))]
pub struct Delivery {
    pub id: Uuid,
    pub event_id: Uuid,
    pub event_type: String,
    /// The event's feed cursor.
    pub event_cursor: String,
    /// 1 for the first attempt at this event, then 2, 3, ...
    pub attempt: i32,
    pub attempted_at: DateTime<Utc>,
    pub outcome: DeliveryOutcome,
    /// The receiver's HTTP status; `null` when it gave none.
    pub status_code: Option<i32>,
    pub latency_ms: i64,
    /// What went wrong; `null` when delivered.
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRICT: Destinations = Destinations {
        allow_insecure: false,
    };

    #[test]
    fn only_public_https_urls_pass_the_strict_setting() {
        assert!(check_url("url", "https://registry.example.ge/hook", STRICT).is_ok());
        assert!(check_url("url", "https://8.8.8.8/hook", STRICT).is_ok());
        assert!(check_url("url", "https://[2a00:1450:4001::200e]/hook", STRICT).is_ok());
        assert!(check_url("url", "https://[64:ff9b::808:808]/hook", STRICT).is_ok());
        assert!(check_url("url", "https://[2002:808:808::1]/hook", STRICT).is_ok());
        let code = |u: &str| check_url("url", u, STRICT).map_err(|e| e.code).err();
        assert_eq!(
            code("http://registry.example.ge/"),
            Some("insecure_url".into())
        );
        for private in [
            "https://127.0.0.1/",
            "https://10.1.2.3/",
            "https://172.16.0.1/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[::1]/",
            "https://[fd00::1]/",
            "https://[fe80::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[::10.0.0.1]/",
            "https://[64:ff9b::a00:1]/",
            "https://[64:ff9b:1::1]/",
            "https://[2002:a00:1::1]/",
            "https://[2001:0:4136:e378::1]/",
            "https://[fec0::1]/",
            "https://[100::1]/",
            "https://198.18.0.1/",
            "https://192.0.0.8/",
        ] {
            assert_eq!(code(private), Some("private_address".into()), "{private}");
        }
        assert_eq!(code("ftp://example.ge/"), Some("invalid_url".into()));
        assert_eq!(
            code("https://user:pw@example.ge/"),
            Some("invalid_url".into())
        );
        assert_eq!(code("not a url"), Some("invalid_url".into()));
        assert_eq!(code(""), Some("required".into()));
    }

    #[test]
    fn the_insecure_setting_allows_http_and_local_addresses() {
        let loose = Destinations {
            allow_insecure: true,
        };
        assert!(check_url("url", "http://127.0.0.1:8080/hook", loose).is_ok());
        assert!(loose.admits("10.0.0.1".parse().expect("ip")));
        assert!(!STRICT.admits("10.0.0.1".parse().expect("ip")));
    }

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        let base = Duration::from_secs(10);
        assert_eq!(backoff(1, base), Duration::from_secs(10));
        assert_eq!(backoff(2, base), Duration::from_secs(20));
        assert_eq!(backoff(4, base), Duration::from_secs(80));
        assert_eq!(backoff(30, base), BACKOFF_MAX);
    }

    #[test]
    fn event_types_are_feed_names_each_once() {
        let mut errors = ValidationErrors::new();
        let types = event_types(
            "event_types",
            &["case.opened".into(), "case.opened".into(), "Case".into()],
            &mut errors,
        );
        assert_eq!(types, vec!["case.opened".to_owned()]);
        let codes: Vec<_> = errors.0.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["duplicate", "invalid_event_type"]);
        assert!(follows(&[], "anything.at_all"));
        assert!(!follows(&types, "case.status_changed"));
    }
}
