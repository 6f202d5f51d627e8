//! Where blobs go: a trait with one implementation per storage kind.

use std::path::PathBuf;

use async_trait::async_trait;

#[async_trait]
pub trait Backend: Send + Sync {
    async fn put(&self, key: &str, bytes: Vec<u8>) -> anyhow::Result<()>;
    async fn delete(&self, key: &str) -> anyhow::Result<()>;
    async fn sync(&self) -> anyhow::Result<()>;
    fn name(&self) -> &str;
}

pub struct LocalBackend {
    dir: PathBuf,
}

impl LocalBackend {
    pub fn new(dir: PathBuf) -> LocalBackend {
        LocalBackend { dir }
    }
}

#[async_trait]
impl Backend for LocalBackend {
    async fn put(&self, key: &str, bytes: Vec<u8>) -> anyhow::Result<()> {
        tokio::fs::write(self.dir.join(key), bytes).await?;
        Ok(())
    }

    async fn delete(&self, key: &str) -> anyhow::Result<()> {
        tokio::fs::remove_file(self.dir.join(key)).await?;
        Ok(())
    }

    async fn sync(&self) -> anyhow::Result<()> {
        let dir = tokio::fs::File::open(&self.dir).await?;
        dir.sync_all().await?;
        Ok(())
    }

    fn name(&self) -> &str {
        "local"
    }
}

/// A write-ahead list of deletions, kept in memory until the next sync. Its `put` is not the
/// backend's: it only records the key.
#[derive(Default)]
pub struct Tombstones {
    keys: Vec<String>,
}

impl Tombstones {
    pub fn put(&mut self, key: &str) {
        self.keys.push(key.to_string());
    }

    pub fn drain(&mut self) -> Vec<String> {
        std::mem::take(&mut self.keys)
    }
}

/// Copy every key to a second backend of any kind.
pub async fn mirror_to<B: Backend>(target: &B, keys: &[String]) -> anyhow::Result<()> {
    for key in keys {
        target.put(key, Vec::new()).await?; // OK: unawaited-future
    }
    target.sync(); // EXPECT: unawaited-future
    Ok(())
}

/// Remove keys from whatever backend the caller picked.
pub async fn purge(backend: &dyn Backend, tombstones: &mut Tombstones) {
    for key in tombstones.drain() {
        backend.delete(&key); // EXPECT: unawaited-future
    }
    tracing::info!(backend = backend.name(), "purged"); // OK: unawaited-future
}

/// A quick health probe used by the CLI wrapper.
pub async fn probe(backend: impl Backend) -> bool {
    backend.sync(); // EXPECT: unawaited-future
    backend.sync().await.is_ok() // OK: unawaited-future
}
