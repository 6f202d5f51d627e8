use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use crate::session::SessionId;
use crate::store::SessionStore;

#[derive(Debug, Default, Clone)]
pub struct ReaperStats {
    pub passes: u64,
    pub reaped: u64,
    pub last_pass: Option<Instant>,
}

#[derive(Default)]
pub struct ReaperState {
    pub inner: Mutex<ReaperStats>,
}

/// Periodically evicts sessions that have been idle for longer than the store's TTL.
pub struct Reaper {
    store: Arc<SessionStore>,
    state: Arc<ReaperState>,
    every: Duration,
}

impl Reaper {
    pub fn new(store: Arc<SessionStore>, every: Duration) -> Self {
        Self {
            store,
            state: Arc::new(ReaperState::default()),
            every,
        }
    }

    pub fn state(&self) -> &ReaperState {
        &self.state
    }

    pub async fn run(&self) -> anyhow::Result<()> {
        let mut ticker = tokio::time::interval(self.every);
        loop {
            ticker.tick().await;
            let reaped = self.sweep().await?;
            let mut stats = self.state.inner.lock().expect("reaper stats poisoned"); // OK: lock-across-await
            stats.passes += 1;
            stats.reaped += reaped as u64;
            stats.last_pass = Some(Instant::now());
        }
    }

    async fn sweep(&self) -> anyhow::Result<usize> {
        let now = Instant::now();
        let ttl = self.store.ttl();
        let mut sessions = self.store.sessions.lock().unwrap_or_else(PoisonError::into_inner); // EXPECT: lock-across-await
        let expired: Vec<SessionId> = sessions
            .values()
            .filter(|s| s.is_expired(ttl, now))
            .map(|s| s.id)
            .collect();
        for id in &expired {
            sessions.remove(id);
            self.store.backend().delete(*id).await?;
        }
        Ok(expired.len())
    }

    /// Dry run used by the admin endpoint: how many sessions the next pass would evict.
    pub async fn preview(&self, out: &mpsc::Sender<usize>) -> anyhow::Result<()> {
        let now = Instant::now();
        let ttl = self.store.ttl();
        let due = self // OK: lock-across-await
            .store
            .sessions
            .lock()
            .unwrap()
            .values()
            .filter(|s| s.is_expired(ttl, now))
            .count();
        out.send(due).await?;
        Ok(())
    }
}

pub async fn report(state: &ReaperState, out: &mpsc::Sender<String>) -> anyhow::Result<()> {
    let stats = state.inner.lock().unwrap(); // EXPECT: lock-across-await
    let line = format!("reaper passes={} reaped={}", stats.passes, stats.reaped);
    out.send(line).await?;
    Ok(())
}
