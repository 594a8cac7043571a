//! Prometheus metrics: requests by route pattern and status, their latency, the
//! database pools (use, waits, timeouts), the audit writer's batches (sizes and
//! commit time), bulk import jobs and their rows, and webhook deliveries. Routes are named by pattern (`/api/v1/persons/{id}`), never by
//! concrete path, so no personal data and no unbounded label values.
//!
//! Every label takes a bounded set of values, whatever clients send: the method is
//! one of the standard ones or `other`, the route is a pattern of the API or
//! [`UNMATCHED`], and the status is a number the server answered with.

use std::sync::Arc;
use std::time::Duration;

use actix_web::http::Method;
use integra_domain::import::{Counts, ImportKind, ImportMode};
use integra_persistence::telemetry::{AuditBatch, Measured, PoolName, Telemetry};
use prometheus::process_collector::ProcessCollector;
use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts,
    Registry, TextEncoder,
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

/// Every series of the server: requests, the database pools, the audit writer,
/// imports and webhook deliveries. Cheap to clone (the series are shared).
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool_connections: IntGauge,
    pool_idle: IntGauge,
    pool_wait: HistogramVec,
    pool_timeouts: IntCounterVec,
    audit_requests: Histogram,
    audit_entries: Histogram,
    audit_duration: Histogram,
    audit_failures: IntCounter,
    import_jobs: IntCounterVec,
    import_rows: IntCounterVec,
    imports_running: IntGauge,
    webhook_deliveries: IntCounterVec,
    webhook_latency: Histogram,
    webhooks_disabled: IntCounter,
}

/// The outcomes of an imported row, as the import report counts them.
const ROW_OUTCOMES: [&str; 4] = ["created", "updated", "unchanged", "failed"];

/// Buckets of durations, from 100 µs to 5 s.
const SECONDS: [f64; 14] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];
/// Buckets of batch sizes, up to the audit writer's largest batch.
const SIZES: [f64; 11] = [
    1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1000.0,
];

fn histogram(
    registry: &Registry,
    name: &str,
    help: &str,
    buckets: &[f64],
) -> Result<Histogram, prometheus::Error> {
    let histogram = Histogram::with_opts(HistogramOpts::new(name, help).buckets(buckets.to_vec()))?;
    registry.register(Box::new(histogram.clone()))?;
    Ok(histogram)
}

fn counters(
    registry: &Registry,
    name: &str,
    help: &str,
    labels: &[&str],
) -> Result<IntCounterVec, prometheus::Error> {
    let counters = IntCounterVec::new(Opts::new(name, help), labels)?;
    registry.register(Box::new(counters.clone()))?;
    Ok(counters)
}

fn counter(registry: &Registry, name: &str, help: &str) -> Result<IntCounter, prometheus::Error> {
    let counter = IntCounter::new(name, help)?;
    registry.register(Box::new(counter.clone()))?;
    Ok(counter)
}

fn gauge(registry: &Registry, name: &str, help: &str) -> Result<IntGauge, prometheus::Error> {
    let gauge = IntGauge::new(name, help)?;
    registry.register(Box::new(gauge.clone()))?;
    Ok(gauge)
}

impl Metrics {
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("integra".to_owned()), None)?;
        // The process's memory, CPU time and open files (`integra_process_*`).
        registry.register(Box::new(ProcessCollector::for_self()))?;
        let r = &registry;
        let requests = counters(
            r,
            "http_requests_total",
            "HTTP requests answered, by method, route and status",
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
        registry.register(Box::new(latency.clone()))?;
        let pool_wait = HistogramVec::new(
            HistogramOpts::new(
                "db_pool_wait_seconds",
                "Time a request waited for a database connection, by pool (read; write: SQLite's one writer)",
            )
            .buckets(SECONDS.to_vec()),
            &["pool"],
        )?;
        registry.register(Box::new(pool_wait.clone()))?;
        let pool_timeouts = counters(
            r,
            "db_pool_timeouts_total",
            "Requests that gave up waiting for a database connection, by pool",
            &["pool"],
        )?;
        let import_jobs = counters(
            r,
            "import_jobs_total",
            "Bulk import jobs ended on this node, by kind, mode and status",
            &["kind", "mode", "status"],
        )?;
        let import_rows = counters(
            r,
            "import_rows_total",
            "Rows of the bulk imports ended on this node, by kind and outcome",
            &["kind", "outcome"],
        )?;
        let webhook_deliveries = counters(
            r,
            "webhook_deliveries_total",
            "Webhook delivery attempts, by outcome (delivered: the receiver answered 2xx)",
            &["outcome"],
        )?;
        // Every series of a bounded label set exists from the start, at zero, so
        // that dashboards and alerts see them before the first event.
        for pool in [PoolName::Read, PoolName::Write] {
            pool_wait.with_label_values(&[pool.as_str()]);
            pool_timeouts.with_label_values(&[pool.as_str()]);
        }
        for kind in ImportKind::ALL {
            for mode in ImportMode::ALL {
                for status in ["succeeded", "failed"] {
                    import_jobs.with_label_values(&[kind.as_str(), mode.as_str(), status]);
                }
            }
            for outcome in ROW_OUTCOMES {
                import_rows.with_label_values(&[kind.as_str(), outcome]);
            }
        }
        for outcome in ["delivered", "failed"] {
            webhook_deliveries.with_label_values(&[outcome]);
        }
        Ok(Self {
            requests,
            latency,
            pool_connections: gauge(r, "db_pool_connections", "Open database connections of the read pool")?,
            pool_idle: gauge(r, "db_pool_idle_connections", "Idle database connections of the read pool")?,
            pool_wait,
            pool_timeouts,
            audit_requests: histogram(r, "audit_batch_requests", "Requests whose audit entries one audit transaction committed", &SIZES)?,
            audit_entries: histogram(r, "audit_batch_entries", "Audit entries one audit transaction committed", &SIZES)?,
            audit_duration: histogram(r, "audit_batch_duration_seconds", "Time of one audit transaction, its reads and its commit included", &SECONDS)?,
            audit_failures: counter(r, "audit_batch_failures_total", "Audit batch transactions that did not commit (a batch of several is then written request by request)")?,
            import_jobs,
            import_rows,
            imports_running: gauge(r, "import_jobs_running", "Bulk import jobs running on this node")?,
            webhook_deliveries,
            webhook_latency: histogram(r, "webhook_delivery_duration_seconds", "Time from sending a webhook to the receiver's answer (or the failure)", &SECONDS)?,
            webhooks_disabled: counter(r, "webhooks_disabled_total", "Webhook subscriptions this node disabled (failing too long, or an owner who may no longer read the feed)")?,
            registry,
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

    /// What the store measures (pool waits, audit batches), into these series.
    pub fn store(&self) -> Measured {
        Measured(Arc::new(self.clone()))
    }

    /// An import job started on this node; the guard counts it as running
    /// until dropped.
    pub fn import_started(&self) -> RunningImport {
        self.imports_running.inc();
        RunningImport(self.imports_running.clone())
    }

    /// An import job ended: `counts` when it ran to its end (`succeeded`).
    pub fn import_ended(&self, kind: ImportKind, mode: ImportMode, counts: Option<&Counts>) {
        let status = if counts.is_some() {
            "succeeded"
        } else {
            "failed"
        };
        self.import_jobs
            .with_label_values(&[kind.as_str(), mode.as_str(), status])
            .inc();
        if let Some(counts) = counts {
            let rows = [
                counts.created,
                counts.updated,
                counts.unchanged,
                counts.failed,
            ];
            for (outcome, rows) in ROW_OUTCOMES.into_iter().zip(rows) {
                self.import_rows
                    .with_label_values(&[kind.as_str(), outcome])
                    .inc_by(rows);
            }
        }
    }

    /// One webhook delivery attempt: whether the receiver took it, and how long it took.
    pub fn webhook_attempt(&self, delivered: bool, latency: Duration) {
        let outcome = if delivered { "delivered" } else { "failed" };
        self.webhook_deliveries.with_label_values(&[outcome]).inc();
        self.webhook_latency.observe(latency.as_secs_f64());
    }

    /// A webhook subscription was disabled by this node.
    pub fn webhook_disabled(&self) {
        self.webhooks_disabled.inc();
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

/// Counts an import job as running while it lives.
pub struct RunningImport(IntGauge);

impl Drop for RunningImport {
    fn drop(&mut self) {
        self.0.dec();
    }
}

impl Telemetry for Metrics {
    fn pool_checkout(&self, pool: PoolName, waited: Duration) {
        self.pool_wait
            .with_label_values(&[pool.as_str()])
            .observe(waited.as_secs_f64());
    }

    fn pool_timeout(&self, pool: PoolName) {
        self.pool_timeouts.with_label_values(&[pool.as_str()]).inc();
    }

    fn audit_batch(&self, batch: AuditBatch) {
        #[allow(clippy::cast_precision_loss)] // batches hold at most a few thousand
        {
            self.audit_requests.observe(batch.requests as f64);
            self.audit_entries.observe(batch.entries as f64);
        }
        self.audit_duration.observe(batch.took.as_secs_f64());
        if !batch.committed {
            self.audit_failures.inc();
        }
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
    fn the_store_imports_and_webhooks_are_measured() {
        let metrics = Metrics::new().unwrap();
        let before = metrics.render((0, 0));
        // Bounded label sets exist at zero from the start.
        assert!(
            before.contains("integra_db_pool_wait_seconds_count{pool=\"write\"} 0"),
            "{before}"
        );
        assert!(before.contains(
            "integra_import_jobs_total{kind=\"stays_abroad\",mode=\"validate\",status=\"failed\"} 0"
        ));
        assert!(before.contains("integra_webhook_deliveries_total{outcome=\"failed\"} 0"));
        assert!(
            before.contains("integra_process_resident_memory_bytes "),
            "{before}"
        );

        let store = metrics.store();
        store
            .0
            .pool_checkout(PoolName::Read, Duration::from_micros(300));
        store.0.pool_timeout(PoolName::Write);
        store.0.audit_batch(AuditBatch {
            requests: 3,
            entries: 5,
            took: Duration::from_millis(2),
            committed: false,
        });
        {
            let _running = metrics.import_started();
            assert!(metrics
                .render((0, 0))
                .contains("integra_import_jobs_running 1"));
            let counts = Counts {
                created: 7,
                updated: 1,
                unchanged: 0,
                failed: 2,
            };
            metrics.import_ended(ImportKind::Persons, ImportMode::Commit, Some(&counts));
        }
        metrics.import_ended(ImportKind::Contacts, ImportMode::Commit, None);
        metrics.webhook_attempt(true, Duration::from_millis(12));
        metrics.webhook_disabled();
        let text = metrics.render((0, 0));
        for line in [
            "integra_db_pool_wait_seconds_bucket{pool=\"read\",le=\"0.0005\"} 1",
            "integra_db_pool_wait_seconds_bucket{pool=\"read\",le=\"0.00025\"} 0",
            "integra_db_pool_timeouts_total{pool=\"write\"} 1",
            "integra_audit_batch_requests_sum 3",
            "integra_audit_batch_entries_sum 5",
            "integra_audit_batch_duration_seconds_count 1",
            "integra_audit_batch_failures_total 1",
            "integra_import_jobs_running 0",
            "integra_import_jobs_total{kind=\"persons\",mode=\"commit\",status=\"succeeded\"} 1",
            "integra_import_jobs_total{kind=\"contacts\",mode=\"commit\",status=\"failed\"} 1",
            "integra_import_rows_total{kind=\"persons\",outcome=\"created\"} 7",
            "integra_import_rows_total{kind=\"persons\",outcome=\"failed\"} 2",
            "integra_webhook_deliveries_total{outcome=\"delivered\"} 1",
            "integra_webhook_delivery_duration_seconds_count 1",
            "integra_webhooks_disabled_total 1",
        ] {
            assert!(text.contains(line), "{line} in:\n{text}");
        }
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
