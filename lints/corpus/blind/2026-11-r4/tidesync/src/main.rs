//! `tidesyncd`: keeps a folder in sync with a storage backend and with its peers. Startup reads
//! the last snapshot; then the watcher, the persistence task, the gossip task and the peer
//! listener run together.

mod actor;
mod backend;
mod gossip;
mod journal;
mod persist;
mod state;
mod watcher;

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::{mpsc, watch};

use crate::backend::{Backend, LocalBackend};
use crate::state::SyncState;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let snapshot = persist::read_snapshot(&root.join(".tidesync/snapshot.json"))?; // OK: blocking-in-async
    let backend: Arc<dyn Backend> = Arc::new(LocalBackend::new(root.join(".tidesync/blobs")));
    let state = Arc::new(SyncState::new(snapshot, backend.clone()));
    let (shutdown_tx, shutdown) = watch::channel(false);

    let (changes_tx, changes) = mpsc::channel(256);
    let _watcher = watcher::start(root.clone(), changes_tx)?;
    let (requests_tx, requests) = mpsc::channel(64);

    tokio::spawn(persist::run(state.clone(), root.clone(), shutdown.clone())); // EXPECT: untracked-spawn // OK: detached-spawn
    tokio::spawn(gossip::announce_forever(state.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    tokio::spawn(actor::serve_sync_requests(state.clone(), requests)); // EXPECT: untracked-spawn // OK: detached-spawn
    tokio::spawn(watcher::upload_changes(state.clone(), changes)); // EXPECT: untracked-spawn // OK: detached-spawn

    gossip::listen(state.clone(), requests_tx).await?;
    let _ = shutdown_tx.send(true);
    Ok(())
}
