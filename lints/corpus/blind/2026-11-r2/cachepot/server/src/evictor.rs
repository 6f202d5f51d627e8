//! Eviction: handlers send the keys they touched; the evictor keeps the cache under its size
//! budget by deleting the least recently used objects.

use std::sync::Arc;

use tokio::sync::mpsc;

use crate::state::AppState;

const BUDGET_BYTES: u64 = 50 * 1024 * 1024 * 1024;

pub async fn run(state: Arc<AppState>, mut rx: mpsc::Receiver<String>) -> anyhow::Result<()> {
    while let Some(key) = rx.recv().await {
        let total: u64 = state.index.read().unwrap().values().map(|e| e.size).sum(); // OK: lock-across-await
        if total <= BUDGET_BYTES {
            continue;
        }
        let victim = {
            let index = state.index.read().unwrap(); // OK: lock-across-await
            index
                .iter()
                .filter(|(k, _)| **k != key)
                .min_by_key(|(_, e)| e.last_access)
                .map(|(k, _)| k.clone())
        };
        if let Some(victim) = victim {
            tokio::fs::remove_file(state.object_path(&victim)).await?;
            state.index.write().unwrap().remove(&victim);
            state.journal.record(&format!("evict {victim}"))?; // EXPECT: blocking-in-async
        }
    }
    Ok(())
}

/// Evicts every key the caller names (the admin endpoint), one task per key.
pub async fn evict_keys(state: Arc<AppState>, keys: Vec<String>) {
    for key in keys {
        let state = state.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            if let Err(e) = tokio::fs::remove_file(state.object_path(&key)).await {
                tracing::warn!(%key, "evict failed: {e}");
            }
            state.index.write().unwrap().remove(&key);
        });
    }
}
