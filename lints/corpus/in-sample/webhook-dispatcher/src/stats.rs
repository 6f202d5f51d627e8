//! Delivery statistics, reported to the log every few seconds.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

static DELIVERED: AtomicU64 = AtomicU64::new(0);
static FAILED: AtomicU64 = AtomicU64::new(0);

pub fn record(ok: bool) {
    let counter = if ok { &DELIVERED } else { &FAILED };
    counter.fetch_add(1, Ordering::Relaxed);
}

pub async fn report_every(period: Duration) {
    loop {
        tokio::time::sleep(period); // EXPECT: unawaited-future
        flush().await; // OK: unawaited-future
    }
}

pub async fn flush() {
    tracing::info!(delivered = DELIVERED.load(Ordering::Relaxed), failed = FAILED.load(Ordering::Relaxed), "webhook stats");
}
