//! The plugins' key-value store: namespaced entries behind a tokio `RwLock`, written to disk
//! by a periodic flush and once more at shutdown.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::RwLock;
use tokio_util::sync::CancellationToken;

pub struct KvStore {
    entries: RwLock<HashMap<String, String>>,
    path: PathBuf,
}

impl KvStore {
    pub fn new(path: PathBuf) -> Self {
        Self { entries: RwLock::new(HashMap::new()), path }
    }

    pub async fn get(&self, key: &str) -> Option<String> {
        self.entries.read().await.get(key).cloned()
    }

    pub async fn put(&self, key: String, value: String) {
        self.entries.write().await.insert(key, value);
    }

    pub async fn remove_prefix(&self, prefix: &str) -> usize {
        let mut entries = self.entries.write().await;
        let before = entries.len();
        entries.retain(|key, _| !key.starts_with(prefix));
        before - entries.len()
    }

    /// Writes the whole store; returns the number of bytes written.
    pub async fn flush(&self) -> std::io::Result<usize> {
        let snapshot = serde_json::to_vec(&*self.entries.read().await).unwrap_or_default();
        let written = snapshot.len();
        tokio::fs::write(&self.path, snapshot).await?;
        Ok(written)
    }

    /// For plugin threads, which are not runtime workers.
    pub fn get_from_plugin_thread(&self, key: &str) -> Option<String> {
        self.entries.blocking_read().get(key).cloned() // OK: block-on-in-async
    }

    pub fn len_from_plugin_thread(&self) -> usize {
        self.entries.blocking_read().len() // OK: block-on-in-async
    }
}

/// Flushes the store every `period` until shutdown, then once more.
pub async fn flush_periodically(store: Arc<KvStore>, period: Duration, shutdown: CancellationToken) {
    let mut tick = tokio::time::interval(period);
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tick.tick() => {
                if let Err(e) = store.flush().await {
                    tracing::warn!(error = %e, "kv flush failed");
                }
            }
        }
    }
    if let Err(e) = store.flush().await {
        tracing::error!(error = %e, "final kv flush failed");
    }
}

/// Writes a backup copy every hour, for as long as the process lives.
pub async fn backup_hourly(store: Arc<KvStore>, dir: PathBuf) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        let snapshot = serde_json::to_vec(&*store.entries.read().await).unwrap_or_default();
        if let Err(e) = tokio::fs::write(dir.join(format!("kv-{stamp}.json")), snapshot).await {
            tracing::warn!(error = %e, "kv backup failed");
        }
    }
}
