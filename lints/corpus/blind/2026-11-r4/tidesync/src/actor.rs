//! Full syncs requested by peers: each request carries a oneshot for its result, and each runs
//! as its own task so one slow peer does not hold up the others.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use crate::state::SyncState;

pub struct SyncRequest {
    pub peer: String,
    pub reply: oneshot::Sender<anyhow::Result<()>>,
}

pub async fn serve_sync_requests(state: Arc<SyncState>, mut requests: mpsc::Receiver<SyncRequest>) {
    while let Some(SyncRequest { peer, reply }) = requests.recv().await {
        let state = state.clone();
        tokio::spawn(async move { // OK: unbounded-gather // EXPECT: untracked-spawn
            tracing::info!(%peer, "full sync");
            let _ = reply.send(state.backend.sync().await);
        });
    }
}
