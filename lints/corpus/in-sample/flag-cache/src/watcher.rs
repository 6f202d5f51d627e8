use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::sync::{mpsc, watch};

use crate::cache::FlagCache;
use crate::fetcher::FlagFetcher;

#[derive(Debug, Default, Clone, Copy)]
pub struct WatchStats {
    pub passes: u64,
    pub changed: u64,
    pub failures: u64,
    pub last_version: u64,
}

#[derive(Default)]
pub struct WatcherState {
    pub inner: Mutex<WatchStats>,
}

/// Polls the control plane and refreshes the cache when something changed.
pub struct Watcher {
    cache: Arc<FlagCache>,
    fetcher: Arc<FlagFetcher>,
    state: Arc<WatcherState>,
    every: Duration,
    budget: Duration,
}

impl Watcher {
    pub fn new(cache: Arc<FlagCache>, fetcher: Arc<FlagFetcher>, every: Duration) -> Self {
        Self {
            cache,
            fetcher,
            state: Arc::new(WatcherState::default()),
            every,
            budget: every / 2,
        }
    }

    pub fn state(&self) -> Arc<WatcherState> {
        Arc::clone(&self.state)
    }

    pub async fn run(&self, mut shutdown: watch::Receiver<bool>) -> anyhow::Result<()> {
        let mut ticker = tokio::time::interval(self.every);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = shutdown.changed() => return Ok(()),
            }
            let drift = self.fetcher.remote_version().await? - self.state.inner.lock().last_version; // OK: lock-across-await
            if drift == 0 {
                continue;
            }
            let pass = async {
                let changed = self.cache.refresh().await?;
                let mut stats = self.state.inner.lock(); // OK: lock-across-await
                stats.passes += 1;
                stats.changed += changed as u64;
                stats.last_version += drift;
                anyhow::Ok(changed)
            };
            match tokio::time::timeout(self.budget, pass).await {
                Ok(Ok(_)) => {}
                Ok(Err(err)) => {
                    eprintln!("flag refresh failed: {err:#}");
                    self.state.inner.lock().failures += 1; // OK: lock-across-await
                }
                Err(_) => {
                    let mut stats = self.state.inner.lock(); // OK: lock-across-await
                    stats.failures += 1;
                }
            }
        }
    }

    pub async fn publish_stats(&self, out: &mpsc::Sender<WatchStats>) -> anyhow::Result<()> {
        Ok(out.send(*self.state.inner.lock()).await?) // EXPECT: lock-across-await
    }

    pub async fn publish_stats_copied(&self, out: &mpsc::Sender<WatchStats>) -> anyhow::Result<()> {
        let stats = *self.state.inner.lock(); // OK: lock-across-await
        out.send(stats).await?;
        Ok(())
    }
}
