//! Snapshots of the sync state on disk: read once at startup, written by a background task
//! every few seconds and once more at shutdown.

use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::state::SyncState;

pub fn read_snapshot(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    match std::fs::read(path) { // OK: blocking-in-async
        Ok(bytes) => Ok(serde_json::from_slice(&bytes)?),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(HashMap::new()),
        Err(err) => Err(err.into()),
    }
}

fn write_snapshot(path: &Path, files: &HashMap<String, String>) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    let file = File::create(&tmp)?; // OK: blocking-in-async
    serde_json::to_writer(BufWriter::new(file), files)?;
    std::fs::rename(&tmp, path)?; // OK: blocking-in-async
    Ok(())
}

/// Flush every five seconds off the runtime; on shutdown, write the final snapshot and stop.
pub async fn run(state: Arc<SyncState>, root: PathBuf, mut shutdown: watch::Receiver<bool>) {
    let path = root.join(".tidesync/snapshot.json");
    let mut ticker = tokio::time::interval(Duration::from_secs(5));
    loop {
        tokio::select! {
            _ = ticker.tick() => {
                let files = state.files.lock().unwrap().clone(); // OK: lock-across-await
                let path = path.clone();
                let written = tokio::task::spawn_blocking(move || write_snapshot(&path, &files)).await; // OK: blocking-in-async
                if let Ok(Err(err)) = written {
                    tracing::warn!("snapshot failed: {err}");
                }
            }
            _ = shutdown.changed() => break,
        }
    }
    let files = state.files.lock().unwrap().clone(); // OK: lock-across-await
    let final_file = File::create(&path); // EXPECT: blocking-in-async
    match final_file {
        Ok(file) => {
            if let Err(err) = serde_json::to_writer(file, &files) {
                tracing::error!("final snapshot failed: {err}");
            }
        }
        Err(err) => tracing::error!("cannot create {}: {err}", path.display()),
    }
}

/// Rotate the snapshot into a dated backup; the handle goes back to the caller, who streams it.
pub async fn open_backup(root: &Path, stamp: u64) -> anyhow::Result<File> {
    let backup = File::options().create_new(true).write(true).open(root.join(format!(".tidesync/backup-{stamp}.json")))?; // OK: blocking-in-async
    Ok(backup)
}
