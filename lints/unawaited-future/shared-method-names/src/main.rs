//! Method calls on receivers of unknown type: a name that belongs to both a sync and an async
//! method of the crate (`log`) or to common std/tokio methods (`send`) is not guessed; a name
//! that only an async method of the crate has (`persist`) is.

mod audit;
mod journal;

use audit::AuditTrail;
use journal::Journal;

async fn record(trail: &AuditTrail, journal: &Journal, events: tokio::sync::mpsc::UnboundedSender<String>) {
    trail.log("login"); // OK: unawaited-future
    journal.log("login").await; // OK: unawaited-future
    events.send("login".to_string()).unwrap(); // OK: unawaited-future
    journal.persist(); // EXPECT: unawaited-future
    journal.compact().await; // OK: unawaited-future
    trail.rotate(); // OK: unawaited-future
}

#[tokio::main]
async fn main() {
    let (events, _rx) = tokio::sync::mpsc::unbounded_channel();
    record(&AuditTrail, &Journal, events).await;
}
