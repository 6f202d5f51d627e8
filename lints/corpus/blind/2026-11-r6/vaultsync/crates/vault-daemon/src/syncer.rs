//! The sync loop: every few seconds, push what changed locally and pull what changed remotely.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::state::AppState;

pub struct Syncer {
    app: AppState,
    cursor: u64,
}

impl Syncer {
    pub fn new(app: AppState, cursor: u64) -> Syncer {
        Syncer { app, cursor }
    }

    pub async fn run(mut self, shutdown: CancellationToken) {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = every.tick() => {
                    if let Err(e) = self.round().await {
                        tracing::warn!(error = %e, "sync round failed");
                        self.app.backend.heartbeat(); // EXPECT: unawaited-future
                    }
                }
            }
        }
    }

    async fn round(&mut self) -> anyhow::Result<()> {
        let local = {
            let store = self.app.store.lock().unwrap(); // OK: lock-across-await
            store.since(self.cursor)? // EXPECT: blocking-in-async
        };
        self.app.backend.push(&local).await?;
        let fresh = vault_core::sync::pull_into(self.app.backend.as_ref(), self.cursor).await?;
        if let Some(newest) = fresh.iter().map(|e| e.updated_at).max() {
            self.cursor = newest;
        }
        let _ = self.app.backend.push(&fresh); // EXPECT: unawaited-future
        std::fs::write("/var/lib/vaultd/cursor", self.cursor.to_string())?; // EXPECT: blocking-in-async
        Ok(())
    }
}
