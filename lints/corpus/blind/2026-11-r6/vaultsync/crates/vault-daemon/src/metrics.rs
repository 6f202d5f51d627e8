//! Counters the daemon keeps, and the ticker that logs them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

#[derive(Clone, Default)]
pub struct Registry {
    pub requests: Arc<AtomicU64>,
    pub pushes: Arc<AtomicU64>,
}

impl Registry {
    pub fn log(&self) {
        tracing::info!(
            requests = self.requests.swap(0, Ordering::Relaxed),
            pushes = self.pushes.swap(0, Ordering::Relaxed),
            "last minute"
        );
    }
}

pub async fn report(registry: Registry, shutdown: CancellationToken) {
    let mut every = tokio::time::interval(Duration::from_secs(60));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = every.tick() => registry.log(),
        }
    }
}
