use std::path::PathBuf;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::actor::Handle;

/// Writes a snapshot of the state file every ten seconds, off the runtime.
pub async fn run(handle: Handle, path: PathBuf, shutdown: CancellationToken) {
    let mut tick = tokio::time::interval(Duration::from_secs(10));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tick.tick() => {}
        }
        let snapshot = handle.snapshot().await;
        let path = path.clone();
        let written = tokio::task::spawn_blocking(move || write_snapshot(&path, &snapshot)).await; // OK: blocking-in-async
        if let Ok(Err(err)) = written {
            tracing::warn!(%err, "state snapshot failed");
        }
    }
    let snapshot = handle.snapshot().await;
    if let Err(err) = write_snapshot(&path, &snapshot) { // EXPECT: blocking-in-async
        tracing::warn!(%err, "final snapshot failed");
    }
}

fn write_snapshot(path: &PathBuf, snapshot: &std::collections::HashMap<String, Vec<u8>>) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, serde_json::to_vec(snapshot)?)?; // OK: blocking-in-async
    std::fs::rename(tmp, path)
}
