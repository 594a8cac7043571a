//! The server log: `RUST_LOG` filters, `INTEGRA_LOG_FORMAT` picks text or JSON lines.
//! Personal data never goes here: requests are logged by route pattern, not path.
//!
//! Every line written while a request is served carries its request id (the
//! `X-Request-Id` of its answer): the request's task holds it ([`within`]),
//! and blocking work done for the request takes it along ([`carrying`]).

use std::cell::RefCell;
use std::future::Future;
use std::io::Write;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

tokio::task_local! {
    /// The id of the request the current task serves.
    static REQUEST: Arc<str>;
}

thread_local! {
    /// The id of the request the current blocking work is done for.
    static BLOCKING: RefCell<Option<Arc<str>>> = const { RefCell::new(None) };
}

/// The id of the request being served here (by this task, or by blocking
/// work done for it), if any.
pub fn request_id() -> Option<Arc<str>> {
    REQUEST
        .try_with(Arc::clone)
        .ok()
        .or_else(|| BLOCKING.with(|id| id.borrow().clone()))
}

/// Runs `future` (a request's service) with `id` as its request id.
pub async fn within<F: Future>(id: Arc<str>, future: F) -> F::Output {
    REQUEST.scope(id, future).await
}

/// `work`, to be run on another thread with the calling request's id (if any).
pub fn carrying<T>(work: impl FnOnce() -> T) -> impl FnOnce() -> T {
    let id = request_id();
    move || {
        let before = BLOCKING.with(|slot| slot.replace(id));
        let done = work();
        BLOCKING.with(|slot| slot.replace(before));
        done
    }
}

/// One log line (without its newline): `time LEVEL target: message`, then
/// ` request_id=...` when written for a request; or the same as a JSON object.
fn line(format: LogFormat, record: &log::Record<'_>, request: Option<&str>) -> String {
    let time = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    match format {
        LogFormat::Json => {
            let mut line = serde_json::json!({
                "time": time,
                "level": record.level().as_str(),
                "target": record.target(),
                "message": record.args().to_string(),
            });
            if let Some(id) = request {
                line["request_id"] = serde_json::Value::from(id);
            }
            line.to_string()
        }
        LogFormat::Text => {
            let mut line = format!(
                "{time} {:<5} {}: {}",
                record.level(),
                record.target(),
                record.args()
            );
            if let Some(id) = request {
                line.push_str(" request_id=");
                line.push_str(id);
            }
            line
        }
    }
}

pub fn init(format: LogFormat) {
    let mut builder =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info"));
    builder.format(move |buf, record| {
        writeln!(buf, "{}", line(format, record, request_id().as_deref()))
    });
    // A second call (tests start several servers in one process) keeps the first logger.
    let _ = builder.try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record_line(format: LogFormat, request: Option<&str>) -> String {
        let args = format_args!("audit entries could not be written");
        let record = log::Record::builder()
            .args(args)
            .level(log::Level::Warn)
            .target("integra::test")
            .build();
        line(format, &record, request)
    }

    #[test]
    fn a_line_written_for_a_request_names_it() {
        let text = record_line(LogFormat::Text, Some("req-1"));
        assert!(
            text.ends_with(
                " WARN  integra::test: audit entries could not be written request_id=req-1"
            ),
            "{text}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&record_line(LogFormat::Json, Some("req-1"))).unwrap();
        assert_eq!(json["request_id"], "req-1");
        assert_eq!(json["level"], "WARN");
        assert_eq!(json["message"], "audit entries could not be written");
        let outside: serde_json::Value =
            serde_json::from_str(&record_line(LogFormat::Json, None)).unwrap();
        assert!(outside.get("request_id").is_none());
        assert!(!record_line(LogFormat::Text, None).contains("request_id"));
    }

    #[tokio::test]
    async fn a_request_id_follows_its_task_and_its_blocking_work() {
        assert_eq!(request_id(), None);
        let id: Arc<str> = Arc::from("req-2");
        let (in_task, in_blocking) = within(id, async {
            let in_task = request_id();
            let work = carrying(request_id);
            let in_blocking = tokio::task::spawn_blocking(work).await.unwrap();
            (in_task, in_blocking)
        })
        .await;
        assert_eq!(in_task.as_deref(), Some("req-2"));
        assert_eq!(in_blocking.as_deref(), Some("req-2"));
        // Blocking work for no request, on the same pool: no id.
        let after = tokio::task::spawn_blocking(carrying(request_id))
            .await
            .unwrap();
        assert_eq!(after, None);
        assert_eq!(request_id(), None);
    }
}
