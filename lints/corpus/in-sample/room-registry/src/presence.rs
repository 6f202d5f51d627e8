use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::protocol::UserId;

pub enum PresenceCommand {
    Ping(UserId),
    Disconnect(UserId),
    Sweep(Duration),
}

/// Tracks the last heartbeat of every connected user and tells the rest of
/// the cluster when someone comes online or drops off.
pub struct PresenceTracker {
    last_seen: Arc<Mutex<HashMap<UserId, Instant>>>,
    online_tx: mpsc::Sender<UserId>,
    offline_tx: mpsc::Sender<UserId>,
    reporter: Option<JoinHandle<()>>,
}

impl PresenceTracker {
    pub fn new(online_tx: mpsc::Sender<UserId>, offline_tx: mpsc::Sender<UserId>) -> Self {
        Self {
            last_seen: Arc::new(Mutex::new(HashMap::new())),
            online_tx,
            offline_tx,
            reporter: None,
        }
    }

    pub fn online_count(&self) -> usize {
        self.last_seen.lock().map(|s| s.len()).unwrap_or(0) // OK: lock-across-await
    }

    pub async fn heartbeat(&self, user: UserId) -> anyhow::Result<()> {
        let last_seen = Arc::clone(&self.last_seen);
        let mut seen = last_seen.lock().unwrap(); // EXPECT: lock-across-await
        let first = seen.insert(user, Instant::now()).is_none();
        if first {
            self.online_tx.send(user).await?;
        }
        Ok(())
    }

    /// Variant used by the HTTP long-poll transport.
    pub async fn heartbeat_polled(&self, user: UserId) -> anyhow::Result<()> {
        let first = self.last_seen.lock().unwrap().insert(user, Instant::now()).is_none(); // OK: lock-across-await
        if first {
            self.online_tx.send(user).await?;
        }
        Ok(())
    }

    pub async fn handle(&self, cmd: PresenceCommand) -> anyhow::Result<()> {
        match cmd {
            PresenceCommand::Ping(user) => self.heartbeat_polled(user).await,
            PresenceCommand::Disconnect(user) => {
                let mut seen = self.last_seen.lock().unwrap(); // EXPECT: lock-across-await
                if seen.remove(&user).is_some() {
                    self.offline_tx.send(user).await?;
                }
                Ok(())
            }
            PresenceCommand::Sweep(max_idle) => {
                let now = Instant::now();
                let stale: Vec<UserId> = {
                    let mut seen = self.last_seen.lock().unwrap(); // OK: lock-across-await
                    let stale: Vec<UserId> = seen
                        .iter()
                        .filter(|(_, t)| now.saturating_duration_since(**t) > max_idle)
                        .map(|(u, _)| *u)
                        .collect();
                    for user in &stale {
                        seen.remove(user);
                    }
                    stale
                };
                for user in stale {
                    self.offline_tx.send(user).await?;
                }
                Ok(())
            }
        }
    }

    pub async fn evict_stale(&self, max_idle: Duration) -> anyhow::Result<usize> {
        let now = Instant::now();
        let mut evicted = 0;
        {
            let mut seen = self.last_seen.lock().unwrap(); // EXPECT: lock-across-await
            let stale: Vec<UserId> = seen
                .iter()
                .filter(|(_, t)| now.saturating_duration_since(**t) > max_idle)
                .map(|(u, _)| *u)
                .collect();
            for user in stale {
                seen.remove(&user);
                self.offline_tx.send(user).await?;
                evicted += 1;
            }
        }
        Ok(evicted)
    }

    pub fn start_reporter(&mut self, every: Duration, out: mpsc::Sender<usize>) {
        let last_seen = Arc::clone(&self.last_seen);
        self.reporter = Some(tokio::spawn(async move {
            let mut ticker = tokio::time::interval(every);
            loop {
                ticker.tick().await;
                let online = last_seen.lock().unwrap().len(); // OK: lock-across-await
                if out.send(online).await.is_err() {
                    break;
                }
            }
        }));
    }

    pub async fn shutdown(&mut self) {
        if let Some(reporter) = self.reporter.take() {
            reporter.abort();
            let _ = reporter.await;
        }
    }
}
