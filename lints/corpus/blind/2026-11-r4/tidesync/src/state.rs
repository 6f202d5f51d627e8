//! The in-memory view of the folder: which files we have, with which digest.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use crate::backend::{Backend, Tombstones};

pub struct SyncState {
    pub files: Mutex<HashMap<String, String>>,
    pub backend: Arc<dyn Backend>,
    pub tombstones: Mutex<Tombstones>,
    pub generation: tokio::sync::Mutex<u64>,
    journal: tokio::sync::Mutex<Vec<String>>,
}

impl SyncState {
    pub fn new(files: HashMap<String, String>, backend: Arc<dyn Backend>) -> SyncState {
        SyncState {
            files: Mutex::new(files),
            backend,
            tombstones: Mutex::new(Tombstones::default()),
            generation: tokio::sync::Mutex::new(0),
            journal: tokio::sync::Mutex::new(Vec::new()),
        }
    }

    pub fn journal(&self) -> &tokio::sync::Mutex<Vec<String>> {
        &self.journal
    }

    /// Record a local change and push it to the backend.
    pub async fn record(&self, path: &str, bytes: Vec<u8>) -> anyhow::Result<()> {
        let mut hasher = Sha256::new();
        hasher.update(&bytes); // OK: unawaited-future
        let digest = format!("{:x}", hasher.finalize());
        let mut files = self.files.lock().unwrap(); // EXPECT: lock-across-await
        files.insert(path.to_string(), digest.clone()); // OK: unawaited-future
        self.backend.put(&digest, bytes).await?;
        drop(files);
        let mut journal = self.journal().lock().await; // OK: lock-across-await
        journal.push(path.to_string());
        self.backend.sync().await?;
        Ok(())
    }

    /// Forget a file everywhere.
    pub async fn forget(&self, path: &str) -> anyhow::Result<()> {
        let removed = self.files.lock().unwrap().remove(path); // OK: lock-across-await
        if let Some(digest) = removed {
            self.tombstones.lock().unwrap().put(&digest); // OK: unawaited-future, lock-across-await
            self.backend.delete(&digest); // EXPECT: unawaited-future
        }
        Ok(())
    }

    /// Send a file's digest to whoever asked, if we know the file.
    pub async fn answer(&self, path: &str, to: &tokio::sync::mpsc::Sender<String>) {
        match self.files.lock().unwrap().get(path).cloned() { // EXPECT: lock-across-await
            Some(digest) => {
                let _ = to.send(digest).await;
            }
            None => tracing::debug!(%path, "unknown file"),
        }
    }

    /// Tell a peer what we hold for a path, or sync first when we hold nothing.
    pub async fn describe(&self, path: &str) -> String {
        if let Some(digest) = self.files.lock().unwrap().get(path) { // EXPECT: lock-across-await
            digest.clone()
        } else {
            let _ = self.backend.sync().await;
            String::new()
        }
    }

    /// The current generation, for the watcher thread, which has no runtime.
    pub fn generation_now(&self) -> u64 {
        *self.generation.blocking_lock() // OK: block-on-in-async
    }

    /// Bump the generation after a full sync.
    pub async fn bump(&self) -> u64 {
        let before = self.generation_now(); // EXPECT: block-on-in-async
        let mut generation = self.generation.lock().await; // OK: lock-across-await
        *generation = before + 1;
        *generation
    }
}

/// Per-connection counters of the peer listener, which runs on a `LocalSet`.
#[derive(Default)]
pub struct LocalCounters {
    pub served: RefCell<u64>,
}

impl LocalCounters {
    pub async fn serve_one(&self, reply: &tokio::sync::mpsc::Sender<String>) {
        let mut served = self.served.borrow_mut(); // EXPECT: lock-across-await
        *served += 1;
        let _ = reply.send(served.to_string()).await;
    }

    pub async fn serve_quietly(&self, reply: &tokio::sync::mpsc::Sender<String>) {
        *self.served.borrow_mut() += 1; // OK: lock-across-await
        let count = *self.served.borrow(); // OK: lock-across-await
        let _ = reply.send(count.to_string()).await;
    }
}
