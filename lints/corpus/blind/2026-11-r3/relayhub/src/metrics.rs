use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

#[derive(Clone, Default)]
pub struct Metrics {
    relayed: Arc<AtomicU64>,
}

impl Metrics {
    pub fn add(&self, bytes: u64) {
        self.relayed.fetch_add(bytes, Ordering::Relaxed);
    }

    pub async fn report_every_minute(self) {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            let line = format!("relayed_bytes {}\n", self.relayed.load(Ordering::Relaxed));
            std::fs::write("/var/lib/relayhub/metrics.prom", line).ok(); // EXPECT: blocking-in-async
        }
    }
}
