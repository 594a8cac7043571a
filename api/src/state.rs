//! What every request handler shares: the database and the token keys.

use actix_web::{web, HttpRequest};
use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::{Db, DbConnection, StoreError};
use uuid::Uuid;

use crate::auth::principal::Standing;
use crate::auth::{Principal, Tokens};
use crate::config::SignInLimit;
use crate::error::ApiError;
use crate::http::context;
use crate::http::metrics::Metrics;
use integra_persistence::audit_writer::{AuditWriter, ReadError};

pub struct AppState {
    pub db: Db,
    pub tokens: Tokens,
    pub metrics: Metrics,
    /// Whether token holders may still act (deactivation), briefly remembered.
    pub standing: Standing,
    pub sign_in_limit: SignInLimit,
    /// Commits the audit entries of reads, many requests per transaction.
    pub audit: AuditWriter,
}

impl AppState {
    /// The time stamped on records: UTC, whole seconds.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now().trunc_subsecs(0)
    }

    /// Today's date in Georgia, against which dates are checked.
    pub fn today(&self) -> NaiveDate {
        integra_domain::time::tbilisi_date(Utc::now())
    }

    /// Runs reads on the blocking pool.
    pub async fn read<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
    {
        let db = self.db.clone();
        Ok(web::block(move || db.read(work)).await??)
    }

    /// Runs one transaction on the blocking pool.
    pub async fn write<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
    {
        let db = self.db.clone();
        Ok(web::block(move || db.write(work)).await??)
    }
}

impl AppState {
    /// Runs the short read `work`, then records `entries` in the audit log and returns
    /// the result only once they are committed. The read runs on the audit writer's
    /// thread and connection, and the entries of concurrent reads share one commit
    /// (see [`integra_persistence::audit_writer`]). When `work` fails, nothing is recorded; when the
    /// entries cannot be written, the read fails (503) and its result is dropped
    /// unseen. For long reads (pages), read on the pool and call [`Self::record_reads`].
    pub async fn audited_read<T, F>(&self, entries: Vec<AuditEntry>, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
    {
        self.audit
            .read(self.now(), move |c| work(c).map(|value| (value, entries)))
            .await
            .map_err(|error| match error {
                ReadError::Read(error) => ApiError::from(error),
                ReadError::Audit(error) => ApiError::Unavailable(error.to_string()),
            })
    }

    /// Records the entries of reads already done (as [`Self::audited_read`] does);
    /// for reads whose entries depend on what was read, such as a page of a list.
    pub async fn record_reads(&self, entries: Vec<AuditEntry>) -> Result<(), ApiError> {
        self.audit
            .record(entries, self.now())
            .await
            .map_err(|e| ApiError::Unavailable(e.to_string()))
    }

    /// Runs `work` in one transaction that also appends `entries` to the audit log:
    /// the change and its record are committed together, or neither is.
    pub async fn audited<T, F>(&self, entries: Vec<AuditEntry>, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection, DateTime<Utc>) -> Result<T, StoreError> + Send + 'static,
    {
        let now = self.now();
        self.write(move |c| {
            let value = work(c, now)?;
            audit::record(c, &entries, now)?;
            Ok(value)
        })
        .await
    }
}

/// An audit entry of `principal`'s request `req` about one record.
pub fn audit(
    principal: &Principal,
    req: &HttpRequest,
    action: &'static str,
    record_type: &'static str,
    record_id: Option<Uuid>,
) -> AuditEntry {
    AuditEntry {
        actor_id: Some(principal.id),
        action,
        record_type,
        record_id,
        request_id: context::request_id(req),
    }
}
