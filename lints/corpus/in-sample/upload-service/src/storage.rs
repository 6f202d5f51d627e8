//! Blob storage on the local disk, through tokio::fs.

use std::path::PathBuf;

pub struct BlobStore {
    pub root: PathBuf,
}

impl BlobStore {
    pub async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        tokio::fs::write(self.root.join(key), bytes).await // OK: blocking-in-async, unawaited-future
    }

    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        tokio::fs::remove_file(self.root.join(key)).await
    }

    pub async fn touch_index(&self) {
        let _ = tokio::fs::write(self.root.join("index"), b"").await;
    }

    pub fn path_of(&self, key: &str) -> PathBuf {
        self.root.join(key)
    }
}
