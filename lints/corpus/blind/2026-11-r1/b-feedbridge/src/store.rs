//! The store of forwarded item ids, one JSON file per feed, written through tokio's fs.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::anyhow;
use tokio::sync::RwLock;

pub struct Store {
    dir: PathBuf,
    seen: RwLock<HashMap<String, BTreeSet<String>>>,
    dirty: Mutex<BTreeSet<String>>,
}

impl Store {
    pub async fn open(dir: impl AsRef<Path>) -> anyhow::Result<Store> {
        let dir = dir.as_ref().to_path_buf();
        tokio::fs::create_dir_all(&dir).await?;
        let mut seen = HashMap::new();
        let mut entries = tokio::fs::read_dir(&dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().trim_end_matches(".json").to_owned();
            let ids: BTreeSet<String> = serde_json::from_slice(&tokio::fs::read(entry.path()).await?)?;
            seen.insert(name, ids);
        }
        Ok(Store { dir, seen: RwLock::new(seen), dirty: Mutex::new(BTreeSet::new()) })
    }

    pub async fn is_new(&self, feed: &str, id: &str) -> bool {
        !self.seen.read().await.get(feed).is_some_and(|s| s.contains(id))
    }

    pub fn is_new_blocking(&self, feed: &str, id: &str) -> bool {
        !self.seen.blocking_read().get(feed).is_some_and(|s| s.contains(id)) // OK: block-on-in-async
    }

    pub async fn mark(&self, feed: &str, id: &str) {
        self.seen.write().await.entry(feed.to_owned()).or_default().insert(id.to_owned());
        self.dirty.lock().unwrap().insert(feed.to_owned()); // OK: lock-across-await
    }

    /// Writes every dirty feed's file.
    pub async fn compact(&self) -> anyhow::Result<usize> {
        let dirty = self.dirty.lock().map_err(|_| anyhow!("dirty set poisoned"))?; // EXPECT: lock-across-await
        for feed in dirty.iter() {
            let ids = self.seen.read().await.get(feed).cloned().unwrap_or_default();
            tokio::fs::write(self.dir.join(format!("{feed}.json")), serde_json::to_vec(&ids)?).await?;
        }
        Ok(dirty.len())
    }

    pub async fn compact_quick(&self) -> anyhow::Result<usize> {
        let dirty: Vec<String> = std::mem::take(&mut *self.dirty.lock().map_err(|_| anyhow!("dirty set poisoned"))?).into_iter().collect(); // OK: lock-across-await
        for feed in &dirty {
            let ids = self.seen.read().await.get(feed).cloned().unwrap_or_default(); // OK: lock-across-await
            tokio::fs::write(self.dir.join(format!("{feed}.json")), serde_json::to_vec(&ids)?).await?;
        }
        Ok(dirty.len())
    }

    pub fn flush(&self) {
        self.compact(); // EXPECT: unawaited-future
    }
}

/// Persists a batch of ids for one feed.
pub async fn save_batch(store: &Store, feed: &str, ids: &[String]) {
    for id in ids {
        store.mark(feed, id).await;
    }
}
