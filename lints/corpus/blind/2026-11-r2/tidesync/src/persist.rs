//! Writing the state to disk: a snapshot file replaced atomically, by a background task that
//! coalesces requests.

use std::io::Write;
use std::path::{Path, PathBuf};

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::store::State;

pub fn read_snapshot(path: &Path) -> anyhow::Result<State> {
    match std::fs::read(path) { // OK: blocking-in-async
        Ok(bytes) => Ok(serde_json::from_slice(&bytes)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::new()),
        Err(e) => Err(e.into()),
    }
}

/// Writes `state` next to `path` and renames it into place.
pub fn write_snapshot(path: &Path, state: &State) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    let mut file = std::fs::File::create(&tmp)?; // OK: blocking-in-async
    file.write_all(&serde_json::to_vec(state)?)?; // OK: blocking-in-async
    file.sync_all()?; // OK: blocking-in-async
    std::fs::rename(&tmp, path)
}

/// The persister: each request carries the state to write; bursts collapse into one write,
/// done on the blocking pool.
pub fn spawn_persister(path: PathBuf, mut rx: mpsc::Receiver<State>) -> JoinHandle<()> {
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        while let Some(mut state) = rx.recv().await {
            while let Ok(newer) = rx.try_recv() {
                state = newer;
            }
            let path = path.clone();
            let written = tokio::task::spawn_blocking(move || write_snapshot(&path, &state)).await; // OK: blocking-in-async
            match written {
                Ok(Ok(())) => tracing::debug!("state persisted"),
                Ok(Err(e)) => tracing::error!("persisting state failed: {e}"),
                Err(e) => tracing::error!("persister panicked: {e}"),
            }
        }
    })
}

/// Writes the state right away, from async code (shutdown, `flush` requests).
pub async fn write_now(path: &Path, state: &State) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    tokio::fs::write(&tmp, serde_json::to_vec(state)?).await?; // OK: blocking-in-async
    std::fs::rename(&tmp, path)?; // OK: blocking-in-async
    Ok(())
}

/// Appends a line to the journal next to the snapshot.
pub async fn journal(path: &Path, line: &str) -> anyhow::Result<()> {
    let journal_path = path.with_extension("journal");
    let mut file = std::fs::OpenOptions::new().append(true).create(true).open(&journal_path)?; // EXPECT: blocking-in-async
    file.write_all(format!("{line}\n").as_bytes())?; // EXPECT: blocking-in-async
    Ok(())
}
