//! The sync loop of 0.2, before the daemon existed; kept for reference, no `mod` reaches it.

use std::time::Duration;

pub async fn sync_forever(db: std::path::PathBuf) {
    loop {
        let bytes = std::fs::read(&db).unwrap_or_default(); // OK: blocking-in-async
        tracing::info!(len = bytes.len(), "synced");
        std::thread::sleep(Duration::from_secs(60)); // OK: blocking-in-async
    }
}

pub fn start(db: std::path::PathBuf) {
    tokio::spawn(sync_forever(db)); // OK: detached-spawn, untracked-spawn
}
