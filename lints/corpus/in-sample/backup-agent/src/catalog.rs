//! The local chunk catalog: the hashes of every chunk already uploaded, so a snapshot uploads
//! only what is new. Loaded from and saved to a JSON file in the state directory; the chunker
//! consults it from blocking threads, the async side awaits it.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::runtime::Handle;
use tokio::sync::RwLock;

pub type ChunkHash = [u8; 32];

pub struct Catalog {
    known: RwLock<HashSet<ChunkHash>>,
    path: PathBuf,
}

impl Catalog {
    pub fn new(path: PathBuf) -> Self {
        Self { known: RwLock::new(HashSet::new()), path }
    }

    pub async fn load(&self) -> std::io::Result<usize> {
        let bytes = match tokio::fs::read(&self.path).await {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let hashes: Vec<ChunkHash> = serde_json::from_slice(&bytes).unwrap_or_default();
        let mut known = self.known.write().await;
        known.extend(hashes);
        Ok(known.len())
    }

    pub async fn save(&self) -> std::io::Result<()> {
        let hashes: Vec<ChunkHash> = self.known.read().await.iter().copied().collect();
        let bytes = serde_json::to_vec(&hashes).unwrap_or_default();
        let staging = self.path.with_extension("tmp");
        tokio::fs::write(&staging, bytes).await?;
        tokio::fs::rename(&staging, &self.path).await
    }

    pub async fn contains(&self, hash: &ChunkHash) -> bool {
        self.known.read().await.contains(hash)
    }

    pub async fn insert_all(&self, hashes: impl IntoIterator<Item = ChunkHash>) {
        self.known.write().await.extend(hashes);
    }

    /// For the chunker, which runs on the blocking pool.
    pub fn contains_now(&self, hash: &ChunkHash) -> bool {
        self.known.blocking_read().contains(hash) // OK: block-on-in-async
    }

    pub fn len_now(&self) -> usize {
        self.known.blocking_read().len() // OK: block-on-in-async
    }
}

/// Saves the catalog when dropped. `main` holds one outside the runtime's `block_on`, so an
/// early return of the agent still writes what was uploaded.
pub struct SaveOnDrop {
    pub catalog: Arc<Catalog>,
    pub runtime: Handle,
}

impl Drop for SaveOnDrop {
    fn drop(&mut self) {
        if let Err(e) = self.runtime.block_on(self.catalog.save()) { // OK: block-on-in-async
            eprintln!("catalog not saved: {e}");
        }
    }
}
