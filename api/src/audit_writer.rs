//! Group commit of the audit entries of reads.
//!
//! A read must not be answered before its audit entry is durable, but giving every
//! read a write transaction of its own costs one commit (one fsync) per read, and on
//! SQLite serialises all reads behind the one writer. Instead, reads run on the read
//! pool and hand their entries to a writer thread, which commits the entries of
//! all the requests that queued up meanwhile in ONE transaction, then acknowledges
//! each request (one thread on SQLite, a few on PostgreSQL: [`writers_for`]). There is no artificial delay: the writer takes whatever is queued
//! when its previous commit ends (natural batching), up to [`MAX_BATCH_ENTRIES`].
//!
//! Writes do not come here: a change and its audit entry commit in one transaction
//! (`AppState::audited`).

use std::sync::mpsc::{self, Receiver, RecvError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;

use chrono::{DateTime, Utc};
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::{Backend, Db, StoreError};
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
    threads: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

/// Why entries were not recorded.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("the audit log cannot be written: {0}")]
    Failed(String),
    #[error("the audit writer has stopped")]
    Stopped,
}

/// How many writer threads suit a backend. SQLite has one writer at a time (its
/// write pool has one connection), so one thread. PostgreSQL flushes the commits of
/// concurrent transactions together, so a few threads overlap their commits: while
/// one waits for its flush, the next batch is already being written.
pub fn writers_for(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 1,
        Backend::Postgres => 4,
    }
}

impl AuditWriter {
    /// Starts `writers` threads (at least one) on `db`'s write pool.
    pub fn start(db: &Db, writers: usize) -> Result<Self, String> {
        let (queue, inbox) = mpsc::channel();
        let inbox = Arc::new(Mutex::new(inbox));
        let threads = (0..writers.max(1))
            .map(|n| {
                let (db, inbox) = (db.clone(), Arc::clone(&inbox));
                std::thread::Builder::new()
                    .name(format!("audit-writer-{n}"))
                    .spawn(move || run(&db, &inbox))
                    .map_err(|e| format!("cannot start the audit writer: {e}"))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Self {
            queue,
            threads: Arc::new(Mutex::new(threads)),
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

    /// Commits everything queued so far, then stops the threads and waits for them.
    /// Entries sent afterwards are refused ([`AuditError::Stopped`]): their requests
    /// fail rather than answer unrecorded. Blocks: call it off the async workers,
    /// once the server has stopped taking requests.
    pub fn shutdown(&self) {
        let threads = std::mem::take(&mut *lock(&self.threads));
        // The queue is first in, first out: each thread takes one stop, after every
        // job queued before it.
        for _ in &threads {
            let _ = self.queue.send(Message::Stop);
        }
        for thread in threads {
            if thread.join().is_err() {
                log::error!("an audit writer thread failed");
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
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

/// A writer thread: one batch per loop, until it takes a stop or every handle is gone.
fn run(db: &Db, inbox: &Mutex<Receiver<Message>>) {
    loop {
        let (batch, stop) = take(&lock(inbox));
        if !batch.is_empty() {
            commit(db, batch);
        }
        if stop {
            break;
        }
    }
}

/// Waits for a job, then takes whatever else is queued already (up to
/// [`MAX_BATCH_ENTRIES`]); says too whether a stop came.
fn take(inbox: &Receiver<Message>) -> (Vec<Job>, bool) {
    let first = match inbox.recv() {
        Ok(Message::Record(job)) => job,
        Ok(Message::Stop) | Err(RecvError) => return (Vec::new(), true),
    };
    let mut size = first.entries.len();
    let mut batch = vec![first];
    while size < MAX_BATCH_ENTRIES {
        match inbox.try_recv() {
            Ok(Message::Record(job)) => {
                size += job.entries.len();
                batch.push(job);
            }
            Ok(Message::Stop) => return (batch, true),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
        }
    }
    (batch, false)
}

/// Commits a batch in one transaction and tells each request. When the batch fails,
/// each job is tried alone, so that only requests whose own entries cannot be written fail.
fn commit(db: &Db, batch: Vec<Job>) {
    let started = Instant::now();
    match write(db, &batch) {
        Ok(()) => {
            log::debug!(
                "audit batch: {} requests, {} entries, committed in {} µs",
                batch.len(),
                batch.iter().map(|job| job.entries.len()).sum::<usize>(),
                started.elapsed().as_micros()
            );
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
        for writers in [1, 3] {
            jobs_are_committed_and_flushed(writers);
        }
    }

    fn jobs_are_committed_and_flushed(writers: usize) {
        let (db, folder) = database();
        let writer = AuditWriter::start(&db, writers).unwrap();
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
        let writer = AuditWriter::start(&db, 1).unwrap();
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
