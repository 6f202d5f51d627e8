//! Counters, flushed to the log by the admin task.

use std::collections::HashMap;

use tokio::sync::Mutex;

#[derive(Default)]
pub struct Metrics {
    counters: Mutex<HashMap<&'static str, u64>>,
}

impl Metrics {
    pub async fn incr(&self, name: &'static str) {
        *self.counters.lock().await.entry(name).or_insert(0) += 1;
    }

    pub async fn snapshot(&self) -> HashMap<&'static str, u64> {
        self.counters.lock().await.clone()
    }

    pub async fn remove(&self, name: &'static str) -> Option<u64> {
        self.counters.lock().await.remove(name)
    }
}
