//! Prometheus metrics: requests by route pattern and status, their latency, and the
//! database pool. Routes are named by pattern (`/api/v1/persons/{id}`), never by
//! concrete path, so no personal data and no unbounded label values.
//!
//! Every label takes a bounded set of values, whatever clients send: the method is
//! one of the standard ones or `other`, the route is a pattern of the API or
//! [`UNMATCHED`], and the status is a number the server answered with.

use actix_web::http::Method;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

/// The route label of a request no route took (whatever its path).
pub const UNMATCHED: &str = "(unmatched)";

/// The method label: a standard method as itself, any other as `other` (a client
/// may send any token as its method).
pub fn method_label(method: &Method) -> &'static str {
    const STANDARD: [Method; 9] = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
        Method::CONNECT,
    ];
    STANDARD
        .iter()
        .find(|m| *m == method)
        .map_or("other", Method::as_str)
}

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool_connections: IntGauge,
    pool_idle: IntGauge,
}

impl Metrics {
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("integra".to_owned()), None)?;
        let requests = IntCounterVec::new(
            Opts::new(
                "http_requests_total",
                "HTTP requests answered, by method, route and status",
            ),
            &["method", "route", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time to answer, by method and route",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
            &["method", "route"],
        )?;
        let pool_connections = IntGauge::new(
            "db_pool_connections",
            "Open database connections of the read pool",
        )?;
        let pool_idle = IntGauge::new(
            "db_pool_idle_connections",
            "Idle database connections of the read pool",
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        registry.register(Box::new(pool_connections.clone()))?;
        registry.register(Box::new(pool_idle.clone()))?;
        Ok(Self {
            registry,
            requests,
            latency,
            pool_connections,
            pool_idle,
        })
    }

    /// Counts one answered request; `method` is a [`method_label`], `route` a
    /// route pattern or [`UNMATCHED`].
    pub fn observe(&self, method: &'static str, route: &str, status: u16, seconds: f64) {
        self.requests
            .with_label_values(&[method, route, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[method, route])
            .observe(seconds);
    }

    /// The text exposition format, with the pool's current use.
    pub fn render(&self, (connections, idle): (u32, u32)) -> String {
        self.pool_connections.set(i64::from(connections));
        self.pool_idle.set(i64::from(idle));
        let mut buffer = Vec::new();
        if let Err(error) = TextEncoder::new().encode(&self.registry.gather(), &mut buffer) {
            log::warn!("metrics could not be encoded: {error}");
        }
        String::from_utf8_lossy(&buffer).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_what_was_observed() {
        let metrics = Metrics::new().unwrap();
        metrics.observe("GET", "/api/v1/persons/{id}", 200, 0.003);
        let text = metrics.render((3, 1));
        assert!(text.contains(
            "integra_http_requests_total{method=\"GET\",route=\"/api/v1/persons/{id}\",status=\"200\"} 1"
        ));
        assert!(text.contains("integra_db_pool_connections 3"));
        assert!(text.contains("integra_http_request_duration_seconds_bucket"));
    }

    #[test]
    fn unknown_methods_are_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::DELETE), "DELETE");
        for made_up in ["FOO1", "get", "PROPFIND", "X"] {
            let method = Method::from_bytes(made_up.as_bytes()).unwrap();
            assert_eq!(method_label(&method), "other", "{made_up}");
        }
    }
}
