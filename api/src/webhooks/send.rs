//! One delivery attempt: the event POSTed as JSON, signed, to an address the
//! setting allows, within the timeout, following no redirect.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use hmac::{Hmac, Mac};
use integra_domain::events::Event;
use integra_domain::webhook::{check_url, Destinations};
use sha2::Sha256;

use crate::config::WebhookSettings;

/// The header that carries the signature: `t=<unix seconds>,v1=<hex>`.
pub const SIGNATURE: &str = "x-integra-signature";
/// The header that carries the event's id (for deduplication: delivery is
/// at least once).
pub const EVENT_ID: &str = "x-integra-event-id";
/// The header that carries the event's type.
pub const EVENT_TYPE: &str = "x-integra-event-type";
/// The header that counts the attempts at this event (1, 2, ...).
pub const ATTEMPT: &str = "x-integra-delivery-attempt";

/// The signature of `body` sent at `timestamp` (unix seconds) with `secret`:
/// `t=<timestamp>,v1=<hex of HMAC-SHA256(secret, "<timestamp>.<body>")>`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(mac) => mac,
        // HMAC takes a key of any length.
        Err(_) => return String::new(),
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    )
}

/// How an attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// The receiver's status, when it answered.
    pub status: Option<u16>,
    pub latency_ms: i64,
    /// Why it failed; `None` when the receiver answered 2xx.
    pub error: Option<String>,
}

/// Resolves host names and refuses those that point at an address the
/// setting does not allow (checked at every connection: a name may change
/// what it points at).
struct Guard(Destinations);

impl reqwest::dns::Resolve for Guard {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let destinations = self.0;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some(refused) = found.iter().find(|a| !destinations.admits(a.ip())) {
                // The address stays in the server's log: the delivery log, which
                // the subscriber reads, must not map internal names.
                log::warn!("webhook refused: {host} resolves to {}", refused.ip());
                return Err("the destination is not a public address".into());
            }
            if found.is_empty() {
                return Err(format!("{host} resolves to no address").into());
            }
            let addresses: reqwest::dns::Addrs = Box::new(found.into_iter());
            Ok(addresses)
        })
    }
}

/// Sends events to receivers.
#[derive(Clone)]
pub struct Sender {
    client: reqwest::Client,
    destinations: Destinations,
}

impl Sender {
    pub fn new(settings: WebhookSettings) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .no_proxy()
            .https_only(!settings.destinations.allow_insecure)
            .dns_resolver(Arc::new(Guard(settings.destinations)))
            .user_agent(concat!("integra-webhooks/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("the webhook client: {e}"))?;
        Ok(Self {
            client,
            destinations: settings.destinations,
        })
    }

    /// POSTs `event` to `url`, signed with `secret`, as the `attempt`-th try.
    pub async fn send(&self, url: &str, secret: &str, event: &Event, attempt: i32) -> Sent {
        let started = Instant::now();
        let elapsed =
            |started: Instant| i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        // Checked again: the setting may have changed since the URL was taken.
        if let Err(refused) = check_url("url", url, self.destinations) {
            return Sent {
                status: None,
                latency_ms: 0,
                error: Some(refused.message),
            };
        }
        let body = match serde_json::to_vec(event) {
            Ok(body) => body,
            Err(e) => {
                return Sent {
                    status: None,
                    latency_ms: 0,
                    error: Some(format!("the event could not be written: {e}")),
                }
            }
        };
        let signed = signature(secret, chrono::Utc::now().timestamp(), &body);
        let answer = self
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(SIGNATURE, signed)
            .header(EVENT_ID, event.id.to_string())
            .header(EVENT_TYPE, event.event_type.as_str())
            .header(ATTEMPT, attempt.to_string())
            .body(body)
            .send()
            .await;
        match answer {
            Ok(response) => {
                let status = response.status();
                Sent {
                    status: Some(status.as_u16()),
                    latency_ms: elapsed(started),
                    error: (!status.is_success())
                        .then(|| format!("the receiver answered {}", status.as_u16())),
                }
            }
            Err(error) => Sent {
                status: None,
                latency_ms: elapsed(started),
                error: Some(describe(&error.without_url())),
            },
        }
    }
}

/// An error and its causes on one line (never the URL, which may carry a token).
fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    let line = parts.join(": ");
    line.chars().take(500).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_the_hmac_of_time_dot_body() {
        // Against a value computed independently
        // (python3 -c "import hmac,hashlib;print(hmac.new(b'key',b'1700000000.{}',hashlib.sha256).hexdigest())").
        assert_eq!(
            signature("key", 1_700_000_000, b"{}"),
            "t=1700000000,v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
    }
}
