use std::sync::Arc;

use stash_core::remote::Remote;
use tokio::sync::mpsc;

use crate::state::AppState;

/// Forwards newly stored objects to the upstream cache, one at a time.
pub async fn run(state: Arc<AppState>, mut rx: mpsc::Receiver<String>) {
    let remote = Remote::new(&state.cfg);
    while let Some(key) = rx.recv().await {
        let bytes = match state.store.get(&key).await {
            Ok(bytes) => bytes,
            Err(err) => {
                tracing::warn!(%key, %err, "object vanished before upload");
                continue;
            }
        };
        if let Err(err) = remote.upload(&key, bytes).await {
            tracing::warn!(%key, %err, "upstream upload failed");
        }
    }
}
