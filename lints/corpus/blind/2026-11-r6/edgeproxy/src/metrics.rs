//! Process counters and the tickers that report them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Default)]
pub struct Stats {
    pub conns: Arc<AtomicU64>,
    pub bytes: Arc<AtomicU64>,
}

impl Stats {
    pub fn log_and_reset(&self) {
        let conns = self.conns.swap(0, Ordering::Relaxed);
        let bytes = self.bytes.swap(0, Ordering::Relaxed);
        tracing::info!(conns, bytes, "last interval");
    }
}

/// Logs the counters every ten seconds, for as long as the process lives.
pub async fn collect(stats: Stats) {
    let mut every = tokio::time::interval(Duration::from_secs(10));
    loop {
        every.tick().await;
        stats.log_and_reset();
    }
}

/// Pushes the counters to the collector every ten seconds.
pub async fn push_to_collector(stats: Stats, client: reqwest::Client, url: String) {
    let mut every = tokio::time::interval(Duration::from_secs(10));
    loop {
        every.tick().await;
        let body = format!("conns {}\n", stats.conns.swap(0, Ordering::Relaxed));
        if let Err(e) = client.post(&url).body(body).send().await {
            tracing::warn!(error = %e, "metrics push failed");
        }
    }
}
