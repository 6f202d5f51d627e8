//! Exercise 21, solved: the handlers wait on a `watch` channel, which wakes them when the
//! migrations are done and never before: the `asyncio.Event` of the seeds.

use tokio::sync::watch;

/// Whether the database migrations are done, shared (behind an `Arc`) by the migration task,
/// which calls [`mark_done`](Self::mark_done) once, and every request handler, which calls
/// [`wait_until_done`](Self::wait_until_done) first.
#[derive(Debug)]
pub struct MigrationStatus {
    /// A `watch` channel holds one value and wakes every receiver waiting for it to change.
    /// It keeps the value, so it is a flag and a notification at once.
    done: watch::Sender<bool>,
}

impl Default for MigrationStatus {
    fn default() -> Self {
        Self::new()
    }
}

impl MigrationStatus {
    /// Migrations not done yet.
    pub fn new() -> Self {
        Self {
            done: watch::Sender::new(false),
        }
    }

    /// Called once, by the migration task, when the last migration has run.
    pub fn mark_done(&self) {
        // `send_replace` stores the value even when nobody is subscribed yet (`send` would
        // return an error then), and wakes every handler waiting right now. It is a plain
        // fn, so the migration task may call it from sync code too.
        self.done.send_replace(true);
    }

    /// Wait until the migrations are done; return at once if they already are.
    pub async fn wait_until_done(&self) {
        // A handler that arrives after `mark_done` finds `true` and returns at once:
        // `wait_for` checks the current value before it waits. One that arrives before waits
        // without any timer: its task is parked until `send_replace` wakes it, so the runtime
        // can sleep, and it resumes at the very moment the migrations end. There is no gap
        // between checking and waiting in which the change could be missed: the receiver
        // remembers which version of the value it has seen.
        //
        // `Notify` works too, but mind its trap: `notify_waiters()` wakes only the tasks
        // already waiting and stores nothing, so keep the flag beside it and create the
        // `notified()` future (and `enable` it) BEFORE checking the flag. `notify_one()`
        // would wake a single handler.
        let mut done = self.done.subscribe();
        // `wait_for` fails only if the sender is gone, and `self` owns it. The `Ref` it
        // returns would hold a read lock: let it go at once.
        let _ = done.wait_for(|done| *done).await;
    }
}
