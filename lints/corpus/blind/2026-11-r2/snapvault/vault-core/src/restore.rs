//! `vault pull`: write a snapshot's files back to disk.

use std::io::Write;
use std::path::Path;

use futures::stream::{self, StreamExt, TryStreamExt};

use crate::manifest::Manifest;
use crate::remote::RemoteStore;

const PARALLEL_DOWNLOADS: usize = 8;

pub async fn restore(remote: &RemoteStore, manifest: &Manifest, dest: &Path) -> anyhow::Result<u64> {
    std::fs::create_dir_all(dest)?; // OK: blocking-in-async
    let mut written = 0;
    for entry in &manifest.entries {
        let target = dest.join(&entry.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?; // OK: blocking-in-async
        }
        let chunks: Vec<bytes::Bytes> = stream::iter(entry.chunks.iter()) // OK: unbounded-gather
            .map(|digest| remote.download_chunk(digest))
            .buffered(PARALLEL_DOWNLOADS)
            .try_collect()
            .await?;
        let mut file = std::fs::File::create(&target)?; // OK: blocking-in-async
        for chunk in &chunks {
            file.write_all(chunk)?; // OK: blocking-in-async
            written += chunk.len() as u64;
        }
    }
    Ok(written)
}

/// Fetches the chunks the server reports missing from a snapshot, to repair the local cache.
pub async fn repair(remote: &RemoteStore, id: &str, cache: &Path) -> anyhow::Result<usize> {
    let body = remote.get_bytes(&format!("snapshots/{id}/missing")).await?;
    let missing: Vec<String> = serde_json::from_slice(&body)?;
    let fetched = futures::future::try_join_all(missing.iter().map(|d| remote.download_chunk(d))).await?; // EXPECT: unbounded-gather
    for (digest, bytes) in missing.iter().zip(&fetched) {
        tokio::fs::write(cache.join(digest), bytes).await?;
    }
    Ok(fetched.len())
}

/// Prefetches a batch of chunks into the cache. The CLI hands it at most 32 digests at a time.
pub async fn prefetch(remote: &RemoteStore, digests: &[String], cache: &Path) -> anyhow::Result<()> {
    let fetched = futures::future::try_join_all(digests.iter().map(|d| remote.download_chunk(d))).await?; // OK: unbounded-gather
    for (digest, bytes) in digests.iter().zip(fetched) {
        tokio::fs::write(cache.join(digest), bytes).await?;
    }
    Ok(())
}

pub async fn prefetch_all(remote: &RemoteStore, manifest: &Manifest, cache: &Path) -> anyhow::Result<()> {
    let digests: Vec<String> = manifest.entries.iter().flat_map(|e| e.chunks.clone()).collect();
    for batch in digests.chunks(32) {
        prefetch(remote, batch, cache).await?;
    }
    Ok(())
}
