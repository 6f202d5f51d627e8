//! The background sync that runs for the daemon's whole life.

use std::time::Duration;

use crate::state::AppState;

pub async fn sync_forever(state: AppState) {
    let mut interval = tokio::time::interval(Duration::from_secs(300));
    loop {
        interval.tick().await;
        if let Err(error) = state.store.flush().await {
            tracing::warn!(%error, "periodic flush failed");
        }
        let recent = state.store.recent().len(); // OK: lock-across-await
        tracing::debug!(recent, "synced");
    }
}
