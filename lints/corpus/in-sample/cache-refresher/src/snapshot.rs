//! Disk snapshots of the cache, for fast restarts.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use crate::cache::FlagCache;

/// Reads the last snapshot (sync: also used by the `flags-inspect` tool).
pub fn restore(path: &str) -> std::io::Result<HashMap<String, bool>> {
    let bytes = std::fs::read(path)?; // OK: blocking-in-async
    Ok(decode(&bytes))
}

fn decode(bytes: &[u8]) -> HashMap<String, bool> {
    serde_json::from_slice(bytes).unwrap_or_default()
}

pub async fn every(cache: Arc<FlagCache>, period: Duration) {
    loop {
        tokio::time::sleep(period).await;
        let flags = cache.snapshot().await;
        let bytes = serde_json::to_vec(&flags).unwrap_or_default();
        crate::fs::write_atomic("flags.snapshot".into(), bytes).await.ok(); // OK: blocking-in-async, unawaited-future
        save_legacy_copy(&flags); // EXPECT: blocking-in-async
        crate::fs::write_atomic("flags.snapshot.bak".into(), Vec::new()); // EXPECT: unawaited-future
    }
}

fn save_legacy_copy(flags: &HashMap<String, bool>) {
    let text = format!("{flags:?}");
    std::fs::write("flags.legacy", text).ok(); // OK: blocking-in-async
}
