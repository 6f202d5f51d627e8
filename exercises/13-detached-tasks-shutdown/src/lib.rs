//! Exercise 13: detached tasks and graceful shutdown. An audit log writes each event to the
//! database in the background, so recording an event never slows the request that caused it.
//! Run `kit grade exercise-13` to see what happens to those writes when the program stops.

use kit_harness::{Database, ServiceError};

/// The table the audit entries go to.
pub const AUDIT_TABLE: &str = "audit_log";

/// Records events to the database in the background.
pub struct AuditLog {
    db: Database,
}

impl AuditLog {
    /// An audit log writing to `db`.
    pub fn new(db: Database) -> Self {
        Self { db }
    }

    /// Start writing `event` to [`AUDIT_TABLE`] in the background and return at once.
    pub fn record(&mut self, event: impl Into<String>) {
        let db = self.db.clone();
        let event = event.into();
        // TODO: this task is detached: its JoinHandle is dropped on the spot. Nobody will
        // ever learn whether the write failed, and `shutdown` has no way to wait for it, so
        // when the program ends the write is cut off halfway. Keep track of every write you
        // start (the struct may hold more than the database).
        tokio::spawn(async move {
            let _ = db.insert(AUDIT_TABLE, event).await;
        });
    }

    /// Stop the audit log: return only when every write started by [`record`](Self::record)
    /// has finished, with the errors of the writes that failed.
    pub async fn shutdown(self) -> Vec<ServiceError> {
        // TODO: wait for the writes still running and report the ones that failed.
        Vec::new()
    }
}
