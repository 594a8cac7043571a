//! Group commit of the audit entries of reads.
//!
//! A read must not be answered before its audit entry is durable, but giving every
//! read a write transaction of its own costs one commit (one fsync) per read, and on
//! SQLite serialises all reads behind the one writer. Instead, requests hand their
//! entries to a writer thread, which commits the entries of all the requests that
//! queued up meanwhile in ONE transaction, then answers each request (one thread on
//! SQLite, a couple on PostgreSQL: [`writers_for`]). There is no artificial delay:
//! the writer takes whatever is queued when its previous commit ends (natural
//! batching), up to [`MAX_BATCH_ENTRIES`].
//!
//! A short read (a person by id) comes with its entries ([`AuditWriter::read`]):
//! the writer runs it inside the batch's transaction, so the request needs one trip
//! to another thread instead of two (the blocking pool, then the writer), and on
//! PostgreSQL no round trips of its own. Long reads (pages, exports) run on the read
//! pool and send only their entries ([`AuditWriter::record`]).
//!
//! Measured with `make bench` (2 cores, wrk with 32 connections, 100,000 persons):
//! reads on the pool with a separate audit commit reached 5.6 % (SQLite) and 3.4 %
//! (PostgreSQL) of `/health/live`; this design reaches about 10 % and 7 %.
//!
//! Writes do not come here: a change and its audit entry commit in one transaction
//! (`AppState::audited`).

use std::sync::mpsc::{self, Receiver, RecvError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;

use chrono::{DateTime, Utc};
use tokio::sync::oneshot;

use crate::audit::{self, AuditEntry};
use crate::connection::{transaction, Backend, Db, DbConnection, Pooled};
use crate::error::StoreError;
use crate::telemetry::{AuditBatch, Measured};

/// At most this many entries go into one transaction (a request's own entries are
/// never split: a page of 500 reads is one job).
pub const MAX_BATCH_ENTRIES: usize = 1_000;

/// What a request hands the writer: a task that gives the entries to write (and,
/// for a read, reads first).
struct Job {
    now: DateTime<Utc>,
    /// Entries expected, to keep batches near [`MAX_BATCH_ENTRIES`].
    size: usize,
    task: Task,
}

/// Runs on the writer thread before the batch is written, with the write connection
/// (`None` when there is none to be had); gives the entries to write (none when its
/// read failed) and how to answer the request afterwards.
type Task = Box<dyn FnOnce(Option<&mut DbConnection>) -> Answer + Send>;

struct Answer {
    entries: Vec<AuditEntry>,
    /// Called with the fate of the batch's commit.
    reply: Reply,
}

type Reply = Box<dyn FnOnce(Result<(), AuditError>) + Send>;

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
#[derive(Debug, Clone, thiserror::Error)]
pub enum AuditError {
    #[error("the audit log cannot be written: {0}")]
    Failed(String),
    #[error("the audit writer has stopped")]
    Stopped,
}

/// Why an audited read gave no value.
#[derive(Debug, thiserror::Error)]
pub enum ReadError<E> {
    /// The read itself failed (not found, not visible, database unavailable, ...);
    /// nothing was recorded.
    #[error("the read failed")]
    Read(E),
    /// The read succeeded but its entries were not committed; its value is dropped.
    #[error(transparent)]
    Audit(AuditError),
}

/// How many writer threads suit a backend. SQLite has one writer at a time (its
/// write pool has one connection), so one thread. PostgreSQL flushes the commits of
/// concurrent transactions together, so a few threads overlap their commits: while
/// one waits for its flush, the next batch is already being written.
pub fn writers_for(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 1,
        Backend::Postgres => 2,
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

    /// Runs the short read `work` on the writer thread, then records the entries it
    /// gives with the batch it joins; returns its value once they are committed. One
    /// trip for the read and its record, and on SQLite the read meets the writer's
    /// warm cache (reads on other connections find theirs invalidated by every audit
    /// commit). When `work` fails, nothing is recorded. Long reads (large pages,
    /// exports) belong on the read pool, with [`Self::record`]: here they would hold
    /// up every batch.
    pub async fn read<T, E, F>(&self, now: DateTime<Utc>, work: F) -> Result<T, ReadError<E>>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<(T, Vec<AuditEntry>), E> + Send + 'static,
    {
        let (sender, receiver) = oneshot::channel::<Result<T, ReadError<E>>>();
        let task: Task = Box::new(move |conn| {
            let read = match conn {
                Some(conn) => work(conn),
                None => Err(E::from(StoreError::Unavailable(
                    "no database connection for the audit writer".to_owned(),
                ))),
            };
            match read {
                Ok((value, entries)) => Answer {
                    entries,
                    reply: Box::new(move |committed| {
                        let _ = sender.send(committed.map(|()| value).map_err(ReadError::Audit));
                    }),
                },
                Err(error) => Answer {
                    entries: Vec::new(),
                    reply: Box::new(move |_| {
                        let _ = sender.send(Err(ReadError::Read(error)));
                    }),
                },
            }
        });
        self.queue
            .send(Message::Record(Job { now, size: 1, task }))
            .map_err(|_| ReadError::Audit(AuditError::Stopped))?;
        receiver
            .await
            .unwrap_or(Err(ReadError::Audit(AuditError::Stopped)))
    }

    /// Queues `entries`; the returned receipt resolves once they are committed.
    fn submit(&self, entries: Vec<AuditEntry>, now: DateTime<Utc>) -> Result<Receipt, AuditError> {
        let (done, committed) = oneshot::channel();
        let size = entries.len();
        let task: Task = Box::new(move |_| Answer {
            entries,
            reply: Box::new(move |result| {
                let _ = done.send(result);
            }),
        });
        self.queue
            .send(Message::Record(Job { now, size, task }))
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
struct Receipt(oneshot::Receiver<Result<(), AuditError>>);

impl Receipt {
    async fn wait(self) -> Result<(), AuditError> {
        self.0.await.unwrap_or(Err(AuditError::Stopped))
    }
}

/// A writer thread: one batch per loop, until it takes a stop or every handle is gone.
fn run(db: &Db, inbox: &Mutex<Receiver<Message>>) {
    // On PostgreSQL the thread keeps its connection between batches: no checkout
    // (and no pool's test query) per batch. On SQLite it gives the one writer back
    // after each batch, for the other writes.
    let keep = db.backend() == Backend::Postgres;
    let mut held: Option<Pooled> = None;
    loop {
        let (batch, stop) = take(&lock(inbox));
        if !batch.is_empty() {
            let conn = match held.take() {
                Some(conn) => Ok(conn),
                None => db.writer(),
            };
            match conn {
                Ok(mut conn) => {
                    // A failed batch may have left the connection broken: take a
                    // fresh one, checked by the pool, for the next.
                    if process(&mut conn, batch, db.telemetry()) && keep {
                        held = Some(conn);
                    }
                }
                Err(error) => fail(batch, &error),
            }
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
    let mut size = first.size;
    let mut batch = vec![first];
    while size < MAX_BATCH_ENTRIES {
        match inbox.try_recv() {
            Ok(Message::Record(job)) => {
                size += job.size;
                batch.push(job);
            }
            Ok(Message::Stop) => return (batch, true),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
        }
    }
    (batch, false)
}

/// The entries of one request, ready to write, and how to answer it.
struct Pending {
    entries: Vec<AuditEntry>,
    now: DateTime<Utc>,
    reply: Reply,
}

/// Runs a batch's reads and writes their entries in one transaction, then answers
/// every request. When that transaction fails, the entries of each request are
/// committed alone ([`commit`]), so that only requests whose own entries cannot be
/// written fail. Says whether all went well (the connection may be kept).
fn process(conn: &mut DbConnection, batch: Vec<Job>, telemetry: &Measured) -> bool {
    let mut jobs = Some(batch);
    let mut ran: Option<(Vec<Pending>, Vec<Reply>)> = None;
    let started = Instant::now();
    let written = transaction(conn, |c| {
        let (pending, answered) = run_tasks(jobs.take().unwrap_or_default(), Some(c));
        let result = write(c, &pending);
        ran = Some((pending, answered));
        result
    });
    // The transaction could not begin: nothing was read or written.
    if let Some(jobs) = jobs.take() {
        let error = written.err().unwrap_or_else(|| {
            StoreError::Unavailable("the audit transaction could not begin".to_owned())
        });
        fail(jobs, &error);
        return false;
    }
    let (pending, answered) = ran.unwrap_or_default();
    answered.into_iter().for_each(|reply| reply(Ok(())));
    let batch = AuditBatch {
        requests: pending.len(),
        entries: pending.iter().map(|job| job.entries.len()).sum(),
        took: started.elapsed(),
        committed: written.is_ok(),
    };
    if batch.requests > 0 {
        telemetry.0.audit_batch(batch);
    }
    match written {
        Ok(()) => {
            log::debug!(
                "audit batch: {} requests, {} entries, committed in {} µs",
                batch.requests,
                batch.entries,
                batch.took.as_micros()
            );
            pending.into_iter().for_each(|job| (job.reply)(Ok(())));
            true
        }
        Err(error) if pending.len() > 1 => {
            log::warn!(
                "a batch of {} audit jobs could not be written ({error}); writing them one by one",
                pending.len()
            );
            pending.into_iter().for_each(|job| commit(conn, job));
            false
        }
        Err(error) => {
            log::error!("audit entries could not be written: {error}");
            let failure = AuditError::Failed(error.to_string());
            pending
                .into_iter()
                .for_each(|job| (job.reply)(Err(failure.clone())));
            false
        }
    }
}

/// Answers jobs that could not run: their reads fail (and record nothing);
/// entries-only jobs fail.
fn fail(jobs: Vec<Job>, error: &StoreError) {
    let (pending, answered) = run_tasks(jobs, None);
    answered.into_iter().for_each(|reply| reply(Ok(())));
    let failure = AuditError::Failed(error.to_string());
    for job in pending {
        (job.reply)(Err(failure.clone()));
    }
}

/// Runs each job's task: the jobs whose entries are to be written, and the answers
/// of those that have nothing to write (a failed read).
fn run_tasks(jobs: Vec<Job>, mut conn: Option<&mut DbConnection>) -> (Vec<Pending>, Vec<Reply>) {
    let mut pending = Vec::with_capacity(jobs.len());
    let mut answered = Vec::new();
    for job in jobs {
        let answer = (job.task)(conn.as_deref_mut());
        if !answer.entries.is_empty() {
            pending.push(Pending {
                entries: answer.entries,
                now: job.now,
                reply: answer.reply,
            });
        } else {
            answered.push(answer.reply);
        }
    }
    (pending, answered)
}

/// Commits one request's entries in a transaction of their own, and tells it.
fn commit(conn: &mut DbConnection, job: Pending) {
    let result = transaction(conn, |c| write(c, std::slice::from_ref(&job)));
    if let Err(error) = &result {
        log::error!("audit entries could not be written: {error}");
    }
    (job.reply)(result.map_err(|error| AuditError::Failed(error.to_string())));
}

/// Writes the entries of `pending`, in the caller's transaction: one insert per
/// distinct time stamp (jobs queued within the same second share one), all through
/// `audit::record`.
fn write(conn: &mut DbConnection, pending: &[Pending]) -> Result<(), StoreError> {
    let mut group: Vec<AuditEntry> = Vec::new();
    let mut stamp: Option<DateTime<Utc>> = None;
    for job in pending {
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
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use uuid::Uuid;

    use crate::{DatabaseUrl, PoolOptions};

    use super::*;

    fn database() -> (Db, std::path::PathBuf) {
        let folder =
            std::env::temp_dir().join(format!("integra-audit-{}", Uuid::now_v7().simple()));
        let url = DatabaseUrl::Sqlite(folder.join("integra.db"));
        let db = Db::open(&url, PoolOptions::default()).unwrap();
        db.migrate().unwrap();
        (db, folder)
    }

    /// A database whose audit log cannot be written.
    fn database_without_audit_log() -> (Db, std::path::PathBuf) {
        let (db, folder) = database();
        db.write(|c| {
            use diesel::connection::SimpleConnection;
            Ok(c.batch_execute("DROP TABLE audit_log")?)
        })
        .unwrap();
        (db, folder)
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
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
        runtime().block_on(async move {
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
        let (db, folder) = database_without_audit_log();
        let writer = AuditWriter::start(&db, 1).unwrap();
        let receipts: Vec<Receipt> = (0..10)
            .map(|n| {
                writer
                    .submit(vec![entry(Uuid::now_v7(), n)], Utc::now())
                    .unwrap()
            })
            .collect();
        runtime().block_on(async move {
            for receipt in receipts {
                assert!(matches!(receipt.wait().await, Err(AuditError::Failed(_))));
            }
        });
        writer.shutdown();
        let _ = std::fs::remove_dir_all(folder);
    }

    /// Concurrent reads: each gets its own value, a failed read records nothing and
    /// gets its own error, and every successful read's entry is committed.
    #[test]
    fn reads_get_their_values_and_only_successful_reads_are_recorded() {
        let (db, folder) = database();
        let writer = AuditWriter::start(&db, 1).unwrap();
        let record = Uuid::now_v7();
        let outcomes = runtime().block_on({
            let writer = writer.clone();
            async move {
                let reads = (0..200usize).map(|n| {
                    let writer = writer.clone();
                    async move {
                        let result = writer
                            .read(Utc::now(), move |c| {
                                // A real statement on the writer's connection.
                                audit::count_for(c, Uuid::now_v7(), "none")?;
                                if n % 4 == 0 {
                                    Err(StoreError::NotFound)
                                } else {
                                    Ok((n * 10, vec![entry(record, n)]))
                                }
                            })
                            .await;
                        (n, result)
                    }
                });
                futures_util::future::join_all(reads).await
            }
        });
        for (n, result) in &outcomes {
            match result {
                Ok(value) => assert_eq!(*value, n * 10),
                Err(ReadError::Read(StoreError::NotFound)) => assert_eq!(n % 4, 0),
                Err(other) => panic!("read {n}: {other}"),
            }
        }
        writer.shutdown();
        let count = db
            .read(|c| audit::count_for(c, record, "person.read"))
            .unwrap();
        assert_eq!(count, 150);
        let _ = std::fs::remove_dir_all(folder);
    }

    /// A read whose entries cannot be committed is not answered with its value.
    #[test]
    fn a_read_whose_entries_cannot_be_written_gives_no_value() {
        let (db, folder) = database_without_audit_log();
        let writer = AuditWriter::start(&db, 1).unwrap();
        let result = runtime().block_on({
            let writer = writer.clone();
            async move {
                writer
                    .read::<_, StoreError, _>(Utc::now(), |_| {
                        Ok(("secret", vec![entry(Uuid::now_v7(), 0)]))
                    })
                    .await
            }
        });
        assert!(matches!(
            result,
            Err(ReadError::Audit(AuditError::Failed(_)))
        ));
        writer.shutdown();
        let _ = std::fs::remove_dir_all(folder);
    }
}
