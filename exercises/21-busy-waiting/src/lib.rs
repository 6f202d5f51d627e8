//! Exercise 21: busy waiting. When a server starts, its database migrations run in the
//! background while requests already arrive; every request handler waits until the
//! migrations are done before it touches the database. Run `kit grade exercise-21` to see
//! what the waiting costs and how late the handlers notice.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often a waiting handler checks whether the migrations are done.
const CHECK_EVERY: Duration = Duration::from_millis(100);

/// Whether the database migrations are done, shared (behind an `Arc`) by the migration task,
/// which calls [`mark_done`](Self::mark_done) once, and every request handler, which calls
/// [`wait_until_done`](Self::wait_until_done) first.
#[derive(Debug, Default)]
pub struct MigrationStatus {
    done: AtomicBool,
}

impl MigrationStatus {
    /// Migrations not done yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Called once, by the migration task, when the last migration has run.
    pub fn mark_done(&self) {
        self.done.store(true, Ordering::Release);
    }

    /// Wait until the migrations are done; return at once if they already are.
    pub async fn wait_until_done(&self) {
        // TODO: this loop wakes up every 100 ms to look at the flag, for as long as the
        // migrations run, in every waiting handler: the runtime never gets to sleep, and a
        // handler notices the end of the migrations only at its next look, up to 100 ms late.
        // Checking more often makes it later less and wake more. Let `mark_done` wake the
        // waiting handlers instead (you may change the struct's fields).
        while !self.done.load(Ordering::Acquire) {
            tokio::time::sleep(CHECK_EVERY).await;
        }
    }
}
