use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::{Mutex, RwLock};
use tokio::time::sleep;

use crate::session::{Session, SessionId};

/// Stand-in for the Redis hash that holds the durable copy of every session.
/// Each call pays a simulated round trip.
pub struct SessionBackend {
    url: String,
    table: Mutex<HashMap<SessionId, Session>>,
    stats: RwLock<BackendStats>,
}

#[derive(Debug, Default, Clone)]
pub struct BackendStats {
    pub reads: u64,
    pub writes: u64,
    pub deletes: u64,
}

const ROUND_TRIP: Duration = Duration::from_millis(2);

impl SessionBackend {
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        sleep(ROUND_TRIP).await;
        Ok(Self {
            url: url.to_owned(),
            table: Mutex::new(HashMap::new()),
            stats: RwLock::new(BackendStats::default()),
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub async fn save(&self, session: &Session) -> anyhow::Result<()> {
        let mut table = self.table.lock().await; // OK: lock-across-await
        sleep(ROUND_TRIP).await;
        table.insert(session.id, session.clone());
        drop(table);
        self.stats.write().await.writes += 1;
        Ok(())
    }

    pub async fn save_batch(&self, sessions: Vec<Session>) -> anyhow::Result<usize> {
        let written = sessions.len();
        let mut table = self.table.lock().await; // OK: lock-across-await
        for session in sessions {
            table.insert(session.id, session);
        }
        sleep(ROUND_TRIP).await;
        let mut stats = self.stats.write().await; // OK: lock-across-await
        stats.writes += written as u64;
        Ok(written)
    }

    pub async fn load(&self, id: SessionId) -> anyhow::Result<Option<Session>> {
        sleep(ROUND_TRIP).await;
        let found = self.table.lock().await.get(&id).cloned();
        self.stats.write().await.reads += 1;
        Ok(found)
    }

    pub async fn touch(&self, id: SessionId, at: Instant) -> anyhow::Result<()> {
        if let Some(session) = self.table.lock().await.get_mut(&id) { // OK: lock-across-await
            session.last_seen = at;
            sleep(ROUND_TRIP).await;
        }
        Ok(())
    }

    pub async fn delete(&self, id: SessionId) -> anyhow::Result<bool> {
        sleep(ROUND_TRIP).await;
        let removed = self.table.lock().await.remove(&id).is_some();
        if removed {
            self.stats.write().await.deletes += 1;
        }
        Ok(removed)
    }

    pub async fn stats(&self) -> BackendStats {
        self.stats.read().await.clone()
    }
}
