//! Request handlers: the upload endpoint and the delete endpoint.

use std::sync::Arc;
use std::time::Duration;

use tokio::task::{self, JoinHandle, JoinSet};

use crate::processing;
use crate::storage::BlobStore;

pub struct Uploads {
    store: Arc<BlobStore>,
    pending: std::sync::Mutex<Vec<JoinHandle<()>>>,
    jobs: tokio::sync::Mutex<JoinSet<()>>,
}

impl Uploads {
    pub async fn upload(&self, key: String, bytes: Vec<u8>) -> std::io::Result<()> {
        self.store.put(&key, &bytes).await?;
        let path = self.store.path_of(&key);
        tokio::spawn(processing::thumbnail(path.clone())); // OK: detached-spawn
        task::spawn(processing::index(path.clone())); // OK: detached-spawn
        let scan = tokio::spawn(processing::scan(path.clone())); // OK: detached-spawn
        if !scan.await.unwrap_or(false) {
            self.store.delete(&key); // EXPECT: unawaited-future
            return Ok(());
        }
        let expiry = tokio::spawn(processing::expire_later(path.clone(), Duration::from_secs(86_400))); // OK: detached-spawn
        self.pending.lock().unwrap().push(expiry); // OK: blocking-in-async
        self.jobs.lock().await.spawn(processing::index(path)); // OK: detached-spawn
        self.store.touch_index(); // EXPECT: unawaited-future
        Ok(())
    }

    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        let removal = self.store.delete(key); // OK: unawaited-future
        let cleanup = tokio::spawn(processing::expire_later(self.store.path_of(key), Duration::ZERO)); // OK: detached-spawn
        let (removed, _) = tokio::join!(removal, cleanup);
        removed
    }

    pub async fn reprocess(&self, keys: Vec<String>) {
        for key in keys {
            let path = self.store.path_of(&key);
            let _handle = tokio::spawn(processing::thumbnail(path)); // EXPECT: unbounded-gather // OK: detached-spawn
        }
    }

    /// After the thumbnail format changed: regenerates the thumbnail of every stored blob.
    pub async fn reprocess_everything(&self) -> std::io::Result<()> {
        let mut listing = tokio::fs::read_dir(&self.store.root).await?;
        let mut keys = Vec::new();
        while let Some(entry) = listing.next_entry().await? {
            keys.push(entry.file_name().to_string_lossy().into_owned());
        }
        self.reprocess(keys).await;
        Ok(())
    }

    pub async fn reprocess_three(&self) {
        for key in ["a.png", "b.png", "c.png"] {
            let _ = tokio::spawn(processing::thumbnail(self.store.path_of(key))); // OK: unbounded-gather, detached-spawn
        }
    }

    pub async fn cleanup_all(&self, keys: &[String]) {
        let deletions = futures::future::join_all(keys.iter().map(|key| self.store.delete(key))).await; // EXPECT: unbounded-gather
        tracing::info!(deleted = deletions.iter().filter(|r| r.is_ok()).count(), "cleanup");
        processing::expire_later(self.store.path_of("tmp"), Duration::from_secs(60)); // EXPECT: unawaited-future
        let _ = processing::scan(self.store.path_of("quarantine")); // EXPECT: unawaited-future
    }

    /// Deletes the blobs the nightly expiry sweep listed, one key per line.
    pub async fn delete_expired(&self) -> std::io::Result<()> {
        let listed = tokio::fs::read_to_string(self.store.path_of("expired.list")).await?;
        let keys: Vec<String> = listed.lines().map(str::to_owned).collect();
        self.cleanup_all(&keys).await;
        Ok(())
    }

    pub fn shutdown(&self) {
        for handle in self.pending.lock().unwrap().drain(..) { // OK: blocking-in-async
            handle.abort();
        }
    }
}

impl Drop for Uploads {
    fn drop(&mut self) {
        self.store.touch_index(); // EXPECT: unawaited-future
    }
}
