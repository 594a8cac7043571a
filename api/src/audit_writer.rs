//! Group commit of the audit entries of reads.
//!
//! A read must not be answered before its audit entry is durable, but giving every
//! read a write transaction of its own costs one commit (one fsync) per read, and on
//! SQLite serialises all reads behind the one writer. Instead, reads run on the read
//! pool and hand their entries to one writer thread, which commits the entries of
//! all the requests that queued up meanwhile in ONE transaction, then acknowledges
//! each request. There is no artificial delay: the writer takes whatever is queued
//! when its previous commit ends (natural batching), up to [`MAX_BATCH_ENTRIES`].
//!
//! Writes do not come here: a change and its audit entry commit in one transaction
//! (`AppState::audited`).

use std::sync::mpsc::{self, Receiver, RecvError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::{Db, StoreError};
use tokio::sync::oneshot;

/// At most this many entries go into one transaction (a request's own entries are
/// never split: a page of 500 reads is one job).
pub const MAX_BATCH_ENTRIES: usize = 1_000;

/// The entries of one request, and where to say whether they were committed.
struct Job {
    entries: Vec<AuditEntry>,
    now: DateTime<Utc>,
    done: oneshot::Sender<Result<(), String>>,
}

enum Message {
    Record(Job),
    /// Flush everything queued before this, then stop.
    Stop,
}

/// The handle requests use; cheap to clone, shared by every actix worker.
#[derive(Clone)]
pub struct AuditWriter {
    queue: Sender<Message>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

/// Why entries were not recorded.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("the audit log cannot be written: {0}")]
    Failed(String),
    #[error("the audit writer has stopped")]
    Stopped,
}

impl AuditWriter {
    /// Starts the writer thread on `db`'s write pool.
    pub fn start(db: Db) -> Result<Self, String> {
        let (queue, inbox) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("audit-writer".to_owned())
            .spawn(move || run(&db, &inbox))
            .map_err(|e| format!("cannot start the audit writer: {e}"))?;
        Ok(Self {
            queue,
            thread: Arc::new(Mutex::new(Some(thread))),
        })
    }

    /// Records `entries`, stamped `now`; returns once they are committed.
    pub async fn record(
        &self,
        entries: Vec<AuditEntry>,
        now: DateTime<Utc>,
    ) -> Result<(), AuditError> {
        if entries.is_empty() {
            return Ok(());
        }
        self.submit(entries, now)?.wait().await
    }

    /// Queues `entries`; the returned receipt resolves once they are committed.
    fn submit(&self, entries: Vec<AuditEntry>, now: DateTime<Utc>) -> Result<Receipt, AuditError> {
        let (done, committed) = oneshot::channel();
        self.queue
            .send(Message::Record(Job { entries, now, done }))
            .map_err(|_| AuditError::Stopped)?;
        Ok(Receipt(committed))
    }

    /// Commits what is queued, then stops the thread and waits for it. Entries sent
    /// afterwards are refused ([`AuditError::Stopped`]). Blocks: call it off the
    /// async workers, once the server has stopped taking requests.
    pub fn shutdown(&self) {
        let _ = self.queue.send(Message::Stop);
        let thread = match self.thread.lock() {
            Ok(mut slot) => slot.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        if let Some(thread) = thread {
            if thread.join().is_err() {
                log::error!("the audit writer thread failed");
            }
        }
    }
}

/// The writer's answer to one request, to come.
struct Receipt(oneshot::Receiver<Result<(), String>>);

impl Receipt {
    async fn wait(self) -> Result<(), AuditError> {
        match self.0.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(reason)) => Err(AuditError::Failed(reason)),
            Err(_) => Err(AuditError::Stopped),
        }
    }
}

/// The writer thread: one batch per loop, until stopped or every handle is gone.
fn run(db: &Db, inbox: &Receiver<Message>) {
    let mut stopping = false;
    while !stopping {
        // Wait for the first job, then take whatever else is queued already.
        let first = match inbox.recv() {
            Ok(Message::Record(job)) => job,
            Ok(Message::Stop) | Err(RecvError) => break,
        };
        let mut size = first.entries.len();
        let mut batch = vec![first];
        while size < MAX_BATCH_ENTRIES {
            match inbox.try_recv() {
                Ok(Message::Record(job)) => {
                    size += job.entries.len();
                    batch.push(job);
                }
                Ok(Message::Stop) => {
                    // Commit this batch, then take what is still queued and stop.
                    stopping = true;
                    break;
                }
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        commit(db, batch);
    }
    // Nothing is left behind: jobs that raced the stop are still committed.
    let rest: Vec<Job> = inbox
        .try_iter()
        .filter_map(|message| match message {
            Message::Record(job) => Some(job),
            Message::Stop => None,
        })
        .collect();
    for chunk in chunks(rest) {
        commit(db, chunk);
    }
}

/// Splits jobs into batches of at most [`MAX_BATCH_ENTRIES`] entries (a larger job alone).
fn chunks(jobs: Vec<Job>) -> Vec<Vec<Job>> {
    let mut batches: Vec<Vec<Job>> = Vec::new();
    let mut size = 0;
    for job in jobs {
        match batches.last_mut() {
            Some(batch) if size + job.entries.len() <= MAX_BATCH_ENTRIES => {
                size += job.entries.len();
                batch.push(job);
            }
            _ => {
                size = job.entries.len();
                batches.push(vec![job]);
            }
        }
    }
    batches
}

/// Commits a batch in one transaction and tells each request. When the batch fails,
/// each job is tried alone, so that only requests whose own entries cannot be written fail.
fn commit(db: &Db, batch: Vec<Job>) {
    match write(db, &batch) {
        Ok(()) => {
            for job in batch {
                let _ = job.done.send(Ok(()));
            }
        }
        Err(error) if batch.len() == 1 => {
            log::error!("audit entries could not be written: {error}");
            for job in batch {
                let _ = job.done.send(Err(error.to_string()));
            }
        }
        Err(error) => {
            log::warn!(
                "a batch of {} audit jobs could not be written ({error}); writing them one by one",
                batch.len()
            );
            for job in batch {
                commit(db, vec![job]);
            }
        }
    }
}

/// One transaction: one insert per distinct time stamp (jobs queued within the same
/// second share one), all through `audit::record`.
fn write(db: &Db, batch: &[Job]) -> Result<(), StoreError> {
    db.write(|conn| {
        let mut group: Vec<AuditEntry> = Vec::new();
        let mut stamp: Option<DateTime<Utc>> = None;
        for job in batch {
            if let Some(current) = stamp.filter(|s| *s != job.now) {
                audit::record(conn, &group, current)?;
                group.clear();
            }
            stamp = Some(job.now);
            group.extend(job.entries.iter().cloned());
        }
        if let Some(current) = stamp {
            audit::record(conn, &group, current)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use integra_persistence::{DatabaseUrl, PoolOptions};
    use uuid::Uuid;

    use super::*;

    fn database() -> (Db, std::path::PathBuf) {
        let folder =
            std::env::temp_dir().join(format!("integra-audit-{}", Uuid::now_v7().simple()));
        let url = DatabaseUrl::Sqlite(folder.join("integra.db"));
        let db = Db::open(&url, PoolOptions::default()).unwrap();
        db.migrate().unwrap();
        (db, folder)
    }

    fn entry(record: Uuid, n: usize) -> AuditEntry {
        AuditEntry {
            actor_id: None,
            action: "person.read",
            record_type: "person",
            record_id: Some(record),
            request_id: Some(format!("request-{n}")),
        }
    }

    #[test]
    fn concurrent_jobs_are_all_committed_and_a_stop_flushes_the_queue() {
        let (db, folder) = database();
        let writer = AuditWriter::start(db.clone()).unwrap();
        let record = Uuid::now_v7();
        let now = Utc::now();
        // Jobs of every size, a page of 500 and more than one batch's worth among them.
        let size = |n: usize| if n == 7 { 500 } else { 1 + n % 5 };
        let receipts: Vec<Receipt> = (0..300)
            .map(|n| {
                let entries = (0..size(n)).map(|_| entry(record, n)).collect();
                writer.submit(entries, now).unwrap()
            })
            .collect();
        let expected: usize = (0..300).map(size).sum();
        writer.shutdown();
        // Every receipt is answered: everything queued before the stop was committed.
        actix_web::rt::System::new().block_on(async move {
            for receipt in receipts {
                receipt.wait().await.unwrap();
            }
            assert!(matches!(
                writer.record(vec![entry(record, 0)], now).await,
                Err(AuditError::Stopped)
            ));
        });
        let count = db
            .read(|c| audit::count_for(c, record, "person.read"))
            .unwrap();
        assert_eq!(count, i64::try_from(expected).unwrap());
        let _ = std::fs::remove_dir_all(folder);
    }

    #[test]
    fn a_batch_that_cannot_be_written_fails_each_of_its_requests() {
        let (db, folder) = database();
        db.write(|c| {
            use diesel::connection::SimpleConnection;
            Ok(c.batch_execute("DROP TABLE audit_log")?)
        })
        .unwrap();
        let writer = AuditWriter::start(db).unwrap();
        let receipts: Vec<Receipt> = (0..10)
            .map(|n| {
                writer
                    .submit(vec![entry(Uuid::now_v7(), n)], Utc::now())
                    .unwrap()
            })
            .collect();
        actix_web::rt::System::new().block_on(async move {
            for receipt in receipts {
                assert!(matches!(receipt.wait().await, Err(AuditError::Failed(_))));
            }
        });
        writer.shutdown();
        let _ = std::fs::remove_dir_all(folder);
    }
}
