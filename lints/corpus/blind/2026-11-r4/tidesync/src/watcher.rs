//! Filesystem events from a dedicated thread, forwarded into the runtime as paths, and the
//! task that uploads each changed file.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::state::SyncState;

pub struct WatcherGuard {
    _thread: std::thread::JoinHandle<()>,
}

pub fn start(root: PathBuf, changes: mpsc::Sender<PathBuf>) -> anyhow::Result<WatcherGuard> {
    let thread = std::thread::spawn(move || {
        let (tx, rx) = std::sync::mpsc::channel();
        let _ = tx.send(root.clone());
        while let Ok(path) = rx.recv() { // OK: blocking-in-async
            if changes.blocking_send(path).is_err() { // OK: block-on-in-async
                break;
            }
        }
    });
    Ok(WatcherGuard { _thread: thread })
}

async fn upload_one(state: Arc<SyncState>, path: PathBuf) -> anyhow::Result<()> {
    let bytes = tokio::fs::read(&path).await?;
    state.record(&path.to_string_lossy(), bytes).await
}

/// One upload per changed path, as fast as the watcher reports them.
pub async fn upload_changes(state: Arc<SyncState>, mut changes: mpsc::Receiver<PathBuf>) {
    while let Some(path) = changes.recv().await {
        let state = state.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            if let Err(err) = upload_one(state, path.clone()).await {
                tracing::warn!(path = %path.display(), "upload failed: {err}");
            }
        });
    }
}
