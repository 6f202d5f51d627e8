//! Objects on disk: reading, writing, and the sweep of files no index entry points to.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinSet;

use crate::state::AppState;

/// Reads the metadata sidecar of an object.
pub fn read_sidecar(path: &Path) -> anyhow::Result<cachepot_client::ArtifactMeta> {
    let mut file = std::fs::File::open(path.with_extension("meta"))?; // OK: blocking-in-async
    let mut text = String::new();
    file.read_to_string(&mut text)?; // OK: blocking-in-async
    Ok(serde_json::from_str(&text)?)
}

pub fn write_sidecar(path: &Path, meta: &cachepot_client::ArtifactMeta) -> anyhow::Result<()> {
    std::fs::write(path.with_extension("meta"), serde_json::to_vec(meta)?)?; // OK: blocking-in-async
    Ok(())
}

/// `read_sidecar` on the blocking pool, for handlers.
pub async fn read_sidecar_async(path: PathBuf) -> anyhow::Result<cachepot_client::ArtifactMeta> {
    tokio::task::spawn_blocking(move || read_sidecar(&path)).await? // OK: blocking-in-async
}

/// Removes object files that have no index entry. Runs once an hour.
pub async fn sweep_orphans(state: Arc<AppState>) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match sweep_once(&state).await {
            Ok(n) => tracing::info!(removed = n, "orphan sweep"),
            Err(e) => tracing::warn!("orphan sweep failed: {e:#}"),
        }
    }
}

async fn sweep_once(state: &AppState) -> anyhow::Result<usize> {
    let mut removed = 0;
    let mut shards = tokio::fs::read_dir(state.root.join("objects")).await?;
    while let Some(shard) = shards.next_entry().await? {
        let mut set = JoinSet::new();
        let mut files = tokio::fs::read_dir(shard.path()).await?;
        while let Some(file) = files.next_entry().await? {
            let key = file.file_name().to_string_lossy().into_owned();
            if state.index.read().unwrap().contains_key(&key) { // OK: lock-across-await
                continue;
            }
            while set.len() >= 16 {
                set.join_next().await;
            }
            set.spawn(remove_if_old(file.path())); // OK: unbounded-gather
        }
        while let Some(done) = set.join_next().await {
            if matches!(done, Ok(Ok(true))) {
                removed += 1;
            }
        }
    }
    Ok(removed)
}

async fn remove_if_old(path: PathBuf) -> std::io::Result<bool> {
    let meta = tokio::fs::metadata(&path).await?;
    let old = meta.modified()?.elapsed().map(|age| age > Duration::from_secs(86_400)).unwrap_or(false);
    if old {
        tokio::fs::remove_file(&path).await?;
    }
    Ok(old)
}

/// Verifies every object listed in a manifest file uploaded by CI (one key per line).
pub async fn verify_manifest(state: Arc<AppState>, manifest: PathBuf) -> anyhow::Result<usize> {
    let text = tokio::fs::read_to_string(&manifest).await?;
    let mut set = JoinSet::new();
    for key in text.lines() {
        let path = state.object_path(key);
        set.spawn(async move { tokio::fs::try_exists(&path).await.unwrap_or(false) }); // EXPECT: unbounded-gather
    }
    let mut missing = 0;
    while let Some(found) = set.join_next().await {
        if !found.unwrap_or(false) {
            missing += 1;
        }
    }
    Ok(missing)
}
