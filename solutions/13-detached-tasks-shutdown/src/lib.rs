//! Exercise 13, solved: every background write is owned by a `JoinSet`, so shutdown can wait
//! for them and nothing fails unseen.

use kit_harness::{Database, ServiceError};
use tokio::task::{JoinError, JoinSet};

/// The table the audit entries go to.
pub const AUDIT_TABLE: &str = "audit_log";

/// Records events to the database in the background.
pub struct AuditLog {
    db: Database,
    /// Every write still running. A task in a JoinSet is not detached: the set holds its
    /// handle, so we can wait for it and read its result.
    writes: JoinSet<Result<u64, ServiceError>>,
    /// Errors of the writes that ended before shutdown, kept until shutdown reports them.
    failures: Vec<ServiceError>,
}

impl AuditLog {
    /// An audit log writing to `db`.
    pub fn new(db: Database) -> Self {
        Self {
            db,
            writes: JoinSet::new(),
            failures: Vec::new(),
        }
    }

    /// Start writing `event` to [`AUDIT_TABLE`] in the background and return at once.
    pub fn record(&mut self, event: impl Into<String>) {
        // A JoinSet keeps the result of every finished task until it is joined. In a
        // long-running service that is a slow leak, so collect what has already finished
        // each time a new write starts; `try_join_next` never waits.
        while let Some(finished) = self.writes.try_join_next() {
            self.keep_failure(finished);
        }
        let db = self.db.clone();
        let event = event.into();
        // Still started at once, still in the background: the caller does not wait for the
        // database. The difference with a bare `tokio::spawn` is who holds the handle.
        self.writes
            .spawn(async move { db.insert(AUDIT_TABLE, event).await });
    }

    /// Stop the audit log: return only when every write started by [`record`](Self::record)
    /// has finished, with the errors of the writes that failed.
    pub async fn shutdown(mut self) -> Vec<ServiceError> {
        // Waiting here is the whole point of a graceful shutdown: when the caller returns
        // from `main`, the runtime drops every task still running, and a write cut off there
        // is lost (the seed's "leaving the main coroutine too early"). The writes run
        // concurrently, so waiting for five writes takes as long as one, not five times that.
        while let Some(finished) = self.writes.join_next().await {
            self.keep_failure(finished);
        }
        self.failures
    }

    fn keep_failure(&mut self, finished: Result<Result<u64, ServiceError>, JoinError>) {
        match finished {
            Ok(Ok(_row_id)) => {}
            Ok(Err(error)) => self.failures.push(error),
            // A panicking write is a bug, not a database error: let it reach the caller
            // instead of being swallowed, as a detached task's panic would be.
            Err(join_error) => std::panic::resume_unwind(join_error.into_panic()),
        }
    }
}
