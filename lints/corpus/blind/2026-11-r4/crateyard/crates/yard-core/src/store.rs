//! Blobs on local disk under `objects/<2 hex>/<digest>`, written once and never changed.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use sha2::{Digest, Sha256};

use crate::hex;

pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn at(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn object_path(&self, digest: &str) -> PathBuf {
        self.root.join("objects").join(&digest[..2]).join(digest)
    }

    /// A blob by digest. The CLI's `pull` and the server's GET route both read through here.
    pub async fn get(&self, digest: &str) -> anyhow::Result<Vec<u8>> {
        let path = self.object_path(digest);
        let mut file = File::open(&path).with_context(|| format!("open {}", path.display()))?; // EXPECT: blocking-in-async
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?; // EXPECT: blocking-in-async
        Ok(bytes)
    }

    /// Store a blob from the CLI's `push`; the server has its own streaming path.
    pub async fn put_local(&self, bytes: &[u8]) -> anyhow::Result<String> {
        let digest = hex(Sha256::digest(bytes));
        let path = self.object_path(&digest);
        if path.exists() { // OK: blocking-in-async
            return Ok(digest);
        }
        fs::create_dir_all(path.parent().expect("object paths have a parent"))?; // OK: blocking-in-async
        let mut file = File::create(&path)?; // OK: blocking-in-async
        file.write_all(bytes)?; // OK: blocking-in-async
        Ok(digest)
    }

    /// Store a blob the server received, off the runtime's threads.
    pub async fn put_verified(&self, digest: String, bytes: Vec<u8>) -> anyhow::Result<()> {
        let path = self.object_path(&digest);
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            let actual = hex(Sha256::digest(&bytes));
            anyhow::ensure!(actual == digest, "digest mismatch: {actual} != {digest}");
            fs::create_dir_all(path.parent().unwrap())?; // OK: blocking-in-async
            let mut file = File::create(&path)?; // OK: blocking-in-async
            file.write_all(&bytes)?; // OK: blocking-in-async
            file.sync_all()?; // OK: blocking-in-async
            Ok(())
        })
        .await?
    }

    /// Open a blob for the server to stream back; the caller hands the handle to tokio.
    pub async fn open_for_streaming(&self, digest: &str) -> anyhow::Result<File> {
        let file = File::open(self.object_path(digest))?; // OK: blocking-in-async
        Ok(file)
    }

    /// Every digest on disk, for `gc` and the server's inventory.
    pub async fn list(&self) -> anyhow::Result<Vec<String>> {
        let mut digests = Vec::new();
        let mut shards = tokio::fs::read_dir(self.root.join("objects")).await?;
        while let Some(shard) = shards.next_entry().await? {
            let mut entries = tokio::fs::read_dir(shard.path()).await?;
            while let Some(entry) = entries.next_entry().await? {
                digests.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        Ok(digests)
    }

    /// Remove a blob; only `yard gc` calls it.
    pub async fn remove(&self, digest: &str) -> anyhow::Result<()> {
        fs::remove_file(self.object_path(digest))?; // OK: blocking-in-async
        Ok(())
    }
}
