use std::io::Write;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

/// The on-disk object store under `cache_dir/objects`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn open(root: PathBuf) -> anyhow::Result<Store> {
        std::fs::create_dir_all(root.join("objects"))?;
        Ok(Store { root })
    }

    pub fn object_path(&self, key: &str) -> PathBuf {
        self.root.join("objects").join(&key[..2]).join(key)
    }

    pub fn key_of(bytes: &[u8]) -> String {
        let mut hasher = Sha256::new();
        hasher.update(bytes); // OK: unawaited-future
        format!("{:x}", hasher.finalize())
    }

    /// Used by the CLI's `push` and by `stashd`'s upload route.
    pub async fn put(&self, bytes: &[u8]) -> anyhow::Result<String> {
        let key = Store::key_of(bytes);
        let path = self.object_path(&key);
        tokio::fs::create_dir_all(path.parent().unwrap()).await?;
        tokio::fs::write(&path, bytes).await?;
        Ok(key)
    }

    /// Used by the CLI's `pull` only.
    pub async fn put_file(&self, key: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.object_path(key);
        std::fs::create_dir_all(path.parent().unwrap())?; // OK: blocking-in-async
        let mut file = std::fs::File::create(&path)?; // OK: blocking-in-async
        file.write_all(bytes)?; // OK: blocking-in-async
        Ok(())
    }

    /// Used by `stashd`'s download route, and by the CLI's `verify`.
    pub async fn get(&self, key: &str) -> anyhow::Result<Vec<u8>> {
        Ok(std::fs::read(self.object_path(key))?) // EXPECT: blocking-in-async
    }

    pub async fn contains(&self, key: &str) -> bool {
        self.object_path(key).exists() // OK: blocking-in-async
    }
}
