//! Feature-flag cache service: serves flags from memory, refreshes them from the flag
//! service in the background and snapshots them to disk for fast restarts.

mod cache;
mod fs;
mod refresher;
mod snapshot;

use std::sync::Arc;
use std::time::Duration;

use tokio_util::task::TaskTracker;

#[tokio::main]
async fn main() {
    let cache = Arc::new(cache::FlagCache::default());
    if let Ok(flags) = snapshot::restore("flags.snapshot") { // OK: blocking-in-async
        cache.replace(flags).await;
    }
    let cached = fs::read_cached("flags.json").await; // OK: blocking-in-async
    cache.merge_json(&cached).await;

    let tracker = TaskTracker::new();
    tracker.spawn(refresher::run(cache.clone(), Duration::from_secs(30))); // OK: detached-spawn
    tokio::spawn(refresher::log_stats(cache.clone())); // EXPECT: detached-spawn
    let snapshots = tokio::spawn(snapshot::every(cache.clone(), Duration::from_secs(300))); // OK: detached-spawn

    tokio::signal::ctrl_c().await.ok(); // OK: unawaited-future
    snapshots.abort();
    tracker.close();
    tracker.wait().await;
    cache.purge(); // EXPECT: unawaited-future
}
